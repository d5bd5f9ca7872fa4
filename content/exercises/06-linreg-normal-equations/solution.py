import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray, alpha: float = 0.0,
                          fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    """Least squares / ridge: minimise ||y - X w - b||^2 + alpha ||w||^2 (b not penalised)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, p = X.shape
    if fit_intercept:
        # centring removes b: the optimal b makes the residuals sum to zero
        x_mean, y_mean = X.mean(axis=0), y.mean()
        Xc, yc = X - x_mean, y - y_mean
    else:
        Xc, yc = X, y
    if alpha > 0:
        # ridge as an ordinary least-squares problem on augmented data [X; sqrt(a) I], [y; 0]
        Xa = np.vstack([Xc, np.sqrt(alpha) * np.eye(p)])
        ya = np.concatenate([yc, np.zeros(p)])
    else:
        Xa, ya = Xc, yc
    # SVD-based least squares: never forms X^T X (condition number squared), gives the
    # minimum-norm solution when the columns are linearly dependent
    w = np.linalg.lstsq(Xa, ya, rcond=None)[0]
    b = float(y_mean - x_mean @ w) if fit_intercept else 0.0
    return w, b
