import warnings
import numpy as np
import torch
import torch.nn.functional as F
from torch.distributions import Normal, kl_divergence
from submission import reparameterize, gaussian_kl, bernoulli_nll, negative_elbo

torch.set_num_threads(1)


def test_kl_vs_torch_distributions():
    """Closed-form KL matches torch.distributions.kl_divergence summed over latent dims."""
    rng = np.random.default_rng(190)
    mu, lv = rng.normal(size=(6, 5)) * 2, rng.normal(size=(6, 5)) * 2
    ref = kl_divergence(Normal(torch.tensor(mu), torch.tensor(np.exp(0.5 * lv))), Normal(0.0, 1.0)).sum(1).numpy()
    got = gaussian_kl(mu, lv)
    assert got.shape == (6,), f"expected shape (6,), got {got.shape}"
    assert np.allclose(got, ref, atol=1e-10), f"KL differs from torch: {np.round(got, 4)} vs {np.round(ref, 4)}"


def test_nll_vs_torch_bce_with_logits_images():
    """Bernoulli NLL on (B, C, H, W) grey-level images matches BCE-with-logits summed per example."""
    rng = np.random.default_rng(191)
    x, l = rng.random(size=(3, 2, 4, 4)), rng.normal(size=(3, 2, 4, 4)) * 5
    ref = F.binary_cross_entropy_with_logits(torch.tensor(l), torch.tensor(x), reduction="none").sum((1, 2, 3)).numpy()
    got = bernoulli_nll(x, l)
    assert got.shape == (3,) and np.allclose(got, ref, atol=1e-10), f"NLL differs from torch BCE-with-logits: {got} vs {ref}"


def test_extreme_logits_exact():
    """Logits of ±1e4: finite, exact, no warnings."""
    x = np.array([[1., 0., 1., 0.]])
    l = np.array([[1e4, -1e4, -1e4, 1e4]])
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        got = bernoulli_nll(x, l)
    assert np.allclose(got, [2e4]), f"expected [20000] (two confident mistakes of 1e4 each), got {got}"


def test_loss_vs_torch_mean_over_batch():
    """negative_elbo = mean over batch of (summed BCE + beta * summed KL)."""
    rng = np.random.default_rng(192)
    B, d, D = 5, 3, 7
    x = (rng.random(size=(B, D)) < 0.5).astype(float)
    l, mu, lv = rng.normal(size=(B, D)), rng.normal(size=(B, d)), rng.normal(size=(B, d))
    bce = F.binary_cross_entropy_with_logits(torch.tensor(l), torch.tensor(x), reduction="none").sum(1)
    kl = kl_divergence(Normal(torch.tensor(mu), torch.tensor(np.exp(0.5 * lv))), Normal(0.0, 1.0)).sum(1)
    for beta in (1.0, 4.0):
        want = float((bce + beta * kl).mean())
        got = negative_elbo(x, l, mu, lv, beta)
        assert isinstance(got, float) and np.isclose(got, want), f"beta={beta}: expected {want:.6f}, got {got}"


def test_kl_zero_iff_prior():
    """KL is 0 for mu=0, logvar=0 and positive otherwise."""
    assert np.allclose(gaussian_kl(np.zeros((2, 4)), np.zeros((2, 4))), 0), "KL to itself should be 0"
    assert np.all(gaussian_kl(np.array([[0., 0.]]), np.array([[0.5, -0.5]])) > 0), "KL should be positive when q differs from the prior"


def test_reparameterization_distribution():
    """z has mean mu and std exp(logvar/2) (seeded Monte Carlo)."""
    rng = np.random.default_rng(193)
    mu, lv = np.array([[1.5, -2.0]]), np.array([[np.log(0.25), np.log(9.0)]])
    z = reparameterize(np.repeat(mu, 40000, 0), np.repeat(lv, 40000, 0), rng.normal(size=(40000, 2)))
    assert np.allclose(z.mean(0), mu[0], atol=0.05) and np.allclose(z.std(0), [0.5, 3.0], rtol=0.02), f"got mean {z.mean(0)}, std {z.std(0)}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
