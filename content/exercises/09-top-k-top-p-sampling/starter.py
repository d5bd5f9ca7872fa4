import numpy as np


def filter_probs(logits: np.ndarray, temperature: float = 1.0, top_k: int | None = None,
                 top_p: float | None = None) -> np.ndarray:
    """Filtered next-token distribution, shape (V,), float64, sums to 1.

    Order: softmax(logits / temperature) (temperature 0 = one-hot argmax), then top-k
    (exactly k tokens, ties by lower index), then top-p (shortest prefix by descending
    probability with mass >= p; top token always kept); renormalise after each filter.
    """
    raise NotImplementedError


def sample_token(logits: np.ndarray, rng: np.random.Generator, temperature: float = 1.0,
                 top_k: int | None = None, top_p: float | None = None) -> int:
    """One draw: u = rng.random(); return the first i with cumsum(p)[i] > u."""
    raise NotImplementedError
