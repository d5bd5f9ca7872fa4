import numpy as np
from sklearn.linear_model import LinearRegression, Ridge
from submission import fit_linear_regression


def test_vs_sklearn_ols():
    """Random data: matches sklearn LinearRegression (with and without intercept)."""
    rng = np.random.default_rng(70)
    X, y = rng.normal(size=(40, 5)), rng.normal(size=40) + 3
    for fi in (True, False):
        ref = LinearRegression(fit_intercept=fi).fit(X, y)
        w, b = fit_linear_regression(X, y, fit_intercept=fi)
        assert np.allclose(w, ref.coef_, atol=1e-10), f"fit_intercept={fi}: w differs from sklearn: {w} vs {ref.coef_}"
        assert np.isclose(b, ref.intercept_, atol=1e-10), f"fit_intercept={fi}: b={b} vs sklearn {ref.intercept_}"


def test_vs_sklearn_ridge():
    """Ridge with an unpenalised intercept matches sklearn Ridge(alpha)."""
    rng = np.random.default_rng(71)
    X = rng.normal(2.0, 3.0, size=(25, 4))
    y = X @ rng.normal(size=4) + 10 + rng.normal(size=25)
    for alpha in (0.1, 3.0, 100.0):
        ref = Ridge(alpha=alpha).fit(X, y)
        w, b = fit_linear_regression(X, y, alpha=alpha)
        assert np.allclose(w, ref.coef_, atol=1e-8), f"alpha={alpha}: w {w} vs sklearn {ref.coef_} (is the intercept penalised?)"
        assert np.isclose(b, ref.intercept_, atol=1e-8), f"alpha={alpha}: b {b} vs sklearn {ref.intercept_}"
    ref = Ridge(alpha=2.0, fit_intercept=False).fit(X, y)
    w, b = fit_linear_regression(X, y, alpha=2.0, fit_intercept=False)
    assert np.allclose(w, ref.coef_, atol=1e-8) and b == 0.0, "ridge without intercept differs from sklearn"


def test_ill_conditioned_accuracy():
    """Polynomial design (cond ≈ 2e6), exact targets: coefficients accurate to 1e-7."""
    rng = np.random.default_rng(0)
    t = np.linspace(0, 1, 60)
    X = np.column_stack([t ** k for k in range(1, 10)])
    w0 = rng.normal(size=9)
    w, b = fit_linear_regression(X, X @ w0 + 1.5)
    err = np.abs(w - w0).max()
    assert err < 1e-7, f"max coefficient error {err:.2e}: solving X^T X w = X^T y (or inverting) loses accuracy; use QR/SVD (lstsq)"
    assert abs(b - 1.5) < 1e-7, f"expected b=1.5, got {b}"


def test_huge_alpha_intercept_is_mean():
    """alpha -> infinity: w -> 0 and b -> mean(y) (intercept unpenalised)."""
    rng = np.random.default_rng(72)
    X, y = rng.normal(size=(20, 3)), rng.normal(5.0, 1.0, size=20)
    w, b = fit_linear_regression(X, y, alpha=1e12)
    assert np.abs(w).max() < 1e-9 and np.isclose(b, y.mean()), f"expected w≈0 and b≈mean(y)={y.mean():.4f}, got w={w}, b={b}"


def test_underdetermined_min_norm():
    """n < p without intercept: minimum-norm solution, equal to pinv(X) @ y."""
    rng = np.random.default_rng(73)
    X, y = rng.normal(size=(3, 6)), rng.normal(size=3)
    w, b = fit_linear_regression(X, y, fit_intercept=False)
    want = np.linalg.pinv(X) @ y
    assert np.allclose(w, want, atol=1e-10), f"expected the minimum-norm solution {want.round(4)}, got {np.round(w, 4)}"


def test_single_sample():
    """One sample with intercept: w = 0 (minimum norm), b = y."""
    w, b = fit_linear_regression(np.array([[2., -1.]]), np.array([4.]))
    assert np.allclose(w, 0) and np.isclose(b, 4.), f"expected w=[0,0], b=4, got w={w}, b={b}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
