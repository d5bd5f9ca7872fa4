import numpy as np
from scipy.linalg import cholesky, solve_triangular


def rbf_kernel(A: np.ndarray, B: np.ndarray, length_scale: float = 1.0, signal_var: float = 1.0) -> np.ndarray:
    """RBF kernel matrix k(a, b) = signal_var * exp(-||a - b||^2 / (2 * length_scale**2)), shape (len(A), len(B))."""
    raise NotImplementedError


def gp_posterior(X: np.ndarray, y: np.ndarray, X_star: np.ndarray, length_scale: float = 1.0,
                 signal_var: float = 1.0, noise_var: float = 1e-2) -> tuple[np.ndarray, np.ndarray, float]:
    """GP regression posterior with a zero-mean prior, RBF kernel and Gaussian noise (noise_var > 0).

    Args:
        X: (n, d) training inputs; y: (n,) targets; X_star: (m, d) test inputs.
    Returns:
        mean: (m,) posterior mean of f(X_star); cov: (m, m) posterior covariance of f(X_star)
        (latent function, without the noise); lml: log marginal likelihood log p(y | X) (natural log).
    Use a Cholesky factorisation; no explicit matrix inverse.
    """
    raise NotImplementedError
