import numpy as np
from scipy import stats

from submission import bootstrap_percentile_ci


def _spec(x, statistic, b, alpha, seed):
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(x), size=(b, len(x)))
    reps = np.array([statistic(x[r]) for r in idx])
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    return lo, hi, reps.std(ddof=1)


def test_exact_procedure_various_statistics():
    """Follows the stated resampling/quantile/ddof procedure exactly for several statistics and alphas."""
    data = np.random.default_rng(10).exponential(2.0, size=37)
    trimmed = lambda v: float(np.mean(np.sort(v)[3:-3]))
    for stat, b, alpha, seed in [(np.mean, 500, 0.05, 1), (np.median, 999, 0.2, 2), (np.var, 300, 0.01, 3), (trimmed, 250, 0.1, 4)]:
        got = bootstrap_percentile_ci(data, stat, b, alpha, np.random.default_rng(seed))
        want = _spec(data, stat, b, alpha, seed)
        assert np.allclose(got, want, rtol=1e-12, atol=1e-12), f"alpha={alpha}, B={b}: expected {tuple(np.round(want, 6))}, got {tuple(np.round(got, 6))}"


def test_close_to_scipy_bootstrap():
    """Agrees with scipy.stats.bootstrap(method='percentile') up to Monte Carlo error."""
    x = np.random.default_rng(11).gamma(2.0, 1.5, size=60)
    lo, hi, se = bootstrap_percentile_ci(x, np.mean, 4000, 0.05, np.random.default_rng(5))
    kw = dict(n_resamples=4000, confidence_level=0.95, method="percentile", vectorized=False)
    try:                                   # SciPy >= 1.15 calls the generator argument `rng`
        res = stats.bootstrap((x,), np.mean, rng=np.random.default_rng(6), **kw)
    except TypeError:
        res = stats.bootstrap((x,), np.mean, random_state=np.random.default_rng(6), **kw)
    width = res.confidence_interval.high - res.confidence_interval.low
    assert abs(lo - res.confidence_interval.low) < 0.1 * width, f"lo {lo:.4f} vs scipy {res.confidence_interval.low:.4f}"
    assert abs(hi - res.confidence_interval.high) < 0.1 * width, f"hi {hi:.4f} vs scipy {res.confidence_interval.high:.4f}"
    assert abs(se / res.standard_error - 1) < 0.1, f"se {se:.4f} vs scipy {res.standard_error:.4f}"


def test_coverage_of_the_mean():
    """On 100 seeded normal samples (n=40), the 95% interval covers the true mean 88-99% of the time."""
    rng = np.random.default_rng(3)
    hits = 0
    for _ in range(100):
        y = rng.normal(1.0, 2.0, size=40)
        lo, hi, _ = bootstrap_percentile_ci(y, np.mean, 400, 0.05, rng)
        hits += lo <= 1.0 <= hi
    assert 88 <= hits <= 99, f"coverage {hits}/100, expected about 95 (resample with replacement, alpha/2 per tail)"


def test_se_of_mean_close_to_formula():
    """The bootstrap SE of the mean is close to s / sqrt(n) (ddof=0 version of s)."""
    y = np.random.default_rng(4).normal(0.0, 3.0, size=150)
    _, _, se = bootstrap_percentile_ci(y, np.mean, 4000, 0.05, np.random.default_rng(7))
    want = y.std(ddof=0) / np.sqrt(len(y))
    assert abs(se / want - 1) < 0.05, f"bootstrap SE {se:.4f}, plug-in formula {want:.4f}"


def test_does_not_modify_input():
    """The input sample is left unchanged."""
    y = np.array([3.0, 1.0, 2.0, 5.0])
    y0 = y.copy()
    bootstrap_percentile_ci(y, np.median, 50, 0.1, np.random.default_rng(0))
    assert np.array_equal(y, y0), "bootstrap_percentile_ci modified x in place"


def test_invalid_inputs_raise():
    """Empty sample or n_boot < 2 raises ValueError."""
    for args in [(np.array([]), np.mean, 100, 0.05), (np.array([1.0, 2.0]), np.mean, 1, 0.05)]:
        try:
            bootstrap_percentile_ci(*args, np.random.default_rng(0))
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for x of size {args[0].size}, n_boot={args[2]}")


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
