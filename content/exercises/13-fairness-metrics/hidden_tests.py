import math
import numpy as np
from submission import demographic_parity_difference, equal_opportunity_difference, equalized_odds_difference


def _confusion(y, p):
    tp = int(np.sum((y == 1) & (p == 1))); fn = int(np.sum((y == 1) & (p == 0)))
    fp = int(np.sum((y == 0) & (p == 1))); tn = int(np.sum((y == 0) & (p == 0)))
    return tp, fn, fp, tn


def test_random_against_confusion_counts():
    """Seeded random data: all three metrics match per-group confusion-matrix counts."""
    rng = np.random.default_rng(190)
    for _ in range(20):
        n = rng.integers(50, 400)
        g = rng.integers(0, 2, n)
        y = (rng.random(n) < np.where(g == 0, 0.4, 0.6)).astype(int)
        p = (rng.random(n) < np.where(y == 1, 0.7, 0.2) + 0.1 * g).astype(int)
        c0, c1 = _confusion(y[g == 0], p[g == 0]), _confusion(y[g == 1], p[g == 1])
        tpr = [c[0] / (c[0] + c[1]) for c in (c0, c1)]
        fpr = [c[2] / (c[2] + c[3]) for c in (c0, c1)]
        sel = [(c[0] + c[2]) / sum(c) for c in (c0, c1)]
        assert abs(demographic_parity_difference(p, g) - abs(sel[1] - sel[0])) < 1e-12
        assert abs(equal_opportunity_difference(y, p, g) - abs(tpr[1] - tpr[0])) < 1e-12
        want = max(abs(tpr[1] - tpr[0]), abs(fpr[1] - fpr[0]))
        got = equalized_odds_difference(y, p, g)
        assert abs(got - want) < 1e-12, f"expected {want:.6f} (max of the TPR and FPR gaps), got {got:.6f}"


def test_fpr_gap_dominates():
    """Equal TPRs but different FPRs: equalized odds = FPR gap (max, not mean), equal opportunity = 0."""
    y = np.array([1, 1, 0, 0, 1, 1, 0, 0])
    p = np.array([1, 0, 0, 0, 1, 0, 1, 1])
    g = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    assert equal_opportunity_difference(y, p, g) == 0.0
    got = equalized_odds_difference(y, p, g)
    assert abs(got - 1.0) < 1e-12, f"expected 1.0 (FPR 0 vs 1), got {got}; use the max of the gaps, not the mean"


def test_symmetric_in_group_labels():
    """Relabelling the groups (or their order) does not change the absolute differences."""
    rng = np.random.default_rng(191)
    y, p, g = rng.integers(0, 2, 100), rng.integers(0, 2, 100), rng.integers(0, 2, 100)
    names = np.where(g == 1, "x", "y")
    assert abs(equalized_odds_difference(y, p, g) - equalized_odds_difference(y, p, names)) < 1e-12
    assert abs(demographic_parity_difference(p, g) - demographic_parity_difference(p, 1 - g)) < 1e-12


def test_no_positives_in_a_group_is_nan():
    """A group without actual positives makes TPR undefined: EOpp and EO are nan, DP is still defined."""
    y = np.array([0, 0, 0, 1, 0, 1]); p = np.array([1, 0, 0, 1, 1, 0]); g = np.array([0, 0, 0, 1, 1, 1])
    assert math.isnan(equal_opportunity_difference(y, p, g)), "expected nan when a group has no positives"
    assert math.isnan(equalized_odds_difference(y, p, g)), "expected nan when a group has no positives"
    assert abs(demographic_parity_difference(p, g) - 1 / 3) < 1e-12


def test_wrong_number_of_groups_raises():
    """One group or three groups raise ValueError."""
    for g in (np.zeros(4, dtype=int), np.array([0, 1, 2, 0])):
        try:
            demographic_parity_difference(np.array([1, 0, 1, 0]), g)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for groups {np.unique(g)}")


def test_base_rates_differ_perfect_classifier():
    """Perfect classifier with base rates 0.5 vs 0.25: DP = 0.25 but EO = 0."""
    y = np.array([1, 0, 1, 0, 1, 0, 0, 0]); g = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    assert abs(demographic_parity_difference(y, g) - 0.25) < 1e-12
    assert equalized_odds_difference(y, y, g) == 0.0


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
