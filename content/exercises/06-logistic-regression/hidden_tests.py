import warnings
import numpy as np
from sklearn.linear_model import LogisticRegression
from submission import fit_logistic_regression, predict_proba, sigmoid


def _grad(X, y, w, b, C, fit_intercept):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    gw = C * X.T @ (p - y) + w
    gb = C * np.sum(p - y) if fit_intercept else 0.0
    return np.concatenate([gw, [gb]])


def _data(seed, n=200, p=4, offset=0.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, p))
    logits = X @ rng.normal(size=p) + offset
    y = (rng.random(n) < 1 / (1 + np.exp(-logits))).astype(float)
    return X, y


def test_vs_sklearn_lbfgs():
    """Random data, several C: matches sklearn LogisticRegression (lbfgs, unpenalised intercept)."""
    X, y = _data(90)
    for C in (0.01, 1.0, 50.0):
        ref = LogisticRegression(C=C, tol=1e-12, max_iter=10000).fit(X, y)
        w, b = fit_logistic_regression(X, y, C=C)
        assert np.allclose(w, ref.coef_[0], atol=1e-5), f"C={C}: w {np.round(w, 5)} vs sklearn {np.round(ref.coef_[0], 5)}"
        assert np.isclose(b, ref.intercept_[0], atol=1e-5), f"C={C}: b {b:.5f} vs sklearn {ref.intercept_[0]:.5f}"


def test_gradient_zero_at_solution():
    """The returned point is a stationary point of the stated objective."""
    X, y = _data(91, n=150, p=3)
    for fi in (True, False):
        w, b = fit_logistic_regression(X, y, C=2.0, fit_intercept=fi)
        g = _grad(X, y, w, b, 2.0, fi)
        assert np.abs(g).max() < 1e-6, f"fit_intercept={fi}: gradient {np.round(g, 8)} not ~0 (sum of losses, 0.5||w||^2 penalty)"


def test_intercept_not_penalised():
    """Large class imbalance offset: intercept must be free (strong penalty on w only)."""
    X, y = _data(92, n=300, p=2, offset=3.0)
    w, b = fit_logistic_regression(X, y, C=1e-4)
    ref = LogisticRegression(C=1e-4, tol=1e-12, max_iter=10000).fit(X, y)
    assert np.isclose(b, ref.intercept_[0], atol=1e-5), f"b={b:.4f}, expected {ref.intercept_[0]:.4f}: do not penalise the intercept"
    assert np.isclose(sigmoid(np.array(b)), y.mean(), atol=0.01), "with w≈0 the intercept should match the class frequency"


def test_no_intercept_vs_sklearn():
    """fit_intercept=False matches sklearn."""
    X, y = _data(93, n=100, p=3, offset=0.5)
    ref = LogisticRegression(C=0.5, fit_intercept=False, tol=1e-12, max_iter=10000).fit(X, y)
    w, b = fit_logistic_regression(X, y, C=0.5, fit_intercept=False)
    assert b == 0.0 and np.allclose(w, ref.coef_[0], atol=1e-5), f"w {np.round(w, 5)} vs sklearn {np.round(ref.coef_[0], 5)}"


def test_separable_large_scale_stable():
    """Separable data with large features: finite answer, no NaN, gradient ~0."""
    rng = np.random.default_rng(94)
    X = rng.normal(size=(60, 2)) * 100
    y = (X[:, 0] + X[:, 1] > 0).astype(float)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)   # overflow in exp is a bug here
        w, b = fit_logistic_regression(X, y, C=10.0)
    assert np.all(np.isfinite(w)) and np.isfinite(b), "non-finite result on separable data"
    assert np.abs(_grad(X, y, w, b, 10.0, True)).max() < 1e-6, "not converged on separable data"


def test_sigmoid_extremes_no_warning():
    """sigmoid(±1e4) without overflow warnings; symmetric."""
    z = np.array([-1e4, -50., -1e-3, 0., 1e-3, 50., 1e4])
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        s = sigmoid(z)
    assert np.allclose(s + sigmoid(-z), 1.0), "sigmoid(z) + sigmoid(-z) should be 1"
    assert s[0] == 0.0 or s[0] < 1e-300, f"sigmoid(-1e4) should underflow to ~0, got {s[0]}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
