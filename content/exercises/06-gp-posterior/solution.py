import numpy as np
from scipy.linalg import cholesky, solve_triangular


def rbf_kernel(A: np.ndarray, B: np.ndarray, length_scale: float = 1.0, signal_var: float = 1.0) -> np.ndarray:
    """k(a, b) = signal_var * exp(-||a - b||^2 / (2 length_scale^2)), shape (len(A), len(B))."""
    d2 = ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)
    return signal_var * np.exp(-0.5 * d2 / length_scale ** 2)


def gp_posterior(X: np.ndarray, y: np.ndarray, X_star: np.ndarray, length_scale: float = 1.0,
                 signal_var: float = 1.0, noise_var: float = 1e-2) -> tuple[np.ndarray, np.ndarray, float]:
    """Rasmussen & Williams (2006) Algorithm 2.1: posterior of f(X_star) and log marginal likelihood."""
    X, X_star, y = np.asarray(X, float), np.asarray(X_star, float), np.asarray(y, float)
    n = len(X)
    K = rbf_kernel(X, X, length_scale, signal_var)
    L = cholesky(K + noise_var * np.eye(n), lower=True)          # K + s_n^2 I = L L^T
    alpha = solve_triangular(L.T, solve_triangular(L, y, lower=True), lower=False)
    Ks = rbf_kernel(X, X_star, length_scale, signal_var)          # (n, m)
    mean = Ks.T @ alpha
    v = solve_triangular(L, Ks, lower=True)                       # (n, m)
    cov = rbf_kernel(X_star, X_star, length_scale, signal_var) - v.T @ v
    # log p(y|X) = -1/2 y^T alpha - sum log L_ii - n/2 log 2 pi
    lml = float(-0.5 * y @ alpha - np.sum(np.log(np.diag(L))) - 0.5 * n * np.log(2 * np.pi))
    return mean, cov, lml
