import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray, alpha: float = 0.0,
                          fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    """Linear least squares with an optional intercept and optional ridge penalty.

    Minimises ||y - X w - b||^2 + alpha * ||w||^2 (the intercept b is not penalised).

    Args:
        X: (n, p) design matrix (without a column of ones); y: (n,) targets.
        alpha: ridge strength >= 0.
        fit_intercept: if False, b is fixed to 0.0.
    Returns:
        (w, b): w of shape (p,), b a float. If alpha == 0 and the solution is not unique,
        return the one with the smallest ||w||.
    """
    raise NotImplementedError
