import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    """k-nearest-neighbour majority vote, Euclidean distance."""
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    y_train = np.asarray(y_train)
    n = len(X_train)
    if not (1 <= k <= n):
        raise ValueError(f"k must be in [1, {n}], got {k}")
    classes = np.unique(y_train)                              # sorted labels
    y_idx = np.searchsorted(classes, y_train)                 # labels -> 0..C-1
    out = np.empty(len(X_test), dtype=y_train.dtype)
    for i, x in enumerate(X_test):
        diff = X_train - x                                    # differences: exact even with large offsets
        d2 = np.einsum("ij,ij->i", diff, diff)
        nn = np.argsort(d2, kind="stable")[:k]                # distance ties -> lower training index first
        counts = np.bincount(y_idx[nn], minlength=len(classes))
        out[i] = classes[np.argmax(counts)]                   # vote ties -> smallest label (argmax takes the first)
    return out
