import numpy as np
from submission import laplace_mechanism, private_mean, privacy_loss


def test_scalar_example():
    """README: scalar release with b = 2 and seed 0."""
    got = laplace_mechanism(100, 1.0, 0.5, np.random.default_rng(0))
    want = 100 + np.random.default_rng(0).laplace(0.0, 2.0)
    assert isinstance(got, float), f"expected a Python float, got {type(got)}"
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}"


def test_vector_example():
    """README: vector release, one draw per coordinate."""
    got = laplace_mechanism(np.array([10., 20.]), 2.0, 1.0, np.random.default_rng(1))
    want = np.array([10., 20.]) + np.random.default_rng(1).laplace(0.0, 2.0, size=2)
    assert np.shape(got) == (2,) and np.allclose(got, want), f"expected {want}, got {got}"


def test_private_mean_example():
    """README: clipped mean 0.52 plus Laplace(1/5) noise."""
    x = np.array([0.2, 0.9, 1.7, 0.5, -3.0])
    got = private_mean(x, 0.0, 1.0, 1.0, np.random.default_rng(2))
    want = 0.52 + np.random.default_rng(2).laplace(0.0, 0.2)
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}"


def test_privacy_loss_examples():
    """README: loss equals epsilon outside the interval and 0 halfway."""
    assert abs(privacy_loss(99.0, 100, 101, 1.0, 0.5) - 0.5) < 1e-12
    assert abs(privacy_loss(100.5, 100, 101, 1.0, 0.5)) < 1e-12


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
