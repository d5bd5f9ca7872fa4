import numpy as np


def _sq_dists(X: np.ndarray, C: np.ndarray) -> np.ndarray:
    """(n, k) squared distances, from differences (no cancellation)."""
    diff = X[:, None, :] - C[None, :, :]
    return np.einsum("nkd,nkd->nk", diff, diff)


def kmeans_pp_init(X: np.ndarray, k: int, u: np.ndarray) -> np.ndarray:
    """k-means++ seeding driven by the given uniforms u (shape (k,), values in [0, 1))."""
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    idx = [min(int(np.floor(u[0] * n)), n - 1)]              # first centre: uniform
    d2 = _sq_dists(X, X[idx])[:, 0]                          # D(x)^2 to the nearest chosen centre
    for j in range(1, k):
        cum = np.cumsum(d2)
        total = cum[-1]
        if total <= 0:
            raise ValueError("fewer than k distinct points")
        # inverse CDF of P(i) = D(x_i)^2 / sum D^2: smallest i with cum_i > u_j * total
        i = int(np.searchsorted(cum, u[j] * total, side="right"))
        i = min(i, n - 1)
        idx.append(i)
        d2 = np.minimum(d2, _sq_dists(X, X[i:i + 1])[:, 0])
    return np.array(idx)


def lloyd(X: np.ndarray, centers: np.ndarray, max_iter: int = 100) -> tuple[np.ndarray, np.ndarray, list[float]]:
    """Lloyd iterations from the given centres."""
    X = np.asarray(X, dtype=np.float64)
    C = np.array(centers, dtype=np.float64)                 # copy: never modify the caller's array
    k = len(C)
    objectives = []
    for _ in range(max_iter):
        d2 = _sq_dists(X, C)
        labels = np.argmin(d2, axis=1)                       # ties -> lower centre index
        objectives.append(float(d2[np.arange(len(X)), labels].sum()))
        newC = C.copy()
        for j in range(k):
            members = labels == j
            if members.any():                                # empty cluster keeps its centre
                newC[j] = X[members].mean(axis=0)
        if np.array_equal(newC, C):
            break
        C = newC
    labels = np.argmin(_sq_dists(X, C), axis=1)
    return C, labels, objectives
