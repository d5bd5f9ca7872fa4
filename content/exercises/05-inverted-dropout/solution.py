import numpy as np


def dropout_forward(x: np.ndarray, p: float, rng: np.random.Generator,
                    training: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Inverted dropout forward pass.

    Training: draw u = rng.random(x.shape) once, keep where u >= p, out = x * keep / (1 - p).
    Eval: out = x (a copy), keep = all True, and the rng is not used.
    p = 1 in training drops everything: out = zeros.

    Returns:
        (out, keep): out has x's shape; keep is a bool array of x's shape.
    """
    x = np.asarray(x)
    if not training:
        return x.copy(), np.ones(x.shape, dtype=bool)     # identity at inference, no rescaling
    keep = rng.random(x.shape) >= p                         # P(keep) = 1 - p
    if p >= 1.0:
        return np.zeros_like(x), keep                       # nothing survives; avoid dividing by 0
    out = x * keep / (1.0 - p)                              # scale survivors: E[out] = x
    return out, keep


def dropout_backward(grad_out: np.ndarray, keep: np.ndarray, p: float) -> np.ndarray:
    """Gradient of the training-mode forward pass w.r.t. x: grad_out * keep / (1 - p) (zeros if p = 1)."""
    grad_out = np.asarray(grad_out)
    if p >= 1.0:
        return np.zeros_like(grad_out)
    return grad_out * keep / (1.0 - p)
