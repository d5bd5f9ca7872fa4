import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve, ties between a positive and a negative counted as 1/2.

    Args:
        scores: float array (n,), higher means "more positive".
        labels: array (n,) of 0/1 (int or bool).
    Returns:
        AUC as a Python float; float('nan') if there are no positives or no negatives.
    """
    s = np.asarray(scores, dtype=np.float64).ravel()
    y = np.asarray(labels).ravel().astype(bool)
    n_pos = int(y.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    # mid-ranks (1-based) of all scores: tied scores share the mean of their ranks
    order = np.argsort(s, kind="mergesort")
    s_sorted = s[order]
    # boundaries of runs of equal scores
    new_run = np.empty(s.size, dtype=bool)
    new_run[0] = True
    new_run[1:] = s_sorted[1:] != s_sorted[:-1]
    starts = np.flatnonzero(new_run)                    # 0-based start index of each run
    ends = np.append(starts[1:], s.size)                # exclusive end of each run
    mid = (starts + 1 + ends) / 2.0                     # mean of ranks starts+1 .. ends
    run_id = np.cumsum(new_run) - 1
    ranks = np.empty(s.size)
    ranks[order] = mid[run_id]
    # Mann-Whitney U of the positives: rank sum minus its minimum n+(n+ + 1)/2
    u = ranks[y].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))
