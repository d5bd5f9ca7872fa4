import math

import numpy as np

from submission import average_precision


def test_example_ranked_list():
    """README example 1: ranking [1,0,1,0,0] gives (1 + 2/3)/2."""
    got = average_precision(np.array([5.0, 4, 3, 2, 1]), np.array([1, 0, 1, 0, 0]))
    assert abs(got - 5 / 6) < 1e-12, f"expected {5/6:.6f}, got {got}"


def test_example_first_is_negative():
    """README example 2: ranking [0,1,1] gives (1/2 + 2/3)/2."""
    got = average_precision(np.array([0.9, 0.8, 0.7]), np.array([0, 1, 1]))
    assert abs(got - 7 / 12) < 1e-12, f"expected {7/12:.6f}, got {got}"


def test_example_ties_one_threshold():
    """README example 3: tied scores form a single PR point (no trapezoid)."""
    got = average_precision(np.array([2.0, 1, 1, 1, 1, 1, 1, 1, 1]), np.array([1, 0, 0, 0, 0, 0, 0, 0, 1]))
    want = 0.5 + 0.5 * 2 / 9
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}"


def test_perfect_ranking_is_one():
    """All positives ranked above all negatives -> AP = 1."""
    got = average_precision(np.array([0.9, 0.8, 0.3, 0.1]), np.array([1, 1, 0, 0]))
    assert abs(got - 1.0) < 1e-12, f"expected 1.0, got {got}"
    assert isinstance(got, float), f"expected a Python float, got {type(got).__name__}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
