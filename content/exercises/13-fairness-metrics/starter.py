import numpy as np


def demographic_parity_difference(y_pred: np.ndarray, group: np.ndarray) -> float:
    """|selection rate of group 1 - selection rate of group 0| (exactly two groups)."""
    raise NotImplementedError


def equal_opportunity_difference(y_true: np.ndarray, y_pred: np.ndarray, group: np.ndarray) -> float:
    """|TPR_1 - TPR_0|; nan if a group has no actual positives."""
    raise NotImplementedError


def equalized_odds_difference(y_true: np.ndarray, y_pred: np.ndarray, group: np.ndarray) -> float:
    """max(|TPR_1 - TPR_0|, |FPR_1 - FPR_0|); nan if any of these rates is undefined."""
    raise NotImplementedError
