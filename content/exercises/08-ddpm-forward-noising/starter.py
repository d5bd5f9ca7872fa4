import numpy as np


def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> np.ndarray:
    """Return the (T,) float64 array of betas, linearly spaced from beta_start to beta_end inclusive."""
    raise NotImplementedError


def alpha_bars(betas: np.ndarray) -> np.ndarray:
    """Return the (T,) array abar with abar[i] = prod_{j <= i} (1 - betas[j])."""
    raise NotImplementedError


def q_sample(x0: np.ndarray, t: np.ndarray, noise: np.ndarray, abar: np.ndarray) -> np.ndarray:
    """Sample x_t ~ q(x_t | x_0) with the given noise.

    Args:
        x0: (B, ...) clean data; t: (B,) integer indices into abar (0-based); noise: same shape as x0;
        abar: (T,) output of alpha_bars.
    Returns:
        Array of x0's shape: sqrt(abar[t_b]) * x0[b] + sqrt(1 - abar[t_b]) * noise[b] for each b.
    """
    raise NotImplementedError
