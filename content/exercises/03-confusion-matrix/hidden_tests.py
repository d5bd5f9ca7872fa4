import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from submission import confusion_report


def _sk(y_true, y_pred, k):
    labels = list(range(k))
    m = confusion_matrix(y_true, y_pred, labels=labels)
    per = precision_recall_fscore_support(y_true, y_pred, labels=labels, average=None, zero_division=0)
    macro = precision_recall_fscore_support(y_true, y_pred, labels=labels, average="macro", zero_division=0)
    micro = precision_recall_fscore_support(y_true, y_pred, labels=labels, average="micro", zero_division=0)
    return m, per, macro, micro


def test_matches_sklearn_random():
    """Randomized comparison with sklearn's confusion_matrix and precision_recall_fscore_support."""
    rng = np.random.default_rng(3)
    for trial in range(12):
        k = int(rng.integers(1, 7))
        n = int(rng.integers(1, 60))
        y_true = rng.integers(0, k, size=n)
        # Mostly right, sometimes wrong, so every kind of cell occurs.
        y_pred = np.where(rng.random(n) < 0.6, y_true, rng.integers(0, k, size=n))
        r = confusion_report(y_true, y_pred, k)
        m, per, macro, micro = _sk(y_true, y_pred, k)
        assert np.array_equal(r["matrix"], m), f"trial {trial}: matrix differs from sklearn:\n{m}\ngot\n{r['matrix']}"
        for i, key in enumerate(("precision", "recall", "f1")):
            assert np.allclose(r[key], per[i], atol=1e-12), f"trial {trial}: {key} expected {per[i]}, got {r[key]}"
            assert abs(r["macro"][key] - macro[i]) < 1e-12, f"trial {trial}: macro {key} expected {macro[i]}, got {r['macro'][key]}"
            assert abs(r["micro"][key] - micro[i]) < 1e-12, f"trial {trial}: micro {key} expected {micro[i]}, got {r['micro'][key]}"


def test_class_never_predicted_or_present():
    """A class never predicted has precision 0; a class absent from both arrays counts in the macro mean."""
    r = confusion_report(np.array([0, 0, 1]), np.array([0, 0, 0]), 3)
    assert np.allclose(r["precision"], [2 / 3, 0.0, 0.0]), f"expected precision [0.667, 0, 0], got {r['precision']}"
    assert np.allclose(r["recall"], [1.0, 0.0, 0.0]), f"expected recall [1, 0, 0], got {r['recall']}"
    want = (0.8 + 0 + 0) / 3
    assert abs(r["macro"]["f1"] - want) < 1e-12, f"expected macro f1 {want:.6f} (mean over all 3 classes), got {r['macro']['f1']:.6f}"
    assert np.all(np.isfinite(r["f1"])), f"F1 must be 0, not nan, where precision and recall are 0: got {r['f1']}"


def test_empty_input():
    """No examples: an all-zero matrix and every metric 0.0."""
    r = confusion_report(np.array([], dtype=int), np.array([], dtype=int), 2)
    assert np.array_equal(r["matrix"], np.zeros((2, 2))), f"expected a zero (2, 2) matrix, got {r['matrix']}"
    for key in ("precision", "recall", "f1"):
        assert np.array_equal(r[key], [0.0, 0.0]), f"expected {key} [0, 0], got {r[key]}"
        assert r["macro"][key] == 0.0 and r["micro"][key] == 0.0, f"expected macro and micro {key} 0.0, got {r['macro'][key]}, {r['micro'][key]}"


def test_single_class():
    """K = 1: everything is class 0 and every metric is 1."""
    r = confusion_report(np.zeros(4, dtype=int), np.zeros(4, dtype=int), 1)
    assert np.array_equal(r["matrix"], [[4]]), f"expected [[4]], got {r['matrix']}"
    assert r["macro"]["f1"] == 1.0 and r["micro"]["f1"] == 1.0, f"expected F1 1.0, got {r['macro']['f1']}, {r['micro']['f1']}"


def test_matrix_sums():
    """The matrix sums to N; its row sums are the true class counts."""
    rng = np.random.default_rng(11)
    y_true = rng.integers(0, 5, size=200)
    y_pred = rng.integers(0, 5, size=200)
    m = np.asarray(confusion_report(y_true, y_pred, 5)["matrix"])
    assert m.sum() == 200, f"expected the matrix to sum to 200, got {m.sum()}"
    assert np.array_equal(m.sum(axis=1), np.bincount(y_true, minlength=5)), "row sums should be the true class counts (rows = truth)"


def test_does_not_mutate_inputs():
    """The input arrays are left unchanged."""
    y_true = np.array([2, 1, 0, 2])
    y_pred = np.array([2, 2, 0, 1])
    before = (y_true.copy(), y_pred.copy())
    confusion_report(y_true, y_pred, 3)
    assert np.array_equal(y_true, before[0]) and np.array_equal(y_pred, before[1]), "confusion_report modified its inputs"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
