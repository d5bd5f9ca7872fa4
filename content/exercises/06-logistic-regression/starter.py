import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function 1 / (1 + exp(-z)), without overflow for |z| up to 1e4."""
    raise NotImplementedError


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """Return P(y = 1 | x) = sigmoid(X @ w + b), shape (n,)."""
    raise NotImplementedError


def fit_logistic_regression(X: np.ndarray, y: np.ndarray, C: float = 1.0, fit_intercept: bool = True,
                            max_iter: int = 100, tol: float = 1e-10) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression.

    Minimises 0.5 * ||w||^2 + C * sum_i [log(1 + exp(z_i)) - y_i z_i], z_i = x_i @ w + b,
    with the intercept b NOT penalised (b = 0.0 when fit_intercept is False).

    Args:
        X: (n, p) features; y: (n,) labels in {0, 1} (both classes present); C > 0 finite.
        max_iter, tol: iteration cap and stopping tolerance on the gradient (your choice of method).
    Returns:
        (w, b): w of shape (p,), b a float.
    """
    raise NotImplementedError
