import numpy as np


def causal_mask(n: int) -> np.ndarray:
    """Return an (n, n) boolean mask that is True where key j is in the future of query i (j > i)."""
    raise NotImplementedError


def padding_mask(lengths: np.ndarray, n: int) -> np.ndarray:
    """Return a (B, n) boolean mask that is True at padded positions (position >= lengths[b])."""
    raise NotImplementedError


def scaled_dot_product_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray,
                                 mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Scaled dot-product attention with an optional boolean mask.

    Args:
        q: (..., n_q, d_k) queries.
        k: (..., n_k, d_k) keys.
        v: (..., n_k, d_v) values.
        mask: optional boolean array broadcastable to (..., n_q, n_k); True = this query may NOT attend to this key.
    Returns:
        (output, weights): output (..., n_q, d_v) and attention weights (..., n_q, n_k).
        A query row whose keys are all blocked gets all-zero weights and an all-zero output.
    """
    raise NotImplementedError
