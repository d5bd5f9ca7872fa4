import numpy as np


def _fix_sign(v: np.ndarray) -> np.ndarray:
    # make the entry of largest magnitude (first one on ties) positive
    i = int(np.argmax(np.abs(v)))
    return v if v[i] >= 0 else -v


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
    A = np.asarray(A, dtype=np.float64)
    v = np.asarray(v0, dtype=np.float64)
    v = v / np.linalg.norm(v)
    for it in range(1, max_iter + 1):
        w = A @ v
        lam = float(v @ w)                       # Rayleigh quotient: error ~ |l2/l1|^(2t) for symmetric A
        if np.linalg.norm(w - lam * v) <= tol:   # residual test works for negative eigenvalues too
            return lam, _fix_sign(v), it
        v = w / np.linalg.norm(w)               # w != 0 here: w = 0 would have residual 0
    raise RuntimeError(f"power iteration did not converge in {max_iter} iterations")
