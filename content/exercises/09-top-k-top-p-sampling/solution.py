import numpy as np


def filter_probs(logits: np.ndarray, temperature: float = 1.0, top_k: int | None = None,
                 top_p: float | None = None) -> np.ndarray:
    """Next-token distribution after temperature, top-k and nucleus (top-p) filtering."""
    z = np.asarray(logits, dtype=np.float64)
    V = z.shape[0]
    if temperature == 0:
        p = np.zeros(V)
        p[int(np.argmax(z))] = 1.0           # greedy: lowest index among ties
        return p
    z = z / temperature
    z = z - np.max(z)                        # stable softmax: exp of at most 0
    p = np.exp(z)
    p /= p.sum()
    # a stable descending order: equal probabilities keep increasing token index
    order = np.argsort(-p, kind="stable")
    if top_k is not None and top_k < V:
        keep = np.zeros(V, dtype=bool)
        keep[order[:top_k]] = True
        p = np.where(keep, p, 0.0)
        p /= p.sum()
    if top_p is not None and top_p < 1.0:
        sorted_p = p[order]
        before = np.cumsum(sorted_p) - sorted_p      # mass of the strictly more likely tokens
        drop_sorted = before >= top_p                # already reached p without this token
        drop_sorted[0] = False                       # always keep the most likely token
        keep = np.ones(V, dtype=bool)
        keep[order[drop_sorted]] = False
        p = np.where(keep, p, 0.0)
        p /= p.sum()
    return p


def sample_token(logits: np.ndarray, rng: np.random.Generator, temperature: float = 1.0,
                 top_k: int | None = None, top_p: float | None = None) -> int:
    """Draw one token id by inverse-CDF sampling with a single rng.random() call."""
    p = filter_probs(logits, temperature, top_k, top_p)
    u = rng.random()
    cdf = np.cumsum(p)
    i = int(np.searchsorted(cdf, u, side="right"))   # first index with cdf > u
    last = int(np.flatnonzero(p)[-1])
    return min(i, last)                              # guard against cdf[-1] < u by rounding
