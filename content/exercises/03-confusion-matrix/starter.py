import numpy as np


def confusion_report(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> dict:
    """Confusion matrix and precision/recall/F1 of a single-label multi-class classifier.

    Args:
        y_true: int array (N,), true classes in 0..n_classes-1 (N may be 0).
        y_pred: int array (N,), predicted classes in 0..n_classes-1.
        n_classes: number of classes K >= 1.

    Returns:
        {"matrix": int64 (K, K) array, rows = true class, columns = predicted class,
         "precision": (K,), "recall": (K,), "f1": (K,) float arrays (0.0 where a denominator is 0),
         "macro": {"precision": float, "recall": float, "f1": float},
         "micro": {"precision": float, "recall": float, "f1": float}}
    """
    raise NotImplementedError
