import numpy as np
from submission import regret_matching, duality_gap

A = np.array([[0., -1., 2.], [1., 0., -1.], [-2., 1., 0.]])


def test_first_round_uniform():
    """README: with no regret yet both players play uniformly."""
    x, y = regret_matching(A, -A, 1)
    assert np.allclose(x, 1 / 3) and np.allclose(y, 1 / 3), f"expected uniform strategies, got {x}, {y}"


def test_two_rounds_average():
    """README: the second round plays [1, 0, 0]; the average is [2/3, 1/6, 1/6]."""
    x, y = regret_matching(A, -A, 2)
    want = [2 / 3, 1 / 6, 1 / 6]
    assert np.allclose(x, want) and np.allclose(y, want), f"expected {want} for both, got {x}, {y}"


def test_converges_to_equilibrium():
    """README: after 10000 rounds the averages are near (1/4, 1/2, 1/4) with a small duality gap."""
    x, y = regret_matching(A, -A, 10000)
    assert np.allclose(x, [0.25, 0.5, 0.25], atol=0.01), f"expected x≈[0.25, 0.5, 0.25], got {np.round(x, 4)}"
    e = duality_gap(A, x, y)
    assert abs(e - 0.0157316) < 1e-5, f"expected duality gap≈0.015732, got {e:.6f}"


def test_duality_gap_at_equilibrium_is_zero():
    """The exact equilibrium has zero duality gap; a pure strategy does not."""
    ne = np.array([0.25, 0.5, 0.25])
    assert abs(duality_gap(A, ne, ne)) < 1e-12, "duality gap of the NE should be 0"
    e = duality_gap(A, np.array([1.0, 0, 0]), ne)
    assert abs(e - 1.0) < 1e-12, f"expected 1.0 for x = rock, got {e}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
