import numpy as np

from submission import bootstrap_percentile_ci

X = np.array([2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 2.8, 6.1])


def test_example_mean():
    """README example 1: 90% interval for the mean."""
    got = bootstrap_percentile_ci(X, np.mean, 2000, 0.1, np.random.default_rng(0))
    want = (2.875, 4.512499999999999, 0.501931976571081)
    assert np.allclose(got, want, rtol=1e-12, atol=1e-12), f"expected {want}, got {got}"


def test_example_median():
    """README example 2: 90% interval for the median."""
    got = bootstrap_percentile_ci(X, np.median, 2000, 0.1, np.random.default_rng(0))
    want = (2.45, 4.9, 0.674767326915535)
    assert np.allclose(got, want, rtol=1e-12, atol=1e-12), f"expected {want}, got {got}"


def test_example_single_observation():
    """README example 3: n = 1 gives a degenerate interval and zero SE."""
    got = bootstrap_percentile_ci(np.array([4.0]), np.mean, 100, 0.05, np.random.default_rng(0))
    assert tuple(got) == (4.0, 4.0, 0.0), f"expected (4.0, 4.0, 0.0), got {got}"


def test_returns_floats_and_order():
    """Three Python floats with lo <= hi."""
    lo, hi, se = bootstrap_percentile_ci(X, np.std, 200, 0.05, np.random.default_rng(1))
    assert all(isinstance(v, float) for v in (lo, hi, se)), "expected Python floats"
    assert lo <= hi and se >= 0, f"expected lo <= hi and se >= 0, got {lo}, {hi}, {se}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
