import numpy as np

from submission import gradient_check, numerical_gradient


def _softmax_ce(W, X, y):
    z = X @ W
    z = z - z.max(1, keepdims=True)
    return float(np.mean(np.log(np.exp(z).sum(1)) - z[np.arange(len(y)), y]))


def _softmax_ce_grad(W, X, y):
    z = X @ W
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    p[np.arange(len(y)), y] -= 1
    return X.T @ p / len(y)


def test_central_not_forward_difference():
    """Accuracy of O(h^2): exp(3x) at x = 1 with h = 1e-6 is within 1e-8 relative (one-sided gives ~1e-6)."""
    g = numerical_gradient(lambda x: float(np.sum(np.exp(3 * x))), np.array([1.0, 0.5]))
    exact = 3 * np.exp(3 * np.array([1.0, 0.5]))
    err = np.max(np.abs(g - exact) / exact)
    assert err < 1e-8, f"relative error {err:.2e}; use the central difference (f(x+h) - f(x-h)) / 2h"


def test_matrix_input_softmax_regression():
    """A correct softmax-regression gradient w.r.t. a (D, K) weight matrix passes; a transposed-logic bug fails."""
    rng = np.random.default_rng(0)
    X, y, W = rng.normal(size=(20, 4)), rng.integers(0, 3, size=20), rng.normal(size=(4, 3))
    f = lambda w: _softmax_ce(w, X, y)
    rel, ok = gradient_check(f, lambda w: _softmax_ce_grad(w, X, y), W)
    assert ok and rel < 1e-7, f"correct gradient should pass, got rel={rel:.2e}"
    buggy = lambda w: _softmax_ce_grad(w, X, y) * len(y) / (len(y) - 1)     # wrong normaliser: n - 1
    rel_b, ok_b = gradient_check(f, buggy, W)
    assert not ok_b and rel_b > 1e-3, f"a gradient off by n/(n-1) should fail, got rel={rel_b:.2e}"


def test_catches_sign_error_in_one_entry():
    """A gradient wrong in a single coordinate is detected."""
    rng = np.random.default_rng(1)
    x = rng.normal(size=8)
    f = lambda z: float(np.sum(np.sin(z) * z))
    good = lambda z: np.cos(z) * z + np.sin(z)

    def bad(z):
        g = good(z)
        g[5] = -g[5]
        return g

    assert gradient_check(f, good, x)[1], "correct gradient should pass"
    rel, ok = gradient_check(f, bad, x)
    assert not ok, f"sign error in one entry should fail, got rel={rel:.2e}"


def test_input_not_modified():
    """The caller's x is identical after the check (restore perturbed entries)."""
    x = np.array([[0.3, -1.2], [2.0, 0.7]])
    x0 = x.copy()
    numerical_gradient(lambda z: float(np.sum(z ** 2 * np.arange(4).reshape(2, 2))), x)
    gradient_check(lambda z: float(np.sum(z ** 2)), lambda z: 2 * z, x)
    assert np.array_equal(x, x0), "x was modified"


def test_integer_input_uses_float():
    """An integer array is perturbed in floating point (not truncated to 0 steps)."""
    g = numerical_gradient(lambda z: float(np.sum(z ** 2)), np.array([1, 2, 3]))
    assert np.allclose(g, [2.0, 4.0, 6.0], atol=1e-6), f"expected [2, 4, 6], got {g}"


def test_zero_gradient_both_sides():
    """Analytic and numerical gradients both 0: rel = 0 via the 1e-12 floor, and the check passes."""
    rel, ok = gradient_check(lambda z: 5.0, lambda z: np.zeros_like(z), np.array([1.0, 2.0]))
    assert rel == 0.0 and ok, f"expected (0.0, True), got ({rel}, {ok})"


def test_relative_error_formula():
    """rel uses 2-norms over all entries and the sum of the norms in the denominator."""
    f = lambda z: float(z[0] ** 2 + z[1] ** 2)           # true gradient (2, 4) at (1, 2)
    rel, _ = gradient_check(f, lambda z: np.array([2.0, 0.0]), np.array([1.0, 2.0]))
    want = 4.0 / (2.0 + np.sqrt(20.0))
    assert abs(rel - want) < 1e-8, f"expected rel {want:.6f}, got {rel:.6f}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
