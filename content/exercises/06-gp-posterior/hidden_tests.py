import numpy as np
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel
from submission import gp_posterior


def _sk(X, y, Xs, ell, sf2, sn2):
    gp = GaussianProcessRegressor(ConstantKernel(sf2) * RBF(ell), alpha=sn2, optimizer=None).fit(X, y)
    m, c = gp.predict(Xs, return_cov=True)
    return m, c, gp.log_marginal_likelihood_value_


def test_vs_sklearn_2d():
    """2-D inputs, several hyperparameters: mean, covariance and lml match sklearn."""
    rng = np.random.default_rng(140)
    X = rng.uniform(-2, 2, size=(20, 2))
    y = np.sin(X[:, 0]) * np.cos(X[:, 1]) + 0.05 * rng.normal(size=20)
    Xs = rng.uniform(-3, 3, size=(15, 2))
    for ell, sf2, sn2 in [(0.7, 1.5, 0.01), (2.0, 0.3, 0.2), (0.3, 4.0, 1e-4)]:
        m, c, l = gp_posterior(X, y, Xs, ell, sf2, sn2)
        rm, rc, rl = _sk(X, y, Xs, ell, sf2, sn2)
        assert np.allclose(m, rm, atol=1e-8), f"(ell={ell}, sf2={sf2}, sn2={sn2}): mean differs from sklearn (max err {np.abs(m - rm).max():.2e})"
        assert np.allclose(c, rc, atol=1e-8), f"(ell={ell}, sf2={sf2}, sn2={sn2}): covariance differs from sklearn"
        assert np.isclose(l, rl, atol=1e-7), f"(ell={ell}, sf2={sf2}, sn2={sn2}): lml {l:.6f} vs sklearn {rl:.6f}"


def test_variance_bounds_and_symmetry():
    """Posterior variance in [0, signal_var]; covariance symmetric PSD."""
    rng = np.random.default_rng(141)
    X, y = rng.normal(size=(12, 1)), rng.normal(size=12)
    Xs = np.linspace(-4, 4, 30)[:, None]
    _, c, _ = gp_posterior(X, y, Xs, 0.8, 2.5, 0.05)
    v = np.diag(c)
    assert np.all(v >= -1e-10) and np.all(v <= 2.5 + 1e-12), "posterior variance must lie in [0, signal_var]"
    assert np.allclose(c, c.T), "posterior covariance must be symmetric"
    assert np.linalg.eigvalsh(c).min() > -1e-8, "posterior covariance must be positive semidefinite"


def test_latent_not_noisy_variance():
    """At a training input with tiny noise the latent variance is ~0 (noise is not added)."""
    X, y = np.array([[0.], [2.]]), np.array([1., 3.])
    m, c, _ = gp_posterior(X, y, X, 1.0, 1.0, 1e-8)
    assert np.allclose(m, y, atol=1e-5), f"with tiny noise the mean interpolates y={y}, got {m}"
    assert np.all(np.diag(c) < 1e-6), f"latent variance at training points should be ~0, got {np.diag(c)}"


def test_mean_linear_in_y_and_cov_independent_of_y():
    """Mean is linear in y; covariance does not depend on y."""
    rng = np.random.default_rng(142)
    X, Xs = rng.normal(size=(8, 3)), rng.normal(size=(4, 3))
    y1, y2 = rng.normal(size=8), rng.normal(size=8)
    m1, c1, _ = gp_posterior(X, y1, Xs, 1.3)
    m2, c2, _ = gp_posterior(X, y2, Xs, 1.3)
    m3, c3, _ = gp_posterior(X, 2 * y1 - y2, Xs, 1.3)
    assert np.allclose(m3, 2 * m1 - m2), "posterior mean should be linear in y"
    assert np.allclose(c1, c2) and np.allclose(c1, c3), "posterior covariance must not depend on y"


def test_lml_large_n_stable():
    """n = 150 with small noise: finite lml matching sklearn (no determinant overflow)."""
    rng = np.random.default_rng(143)
    X = rng.uniform(0, 10, size=(150, 1))
    y = np.sin(X[:, 0]) + 0.01 * rng.normal(size=150)
    _, _, l = gp_posterior(X, y, X[:2], 1.0, 1.0, 1e-4)
    rl = _sk(X, y, X[:2], 1.0, 1.0, 1e-4)[2]
    assert np.isfinite(l) and np.isclose(l, rl, rtol=1e-6), f"lml {l} vs sklearn {rl}: use sum(log(diag(L)))"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
