import numpy as np
from submission import ddpm_reverse_step


def _sched(T=50):
    b = np.linspace(1e-3, 0.08, T)
    return b, np.cumprod(1 - b)


def test_mean_matches_x0_form():
    """With zero noise the step equals the posterior mean written through x0-hat."""
    rng = np.random.default_rng(170)
    b, ab = _sched()
    x, e = rng.normal(size=(3, 4, 4)), rng.normal(size=(3, 4, 4))
    for t in (1, 17, 49):
        x0 = (x - np.sqrt(1 - ab[t]) * e) / np.sqrt(ab[t])
        want = np.sqrt(ab[t - 1]) * b[t] / (1 - ab[t]) * x0 + np.sqrt(1 - b[t]) * (1 - ab[t - 1]) / (1 - ab[t]) * x
        got = ddpm_reverse_step(x, e, t, b, np.zeros_like(x))
        assert np.allclose(got, want, atol=1e-10), f"t={t}: mean differs from the posterior mean (check 1/sqrt(alpha_t) and beta_t/sqrt(1-abar_t))"


def test_noise_scale_both_choices():
    """sigma = sqrt(beta-tilde) or sqrt(beta) multiplies the noise."""
    b, ab = _sched()
    x, e, z = np.zeros(2), np.zeros(2), np.array([1., -2.])
    t = 20
    got = ddpm_reverse_step(x, e, t, b, z, "posterior")
    bt = (1 - ab[t - 1]) / (1 - ab[t]) * b[t]
    assert np.allclose(got, np.sqrt(bt) * z), f"posterior variance: expected sigma={np.sqrt(bt):.5f}"
    got = ddpm_reverse_step(x, e, t, b, z, "beta")
    assert np.allclose(got, np.sqrt(b[t]) * z), f"beta variance: expected sigma={np.sqrt(b[t]):.5f}"


def test_last_step_no_noise_for_beta():
    """t=0 adds no noise even with variance='beta'."""
    b, ab = _sched()
    x, e, z = np.array([0.3]), np.array([0.1]), np.array([5.0])
    got = ddpm_reverse_step(x, e, 0, b, z, "beta")
    want = (x - b[0] / np.sqrt(1 - ab[0]) * e) / np.sqrt(1 - b[0])
    assert np.allclose(got, want), f"t=0 must return the mean {want}, got {got}"


def test_true_noise_recovers_posterior_mean():
    """If x_t was made from x0 with eps and eps_pred = eps, the mean is mu-tilde(x_t, x0)."""
    rng = np.random.default_rng(171)
    b, ab = _sched()
    x0, eps = rng.normal(size=5), rng.normal(size=5)
    t = 30
    xt = np.sqrt(ab[t]) * x0 + np.sqrt(1 - ab[t]) * eps
    mu = (np.sqrt(ab[t - 1]) * b[t] * x0 + np.sqrt(1 - b[t]) * (1 - ab[t - 1]) * xt) / (1 - ab[t])
    assert np.allclose(ddpm_reverse_step(xt, eps, t, b, np.zeros(5)), mu), "mean should equal mu-tilde(x_t, x0)"


def test_full_chain_gaussian_data():
    """Sampling N(2, 0.5^2) data with the exact noise predictor recovers its mean and std."""
    T = 200
    b = np.linspace(1e-4, 0.05, T)
    ab = np.cumprod(1 - b)
    m, s = 2.0, 0.5
    rng = np.random.default_rng(172)
    n = 20000
    x = rng.normal(size=n)
    for t in range(T - 1, -1, -1):
        eps = np.sqrt(1 - ab[t]) * (x - np.sqrt(ab[t]) * m) / (ab[t] * s * s + 1 - ab[t])   # E[eps | x_t]
        x = ddpm_reverse_step(x, eps, t, b, rng.normal(size=n))
    assert abs(x.mean() - m) < 0.03 and abs(x.std() - s) < 0.03, f"samples have mean {x.mean():.3f}, std {x.std():.3f}; expected 2, 0.5"


def test_bad_variance_and_inputs_unchanged():
    """Unknown variance raises ValueError; inputs are not modified."""
    b, _ = _sched()
    x = np.ones(3); e = np.ones(3); z = np.ones(3)
    ddpm_reverse_step(x, e, 5, b, z)
    assert np.all(x == 1) and np.all(e == 1) and np.all(z == 1), "inputs were modified"
    try:
        ddpm_reverse_step(x, e, 5, b, z, "learned")
    except ValueError:
        return
    assert False, "expected ValueError for variance='learned'"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
