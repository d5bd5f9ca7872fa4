import numpy as np

from submission import group_kfold_split

G = np.array([1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 5, 5])


def test_example_three_folds():
    """README example 1: exact folds from the greedy rule."""
    got = [test.tolist() for _, test in group_kfold_split(G, 3)]
    want = [[5, 6, 7, 8], [0, 1, 2, 9], [3, 4, 10, 11]]
    assert got == want, f"expected test folds {want}, got {got}"


def test_example_string_groups():
    """README example 2: string labels, two folds."""
    out = group_kfold_split(np.array(["a", "b", "a", "c", "b", "a"]), 2)
    got = [(tr.tolist(), te.tolist()) for tr, te in out]
    want = [([1, 3, 4], [0, 2, 5]), ([0, 2, 5], [1, 3, 4])]
    assert got == want, f"expected {want}, got {got}"


def test_structure():
    """k tuples of (train, test); train and test partition range(n)."""
    out = group_kfold_split(G, 3)
    assert isinstance(out, list) and len(out) == 3, f"expected a list of 3 (train, test) tuples, got {type(out).__name__} of length {len(out)}"
    for j, (tr, te) in enumerate(out):
        assert sorted(tr.tolist() + te.tolist()) == list(range(len(G))), f"fold {j}: train and test must partition 0..n-1"


def test_no_group_on_both_sides():
    """No group appears in both train and test of any fold."""
    for j, (tr, te) in enumerate(group_kfold_split(G, 3)):
        both = set(G[tr]) & set(G[te])
        assert not both, f"fold {j}: groups {both} are in both train and test"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
