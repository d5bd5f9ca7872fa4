import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    """k-nearest-neighbour classifier (Euclidean distance, unweighted majority vote).

    Args:
        X_train: (n, d) training points; y_train: (n,) integer labels; X_test: (m, d) query points.
        k: number of neighbours, 1 <= k <= n (else ValueError).
    Returns:
        (m,) predicted labels, same dtype as y_train.
    Ties: among equidistant training points the one with the lower index is nearer;
          among classes with the same number of votes the smallest label wins.
    """
    raise NotImplementedError
