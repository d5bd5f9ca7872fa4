import numpy as np


def reparameterize(mu: np.ndarray, logvar: np.ndarray, eps: np.ndarray) -> np.ndarray:
    """z = mu + sigma * eps with sigma = exp(logvar / 2)."""
    return mu + np.exp(0.5 * logvar) * eps


def gaussian_kl(mu: np.ndarray, logvar: np.ndarray) -> np.ndarray:
    """KL(N(mu, diag(exp(logvar))) || N(0, I)) per example, summed over latent dims: shape (B,)."""
    return 0.5 * np.sum(mu ** 2 + np.exp(logvar) - 1.0 - logvar, axis=-1)


def bernoulli_nll(x: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """-log p(x | z) for Bernoulli(sigmoid(logits)), summed over data dims: shape (B,).

    Per element: softplus(l) - x*l = max(l, 0) - x*l + log(1 + exp(-|l|)), stable for any |l|.
    """
    per = np.maximum(logits, 0.0) - x * logits + np.log1p(np.exp(-np.abs(logits)))
    return per.reshape(len(x), -1).sum(axis=1)


def negative_elbo(x: np.ndarray, logits: np.ndarray, mu: np.ndarray, logvar: np.ndarray,
                  beta: float = 1.0) -> float:
    """Batch mean of [Bernoulli NLL + beta * KL]."""
    return float(np.mean(bernoulli_nll(x, logits) + beta * gaussian_kl(mu, logvar)))
