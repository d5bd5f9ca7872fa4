import numpy as np
from scipy import stats
from submission import laplace_mechanism, private_mean, privacy_loss


def test_invalid_parameters_raise():
    """epsilon <= 0 or sensitivity <= 0 raise ValueError."""
    for sens, eps in [(1.0, 0.0), (1.0, -1.0), (0.0, 1.0)]:
        try:
            laplace_mechanism(1.0, sens, eps, np.random.default_rng(0))
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for sensitivity={sens}, epsilon={eps}")


def test_noise_distribution_ks():
    """50000 draws follow Laplace(f(D), sensitivity/epsilon): KS p-value > 0.01 and mean |error| ~ b."""
    out = laplace_mechanism(np.full(50000, 7.0), 3.0, 1.5, np.random.default_rng(210))
    p = stats.kstest(out, stats.laplace(loc=7.0, scale=2.0).cdf).pvalue
    assert p > 0.01, f"noise does not look like Laplace(scale=2): KS p-value {p:.3g} (scale = sensitivity / epsilon?)"
    assert abs(np.mean(np.abs(out - 7.0)) - 2.0) < 0.05, "mean absolute error should be b = 2"


def test_empirical_density_ratio_bound():
    """Counting query on neighbours (10 vs 11): histogram ratios stay within e^eps (5 % slack)."""
    eps = 0.7
    a = laplace_mechanism(np.full(200000, 10.0), 1.0, eps, np.random.default_rng(211))
    b = laplace_mechanism(np.full(200000, 11.0), 1.0, eps, np.random.default_rng(212))
    bins = np.arange(5.0, 16.5, 1.5)
    pa = np.histogram(a, bins)[0] / a.size
    pb = np.histogram(b, bins)[0] / b.size
    ratio = np.maximum(pa / pb, pb / pa)
    assert np.all(ratio <= np.exp(eps) * 1.05), f"density ratio {ratio.max():.3f} exceeds e^eps = {np.exp(eps):.3f}"
    assert ratio.max() > np.exp(eps) * 0.9, "ratio should come close to e^eps far from the answers"


def test_privacy_loss_bound_random():
    """Random outputs and neighbouring vector answers: |loss| <= eps * ||f - f'||_1 / sensitivity."""
    rng = np.random.default_rng(213)
    for _ in range(200):
        fd = rng.normal(size=3); fd2 = fd + rng.normal(0, 0.3, size=3)
        sens = float(np.abs(fd - fd2).sum()) * rng.uniform(1.0, 2.0)
        eps = rng.uniform(0.1, 2.0)
        y = fd + rng.laplace(0, sens / eps, size=3)
        L = privacy_loss(y, fd, fd2, sens, eps)
        assert abs(L) <= eps * np.abs(fd - fd2).sum() / sens + 1e-12 <= eps + 1e-12, f"privacy loss {L} exceeds the bound"


def test_privacy_loss_matches_scipy_logpdf():
    """privacy_loss equals the difference of scipy Laplace log-densities."""
    rng = np.random.default_rng(214)
    y = rng.normal(size=4) * 3; fd = rng.normal(size=4); fd2 = rng.normal(size=4)
    want = np.sum(stats.laplace.logpdf(y, fd, 1.5) - stats.laplace.logpdf(y, fd2, 1.5))
    got = privacy_loss(y, fd, fd2, 3.0, 2.0)
    assert abs(got - want) < 1e-10, f"expected {want:.8f}, got {got:.8f}"


def test_private_mean_clips_and_scales():
    """An outlier is clipped; the noise scale is (upper - lower) / n (one draw)."""
    x = np.r_[np.full(99, 0.5), 1e6]
    got = private_mean(x, 0.0, 1.0, 0.5, np.random.default_rng(215))
    want = np.mean(np.r_[np.full(99, 0.5), 1.0]) + np.random.default_rng(215).laplace(0.0, (1.0 / 100) / 0.5)
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}; clip first, sensitivity (upper-lower)/n"


def test_scalar_vs_zero_d_array_and_shape():
    """A 2-D array keeps its shape; a Python int gives a float."""
    out = laplace_mechanism(np.zeros((2, 3)), 1.0, 1.0, np.random.default_rng(216))
    assert isinstance(out, np.ndarray) and out.shape == (2, 3), f"expected a (2, 3) array, got {type(out)} {np.shape(out)}"
    assert isinstance(laplace_mechanism(3, 1.0, 1.0, np.random.default_rng(0)), float)


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
