import numpy as np


def causal_attention(X: np.ndarray, Wq: np.ndarray, Wk: np.ndarray, Wv: np.ndarray) -> np.ndarray:
    """Single-head causal self-attention by full recomputation.

    Args:
        X: (B, T, d_model); Wq, Wk, Wv: (d_model, d_head).
    Returns:
        (B, T, d_head) outputs; scores scaled by 1/sqrt(d_head).
    """
    raise NotImplementedError


def decode_step(x_t: np.ndarray, Wq: np.ndarray, Wk: np.ndarray, Wv: np.ndarray,
                k_cache: np.ndarray, v_cache: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One decoding step with a KV cache.

    Args:
        x_t: (B, d_model) the new token of each sequence.
        k_cache, v_cache: (B, t, d_head), t >= 0.
    Returns:
        (out, k_cache_new, v_cache_new) with shapes (B, d_head), (B, t+1, d_head), (B, t+1, d_head).
    """
    raise NotImplementedError
