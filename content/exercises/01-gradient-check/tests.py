import numpy as np

from submission import gradient_check, numerical_gradient

A = np.array([[2.0, 1.0], [1.0, 3.0]])


def test_example_numerical_gradient():
    """README example 1: gradient of sum(x^3)."""
    g = numerical_gradient(lambda x: float(np.sum(x ** 3)), np.array([1.0, -2.0]))
    assert np.allclose(g, [3.0, 12.0], atol=1e-8), f"expected [3, 12], got {g}"


def test_example_correct_gradient_passes():
    """README example 2: a correct gradient has a tiny relative error."""
    rel, ok = gradient_check(lambda x: float(np.sum(x ** 3)), lambda x: 3 * x ** 2, np.array([1.0, -2.0]))
    assert ok is True and rel < 1e-8, f"expected a pass with rel < 1e-8, got ({rel}, {ok})"


def test_example_missing_factor_fails():
    """README example 3: forgetting the factor 2 gives rel = 1/3."""
    rel, ok = gradient_check(lambda x: float(x @ A @ x), lambda x: A @ x, np.array([0.5, -1.0]))
    assert ok is False and abs(rel - 1 / 3) < 1e-8, f"expected (0.3333, False), got ({rel}, {ok})"


def test_types_and_shape():
    """numerical_gradient keeps x's shape; gradient_check returns (float, bool)."""
    x = np.ones((2, 3))
    g = numerical_gradient(lambda z: float(np.sum(z ** 2)), x)
    assert g.shape == (2, 3), f"expected shape (2, 3), got {g.shape}"
    rel, ok = gradient_check(lambda z: float(np.sum(z ** 2)), lambda z: 2 * z, x)
    assert isinstance(rel, float) and isinstance(ok, (bool, np.bool_)), f"expected (float, bool), got ({type(rel).__name__}, {type(ok).__name__})"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
