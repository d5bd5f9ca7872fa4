import numpy as np


def _split_heads(t: np.ndarray, h: int) -> np.ndarray:
    """(B, n, d) -> (B, h, n, d_h); head i owns features i*d_h .. (i+1)*d_h - 1."""
    B, n, d = t.shape
    return t.reshape(B, n, h, d // h).transpose(0, 2, 1, 3)


def multi_head_attention(x_q: np.ndarray, x_kv: np.ndarray,
                         W_q: np.ndarray, b_q: np.ndarray, W_k: np.ndarray, b_k: np.ndarray,
                         W_v: np.ndarray, b_v: np.ndarray, W_o: np.ndarray, b_o: np.ndarray,
                         num_heads: int, attn_mask: np.ndarray | None = None,
                         key_padding_mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    B, n_q, d = x_q.shape
    n_k = x_kv.shape[1]
    if d % num_heads != 0:
        raise ValueError(f"d_model={d} is not divisible by num_heads={num_heads}")
    h, d_h = num_heads, d // num_heads
    # linear projections in the nn.Linear convention y = x W^T + b
    q = _split_heads(x_q @ W_q.T + b_q, h)            # (B, h, n_q, d_h)
    k = _split_heads(x_kv @ W_k.T + b_k, h)           # (B, h, n_k, d_h)
    v = _split_heads(x_kv @ W_v.T + b_v, h)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_h)   # per-head scale 1/sqrt(d_h)
    blocked = np.zeros((B, 1, n_q, n_k), dtype=bool)
    if attn_mask is not None:
        blocked = blocked | np.asarray(attn_mask, dtype=bool)[None, None]
    if key_padding_mask is not None:
        blocked = blocked | np.asarray(key_padding_mask, dtype=bool)[:, None, None, :]
    blocked = np.broadcast_to(blocked, scores.shape)
    scores = np.where(blocked, -np.inf, scores)
    m = scores.max(-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)              # fully blocked row
    e = np.exp(scores - m)
    s = e.sum(-1, keepdims=True)
    weights = e / np.where(s > 0, s, 1.0)              # fully blocked row -> zeros
    heads = weights @ v                                # (B, h, n_q, d_h)
    merged = heads.transpose(0, 2, 1, 3).reshape(B, n_q, d)   # concatenate heads
    return merged @ W_o.T + b_o, weights
