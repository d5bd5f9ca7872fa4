import numpy as np


def dropout_forward(x: np.ndarray, p: float, rng: np.random.Generator,
                    training: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Inverted dropout forward pass.

    Training: draw u = rng.random(x.shape) once, keep where u >= p, out = x * keep / (1 - p).
    Eval: out = x (a copy), keep = all True, and the rng is not used.
    p = 1 in training drops everything: out = zeros.

    Args:
        x: float array of any shape (not modified).
        p: probability of dropping a unit, in [0, 1].
        rng: numpy.random.Generator, used only in training mode.
        training: True for training mode, False for eval mode.
    Returns:
        (out, keep): out has x's shape; keep is a bool array of x's shape.
    """
    raise NotImplementedError


def dropout_backward(grad_out: np.ndarray, keep: np.ndarray, p: float) -> np.ndarray:
    """Gradient of the training-mode forward pass w.r.t. x: grad_out * keep / (1 - p) (zeros if p = 1)."""
    raise NotImplementedError
