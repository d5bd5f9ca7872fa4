import numpy as np


def power_iteration(A: np.ndarray, v0: np.ndarray, tol: float = 1e-10,
                    max_iter: int = 10_000) -> tuple[float, np.ndarray, int]:
    """Dominant eigenpair (largest |eigenvalue|) of a symmetric matrix by power iteration.

    Each iteration: v is the current unit vector; w = A v; lam = v . w (Rayleigh quotient);
    stop if ||w - lam v|| <= tol; otherwise v <- w / ||w||.

    Returns:
        (lam, v, n_iter): v unit-norm with its largest-magnitude entry positive; n_iter = number of
        products A v computed. (A v = 0 gives residual 0, so A = 0 returns (0.0, v, 1).)
    Raises:
        RuntimeError: if the residual is still above tol after max_iter products.
    """
    raise NotImplementedError
