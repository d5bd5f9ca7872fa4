import math

import numpy as np

from submission import expected_calibration_error


def _reference(p, y, m):
    conf = p.max(1)
    correct = (p.argmax(1) == y).astype(float)
    total = 0.0
    for b in range(m):
        lo, hi = b / m, (b + 1) / m
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            total += mask.sum() / len(conf) * abs(correct[mask].mean() - conf[mask].mean())
    return total


def test_random_against_reference():
    """Matches a direct per-bin computation on seeded random predictions for several bin counts."""
    rng = np.random.default_rng(123)
    for n, k, m in [(1, 3, 10), (40, 2, 5), (300, 5, 15), (1000, 10, 20)]:
        logits = rng.normal(scale=2.0, size=(n, k))
        p = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
        y = rng.integers(0, k, size=n)
        got, want = expected_calibration_error(p, y, m), _reference(p, y, m)
        assert abs(got - want) < 1e-12, f"n={n},K={k},M={m}: expected {want:.10f}, got {got:.10f}"


def test_bins_are_right_closed():
    """Confidence exactly on an edge (0.5 with 4 bins) belongs to the bin below: (0.25, 0.5]."""
    p = np.array([[0.5, 0.5], [0.6, 0.4]])
    y = np.array([0, 1])          # first correct (c = 0.5), second wrong (c = 0.6)
    got = expected_calibration_error(p, y, n_bins=4)
    assert abs(got - 0.55) < 1e-12, f"expected 0.55 with bins (lo, hi], got {got} (left-closed bins give 0.05)"


def test_weighted_by_bin_size():
    """Gaps are weighted by |B_m|/N, not averaged over non-empty bins."""
    p = np.array([[0.9, 0.1]] * 9 + [[0.3, 0.7]])
    y = np.array([0] * 9 + [0])   # nine correct at 0.9, one wrong at 0.7
    got = expected_calibration_error(p, y, n_bins=10)
    want = 0.9 * 0.1 + 0.1 * 0.7
    assert abs(got - want) < 1e-12, f"expected {want:.4f} (bin-size weighted), got {got:.4f}"


def test_confidence_is_max_probability():
    """Confidence is the top probability, not the probability of the true class."""
    p = np.array([[0.8, 0.2], [0.8, 0.2]])
    y = np.array([0, 1])          # accuracy 0.5 at confidence 0.8
    got = expected_calibration_error(p, y, n_bins=10)
    assert abs(got - 0.3) < 1e-12, f"expected 0.3, got {got}"


def test_argmax_tie_picks_lowest_index():
    """On a tie for the top probability the prediction is the lowest index."""
    p = np.array([[0.4, 0.4, 0.2]])
    got0 = expected_calibration_error(p, np.array([0]), n_bins=10)
    got1 = expected_calibration_error(p, np.array([1]), n_bins=10)
    assert abs(got0 - 0.6) < 1e-12 and abs(got1 - 0.4) < 1e-12, f"expected 0.6 (label 0) and 0.4 (label 1), got {got0}, {got1}"


def test_calibrated_model_small_ece():
    """Labels drawn from the predicted probabilities give a small ECE; a sharpened copy gives a larger one."""
    rng = np.random.default_rng(0)
    n, k = 5000, 4
    logits = rng.normal(0, 1.5, size=(n, k))
    p = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    u = rng.random(n)[:, None]
    y = (u > np.cumsum(p, axis=1)).sum(1)
    q = np.exp(3 * logits) / np.exp(3 * logits).sum(1, keepdims=True)
    a, b = expected_calibration_error(p, y, 15), expected_calibration_error(q, y, 15)
    assert a < 0.03, f"calibrated predictions should have small ECE, got {a:.4f}"
    assert b > 0.1, f"over-confident predictions should have larger ECE, got {b:.4f}"
    assert math.isclose(a, _reference(p, y, 15), abs_tol=1e-12)


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
