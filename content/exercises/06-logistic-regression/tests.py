import numpy as np
from submission import fit_logistic_regression, predict_proba, sigmoid

X = np.array([[0.], [1.], [2.], [3.]])
Y = np.array([0, 1, 0, 1])


def test_readme_fit():
    """README: C=1 and C=100."""
    w, b = fit_logistic_regression(X, Y)
    assert np.allclose(w, [0.452875], atol=1e-5) and np.isclose(b, -0.679313, atol=1e-5), f"expected w≈[0.4529], b≈-0.6793, got {w}, {b}"
    w, b = fit_logistic_regression(X, Y, C=100.)
    assert np.allclose(w, [0.897656], atol=1e-5) and np.isclose(b, -1.346484, atol=1e-5), f"expected w≈[0.8977], b≈-1.3465, got {w}, {b}"


def test_readme_separable():
    """README: separable data gives a finite w."""
    w, b = fit_logistic_regression(np.array([[-1.], [1.]]), np.array([0, 1]))
    assert np.allclose(w, [0.674832], atol=1e-5) and abs(b) < 1e-6, f"expected w≈[0.6748], b≈0, got {w}, {b}"


def test_sigmoid_and_proba():
    """sigmoid at ±1000 and 0; predict_proba shape."""
    s = sigmoid(np.array([-1000., 0., 1000.]))
    assert np.all(np.isfinite(s)) and np.allclose(s, [0., 0.5, 1.]), f"expected [0, 0.5, 1], got {s}"
    p = predict_proba(np.ones((3, 2)), np.array([1., -1.]), 0.5)
    assert p.shape == (3,) and np.allclose(p, sigmoid(np.array(0.5))), f"expected 3 × sigmoid(0.5), got {p}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
