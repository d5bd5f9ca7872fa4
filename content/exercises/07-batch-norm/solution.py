import numpy as np


def batch_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, running_mean: np.ndarray,
               running_var: np.ndarray, training: bool, momentum: float = 0.1,
               eps: float = 1e-5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """BatchNorm1d on (N, C) or (N, C, L); returns (y, new_running_mean, new_running_var)."""
    axes = (0,) if x.ndim == 2 else (0, 2)           # every axis except the channel axis
    shape = (1, -1) if x.ndim == 2 else (1, -1, 1)   # to broadcast per-channel vectors
    if training:
        m = x.size // x.shape[1]                     # values per channel
        if m < 2:
            raise ValueError("need more than 1 value per channel in training mode")
        mu = x.mean(axis=axes)
        var = ((x - mu.reshape(shape)) ** 2).mean(axis=axes)      # biased: used to normalise
        new_mean = (1 - momentum) * running_mean + momentum * mu
        new_var = (1 - momentum) * running_var + momentum * var * m / (m - 1)   # unbiased in the running stat
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    y = (x - mu.reshape(shape)) / np.sqrt(var.reshape(shape) + eps) * gamma.reshape(shape) + beta.reshape(shape)
    return y, new_mean, new_var
