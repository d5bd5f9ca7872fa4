import numpy as np
from sklearn.model_selection import GroupKFold

from submission import group_kfold_split


def _check_valid(groups, k, out):
    n = len(groups)
    assert len(out) == k, f"expected {k} folds, got {len(out)}"
    seen = np.zeros(n, dtype=int)
    for j, (tr, te) in enumerate(out):
        tr, te = np.asarray(tr), np.asarray(te)
        assert np.all(np.diff(te) > 0) and np.all(np.diff(tr) > 0), f"fold {j}: indices must be sorted and unique"
        assert len(tr) + len(te) == n and not set(tr.tolist()) & set(te.tolist()), f"fold {j}: train/test overlap or miss samples"
        assert len(te) > 0, f"fold {j}: empty test fold"
        leak = set(groups[tr].tolist()) & set(groups[te].tolist())
        assert not leak, f"fold {j}: groups {sorted(leak)[:5]} straddle train and test"
        seen[te] += 1
    assert np.all(seen == 1), "every sample must be in exactly one test fold"


def test_random_groups_valid_and_balanced():
    """Seeded random groupings: disjoint coverage, no leakage, fold sizes differ by at most the largest group."""
    rng = np.random.default_rng(0)
    for trial in range(20):
        n_groups = int(rng.integers(5, 40))
        sizes = rng.integers(1, 12, size=n_groups)
        groups = rng.permutation(np.repeat(rng.permutation(1000)[:n_groups], sizes))
        k = int(rng.integers(2, min(n_groups, 8) + 1))
        out = group_kfold_split(groups, k)
        _check_valid(groups, k, out)
        fold_sizes = [len(te) for _, te in out]
        assert max(fold_sizes) - min(fold_sizes) <= sizes.max(), f"trial {trial}: fold sizes {fold_sizes} unbalanced (largest group {sizes.max()})"


def test_fold_sizes_match_sklearn_groupkfold():
    """The multiset of fold sizes equals sklearn's GroupKFold (same greedy balancing)."""
    rng = np.random.default_rng(1)
    for trial in range(10):
        n_groups = int(rng.integers(6, 30))
        groups = np.repeat(np.arange(n_groups), rng.integers(1, 15, size=n_groups))
        k = int(rng.integers(2, 6))
        ours = sorted(len(te) for _, te in group_kfold_split(groups, k))
        theirs = sorted(len(te) for _, te in GroupKFold(n_splits=k).split(groups, groups=groups))
        assert ours == theirs, f"trial {trial}: fold sizes {ours}, sklearn GroupKFold gives {theirs}"


def test_exact_assignment_with_ties():
    """Equal-size groups are visited in label order and ties in load go to the lowest fold."""
    groups = np.array([7, 3, 7, 3, 5, 5, 9, 9, 1])   # sizes: 3->2, 5->2, 7->2, 9->2, 1->1
    out = group_kfold_split(groups, 2)
    got = [sorted(set(groups[te].tolist())) for _, te in out]
    # visit 3,5,7,9,1: 3->f0, 5->f1, 7->f0, 9->f1, 1->f0
    assert got == [[1, 3, 7], [5, 9]], f"expected groups per fold [[1, 3, 7], [5, 9]], got {got}"


def test_leave_one_group_out():
    """k equal to the number of groups gives one group per test fold."""
    groups = np.array([2, 0, 1, 2, 0, 2])
    out = group_kfold_split(groups, 3)
    _check_valid(groups, 3, out)
    assert [sorted(set(groups[te].tolist())) for _, te in out] == [[2], [0], [1]], "expected test groups [2], [0], [1]"


def test_too_many_folds_raises():
    """k larger than the number of groups (or k < 2) raises ValueError."""
    for k in (4, 1):
        try:
            group_kfold_split(np.array([0, 0, 1, 2]), k)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for k={k} with 3 groups")


def test_does_not_split_a_big_group():
    """A group holding most of the data stays whole even though folds become unbalanced."""
    groups = np.array([0] * 10 + [1, 2, 3])
    out = group_kfold_split(groups, 2)
    _check_valid(groups, 2, out)
    assert sorted(len(te) for _, te in out) == [3, 10], "group 0 (10 samples) must stay in a single fold"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
