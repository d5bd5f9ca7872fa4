import numpy as np


def reparameterize(mu: np.ndarray, logvar: np.ndarray, eps: np.ndarray) -> np.ndarray:
    """Reparameterised sample z = mu + exp(logvar / 2) * eps; all arrays (B, d)."""
    raise NotImplementedError


def gaussian_kl(mu: np.ndarray, logvar: np.ndarray) -> np.ndarray:
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each example, summed over the d latent dims: shape (B,)."""
    raise NotImplementedError


def bernoulli_nll(x: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """-log p(x | z) with p(x_i = 1 | z) = sigmoid(logits_i), summed over all non-batch dims: shape (B,).

    x in [0, 1] (binary or grey levels), same shape as logits (B, ...); stable for |logits| up to 1e4.
    """
    raise NotImplementedError


def negative_elbo(x: np.ndarray, logits: np.ndarray, mu: np.ndarray, logvar: np.ndarray,
                  beta: float = 1.0) -> float:
    """Negative ELBO averaged over the batch: mean_b [ bernoulli_nll_b + beta * gaussian_kl_b ] (a float)."""
    raise NotImplementedError
