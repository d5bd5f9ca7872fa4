import numpy as np
from submission import linear_beta_schedule, alpha_bars, q_sample


def test_images_per_sample_timesteps():
    """(B, C, H, W) input with different t per sample matches a per-sample loop."""
    rng = np.random.default_rng(160)
    abar = alpha_bars(linear_beta_schedule(50))
    x0, eps = rng.normal(size=(5, 3, 4, 4)), rng.normal(size=(5, 3, 4, 4))
    t = np.array([0, 49, 10, 10, 25])
    got = q_sample(x0, t, eps, abar)
    assert got.shape == x0.shape, f"expected shape {x0.shape}, got {got.shape}"
    for b in range(5):
        want = np.sqrt(abar[t[b]]) * x0[b] + np.sqrt(1 - abar[t[b]]) * eps[b]
        assert np.allclose(got[b], want), f"sample {b} (t={t[b]}) wrong: expected sqrt(abar[t_b]) * x0[b] + sqrt(1 - abar[t_b]) * noise[b], with t_b a 0-based index and a separate t_b per sample"


def test_coefficients():
    """Mean coefficient sqrt(abar), noise coefficient sqrt(1 - abar)."""
    abar = np.array([0.64, 0.36])
    one, zero = np.ones((2, 1)), np.zeros((2, 1))
    assert np.allclose(q_sample(one, np.array([0, 1]), zero, abar)[:, 0], [0.8, 0.6]), "mean coefficient should be sqrt(abar_t)"
    assert np.allclose(q_sample(zero, np.array([0, 1]), one, abar)[:, 0], [0.6, 0.8]), "noise coefficient should be sqrt(1 - abar_t)"


def test_two_step_chain_composition():
    """Two explicit chain steps equal one q_sample with the combined noise."""
    rng = np.random.default_rng(161)
    betas = linear_beta_schedule(10, 0.05, 0.3)
    abar = alpha_bars(betas)
    x0, e1, e2 = rng.normal(size=(3, 6)), rng.normal(size=(3, 6)), rng.normal(size=(3, 6))
    x1 = np.sqrt(1 - betas[0]) * x0 + np.sqrt(betas[0]) * e1
    x2 = np.sqrt(1 - betas[1]) * x1 + np.sqrt(betas[1]) * e2
    eps = (np.sqrt((1 - betas[1]) * betas[0]) * e1 + np.sqrt(betas[1]) * e2) / np.sqrt(1 - abar[1])
    got = q_sample(x0, np.array([1, 1, 1]), eps, abar)
    assert np.allclose(got, x2), "q_sample at index 1 should equal two chain steps (check 0-based indexing and cumprod)"


def test_variance_preserving():
    """Unit-variance data stay unit variance at every t."""
    rng = np.random.default_rng(162)
    abar = alpha_bars(linear_beta_schedule(1000))
    n = 20000
    x0, eps = rng.normal(size=(n, 1)), rng.normal(size=(n, 1))
    for ti in (0, 300, 999):
        x = q_sample(x0, np.full(n, ti), eps, abar)
        assert abs(x.var() - 1) < 0.05, f"t={ti}: Var(x_t)={x.var():.3f}, expected ≈1"


def test_schedule_details():
    """Endpoints included, float64, strictly decreasing alpha-bars."""
    b = linear_beta_schedule(7, 0.01, 0.07)
    assert b.dtype == np.float64 and np.isclose(b[0], 0.01) and np.isclose(b[-1], 0.07), f"got {b}"
    a = alpha_bars(b)
    assert np.all(np.diff(a) < 0) and np.isclose(a[0], 0.99), f"alpha-bars should start at 1 - beta_1 and decrease, got {a}"


def test_inputs_unchanged():
    """Inputs are not modified."""
    x0, eps = np.ones((2, 3)), np.ones((2, 3))
    q_sample(x0, np.array([0, 1]), eps, np.array([0.5, 0.25]))
    assert np.all(x0 == 1) and np.all(eps == 1), "q_sample modified its inputs"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
