import numpy as np
from sklearn.linear_model import LogisticRegression

from submission import newton_minimize


def _logreg_problem(seed=0, n=300, d=5, C=1.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    w_true = rng.normal(size=d)
    y = np.where(rng.uniform(size=n) < 1 / (1 + np.exp(-X @ w_true)), 1.0, -1.0)
    f = lambda w: float(0.5 * w @ w + C * np.sum(np.logaddexp(0, -y * (X @ w))))
    grad = lambda w: w - C * X.T @ (y / (1 + np.exp(y * (X @ w))))
    def hess(w):
        p = 1 / (1 + np.exp(-X @ w))
        return np.eye(d) + C * X.T @ (X * (p * (1 - p))[:, None])
    return X, y, f, grad, hess


def test_logistic_regression_matches_sklearn():
    """L2-regularised logistic regression: the minimiser matches sklearn's LogisticRegression (fit_intercept=False)."""
    X, y, f, grad, hess = _logreg_problem(seed=0)
    w, norms = newton_minimize(f, grad, hess, np.zeros(X.shape[1]))
    ref = LogisticRegression(C=1.0, fit_intercept=False, tol=1e-12, max_iter=10_000).fit(X, y).coef_.ravel()
    assert np.allclose(w, ref, atol=1e-6), f"expected {np.round(ref, 6)}, got {np.round(w, 6)}"
    assert norms[-1] <= 1e-10, f"final gradient norm {norms[-1]:.2e} above tol"


def test_quadratic_convergence_tail():
    """Near the optimum ||g_{k+1}|| <= c ||g_k||^2 (digits double) and few steps are needed."""
    X, y, f, grad, hess = _logreg_problem(seed=1, n=400)
    _, norms = newton_minimize(f, grad, hess, np.zeros(X.shape[1]), tol=1e-10)
    assert len(norms) <= 10, f"took {len(norms) - 1} steps; Newton should need fewer than 10 here"
    # only pairs whose successor is well above round-off (~1e-12 here)
    tail = [norms[k + 1] / norms[k] ** 2 for k in range(len(norms) - 1) if 1e-5 < norms[k] < 1e-1]
    assert tail and max(tail) < 0.5, f"ratios ||g_k+1|| / ||g_k||^2 = {np.round(tail, 4)}: not quadratic"


def test_global_convergence_far_start():
    """sqrt(1 + x^2) from x0 = 10 and a 2-D separable version converge (pure Newton diverges)."""
    f = lambda x: float(np.sum(np.sqrt(1 + x ** 2)))
    g = lambda x: x / np.sqrt(1 + x ** 2)
    h = lambda x: np.diag((1 + x ** 2) ** -1.5)
    for x0 in (np.array([10.0]), np.array([-7.0, 3.0])):
        x, norms = newton_minimize(f, g, h, x0)
        assert np.all(np.abs(x) < 1e-9) and norms[-1] <= 1e-10, f"from {x0}: expected x ≈ 0, got {x}"


def test_armijo_parameters_are_used_and_f_decreases():
    """With beta = 0.1 it still converges, and f decreases along the iterates (where grad is evaluated)."""
    f = lambda x: float(np.sum(np.exp(x) - x) + 0.5 * x @ x)
    points = []
    def g(x):
        points.append(np.array(x, dtype=float))
        return np.exp(x) - 1 + x
    h = lambda x: np.diag(np.exp(x) + 1)
    x, norms = newton_minimize(f, g, h, np.array([4.0, -3.0, 0.5]), beta=0.1)
    assert np.allclose(x, 0.0, atol=1e-10), f"expected the minimiser 0, got {x}"
    vals = [f(p) for p in points]
    assert all(b <= a + 1e-12 for a, b in zip(vals, vals[1:])), f"f must not increase between iterates: {np.round(vals, 6)}"
    assert len(norms) < 15, f"too many steps: {len(norms) - 1}"


def test_max_iter_raises():
    """Too few steps for the tolerance raises RuntimeError."""
    f = lambda x: float(np.sqrt(1 + x[0] ** 2))
    g = lambda x: x / np.sqrt(1 + x ** 2)
    h = lambda x: np.array([[(1 + x[0] ** 2) ** -1.5]])
    try:
        newton_minimize(f, g, h, np.array([10.0]), max_iter=2)
    except RuntimeError:
        return
    raise AssertionError("expected RuntimeError when max_iter is too small")


def test_x0_not_modified_and_affine_invariance():
    """x0 is left unchanged; a linearly rescaled problem gives rescaled iterates (same number of steps)."""
    A = np.array([[4.0, 1.0], [1.0, 3.0]])
    f = lambda x: float(np.sum(np.logaddexp(0, A @ x - 1)) + 0.5 * x @ x)
    def g(x):
        s = 1 / (1 + np.exp(-(A @ x - 1)))
        return A.T @ s + x
    def h(x):
        s = 1 / (1 + np.exp(-(A @ x - 1)))
        return A.T @ np.diag(s * (1 - s)) @ A + np.eye(2)
    x0 = np.array([3.0, -2.0])
    x0c = x0.copy()
    x1, n1 = newton_minimize(f, g, h, x0)
    assert np.array_equal(x0, x0c), "x0 was modified"
    S = np.diag([10.0, 0.1])                       # x = S y
    fy = lambda y: f(S @ y)
    gy = lambda y: S.T @ g(S @ y)
    hy = lambda y: S.T @ h(S @ y) @ S
    y, n2 = newton_minimize(fy, gy, hy, np.linalg.solve(S, x0))
    assert np.allclose(S @ y, x1, atol=1e-8), f"rescaled problem: expected {x1}, got {S @ y}"
    assert abs(len(n1) - len(n2)) <= 1, f"Newton is affine invariant: {len(n1)} vs {len(n2)} norms"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
