import numpy as np

from submission import sgd_step


def test_example_momentum_two_steps():
    """README example: two heavy-ball steps; the buffer starts at the first gradient."""
    g = np.array([0.5, 1.0])
    p, b = sgd_step(np.array([1.0, -2.0]), g, None, lr=0.1, momentum=0.9)
    assert np.allclose(p, [0.95, -2.1]), f"step 1: expected params [0.95, -2.1], got {p}"
    assert b is not None and np.allclose(b, [0.5, 1.0]), f"step 1: expected buffer [0.5, 1.0] (the gradient), got {b}"
    p, b = sgd_step(p, g, b, lr=0.1, momentum=0.9)
    assert np.allclose(p, [0.855, -2.29]), f"step 2: expected params [0.855, -2.29], got {p}"
    assert np.allclose(b, [0.95, 1.9]), f"step 2: expected buffer [0.95, 1.9], got {b}"


def test_example_nesterov():
    """README example: one Nesterov step moves by lr * (g + mu * g) from a fresh buffer."""
    p, b = sgd_step(np.array([1.0]), np.array([0.5]), None, lr=0.1, momentum=0.9, nesterov=True)
    assert np.allclose(p, [0.905]), f"expected params [0.905], got {p}"
    assert np.allclose(b, [0.5]), f"expected buffer [0.5], got {b}"


def test_plain_sgd_has_no_buffer():
    """momentum=0 is plain SGD and returns None as the buffer."""
    p, b = sgd_step(np.array([2.0, 4.0]), np.array([1.0, -1.0]), None, lr=0.5)
    assert np.allclose(p, [1.5, 4.5]), f"expected params [1.5, 4.5], got {p}"
    assert b is None, f"expected buffer None for momentum=0, got {b}"


def test_shape_is_kept():
    """The result has the shape of params, for a 2-D parameter too."""
    rng = np.random.default_rng(0)
    p, b = sgd_step(rng.normal(size=(3, 4)), rng.normal(size=(3, 4)), None, lr=0.01, momentum=0.5)
    assert np.shape(p) == (3, 4) and np.shape(b) == (3, 4), f"expected shapes (3, 4), got {np.shape(p)} and {np.shape(b)}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
