import numpy as np
from submission import nash_2x2


def _same(got, want):
    return len(got) == len(want) and all(abs(a - c) < 1e-9 and abs(b - d) < 1e-9 for (a, b), (c, d) in zip(got, want))


def test_battle_of_the_sexes():
    """README: two pure equilibria then the mixed (2/3, 1/3)."""
    got = nash_2x2(np.array([[2., 0.], [0., 1.]]), np.array([[1., 0.], [0., 2.]]))
    want = [(1.0, 1.0), (0.0, 0.0), (2 / 3, 1 / 3)]
    assert _same(got, want), f"expected {want}, got {got}"


def test_matching_pennies():
    """README: only the mixed equilibrium (1/2, 1/2)."""
    got = nash_2x2(np.array([[1., -1.], [-1., 1.]]), np.array([[-1., 1.], [1., -1.]]))
    assert _same(got, [(0.5, 0.5)]), f"expected [(0.5, 0.5)], got {got}"


def test_prisoners_dilemma():
    """README: both defect, (p, q) = (0, 0)."""
    got = nash_2x2(np.array([[-1., -3.], [0., -2.]]), np.array([[-1., 0.], [-3., -2.]]))
    assert _same(got, [(0.0, 0.0)]), f"expected [(0.0, 0.0)], got {got}"


def test_all_zero_game():
    """README: every cell is a (weak) pure equilibrium, no mixed one reported."""
    got = nash_2x2(np.zeros((2, 2)), np.zeros((2, 2)))
    want = [(1.0, 1.0), (1.0, 0.0), (0.0, 1.0), (0.0, 0.0)]
    assert _same(got, want), f"expected {want}, got {got}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
