import math

import numpy as np

from submission import poisson_rate_mle


def test_example_unit_exposure():
    """README example 1: exposure defaults to 1."""
    rate, se, ll = poisson_rate_mle(np.array([2, 0, 3, 1]))
    assert abs(rate - 1.5) < 1e-12, f"expected rate 1.5, got {rate}"
    assert abs(se - math.sqrt(1.5 / 4)) < 1e-12, f"expected se {math.sqrt(1.5 / 4):.6f}, got {se:.6f}"
    assert abs(ll - (-6.052116001139014)) < 1e-9, f"expected loglik -6.052116, got {ll:.6f}"


def test_example_with_exposure():
    """README example 2: total events over total exposure."""
    rate, se, ll = poisson_rate_mle(np.array([3, 9]), np.array([1.0, 2.0]))
    assert abs(rate - 4.0) < 1e-12, f"expected rate 4.0 (12 events / 3 units), got {rate}"
    assert abs(se - math.sqrt(4 / 3)) < 1e-12, f"expected se {math.sqrt(4 / 3):.6f}, got {se:.6f}"
    assert abs(ll - (-3.719729990831331)) < 1e-9, f"expected loglik -3.719730, got {ll:.6f}"


def test_example_all_zero():
    """README example 3: all-zero counts."""
    got = poisson_rate_mle(np.array([0, 0]))
    assert tuple(got) == (0.0, 0.0, 0.0), f"expected (0.0, 0.0, 0.0), got {got}"


def test_returns_floats():
    """All three outputs are Python floats."""
    got = poisson_rate_mle(np.array([1, 4]))
    assert all(isinstance(v, float) for v in got), f"expected three Python floats, got {[type(v).__name__ for v in got]}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
