import math

import numpy as np
from sklearn.metrics import average_precision_score

from submission import average_precision


def test_matches_sklearn_no_ties():
    """Agrees with sklearn.metrics.average_precision_score on continuous seeded scores."""
    rng = np.random.default_rng(0)
    for n in [3, 20, 1000]:
        y = (rng.random(n) < 0.3).astype(int)
        y[0] = 1
        s = rng.normal(size=n) + y
        got, want = average_precision(s, y), average_precision_score(y, s)
        assert abs(got - want) < 1e-12, f"n={n}: expected {want:.12f} (sklearn), got {got:.12f}"


def test_matches_sklearn_heavy_ties():
    """Agrees with sklearn when scores are coarse (many ties): tied examples share a threshold."""
    rng = np.random.default_rng(1)
    for n in [10, 200, 3000]:
        y = (rng.random(n) < 0.2).astype(int)
        y[-1] = 1
        s = rng.integers(0, 5, size=n) + y * rng.integers(0, 2, size=n)
        got, want = average_precision(s.astype(float), y), average_precision_score(y, s)
        assert abs(got - want) < 1e-12, f"n={n}: expected {want:.12f} (sklearn), got {got:.12f}"


def test_tie_order_does_not_matter():
    """Permuting examples inside a group of tied scores leaves AP unchanged."""
    s = np.array([3.0, 2, 2, 2, 1, 1])
    y1 = np.array([0, 1, 0, 0, 1, 0])
    y2 = np.array([0, 0, 0, 1, 0, 1])   # same multiset of labels inside each tie group
    a, b = average_precision(s, y1), average_precision(s, y2)
    want = average_precision_score(y1, s)
    assert abs(a - b) < 1e-12, f"AP depends on the order inside ties: {a} vs {b}"
    assert abs(a - want) < 1e-12, f"expected {want:.6f}, got {a:.6f}"


def test_all_scores_equal_is_prevalence():
    """One threshold only: AP equals the prevalence."""
    y = np.array([1, 0, 0, 1, 0, 0, 0, 0])
    got = average_precision(np.zeros(8), y)
    assert abs(got - 0.25) < 1e-12, f"expected the prevalence 0.25, got {got}"


def test_no_positive_is_nan():
    """No positive -> nan, not an exception."""
    got = average_precision(np.array([0.3, 0.2]), np.array([0, 0]))
    assert isinstance(got, float) and math.isnan(got), f"expected nan, got {got!r}"


def test_single_positive_and_bool_labels():
    """A single positive at rank 4 gives AP = 1/4; bool labels are accepted."""
    got = average_precision(np.array([0.9, 0.8, 0.7, 0.6, 0.5]), np.array([False, False, False, True, False]))
    assert abs(got - 0.25) < 1e-12, f"expected 0.25, got {got}"


def test_not_trapezoid_or_interpolated():
    """A case where trapezoid and interpolated-precision variants differ from the step-wise sum."""
    s = np.array([6.0, 5, 4, 3, 2, 1])
    y = np.array([0, 1, 0, 0, 1, 1])
    got, want = average_precision(s, y), average_precision_score(y, s)
    # step sum: (1/2 + 2/5 + 3/6) / 3 = 0.4666...
    assert abs(want - (0.5 + 0.4 + 0.5) / 3) < 1e-12
    assert abs(got - want) < 1e-12, f"expected {want:.6f} (step-wise, no interpolation), got {got:.6f}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
