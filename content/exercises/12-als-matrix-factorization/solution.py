import numpy as np


def als_loss(R: np.ndarray, mask: np.ndarray, P: np.ndarray, Q: np.ndarray, lam: float) -> float:
    """Squared error on observed entries plus L2 on all factors."""
    err = (R - P @ Q.T)[mask]                  # index, don't multiply: unobserved R may be NaN
    return float(err @ err + lam * (np.sum(P ** 2) + np.sum(Q ** 2)))


def _half_step(F: np.ndarray, M: np.ndarray, R: np.ndarray, lam: float) -> np.ndarray:
    """Ridge solution for every row of R given the other side's factors F (rows of R index the rows returned)."""
    k = F.shape[1]
    out = np.zeros((R.shape[0], k))
    for a in range(R.shape[0]):
        obs = M[a]
        Fa, ra = F[obs], R[a, obs]             # only this row's observed entries
        # (F_a^T F_a + lam I) x = F_a^T r_a ; with no observations the solution is 0
        out[a] = np.linalg.solve(Fa.T @ Fa + lam * np.eye(k), Fa.T @ ra)
    return out


def als(R: np.ndarray, mask: np.ndarray, P0: np.ndarray, Q0: np.ndarray, lam: float,
        n_iters: int) -> tuple[np.ndarray, np.ndarray, list[float]]:
    """Alternating least squares; each iteration updates all users, then all items (with the new users)."""
    mask = np.asarray(mask, dtype=bool)
    P, Q = np.array(P0, dtype=np.float64), np.array(Q0, dtype=np.float64)
    losses = [als_loss(R, mask, P, Q, lam)]
    for _ in range(n_iters):
        P = _half_step(Q, mask, R, lam)
        Q = _half_step(P, mask.T, R.T, lam)
        losses.append(als_loss(R, mask, P, Q, lam))
    return P, Q, losses
