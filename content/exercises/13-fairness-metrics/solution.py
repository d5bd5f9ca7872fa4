import numpy as np


def _groups(group: np.ndarray) -> np.ndarray:
    g = np.unique(np.asarray(group))
    if g.size != 2:
        raise ValueError(f"expected exactly two groups, got {g.size}")
    return g


def _rate(y_pred: np.ndarray, sel: np.ndarray) -> float:
    """Mean of y_pred over the selected rows; nan when nothing is selected (undefined rate)."""
    return float(np.mean(y_pred[sel])) if np.any(sel) else float("nan")


def demographic_parity_difference(y_pred: np.ndarray, group: np.ndarray) -> float:
    """|P(Yhat=1 | A=g1) - P(Yhat=1 | A=g0)|."""
    y_pred, group = np.asarray(y_pred), np.asarray(group)
    g0, g1 = _groups(group)
    return abs(_rate(y_pred, group == g1) - _rate(y_pred, group == g0))


def equal_opportunity_difference(y_true: np.ndarray, y_pred: np.ndarray, group: np.ndarray) -> float:
    """|TPR_g1 - TPR_g0|; nan if a group has no positives."""
    y_true, y_pred, group = np.asarray(y_true), np.asarray(y_pred), np.asarray(group)
    g0, g1 = _groups(group)
    tpr = [_rate(y_pred, (group == g) & (y_true == 1)) for g in (g0, g1)]
    return abs(tpr[1] - tpr[0])


def equalized_odds_difference(y_true: np.ndarray, y_pred: np.ndarray, group: np.ndarray) -> float:
    """max(|TPR gap|, |FPR gap|); nan if any of the four rates is undefined."""
    y_true, y_pred, group = np.asarray(y_true), np.asarray(y_pred), np.asarray(group)
    g0, g1 = _groups(group)
    tpr = [_rate(y_pred, (group == g) & (y_true == 1)) for g in (g0, g1)]
    fpr = [_rate(y_pred, (group == g) & (y_true == 0)) for g in (g0, g1)]
    gaps = [abs(tpr[1] - tpr[0]), abs(fpr[1] - fpr[0])]
    if any(np.isnan(gaps)):
        return float("nan")          # np.max would propagate nan too, but be explicit
    return float(max(gaps))
