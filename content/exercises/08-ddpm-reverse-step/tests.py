import numpy as np
from submission import ddpm_reverse_step

B = np.array([0.1, 0.2, 0.3])
X, E, Z = np.array([1.0, -0.5]), np.array([0.2, 0.4]), np.array([1., -1.])


def test_readme_posterior():
    """README: posterior variance at t=2."""
    got = ddpm_reverse_step(X, E, 2, B, Z)
    assert np.allclose(got, [1.5049, -1.2128], atol=1e-4), f"expected [1.5049, -1.2128], got {np.round(got, 4)}"


def test_readme_beta():
    """README: beta variance at t=2."""
    got = ddpm_reverse_step(X, E, 2, B, Z, "beta")
    assert np.allclose(got, [1.6411, -1.349], atol=1e-4), f"expected [1.6411, -1.349], got {np.round(got, 4)}"


def test_readme_last_step():
    """README: t=0 returns the mean."""
    got = ddpm_reverse_step(X, E, 0, B, Z)
    assert np.allclose(got, [0.9874, -0.6604], atol=1e-4), f"expected [0.9874, -0.6604], got {np.round(got, 4)}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
