import numpy as np
from scipy import stats

from submission import exponential_icdf, piecewise_constant_icdf


def test_exponential_matches_scipy_ppf_and_ks():
    """Equals scipy.stats.expon.ppf; seeded samples pass a KS test against Exponential(rate)."""
    rng = np.random.default_rng(0)
    for rate in (0.5, 2.0, 30.0):
        u = rng.random(20_000)
        x = exponential_icdf(u, rate)
        assert np.allclose(x, stats.expon(scale=1 / rate).ppf(u), rtol=1e-12, atol=0), f"rate={rate}: differs from scipy.stats.expon.ppf"
        p = stats.kstest(x, stats.expon(scale=1 / rate).cdf).pvalue
        assert p > 0.01, f"rate={rate}: KS test rejects Exponential (p={p:.3g})"


def test_exponential_tiny_u_precision():
    """u = 1e-12 gives 1e-12 / rate to full relative precision (use log1p)."""
    got = exponential_icdf(np.array([1e-12, 1e-17]), 1.0)
    want = np.array([-np.log1p(-1e-12), 1e-17])
    assert np.allclose(got, want, rtol=1e-12, atol=0), f"expected {want}, got {got} (np.log(1 - u) loses precision)"


def test_piecewise_matches_scipy_rv_histogram():
    """With all weights positive, equals scipy.stats.rv_histogram(density=False).ppf (seeded random bins)."""
    rng = np.random.default_rng(1)
    for _ in range(20):
        k = int(rng.integers(1, 12))
        edges = np.cumsum(np.concatenate(([rng.normal()], rng.uniform(0.1, 3.0, size=k))))
        w = rng.uniform(0.05, 5.0, size=k)
        u = rng.random(500)
        got = piecewise_constant_icdf(u, edges, w)
        want = stats.rv_histogram((w, edges), density=False).ppf(u)
        assert np.allclose(got, want, atol=1e-10), f"K={k}: max difference from rv_histogram.ppf {np.abs(got - want).max():.3g}"


def test_piecewise_ks_with_fixed_seed():
    """Seeded samples pass a KS test against the histogram distribution (unnormalised weights)."""
    rng = np.random.default_rng(2)
    edges = np.array([-2.0, -1.0, 0.5, 1.0, 4.0])
    w = np.array([2.0, 0.5, 7.0, 1.0])
    x = piecewise_constant_icdf(rng.random(30_000), edges, w)
    dist = stats.rv_histogram((w, edges), density=False)
    p = stats.kstest(x, dist.cdf).pvalue
    assert p > 0.01, f"KS test rejects the histogram distribution (p={p:.3g}); are the weights normalised?"
    mean_want = dist.mean()
    assert abs(x.mean() - mean_want) < 0.03, f"sample mean {x.mean():.4f}, expected ≈{mean_want:.4f}"


def test_weights_are_masses_not_densities():
    """A weight is the bin's total probability, whatever its width."""
    got = piecewise_constant_icdf(np.array([0.5]), np.array([0.0, 1.0, 10.0]), np.array([1.0, 1.0]))
    assert np.allclose(got, [1.0]), f"half the mass is in [0, 1], so the median is 1.0; got {got}"


def test_zero_weight_edges_and_boundaries():
    """Leading/trailing zero-weight bins: u = 0 -> first edge, u = 1 -> end of the last non-empty bin, no nan."""
    edges = np.array([0.0, 1.0, 2.0, 3.0, 5.0])
    w = np.array([0.0, 2.0, 0.0, 0.0])
    got = piecewise_constant_icdf(np.array([0.0, 1e-9, 0.5, 1.0]), edges, w)
    want = np.array([0.0, 1.0 + 1e-9, 1.5, 2.0])
    assert np.all(np.isfinite(got)), f"got non-finite values {got}"
    assert np.allclose(got, want, atol=1e-12), f"expected {want}, got {got}"
    # all samples from a distribution with an empty middle bin avoid it
    x = piecewise_constant_icdf(np.random.default_rng(3).random(5000), np.array([0.0, 1, 2, 3]), np.array([1.0, 0.0, 1.0]))
    assert not np.any((x > 1.0) & (x < 2.0)), "samples fell inside a zero-weight bin"


def test_monotone_in_u():
    """The inverse CDF is non-decreasing in u."""
    u = np.linspace(0, 1, 1001)
    x = piecewise_constant_icdf(u, np.array([0.0, 0.2, 0.9, 1.0, 3.0]), np.array([1.0, 0.0, 3.0, 2.0]))
    assert np.all(np.diff(x) >= -1e-15), "piecewise_constant_icdf must be non-decreasing in u"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
