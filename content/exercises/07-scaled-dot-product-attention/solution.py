import numpy as np


def causal_mask(n: int) -> np.ndarray:
    """(n, n) boolean mask, True where key j lies in the future of query i (j > i)."""
    return np.triu(np.ones((n, n), dtype=bool), k=1)


def padding_mask(lengths: np.ndarray, n: int) -> np.ndarray:
    """(B, n) boolean mask, True at padded key positions (position >= length)."""
    lengths = np.asarray(lengths)
    return np.arange(n)[None, :] >= lengths[:, None]


def scaled_dot_product_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray,
                                 mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """softmax(q k^T / sqrt(d_k)) v with a boolean mask (True = blocked)."""
    d_k = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_k)          # (..., n_q, n_k)
    if mask is not None:
        mask = np.broadcast_to(np.asarray(mask, dtype=bool), scores.shape)
        scores = np.where(mask, -np.inf, scores)
    # stable softmax: subtract the row max; a fully blocked row has max -inf, replace it by 0
    row_max = np.max(scores, axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)
    e = np.exp(scores - row_max)                                 # exp(-inf) = 0 on blocked keys
    denom = e.sum(axis=-1, keepdims=True)
    # fully blocked row: denom = 0 -> weights stay 0 (convention), avoid 0/0
    weights = e / np.where(denom > 0, denom, 1.0)
    return weights @ v, weights
