import numpy as np
from scipy.optimize import linprog
from submission import nash_2x2


def _gain(A, B, p, q):
    x, y = np.array([p, 1 - p]), np.array([q, 1 - q])
    return max((A @ y).max() - x @ A @ y, (x @ B).max() - x @ B @ y)


def test_random_generic_games():
    """Seeded random games: every profile is an equilibrium, pure ones match brute force, count is 1 or 3."""
    rng = np.random.default_rng(120)
    for _ in range(200):
        A, B = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        got = nash_2x2(A, B)
        for p, q in got:
            assert _gain(A, B, p, q) < 1e-9, f"({p}, {q}) is not an equilibrium of A={A.tolist()}, B={B.tolist()}"
        pure = [(1.0 - i, 1.0 - j) for i in (0, 1) for j in (0, 1)
                if A[i, j] >= A[1 - i, j] and B[i, j] >= B[i, 1 - j]]
        assert [g for g in got if g in pure] == pure and got[:len(pure)] == pure, \
            f"pure equilibria should be {pure} (cell order), got {got}"
        assert len(got) in (1, 3), f"a generic 2x2 game has 1 or 3 equilibria, got {got}"
        mixed = got[len(pure):]
        assert all(0 < p < 1 and 0 < q < 1 for p, q in mixed), f"mixed profile must be interior, got {mixed}"


def test_mix_uses_opponent_payoffs():
    """Raising the row player's own payoff changes q (the column player's mix), not p."""
    B = np.array([[1., 0.], [0., 2.]])
    p1, q1 = nash_2x2(np.array([[2., 0.], [0., 1.]]), B)[-1]
    p2, q2 = nash_2x2(np.array([[5., 0.], [0., 1.]]), B)[-1]
    assert abs(p1 - p2) < 1e-12 and abs(q2 - 1 / 6) < 1e-12, f"expected p unchanged and q=1/6, got ({p2}, {q2})"


def test_zero_sum_against_linprog():
    """Zero-sum games without a saddle point: p equals the row player's maximin strategy from an LP."""
    rng = np.random.default_rng(121)
    done = 0
    while done < 10:
        A = rng.normal(size=(2, 2))
        eq = nash_2x2(A, -A)
        if len(eq) != 1 or eq[0] in [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]:
            continue
        # max v s.t. x^T A[:, j] >= v for all j, x in the simplex; variables (x0, x1, v)
        res = linprog([0, 0, -1], A_ub=np.c_[-A.T, np.ones(2)], b_ub=np.zeros(2),
                      A_eq=[[1, 1, 0]], b_eq=[1], bounds=[(0, 1), (0, 1), (None, None)], method="highs")
        assert abs(eq[0][0] - res.x[0]) < 1e-7, f"expected p={res.x[0]:.6f} (LP maximin), got {eq[0][0]:.6f}"
        done += 1


def test_dominant_strategy_no_mixed():
    """A strictly dominant row kills the mixed candidate (its formula falls outside (0, 1))."""
    got = nash_2x2(np.array([[3., 2.], [1., 0.]]), np.array([[2., 0.], [0., 1.]]))
    assert len(got) == 1 and abs(got[0][0] - 1.0) < 1e-12 and abs(got[0][1] - 1.0) < 1e-12, \
        f"expected [(1.0, 1.0)], got {got}"


def test_degenerate_denominator_zero():
    """Row payoffs identical across rows (A rows equal): no fully mixed equilibrium is reported."""
    A = np.array([[1., 2.], [1., 2.]]); B = np.array([[0., 1.], [1., 0.]])
    got = nash_2x2(A, B)
    want = [(1.0, 0.0), (0.0, 1.0)]
    assert len(got) == 2 and all(abs(a - c) < 1e-12 and abs(b - d) < 1e-12 for (a, b), (c, d) in zip(got, want)), \
        f"expected {want}, got {got}"


def test_returns_python_floats():
    """Entries are Python floats (not numpy scalars or ints)."""
    got = nash_2x2(np.array([[2, 0], [0, 1]]), np.array([[1, 0], [0, 2]]))
    assert all(type(v) is float for pair in got for v in pair), f"expected Python floats, got {got!r}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
