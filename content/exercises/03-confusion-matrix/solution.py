import numpy as np


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den elementwise, 0.0 where den is 0 (the zero-division convention)."""
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)


def _f1(p: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Harmonic mean of precision and recall, 0.0 where both are 0."""
    return _ratio(2 * p * r, p + r)


def confusion_report(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> dict:
    """Confusion matrix and precision/recall/F1 of a single-label multi-class classifier."""
    y_true = np.asarray(y_true, dtype=np.int64).ravel()
    y_pred = np.asarray(y_pred, dtype=np.int64).ravel()
    k = int(n_classes)
    # One bincount over the flattened (true, pred) index fills the whole matrix without a Python loop.
    matrix = np.bincount(y_true * k + y_pred, minlength=k * k).reshape(k, k).astype(np.int64)
    tp = np.diag(matrix).astype(np.float64)
    predicted = matrix.sum(axis=0)  # TP + FP per class (column sums)
    actual = matrix.sum(axis=1)  # TP + FN per class (row sums)
    precision = _ratio(tp, predicted)
    recall = _ratio(tp, actual)
    f1 = _f1(precision, recall)
    # Micro: pool the counts of every class before dividing.
    micro_p = float(_ratio(tp.sum(), predicted.sum()))
    micro_r = float(_ratio(tp.sum(), actual.sum()))
    micro_f1 = float(_f1(np.float64(micro_p), np.float64(micro_r)))
    return {
        "matrix": matrix,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "macro": {"precision": float(precision.mean()), "recall": float(recall.mean()), "f1": float(f1.mean())},
        "micro": {"precision": micro_p, "recall": micro_r, "f1": micro_f1},
    }
