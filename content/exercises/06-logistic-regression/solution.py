import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Overflow-free logistic function."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """P(y = 1 | x) for each row of X."""
    return sigmoid(X @ w + b)


def fit_logistic_regression(X: np.ndarray, y: np.ndarray, C: float = 1.0, fit_intercept: bool = True,
                            max_iter: int = 100, tol: float = 1e-10) -> tuple[np.ndarray, float]:
    """Minimise 0.5*||w||^2 + C * sum(log-loss) by Newton's method (IRLS); b is not penalised."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, p = X.shape
    A = np.column_stack([X, np.ones(n)]) if fit_intercept else X   # augmented design
    k = A.shape[1]
    reg = np.ones(k)
    if fit_intercept:
        reg[-1] = 0.0                                   # no penalty on the intercept
    theta = np.zeros(k)
    for _ in range(max_iter):
        prob = sigmoid(A @ theta)
        grad = C * (A.T @ (prob - y)) + reg * theta
        if np.max(np.abs(grad)) < tol:
            break
        s = prob * (1.0 - prob)                          # IRLS weights
        H = C * (A.T @ (A * s[:, None])) + np.diag(reg)
        step = np.linalg.solve(H, grad)
        # Newton with backtracking on the objective (a full step is almost always accepted)
        def obj(t):
            z = A @ t
            # log(1 + exp(z)) - y z, computed stably
            return C * np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(reg * t * t)
        f0, lr = obj(theta), 1.0
        while obj(theta - lr * step) > f0 + 1e-12 * abs(f0) and lr > 1e-8:
            lr *= 0.5
        theta = theta - lr * step
    if fit_intercept:
        return theta[:-1], float(theta[-1])
    return theta, 0.0
