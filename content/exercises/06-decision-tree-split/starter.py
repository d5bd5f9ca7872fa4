import numpy as np


def best_split(X: np.ndarray, y: np.ndarray, criterion: str = "gini") -> tuple[int | None, float | None, float]:
    """Best axis-aligned threshold split of a classification node.

    Args:
        X: (n, d) numeric features; y: (n,) class labels (any integers).
        criterion: "gini" or "entropy" (entropy in bits, log base 2).
    Returns:
        (feature, threshold, gain): samples with X[:, feature] <= threshold go left. threshold is the midpoint
        between two consecutive distinct sorted values of that feature. gain = impurity(parent)
        - (n_L/n) impurity(left) - (n_R/n) impurity(right). Ties (gains within 1e-12): smallest feature index,
        then smallest threshold. If no split has gain > 1e-12, return (None, None, 0.0).
    """
    raise NotImplementedError
