import numpy as np


def batch_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, running_mean: np.ndarray,
               running_var: np.ndarray, training: bool, momentum: float = 0.1,
               eps: float = 1e-5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Batch normalisation with the semantics of torch.nn.BatchNorm1d.

    Args:
        x: (N, C) or (N, C, L) input; statistics are per channel (axis 1).
        gamma, beta: (C,) scale and shift.
        running_mean, running_var: (C,) running statistics (do not modify them in place).
        training: True -> normalise with batch statistics and update the running statistics;
                  False -> normalise with the running statistics and return them unchanged.
        momentum: weight of the new batch in the running update; eps: added to the variance.
    Returns:
        (y, new_running_mean, new_running_var), y of x's shape.
    Raises:
        ValueError in training mode if there is only one value per channel.
    """
    raise NotImplementedError
