import math

import numpy as np

from submission import roc_auc


def test_example_basic():
    """README example 1: 3 of 4 pairs correctly ordered."""
    got = roc_auc(np.array([0.1, 0.4, 0.35, 0.8]), np.array([0, 0, 1, 1]))
    assert abs(got - 0.75) < 1e-12, f"expected 0.75, got {got}"


def test_example_tie_counts_half():
    """README example 2: a tied (pos, neg) pair counts 1/2."""
    got = roc_auc(np.array([0.5, 0.5, 0.2, 0.9]), np.array([1, 0, 0, 1]))
    assert abs(got - 0.875) < 1e-12, f"expected 0.875, got {got}"


def test_single_class_is_nan():
    """README example 3: only positives -> nan."""
    got = roc_auc(np.array([0.3, 0.7]), np.array([1, 1]))
    assert isinstance(got, float) and math.isnan(got), f"expected nan, got {got!r}"


def test_perfect_and_reversed():
    """Perfect ordering gives 1.0, reversed ordering gives 0.0."""
    s = np.array([0.1, 0.2, 0.8, 0.9])
    y = np.array([0, 0, 1, 1])
    assert abs(roc_auc(s, y) - 1.0) < 1e-12, f"expected 1.0, got {roc_auc(s, y)}"
    assert abs(roc_auc(-s, y) - 0.0) < 1e-12, f"expected 0.0, got {roc_auc(-s, y)}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
