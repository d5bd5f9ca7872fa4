import numpy as np


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    """Step-wise average precision, AP = sum_k (R_k - R_{k-1}) P_k over distinct thresholds.

    Args:
        scores: float array (n,), higher means "more positive".
        labels: array (n,) of 0/1 (int or bool), 1 = positive.
    Returns:
        AP as a Python float; float('nan') if there is no positive.
    """
    raise NotImplementedError
