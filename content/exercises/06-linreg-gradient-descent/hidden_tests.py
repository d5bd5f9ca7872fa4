import numpy as np
from submission import linreg_gd


def _ols(X, y):
    A = np.column_stack([X, np.ones(len(X))])
    c = np.linalg.lstsq(A, y, rcond=None)[0]
    return c[:-1], c[-1]


def test_converges_to_closed_form_badly_scaled():
    """Features on scales 1e-2..1e3: standardised GD reaches the least-squares solution."""
    rng = np.random.default_rng(80)
    X = rng.normal(size=(100, 4)) * np.array([1e-2, 1.0, 50.0, 1e3]) + np.array([5.0, -3.0, 100.0, 0.0])
    y = X @ np.array([30.0, -2.0, 0.05, 0.001]) + 4.0 + rng.normal(size=100)
    w, b, losses = linreg_gd(X, y, lr=0.1, n_iters=3000)
    w0, b0 = _ols(X, y)
    assert np.allclose(w, w0, rtol=1e-6, atol=1e-8), f"w={w} did not converge to the least-squares {w0}; check the un-standardisation"
    assert np.isclose(b, b0, rtol=1e-6, atol=1e-6), f"b={b:.6f} vs least-squares {b0:.6f}: remember b = b_s - sum(w_s * mu / s)"


def test_first_step_exact_multifeature():
    """One step from zero equals -lr * (2/n) Z^T(-y) in standardised units (ddof=0)."""
    rng = np.random.default_rng(81)
    X, y = rng.normal(3.0, 2.0, size=(7, 3)), rng.normal(size=7)
    mu, s = X.mean(0), X.std(0)
    Z = (X - mu) / s
    ws = 0.05 * 2 / 7 * (Z.T @ y)
    bs = 0.05 * 2 / 7 * y.sum()
    w, b, losses = linreg_gd(X, y, lr=0.05, n_iters=1)
    assert np.allclose(w, ws / s, atol=1e-12), f"first step w={w} expected {ws / s} (MSE gradient 2/n Z^T r, population std)"
    assert np.isclose(b, bs - np.sum(ws / s * mu), atol=1e-12), "first step intercept wrong"
    assert np.isclose(losses[0], np.mean(y ** 2)), "losses[0] should be the MSE of the zero model"


def test_losses_monotone():
    """With a stable step size the loss never increases."""
    rng = np.random.default_rng(82)
    X, y = rng.normal(size=(50, 5)), rng.normal(size=50)
    _, _, losses = linreg_gd(X, y, lr=0.05, n_iters=300)
    assert len(losses) == 301, f"expected 301 losses, got {len(losses)}"
    assert np.all(np.diff(losses) <= 1e-12), "loss increased during gradient descent"


def test_constant_column():
    """A constant feature (std 0) gives no NaN and weight 0."""
    rng = np.random.default_rng(83)
    X = np.column_stack([rng.normal(size=20), np.full(20, 4.0)])
    y = 3 * X[:, 0] + 1
    w, b, _ = linreg_gd(X, y, lr=0.1, n_iters=500)
    assert np.all(np.isfinite(w)) and np.isfinite(b), "NaN with a constant column: use s = 1 when the std is 0"
    assert np.allclose(w, [3., 0.], atol=1e-8) and np.isclose(b, 1., atol=1e-8), f"expected w=[3, 0], b=1, got w={w}, b={b}"


def test_raw_gd_no_standardisation():
    """standardize=False runs GD on raw features (trajectory check)."""
    X = np.array([[1., 0.], [0., 2.], [1., 1.]])
    y = np.array([1., 2., 3.])
    w, b = np.zeros(2), 0.0
    for _ in range(5):
        r = X @ w + b - y
        w, b = w - 0.1 * 2 / 3 * X.T @ r, b - 0.1 * 2 / 3 * r.sum()
    gw, gb, _ = linreg_gd(X, y, lr=0.1, n_iters=5, standardize=False)
    assert np.allclose(gw, w) and np.isclose(gb, b), f"expected w={w}, b={b:.6f}, got w={gw}, b={gb:.6f}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
