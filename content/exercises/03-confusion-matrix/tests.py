import numpy as np

from submission import confusion_report

Y_TRUE = np.array([0, 0, 1, 2, 2, 2])
Y_PRED = np.array([0, 1, 1, 2, 2, 0])


def test_example_matrix():
    """README example: rows are the true class, columns the predicted class."""
    m = confusion_report(Y_TRUE, Y_PRED, 3)["matrix"]
    want = np.array([[1, 1, 0], [0, 1, 0], [1, 0, 2]])
    assert np.shape(m) == (3, 3), f"expected a (3, 3) matrix, got shape {np.shape(m)}"
    assert np.array_equal(m, want), f"expected\n{want}\ngot\n{m}\n(rows = true class, columns = predicted)"


def test_example_per_class():
    """README example: per-class precision, recall and F1."""
    r = confusion_report(Y_TRUE, Y_PRED, 3)
    for key, want in [("precision", [0.5, 0.5, 1.0]), ("recall", [0.5, 1.0, 2 / 3]), ("f1", [0.5, 2 / 3, 0.8])]:
        got = np.asarray(r[key], dtype=float)
        assert np.allclose(got, want, atol=1e-12), f"expected {key} {np.round(want, 6)}, got {np.round(got, 6)}"


def test_example_averages():
    """README example: macro-F1 is the mean of per-class F1; micro-F1 equals accuracy."""
    r = confusion_report(Y_TRUE, Y_PRED, 3)
    want_macro = (0.5 + 2 / 3 + 0.8) / 3
    assert abs(r["macro"]["f1"] - want_macro) < 1e-12, f"expected macro f1≈{want_macro:.6f}, got {r['macro']['f1']:.6f}"
    for key in ("precision", "recall", "f1"):
        got = r["micro"][key]
        assert abs(got - 4 / 6) < 1e-12, f"expected micro {key}≈{4 / 6:.6f} (the accuracy), got {got:.6f}"


def test_types():
    """The matrix is int64 and the averages are Python floats."""
    r = confusion_report(Y_TRUE, Y_PRED, 3)
    assert np.asarray(r["matrix"]).dtype == np.int64, f"expected an int64 matrix, got {np.asarray(r['matrix']).dtype}"
    for avg in ("macro", "micro"):
        for key in ("precision", "recall", "f1"):
            v = r[avg][key]
            assert isinstance(v, float), f"{avg} {key} should be a Python float, got {type(v).__name__}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
