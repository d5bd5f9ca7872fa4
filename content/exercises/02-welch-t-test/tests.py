import math

import numpy as np

from submission import welch_t_test


def test_example_significant():
    """README example 1."""
    a = np.array([5.1, 4.8, 6.0, 5.5, 5.9])
    b = np.array([4.2, 4.0, 4.9, 3.8, 4.4, 4.1, 4.6])
    got = welch_t_test(a, b)
    want = (4.352070415683393, 6.97678793727325, 0.003372792360864421)
    assert np.allclose(got, want, rtol=1e-9), f"expected {want}, got {got}"


def test_example_not_significant():
    """README example 2: negative t, outlier in the second group."""
    got = welch_t_test(np.array([1.0, 2.0, 3.0, 4.0]), np.array([2.0, 2.5, 3.0, 3.5, 4.0, 10.0]))
    want = (-1.2216944435630523, 7.28970444949659, 0.2598551315909486)
    assert np.allclose(got, want, rtol=1e-9), f"expected {want}, got {got}"


def test_example_zero_variance():
    """README example 3: both samples constant -> nan triple."""
    got = welch_t_test(np.ones(3), np.ones(4))
    assert all(math.isnan(v) for v in got), f"expected (nan, nan, nan), got {got}"


def test_returns_floats():
    """Three Python floats."""
    got = welch_t_test(np.array([1.0, 2.0, 4.0]), np.array([0.0, 1.0, 1.5]))
    assert all(isinstance(v, float) for v in got), f"expected Python floats, got {[type(v).__name__ for v in got]}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
