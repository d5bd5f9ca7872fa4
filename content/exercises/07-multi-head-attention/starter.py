import numpy as np


def multi_head_attention(x_q: np.ndarray, x_kv: np.ndarray,
                         W_q: np.ndarray, b_q: np.ndarray, W_k: np.ndarray, b_k: np.ndarray,
                         W_v: np.ndarray, b_v: np.ndarray, W_o: np.ndarray, b_o: np.ndarray,
                         num_heads: int, attn_mask: np.ndarray | None = None,
                         key_padding_mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Multi-head attention (Vaswani et al. 2017) with nn.Linear-style weights.

    Args:
        x_q: (B, n_q, d) query inputs; x_kv: (B, n_k, d) key/value inputs (x_kv is x_q for self-attention).
        W_q, W_k, W_v, W_o: (d, d) weights used as y = x @ W.T + b.
        b_q, b_k, b_v, b_o: (d,) biases.
        num_heads: h; d must be divisible by h (else raise ValueError). Head i uses features i*d_h:(i+1)*d_h.
        attn_mask: optional (n_q, n_k) bool, True = blocked (shared by the whole batch).
        key_padding_mask: optional (B, n_k) bool, True = padded key.
    Returns:
        out: (B, n_q, d) and weights: (B, h, n_q, n_k) per-head attention weights.
        Fully blocked rows have zero weights.
    """
    raise NotImplementedError
