import numpy as np
from submission import linear_beta_schedule, alpha_bars, q_sample


def test_readme_schedule():
    """README: 4-step schedule and its alpha-bars."""
    b = linear_beta_schedule(4, 0.1, 0.4)
    assert np.allclose(b, [0.1, 0.2, 0.3, 0.4]), f"expected [0.1, 0.2, 0.3, 0.4], got {b}"
    a = alpha_bars(b)
    assert np.allclose(a, [0.9, 0.72, 0.504, 0.3024]), f"expected [0.9, 0.72, 0.504, 0.3024], got {a}"


def test_readme_q_sample():
    """README: per-sample timesteps."""
    a = np.array([0.9, 0.72, 0.504, 0.3024])
    x = q_sample(np.array([[1., -1.], [2., 0.]]), np.array([0, 3]), np.array([[0.5, 0.5], [-1., 1.]]), a)
    want = np.array([[1.1068, -0.7906], [0.2646, 0.8352]])
    assert np.allclose(x, want, atol=1e-4), f"expected {want.tolist()}, got {np.round(x, 4).tolist()}"


def test_readme_ddpm_defaults():
    """README: the T=1000 DDPM schedule."""
    a = alpha_bars(linear_beta_schedule(1000))
    assert a.shape == (1000,), f"expected shape (1000,), got {a.shape}"
    assert np.allclose(a[[0, 499, 999]], [0.9999, 0.0785872, 4.03583e-05], rtol=1e-4), f"got {a[[0, 499, 999]]}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
