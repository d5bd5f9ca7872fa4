import numpy as np
from submission import reparameterize, gaussian_kl, bernoulli_nll, negative_elbo

MU, LV = np.array([[0., 1.]]), np.array([[0., np.log(4.)]])
X, L = np.array([[1., 0., 1.]]), np.array([[0., 2., -1000.]])


def test_readme_reparameterize():
    """README: sigma = exp(logvar/2)."""
    z = reparameterize(MU, LV, np.array([[1., -1.]]))
    assert np.allclose(z, [[1., -1.]]), f"expected [[1, -1]], got {z.tolist()}"


def test_readme_kl():
    """README: closed-form KL."""
    kl = gaussian_kl(MU, LV)
    assert kl.shape == (1,) and np.allclose(kl, [1.306853]), f"expected [1.3069], got {kl}"


def test_readme_nll_and_loss():
    """README: Bernoulli NLL (with a -1000 logit) and the negative ELBO."""
    nll = bernoulli_nll(X, L)
    assert np.all(np.isfinite(nll)) and np.allclose(nll, [1002.820075]), f"expected [1002.8201], got {nll}"
    assert np.isclose(negative_elbo(X, L, MU, LV), 1004.126928), f"expected 1004.1269, got {negative_elbo(X, L, MU, LV)}"
    assert np.isclose(negative_elbo(X, L, MU, LV, beta=0.5), 1003.473502), "beta should weight the KL term"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
