import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve, ties between a positive and a negative counted as 1/2.

    Args:
        scores: float array (n,), higher means "more positive".
        labels: array (n,) of 0/1 (int or bool), 1 = positive.
    Returns:
        AUC as a Python float; float('nan') if there are no positives or no negatives.
    """
    raise NotImplementedError
