import numpy as np
from scipy.optimize import linprog
from submission import regret_matching, duality_gap


def _reference(A, B, T):
    m, n = A.shape
    Rx, Ry, Sx, Sy = np.zeros(m), np.zeros(n), np.zeros(m), np.zeros(n)

    def strat(R):
        p = np.maximum(R, 0)
        return p / p.sum() if p.sum() > 0 else np.ones(len(R)) / len(R)
    for _ in range(T):
        x, y = strat(Rx), strat(Ry)
        Sx += x; Sy += y
        ux, uy = A @ y, x @ B
        Rx += ux - x @ ux
        Ry += uy - y @ uy
    return Sx / T, Sy / T


def test_exact_trajectory_bimatrix():
    """Random non-square general-sum games: averages match the reference run exactly."""
    rng = np.random.default_rng(130)
    for T in (3, 17, 60):
        A, B = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
        x, y = regret_matching(A, B, T)
        wx, wy = _reference(A, B, T)
        assert np.shape(x) == (3,) and np.shape(y) == (4,), f"expected shapes (3,), (4,), got {np.shape(x)}, {np.shape(y)}"
        assert np.allclose(x, wx, atol=1e-12) and np.allclose(y, wy, atol=1e-12), \
            f"T={T}: expected {np.round(wx, 5)}, {np.round(wy, 5)}; got {np.round(x, 5)}, {np.round(y, 5)}"


def test_average_not_last_iterate():
    """The returned strategies are averages: they sum to 1 and differ from the round-T strategy."""
    A = np.array([[0., -1., 2.], [1., 0., -1.], [-2., 1., 0.]])
    x, y = regret_matching(A, -A, 3)
    assert np.allclose(x, [19 / 36, 13 / 36, 4 / 36]), f"expected [19/36, 13/36, 4/36], got {x}"


def test_regret_bound_zero_sum():
    """Random zero-sum games: duality gap <= 2 * range * sqrt(max(m, n) / T)."""
    rng = np.random.default_rng(131)
    for T in (50, 400):
        A = rng.normal(size=(4, 3))
        x, y = regret_matching(A, -A, T)
        bound = 2 * (A.max() - A.min()) * np.sqrt(4 / T)
        e = duality_gap(A, x, y)
        assert 0 <= e <= bound, f"T={T}: duality gap {e:.4f} exceeds the regret bound {bound:.4f}"


def test_value_matches_linprog():
    """x_bar^T A y_bar approaches the game value computed by linear programming."""
    rng = np.random.default_rng(132)
    A = rng.normal(size=(3, 3))
    m, n = A.shape
    res = linprog(np.r_[np.zeros(m), -1], A_ub=np.c_[-A.T, np.ones(n)], b_ub=np.zeros(n),
                  A_eq=[np.r_[np.ones(m), 0]], b_eq=[1], bounds=[(0, 1)] * m + [(None, None)], method="highs")
    value = res.x[-1]
    x, y = regret_matching(A, -A, 5000)
    assert abs(x @ A @ y - value) < 0.03, f"expected value≈{value:.4f}, got {x @ A @ y:.4f}"
    assert duality_gap(A, x, y) < 0.05, f"duality gap too large: {duality_gap(A, x, y):.4f}"


def test_duality_gap_is_nashconv():
    """Random mixed profiles: gap = (best row payoff vs y - x'Ay) + (x'Ay - worst column vs x), i.e. NashConv."""
    rng = np.random.default_rng(133)
    for _ in range(20):
        A = rng.normal(size=(3, 4))
        x, y = rng.dirichlet(np.ones(3)), rng.dirichlet(np.ones(4))
        v = x @ A @ y
        want = ((A @ y).max() - v) + (v - (x @ A).min())
        got = duality_gap(A, x, y)
        assert abs(got - want) < 1e-12, f"expected {want:.6f} (both players' best-response gains), got {got:.6f}"


def test_dominant_action_found():
    """Prisoner's dilemma: regret matching concentrates on the dominant action (defect)."""
    A = np.array([[-1., -3.], [0., -2.]]); B = A.T
    x, y = regret_matching(A, B, 2000)
    assert x[1] > 0.99 and y[1] > 0.99, f"expected almost all weight on defect, got {x}, {y}"


def test_uniform_fallback_no_nan():
    """A constant game gives zero regret forever: strategies stay uniform (no 0/0)."""
    x, y = regret_matching(np.ones((2, 3)), np.ones((2, 3)), 5)
    assert np.all(np.isfinite(x)) and np.allclose(x, 0.5) and np.allclose(y, 1 / 3), f"got {x}, {y}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
