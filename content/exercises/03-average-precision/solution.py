import numpy as np


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    """Step-wise average precision, AP = sum_n (R_n - R_{n-1}) P_n over distinct thresholds.

    Args:
        scores: float array (n,), higher means "more positive".
        labels: array (n,) of 0/1 (int or bool), 1 = positive.
    Returns:
        AP as a Python float; float('nan') if there is no positive.
    """
    s = np.asarray(scores, dtype=np.float64).ravel()
    y = np.asarray(labels).ravel().astype(np.int64)
    n_pos = int(y.sum())
    if n_pos == 0:
        return float("nan")
    order = np.argsort(-s, kind="mergesort")           # descending score
    s, y = s[order], y[order]
    # one PR point per distinct threshold: the last index of each group of tied scores,
    # so that tied examples enter the flagged set together
    last = np.append(s[1:] != s[:-1], True)
    tp = np.cumsum(y)[last]
    fp = np.cumsum(1 - y)[last]
    precision = tp / (tp + fp)
    recall = tp / n_pos
    recall_gain = np.diff(np.concatenate(([0.0], recall)))
    return float(np.sum(recall_gain * precision))
