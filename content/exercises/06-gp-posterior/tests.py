import numpy as np
from submission import gp_posterior, rbf_kernel


def test_readme_single_point():
    """README: one training point, noise_var=1."""
    mean, cov, lml = gp_posterior(np.array([[0.]]), np.array([2.]), np.array([[0.], [1.]]), noise_var=1.0)
    assert np.allclose(mean, [1., 0.606531], atol=1e-6), f"expected mean≈[1, 0.6065], got {mean}"
    assert np.allclose(cov, [[0.5, 0.303265], [0.303265, 0.816060]], atol=1e-6), f"got cov {np.round(cov, 4).tolist()}"
    assert np.isclose(lml, -2.265512, atol=1e-6), f"expected lml≈-2.2655, got {lml}"


def test_readme_two_points():
    """README: two training points, prediction far away returns to the prior."""
    mean, cov, lml = gp_posterior(np.array([[0.], [1.]]), np.array([1., -1.]), np.array([[0.], [0.5], [5.]]), noise_var=0.1)
    assert np.allclose(mean, [0.7974, 0., -0.0007], atol=1e-4), f"got mean {np.round(mean, 4)}"
    assert np.allclose(np.diag(cov), [0.0869, 0.0873, 1.], atol=1e-4), f"got variances {np.round(np.diag(cov), 4)}"
    assert np.isclose(lml, -3.7784, atol=1e-4), f"expected lml≈-3.7784, got {lml:.4f}"


def test_kernel_values():
    """rbf_kernel uses the squared length scale and signal variance."""
    K = rbf_kernel(np.array([[0., 0.]]), np.array([[0., 0.], [3., 4.]]), length_scale=5.0, signal_var=2.0)
    want = np.array([[2.0, 2.0 * np.exp(-0.5)]])
    assert K.shape == (1, 2) and np.allclose(K, want), f"expected {want}, got {K}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
