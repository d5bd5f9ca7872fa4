import numpy as np
from sklearn.tree import DecisionTreeClassifier
from submission import best_split


def _stump(X, y, crit):
    t = DecisionTreeClassifier(max_depth=1, criterion=crit, random_state=0).fit(X, y).tree_
    nl, nr, n = t.n_node_samples[1], t.n_node_samples[2], t.n_node_samples[0]
    gain = t.impurity[0] - nl / n * t.impurity[1] - nr / n * t.impurity[2]
    return t.feature[0], t.threshold[0], gain


def test_vs_sklearn_stump():
    """Random multi-class data: feature, threshold and gain match a sklearn depth-1 tree."""
    rng = np.random.default_rng(120)
    for crit in ("gini", "entropy"):
        for _ in range(4):
            X = rng.normal(size=(60, 4))
            y = ((X[:, 2] > 0.2).astype(int) + (X[:, 0] > 1.0).astype(int) + rng.integers(0, 2, 60)) * 3
            j, t, g = best_split(X, y, crit)
            rj, rt, rg = _stump(X, y, crit)
            assert j == rj, f"{crit}: feature {j} vs sklearn {rj}"
            assert np.isclose(t, rt), f"{crit}: threshold {t} vs sklearn {rt} (midpoint between distinct values)"
            assert np.isclose(g, rg), f"{crit}: gain {g:.6f} vs sklearn {rg:.6f} (weighted child impurity; entropy in bits)"


def test_repeated_values():
    """Cuts only between distinct values; midpoint of the neighbouring distinct values."""
    X = np.array([[1.], [1.], [1.], [4.], [4.]])
    y = np.array([0, 0, 1, 1, 1])
    j, t, g = best_split(X, y)
    want = 0.48 - 3 / 5 * (1 - (2 / 3) ** 2 - (1 / 3) ** 2)
    assert (j, t) == (0, 2.5) and np.isclose(g, want), f"expected (0, 2.5, {want:.4f}), got {(j, t, g)}"


def test_pure_node():
    """All labels equal: no split."""
    got = best_split(np.random.default_rng(121).normal(size=(10, 3)), np.full(10, 4))
    assert got == (None, None, 0.0), f"expected (None, None, 0.0) for a pure node, got {got}"


def test_duplicate_feature_tie():
    """A duplicated informative column: the lower index wins."""
    rng = np.random.default_rng(122)
    a = rng.normal(size=30)
    X = np.column_stack([rng.normal(size=30), a, a])
    y = (a > 0.1).astype(int)
    j, t, g = best_split(X, y)
    assert j == 1, f"columns 1 and 2 are identical; expected feature 1, got {j}"


def test_entropy_multiclass_value():
    """Three classes, entropy gain computed in bits."""
    X = np.array([[0.], [1.], [2.], [3.], [4.], [5.]])
    y = np.array([7, 7, 8, 8, 9, 9])
    j, t, g = best_split(X, y, "entropy")
    want = np.log2(3) - 4 / 6 * 1.0       # cut at 1.5: left pure, right two classes (1 bit)
    assert (j, t) == (0, 1.5) and np.isclose(g, want), f"expected (0, 1.5, {want:.5f}), got {(j, t, g)}"


def test_unsorted_input_and_negative():
    """Unsorted feature values with negatives."""
    X = np.array([[3.], [-2.], [0.5], [-7.], [10.]])
    y = np.array([1, 0, 1, 0, 1])
    j, t, g = best_split(X, y)
    assert (j, t) == (0, -0.75) and np.isclose(g, 0.48), f"expected (0, -0.75, 0.48), got {(j, t, g)}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
