import math

import numpy as np
from scipy import optimize, stats

from submission import poisson_rate_mle


def test_rate_maximises_likelihood_scipy():
    """The rate equals a numerical maximiser of the scipy.stats.poisson log-likelihood (seeded data)."""
    rng = np.random.default_rng(0)
    for n, lam in [(5, 0.7), (40, 3.0), (300, 12.0)]:
        t = rng.uniform(0.2, 5.0, size=n)
        x = rng.poisson(lam * t)
        rate, _, ll = poisson_rate_mle(x, t)
        neg = lambda r: -stats.poisson(r * t).logpmf(x).sum()
        r_num = optimize.minimize_scalar(neg, bounds=(1e-6, 100), method="bounded", options={"xatol": 1e-10}).x
        assert abs(rate - r_num) < 1e-5 * max(1, r_num), f"n={n}: rate {rate:.6f}, numerical maximiser {r_num:.6f}"
        want_ll = stats.poisson(rate * t).logpmf(x).sum()
        assert abs(ll - want_ll) < 1e-8 * max(1, abs(want_ll)), f"n={n}: loglik {ll:.8f}, scipy gives {want_ll:.8f} (include -log x!)"


def test_not_mean_of_ratios():
    """With unequal exposures the MLE is sum(x)/sum(t), not mean(x/t)."""
    rate, _, _ = poisson_rate_mle(np.array([1, 10]), np.array([0.1, 10.0]))
    assert abs(rate - 11 / 10.1) < 1e-12, f"expected {11 / 10.1:.6f}, got {rate:.6f} (mean of ratios would be {np.mean([10, 1]):.1f})"


def test_se_matches_observed_information():
    """SE equals 1/sqrt(-l''(rate_hat)) from a finite-difference second derivative."""
    rng = np.random.default_rng(1)
    t = rng.uniform(0.5, 2.0, size=25)
    x = rng.poisson(2.5 * t)
    rate, se, _ = poisson_rate_mle(x, t)
    ll = lambda r: np.sum(x * np.log(r * t) - r * t)
    h = 1e-4 * rate
    d2 = (ll(rate + h) - 2 * ll(rate) + ll(rate - h)) / h ** 2
    want = 1 / math.sqrt(-d2)
    assert abs(se - want) < 1e-5 * want, f"expected se≈{want:.6f}, got {se:.6f}"


def test_wald_interval_coverage():
    """rate ± 1.96 se covers the true rate in about 95% of 2000 seeded simulated datasets."""
    rng = np.random.default_rng(2)
    lam, hits, trials = 3.0, 0, 2000
    t = rng.uniform(1.0, 3.0, size=30)
    for _ in range(trials):
        x = rng.poisson(lam * t)
        rate, se, _ = poisson_rate_mle(x, t)
        hits += (rate - 1.96 * se <= lam <= rate + 1.96 * se)
    cov = hits / trials
    assert 0.93 <= cov <= 0.97, f"Wald 95% coverage should be ≈0.95, got {cov:.3f} (is the SE right?)"


def test_single_observation_and_large_counts():
    """n = 1 works, and large counts do not overflow log(x!)."""
    rate, se, ll = poisson_rate_mle(np.array([1000]), np.array([2.0]))
    want_ll = stats.poisson(1000.0).logpmf(1000)
    assert abs(rate - 500.0) < 1e-12 and abs(se - math.sqrt(250.0)) < 1e-9, f"expected (500, sqrt(250)), got ({rate}, {se})"
    assert abs(ll - want_ll) < 1e-8, f"expected loglik {want_ll:.6f}, got {ll:.6f}"


def test_zero_counts_with_exposure():
    """All-zero counts with exposures: (0.0, 0.0, 0.0), no nan."""
    got = poisson_rate_mle(np.array([0, 0, 0]), np.array([0.5, 1.0, 7.0]))
    assert all(np.isfinite(got)) and tuple(got) == (0.0, 0.0, 0.0), f"expected (0.0, 0.0, 0.0), got {got}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
