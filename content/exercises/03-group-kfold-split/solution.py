import numpy as np


def group_kfold_split(groups: np.ndarray, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """K-fold split that never puts one group on both sides, with balanced fold sizes.

    Greedy rule: visit groups by decreasing size (ties: ascending group label), and put each
    group into the fold that currently holds the fewest samples (ties: lowest fold index).

    Args:
        groups: array (n,) of group labels (ints or strings), one per sample.
        k: number of folds, 2 <= k <= number of distinct groups.
    Returns:
        list of k tuples (train_idx, test_idx) of sorted int64 index arrays; fold j's test
        set holds the samples of the groups assigned to fold j.
    Raises:
        ValueError: if k < 2 or k exceeds the number of distinct groups.
    """
    g = np.asarray(groups)
    labels, inverse, counts = np.unique(g, return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    if k < 2 or k > labels.size:
        raise ValueError(f"need 2 <= k <= number of groups ({labels.size}), got k={k}")
    # stable sort on -count keeps np.unique's ascending label order among equal sizes
    visit = np.argsort(-counts, kind="stable")
    load = np.zeros(k, dtype=np.int64)
    fold_of_group = np.empty(labels.size, dtype=np.int64)
    for gi in visit:
        f = int(np.argmin(load))          # argmin returns the lowest index on ties
        fold_of_group[gi] = f
        load[f] += counts[gi]
    fold_of_sample = fold_of_group[inverse]
    splits = []
    for f in range(k):
        test = np.flatnonzero(fold_of_sample == f).astype(np.int64)
        train = np.flatnonzero(fold_of_sample != f).astype(np.int64)
        splits.append((train, test))
    return splits
