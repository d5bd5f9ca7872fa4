import numpy as np


def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> np.ndarray:
    """Linearly spaced betas beta_1..beta_T (Ho et al. 2020 use 1e-4 .. 0.02, T = 1000)."""
    return np.linspace(beta_start, beta_end, T, dtype=np.float64)


def alpha_bars(betas: np.ndarray) -> np.ndarray:
    """abar_t = prod_{s<=t} (1 - beta_s), same indexing as betas."""
    return np.cumprod(1.0 - np.asarray(betas, dtype=np.float64))


def q_sample(x0: np.ndarray, t: np.ndarray, noise: np.ndarray, abar: np.ndarray) -> np.ndarray:
    """x_t = sqrt(abar_t) x0 + sqrt(1 - abar_t) noise, one timestep index per batch element."""
    a = np.asarray(abar)[np.asarray(t)]                       # (B,)
    shape = (-1,) + (1,) * (x0.ndim - 1)                      # broadcast over the non-batch axes
    return np.sqrt(a).reshape(shape) * x0 + np.sqrt(1.0 - a).reshape(shape) * noise
