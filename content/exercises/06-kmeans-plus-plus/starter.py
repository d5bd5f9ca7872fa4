import numpy as np


def kmeans_pp_init(X: np.ndarray, k: int, u: np.ndarray) -> np.ndarray:
    """k-means++ seeding (Arthur & Vassilvitskii 2007) driven by given uniform numbers.

    Args:
        X: (n, d) points; k: number of centres; u: (k,) numbers in [0, 1) used as the random draws.
    Returns:
        (k,) integer indices into X of the chosen centres, in the order chosen.
        First index: floor(u[0] * n). Centre j >= 1: with D2[i] the squared distance from X[i] to its nearest
        already-chosen centre and S its cumulative sum, the smallest i with S[i] > u[j] * S[n-1].
    Raises:
        ValueError if all D2 are 0 before k centres are chosen (fewer than k distinct points).
    """
    raise NotImplementedError


def lloyd(X: np.ndarray, centers: np.ndarray, max_iter: int = 100) -> tuple[np.ndarray, np.ndarray, list[float]]:
    """Lloyd's k-means iterations from the given (k, d) centres (do not modify the input array).

    Each iteration: assign every point to its nearest centre (ties -> lower centre index), record the
    objective sum of squared distances to the assigned centres, then move each centre to the mean of its
    points (an empty cluster keeps its centre). Stop when no centre moves or after max_iter iterations.
    Returns:
        (centers (k, d), labels (n,) = assignment to the returned centres, objectives: one float per iteration).
    """
    raise NotImplementedError
