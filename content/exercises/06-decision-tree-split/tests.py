import numpy as np
from submission import best_split

X = np.array([[1., 5.], [2., 5.], [3., 6.], [4., 6.], [5., 7.]])
Y = np.array([0, 0, 1, 1, 1])


def test_readme_gini_feature_tie():
    """README: perfect split, tie between features goes to feature 0."""
    j, t, g = best_split(X, Y)
    assert (j, t) == (0, 2.5) and np.isclose(g, 0.48), f"expected (0, 2.5, 0.48), got {(j, t, g)}"


def test_readme_entropy():
    """README: entropy in bits."""
    j, t, g = best_split(X, Y, "entropy")
    assert (j, t) == (0, 2.5) and np.isclose(g, 0.970951), f"expected (0, 2.5, 0.971), got {(j, t, g)}"


def test_readme_threshold_tie():
    """README: equal gains, smaller threshold wins."""
    j, t, g = best_split(np.array([[1.], [2.], [3.]]), np.array([0, 1, 0]))
    assert (j, t) == (0, 1.5) and np.isclose(g, 1 / 9), f"expected (0, 1.5, 0.1111), got {(j, t, g)}"


def test_readme_no_split():
    """README: constant features give (None, None, 0.0)."""
    got = best_split(np.ones((3, 2)), np.array([0, 1, 0]))
    assert got == (None, None, 0.0), f"expected (None, None, 0.0), got {got}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
