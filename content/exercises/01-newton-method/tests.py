import numpy as np

from submission import newton_minimize

A = np.array([[3.0, 1.0], [1.0, 2.0]])
B = np.array([1.0, -1.0])


def _sqrt_problem():
    f = lambda x: float(np.sqrt(1 + x[0] ** 2))
    g = lambda x: x / np.sqrt(1 + x ** 2)
    h = lambda x: np.array([[(1 + x[0] ** 2) ** -1.5]])
    return f, g, h


def test_example_quadratic_one_step():
    """README example 1: a quadratic is solved by one full Newton step."""
    x, norms = newton_minimize(lambda x: 0.5 * x @ A @ x - B @ x, lambda x: A @ x - B, lambda x: A, np.zeros(2))
    assert np.allclose(x, [0.6, -0.8], atol=1e-12), f"expected [0.6, -0.8], got {x}"
    assert len(norms) == 2 and abs(norms[0] - np.sqrt(2)) < 1e-12, f"expected 2 norms starting at sqrt(2), got {norms}"


def test_example_sqrt_needs_damping():
    """README example 2: converges from 1.5, where pure Newton diverges."""
    f, g, h = _sqrt_problem()
    x, norms = newton_minimize(f, g, h, np.array([1.5]))
    assert abs(x[0]) < 1e-10 and norms[-1] <= 1e-10, f"expected x ≈ 0, got {x} (pure Newton diverges: use backtracking)"
    assert len(norms) == 8, f"expected 8 gradient norms (7 steps), got {len(norms)}"


def test_returns_list_and_array():
    """grad_norms is a list of floats; x is a float array of x0's shape."""
    x, norms = newton_minimize(lambda x: float(np.sum((x - 1) ** 2)), lambda x: 2 * (x - 1), lambda x: 2 * np.eye(3), np.zeros(3))
    assert isinstance(norms, list) and all(isinstance(v, float) for v in norms), f"expected a list of floats, got {norms!r}"
    assert x.shape == (3,) and np.allclose(x, 1.0), f"expected [1, 1, 1], got {x}"


def test_start_at_minimum():
    """Starting at the minimiser returns immediately with one recorded norm."""
    x, norms = newton_minimize(lambda x: float(x @ x), lambda x: 2 * x, lambda x: 2 * np.eye(2), np.zeros(2))
    assert norms == [0.0] and np.array_equal(x, [0.0, 0.0]), f"expected ([0, 0], [0.0]), got ({x}, {norms})"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
