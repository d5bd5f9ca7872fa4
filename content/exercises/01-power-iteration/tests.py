import numpy as np

from submission import power_iteration


def test_example_2x2():
    """README example 1: eigenvalue 3, eigenvector (1, 1)/sqrt(2)."""
    lam, v, it = power_iteration(np.array([[2.0, 1.0], [1.0, 2.0]]), np.array([1.0, 0.0]))
    assert abs(lam - 3.0) < 1e-9, f"expected eigenvalue 3, got {lam}"
    assert np.allclose(v, [np.sqrt(0.5)] * 2, atol=1e-9), f"expected (0.7071, 0.7071), got {v}"
    assert abs(it - 23) <= 2, f"expected about 23 iterations, got {it}"


def test_example_negative_dominant():
    """README example 2: dominant eigenvalue -4 (largest in absolute value)."""
    B = np.array([[1.0, 2.0, 0.0], [2.0, -3.0, 1.0], [0.0, 1.0, 1.0]])
    lam, v, it = power_iteration(B, np.ones(3))
    want_v = np.array([-2.0, 5.0, -1.0]) / np.sqrt(30)
    assert abs(lam + 4.0) < 1e-9, f"expected eigenvalue -4, got {lam}"
    assert np.allclose(v, want_v, atol=1e-9), f"expected {want_v}, got {v}"
    assert abs(it - 39) <= 2, f"expected about 39 iterations, got {it}"


def test_output_types_and_unit_norm():
    """lam is a float, v has unit norm, n_iter is a positive int."""
    lam, v, it = power_iteration(np.diag([5.0, 1.0, 0.5]), np.array([1.0, 1.0, 1.0]))
    assert isinstance(lam, float) and isinstance(it, int) and it >= 1, f"got types {type(lam).__name__}, {type(it).__name__}"
    assert abs(np.linalg.norm(v) - 1) < 1e-12, f"v should have unit norm, got {np.linalg.norm(v)}"


def test_sign_convention():
    """The largest-magnitude entry of v is positive."""
    lam, v, _ = power_iteration(np.array([[1.0, 0.0], [0.0, -6.0]]), np.array([0.3, -1.0]))
    assert abs(lam + 6) < 1e-9 and np.allclose(v, [0.0, 1.0], atol=1e-9), f"expected (-6, [0, 1]), got ({lam}, {v})"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
