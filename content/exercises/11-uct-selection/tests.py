import math
import numpy as np
from submission import uct_scores, uct_select, best_child

N3, W3 = np.array([4, 3, 3]), np.array([3., 1., 2.])


def test_scores_example():
    """README: UCB1 scores for a node visited 10 times."""
    s = uct_scores(10, N3, W3, math.sqrt(2))
    want = [1.8229830, 1.5723074, 1.9056407]
    assert np.allclose(s, want, atol=1e-6), f"expected {want}, got {np.round(s, 7)}"


def test_select_examples():
    """README: exploration, greedy with c=0, unvisited first, tie to the lowest index."""
    assert uct_select(10, N3, W3) == 2, f"expected 2, got {uct_select(10, N3, W3)}"
    assert uct_select(10, N3, W3, c=0.0) == 0, f"expected 0 with c=0, got {uct_select(10, N3, W3, c=0.0)}"
    got = uct_select(10, np.array([4, 3, 0, 3]), np.array([3., 1., 0., 2.]))
    assert got == 2, f"expected the unvisited child 2, got {got}"
    got = uct_select(30, np.array([20, 5, 5]), np.array([12., 2., 2.]), c=1.0)
    assert got == 1, f"expected 1 (tie between 1 and 2), got {got}"


def test_best_child_example():
    """README: the most visited child, lowest index on ties."""
    assert best_child(np.array([4, 9, 9, 2])) == 1


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
