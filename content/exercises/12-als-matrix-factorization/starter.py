import numpy as np


def als_loss(R: np.ndarray, mask: np.ndarray, P: np.ndarray, Q: np.ndarray, lam: float) -> float:
    """Sum of squared errors on observed entries + lam * (||P||_F^2 + ||Q||_F^2)."""
    raise NotImplementedError


def als(R: np.ndarray, mask: np.ndarray, P0: np.ndarray, Q0: np.ndarray, lam: float,
        n_iters: int) -> tuple[np.ndarray, np.ndarray, list[float]]:
    """Alternating least squares.

    Args:
        R: (m, n) ratings; unobserved entries may be NaN.
        mask: (m, n) bool, True where observed.
        P0: (m, k), Q0: (n, k) initial factors (not modified).
        lam: L2 strength; n_iters: number of (users, then items) iterations.
    Returns:
        (P, Q, losses) with len(losses) == n_iters + 1.
    """
    raise NotImplementedError
