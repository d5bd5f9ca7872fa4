import numpy as np


def _impurity(counts: np.ndarray, criterion: str) -> np.ndarray:
    """Gini or entropy (bits) from class counts along the last axis; 0 for empty rows."""
    tot = counts.sum(axis=-1, keepdims=True)
    p = counts / np.where(tot > 0, tot, 1)
    if criterion == "gini":
        return 1.0 - np.sum(p * p, axis=-1)
    if criterion == "entropy":
        logp = np.log2(np.where(p > 0, p, 1.0))              # 0 log 0 := 0
        return -np.sum(p * logp, axis=-1)
    raise ValueError(f"unknown criterion {criterion!r}")


def best_split(X: np.ndarray, y: np.ndarray, criterion: str = "gini") -> tuple[int | None, float | None, float]:
    """Best single threshold split (x[:, j] <= t goes left) maximising the impurity decrease."""
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    classes, yi = np.unique(y, return_inverse=True)
    onehot = np.eye(len(classes))[yi]                          # (n, C)
    parent = _impurity(onehot.sum(0), criterion)
    best = (None, None, 0.0)
    best_gain = 0.0
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]           # counts left of each cut, cuts after 1..n-1
        right = onehot.sum(0) - left
        nL = np.arange(1, n)[:, None]
        child = (nL[:, 0] * _impurity(left, criterion) + (n - nL[:, 0]) * _impurity(right, criterion)) / n
        gain = parent - child
        valid = xs[:-1] < xs[1:]                               # cut only between distinct values
        for c in np.flatnonzero(valid):                        # ascending thresholds within the feature
            # strict ">" keeps the earliest (feature, threshold) on ties; 1e-12 guards float noise
            if gain[c] > best_gain + 1e-12:
                best_gain = gain[c]
                best = (j, float((xs[c] + xs[c + 1]) / 2), float(gain[c]))
    return best
