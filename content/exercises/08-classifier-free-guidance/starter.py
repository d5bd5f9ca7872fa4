import numpy as np


def guided_eps(eps_cond: np.ndarray, eps_uncond: np.ndarray, w: float) -> np.ndarray:
    """Combine conditional and unconditional noise predictions: (1 + w) * eps_cond - w * eps_uncond."""
    raise NotImplementedError


def cfg_predict(model, x_t: np.ndarray, t: np.ndarray, cond: np.ndarray, null_cond: int, w: float) -> np.ndarray:
    """Classifier-free guided noise prediction with a single batched model call.

    Args:
        model: callable model(x, t, c) -> eps of x's shape; x (N, ...), t (N,), c (N,) integer labels.
        x_t: (B, ...) noisy samples; t: (B,) timesteps; cond: (B,) class labels;
        null_cond: the label that means "no condition"; w: guidance weight (w = 0: plain conditional).
    Returns:
        (B, ...) guided eps. Call model exactly once, on the batch [x_t; x_t] with labels [cond; null_cond * B]
        (conditional half first), and combine the halves with guided_eps.
    """
    raise NotImplementedError
