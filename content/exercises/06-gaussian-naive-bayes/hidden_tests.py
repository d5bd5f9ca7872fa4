import numpy as np
from sklearn.naive_bayes import GaussianNB
from submission import gaussian_nb


def test_vs_sklearn_random():
    """Random multi-class data, default and large var_smoothing: matches GaussianNB."""
    rng = np.random.default_rng(150)
    X = rng.normal(size=(90, 4)) * np.array([1.0, 5.0, 0.2, 30.0])
    y = rng.integers(0, 3, 90) * 2 + 1
    X[y == 3] += 1.5
    Xq = rng.normal(size=(25, 4)) * 3
    for vs in (1e-9, 1e-2, 0.5):
        ref = GaussianNB(var_smoothing=vs).fit(X, y)
        lp, pred = gaussian_nb(X, y, Xq, var_smoothing=vs)
        assert np.allclose(lp, ref.predict_log_proba(Xq), atol=1e-8), f"var_smoothing={vs}: log posteriors differ from GaussianNB"
        assert np.array_equal(pred, ref.predict(Xq)), f"var_smoothing={vs}: predictions differ from GaussianNB"


def test_far_point_stable():
    """A point 1e4 away: finite log posteriors, exact winner, no NaN."""
    X = np.array([[0.], [1.], [2.], [5.], [6.], [7.]])
    y = np.array([0, 0, 0, 1, 1, 1])
    lp, pred = gaussian_nb(X, y, np.array([[1e4]]))
    ref = GaussianNB().fit(X, y).predict_log_proba(np.array([[1e4]]))
    assert np.all(np.isfinite(lp)), f"non-finite log posteriors {lp}: normalise with log-sum-exp"
    assert np.allclose(lp, ref, rtol=1e-9), f"expected {ref}, got {lp}"
    assert pred[0] == 1, f"expected class 1, got {pred[0]}"


def test_mle_variance_and_priors():
    """Priors are frequencies; variances use ddof=0 (checked via a tiny case)."""
    X = np.array([[0.], [2.], [5.], [7.]])
    lp, _ = gaussian_nb(X, np.array([0, 0, 1, 1]), np.array([[1.]]), var_smoothing=0.0)
    # class 0: mean 1, var 1 (ddof=0); class 1: mean 6, var 1; priors 0.5/0.5
    want0 = -0.5 * np.log(2 * np.pi)
    want1 = -0.5 * (np.log(2 * np.pi) + 25)
    lse = np.logaddexp(want0, want1)
    assert np.allclose(lp, [[want0 - lse, want1 - lse]]), f"expected {[want0 - lse, want1 - lse]}, got {lp}"


def test_unsorted_labels_column_order():
    """Columns follow the sorted labels, whatever their order in y_train."""
    X = np.array([[10.], [11.], [0.], [1.]])
    y = np.array([9, 9, -3, -3])
    lp, pred = gaussian_nb(X, y, np.array([[0.5], [10.5]]))
    assert lp[0, 0] > lp[0, 1] and lp[1, 1] > lp[1, 0], "column 0 must be label -3 and column 1 label 9"
    assert np.array_equal(pred, [-3, 9]), f"expected [-3, 9], got {pred}"


def test_constant_feature_in_class_smoothing():
    """A feature constant within a class: the smoothing keeps everything finite."""
    X = np.array([[1., 0.], [1., 1.], [3., 2.], [4., 3.]])
    y = np.array([0, 0, 1, 1])
    lp, pred = gaussian_nb(X, y, np.array([[1., 0.5], [1.01, 0.5]]))
    ref = GaussianNB().fit(X, y).predict_log_proba(np.array([[1., 0.5], [1.01, 0.5]]))
    assert np.all(np.isfinite(lp)) and np.allclose(lp, ref, atol=1e-6), f"expected {ref}, got {lp}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
