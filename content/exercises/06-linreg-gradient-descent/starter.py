import numpy as np


def linreg_gd(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iters: int = 1000,
              standardize: bool = True) -> tuple[np.ndarray, float, list[float]]:
    """Linear regression by full-batch gradient descent on the mean squared error.

    Args:
        X: (n, p) features; y: (n,) targets.
        lr: step size; n_iters: number of updates.
        standardize: if True, run GD on z = (x - mean) / std (population std, ddof=0; a zero std is
            replaced by 1), computed from X.
    Returns:
        (w, b, losses): w (p,) and float b in the ORIGINAL feature units, and losses, a list of
        n_iters + 1 floats: the MSE (1/n) * sum((pred - y)**2) before each update and after the last one.
    Start from w = 0, b = 0; update w and b simultaneously with the gradient of the MSE.
    """
    raise NotImplementedError
