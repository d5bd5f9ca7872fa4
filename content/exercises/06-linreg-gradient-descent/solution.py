import numpy as np


def linreg_gd(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iters: int = 1000,
              standardize: bool = True) -> tuple[np.ndarray, float, list[float]]:
    """Full-batch gradient descent on the MSE of y ≈ X w + b."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, p = X.shape
    if standardize:
        mu = X.mean(axis=0)
        sd = X.std(axis=0)                        # population std (ddof=0)
        sd = np.where(sd > 0, sd, 1.0)            # constant column: only centre it
    else:
        mu, sd = np.zeros(p), np.ones(p)
    Z = (X - mu) / sd
    w, b = np.zeros(p), 0.0
    losses = []
    for t in range(n_iters + 1):
        r = Z @ w + b - y                         # residuals
        losses.append(float(np.mean(r ** 2)))
        if t == n_iters:
            break
        grad_w = 2.0 / n * (Z.T @ r)              # d/dw (1/n)||r||^2
        grad_b = 2.0 / n * r.sum()
        w, b = w - lr * grad_w, b - lr * grad_b   # simultaneous update
    # back to the original units: w_s·(x − mu)/sd + b_s = (w_s/sd)·x + (b_s − Σ w_s mu/sd)
    w_orig = w / sd
    b_orig = float(b - np.sum(w_orig * mu))
    return w_orig, b_orig, losses
