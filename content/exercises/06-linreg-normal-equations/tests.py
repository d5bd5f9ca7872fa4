import numpy as np
from submission import fit_linear_regression

X = np.array([[0.], [1.], [2.], [3.]])
Y = np.array([1., 3., 5., 7.])


def test_readme_exact_fit():
    """README: y = 2x + 1 is recovered."""
    w, b = fit_linear_regression(X, Y)
    assert np.allclose(w, [2.]) and np.isclose(b, 1.), f"expected w=[2], b=1, got w={w}, b={b}"


def test_readme_ridge():
    """README: alpha=5 shrinks the slope; intercept unpenalised."""
    w, b = fit_linear_regression(X, Y, alpha=5.0)
    assert np.allclose(w, [1.]) and np.isclose(b, 2.5), f"expected w=[1], b=2.5, got w={w}, b={b}"


def test_readme_no_intercept():
    """README: fit_intercept=False."""
    w, b = fit_linear_regression(X, Y, fit_intercept=False)
    assert np.allclose(w, [34 / 14]) and b == 0.0, f"expected w=[{34 / 14:.4f}], b=0.0, got w={w}, b={b}"


def test_readme_min_norm():
    """README: duplicated column -> minimum-norm solution."""
    w, b = fit_linear_regression(np.array([[1., 1.], [2., 2.], [3., 3.]]), np.array([2., 4., 6.]))
    assert np.allclose(w, [1., 1.], atol=1e-9) and abs(b) < 1e-9, f"expected w=[1, 1], b=0, got w={w}, b={b}"


def test_residual_orthogonal():
    """OLS residuals are orthogonal to the columns and sum to zero."""
    rng = np.random.default_rng(0)
    Xr, yr = rng.normal(size=(30, 3)), rng.normal(size=30)
    w, b = fit_linear_regression(Xr, yr)
    r = yr - Xr @ w - b
    assert w.shape == (3,) and isinstance(b, float), f"expected w shape (3,) and a float b, got {w.shape}, {type(b)}"
    assert np.allclose(Xr.T @ r, 0, atol=1e-10) and abs(r.sum()) < 1e-10, "residuals should be orthogonal to X and sum to 0"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
