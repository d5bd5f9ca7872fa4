import numpy as np

from submission import exponential_icdf, piecewise_constant_icdf


def test_example_exponential():
    """README example 1: exponential inverse CDF at 0, 0.5, 0.9."""
    got = exponential_icdf(np.array([0.0, 0.5, 0.9]), 2.0)
    want = np.array([0.0, np.log(2) / 2, np.log(10) / 2])
    assert np.allclose(got, want, rtol=1e-12, atol=0), f"expected {want}, got {got}"


def test_example_piecewise():
    """README example 2: two bins of unequal width and weight."""
    got = piecewise_constant_icdf(np.array([0, 0.1, 0.25, 0.5, 1.0]), np.array([0.0, 1.0, 3.0]), np.array([1.0, 3.0]))
    want = np.array([0.0, 0.4, 1.0, 5 / 3, 3.0])
    assert np.allclose(got, want, atol=1e-12), f"expected {want}, got {got}"


def test_example_zero_weight_bins():
    """README example 3: flat stretches of the CDF map to their left end."""
    got = piecewise_constant_icdf(np.array([0, 0.5, 0.50001, 1.0]), np.array([0.0, 1, 2, 3, 4]), np.array([1.0, 0, 1, 0]))
    want = np.array([0.0, 1.0, 2.00002, 3.0])
    assert np.allclose(got, want, atol=1e-12), f"expected {want}, got {got}"


def test_shape_preserved():
    """Outputs have the shape of u."""
    u = np.full((2, 3), 0.3)
    assert exponential_icdf(u, 1.0).shape == (2, 3), "exponential_icdf should keep u's shape"
    assert piecewise_constant_icdf(u, np.array([0.0, 1.0]), np.array([1.0])).shape == (2, 3), "piecewise_constant_icdf should keep u's shape"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
