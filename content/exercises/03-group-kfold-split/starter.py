import numpy as np


def group_kfold_split(groups: np.ndarray, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """K-fold split that never puts one group on both sides, with balanced fold sizes.

    Greedy rule: visit groups by decreasing size (ties: ascending group label), and put each
    group into the fold that currently holds the fewest samples (ties: lowest fold index).

    Args:
        groups: array (n,) of group labels (ints or strings), one per sample.
        k: number of folds, 2 <= k <= number of distinct groups.
    Returns:
        list of k tuples (train_idx, test_idx) of sorted int index arrays; fold j's test
        set holds the samples of the groups assigned to fold j.
    Raises:
        ValueError: if k < 2 or k exceeds the number of distinct groups.
    """
    raise NotImplementedError
