import numpy as np
from submission import value_iteration, policy_evaluation

P2 = np.zeros((2, 2, 2)); P2[0, 0, 0] = P2[0, 1, 1] = P2[1, 0, 1] = P2[1, 1, 0] = 1.0
R2 = np.array([[1.0, 0.0], [2.0, 0.0]])


def test_example_long_horizon():
    """README example: with gamma=0.9 it pays to move to the better state."""
    V, pi = value_iteration(P2, R2, 0.9)
    assert np.allclose(V, [18.0, 20.0], atol=1e-6), f"expected V≈[18, 20], got {V}"
    assert list(np.asarray(pi)) == [1, 0], f"expected policy [1, 0], got {pi}"


def test_example_short_horizon():
    """README example: with gamma=0.3 staying is optimal."""
    V, pi = value_iteration(P2, R2, 0.3)
    assert np.allclose(V, [1 / 0.7, 2 / 0.7], atol=1e-6), f"expected V≈[1.428571, 2.857143], got {V}"
    assert list(np.asarray(pi)) == [0, 0], f"expected policy [0, 0], got {pi}"


def test_policy_evaluation_example():
    """README example: always staying is worth [10, 20]."""
    V = policy_evaluation(P2, R2, 0.9, np.array([0, 0]))
    assert np.allclose(V, [10.0, 20.0], atol=1e-10), f"expected [10, 20], got {V}"


def test_shapes_and_types():
    """V is float (S,), policy is integer (S,)."""
    V, pi = value_iteration(P2, R2, 0.5)
    V, pi = np.asarray(V), np.asarray(pi)
    assert V.shape == (2,) and pi.shape == (2,), f"expected shapes (2,), (2,), got {V.shape}, {pi.shape}"
    assert np.issubdtype(pi.dtype, np.integer), f"policy must be an int array, got dtype {pi.dtype}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
