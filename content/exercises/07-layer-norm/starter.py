import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Layer normalisation over the last axis.

    Args:
        x: (..., D) float64 input; each vector x[..., :] is normalised on its own.
        gamma, beta: (D,) scale and shift.
        eps: added to the (biased, 1/D) variance inside the square root.
    Returns:
        (..., D) array gamma * (x - mean) / sqrt(var + eps) + beta.
    """
    raise NotImplementedError


def layer_norm_backward(dy: np.ndarray, x: np.ndarray, gamma: np.ndarray,
                        eps: float = 1e-5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Backward pass of layer_norm.

    Args:
        dy: (..., D) upstream gradient dL/dy; x, gamma, eps: as in the forward pass.
    Returns:
        (dx, dgamma, dbeta): dx has x's shape; dgamma and dbeta have shape (D,) (summed over all leading axes).
    """
    raise NotImplementedError
