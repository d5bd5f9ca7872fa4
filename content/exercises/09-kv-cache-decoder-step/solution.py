import numpy as np


def _softmax(s: np.ndarray) -> np.ndarray:
    s = s - s.max(axis=-1, keepdims=True)       # stable: -inf entries become exp(-inf) = 0
    e = np.exp(s)
    return e / e.sum(axis=-1, keepdims=True)


def causal_attention(X: np.ndarray, Wq: np.ndarray, Wk: np.ndarray, Wv: np.ndarray) -> np.ndarray:
    """Full recomputation: single-head causal self-attention over X of shape (B, T, d_model)."""
    Q, K, V = X @ Wq, X @ Wk, X @ Wv                       # (B, T, d_head)
    d_head = Wq.shape[1]
    S = Q @ np.swapaxes(K, 1, 2) / np.sqrt(d_head)         # (B, T, T)
    T = X.shape[1]
    future = np.triu(np.ones((T, T), dtype=bool), k=1)     # j > i is the future
    S = np.where(future, -np.inf, S)
    return _softmax(S) @ V


def decode_step(x_t: np.ndarray, Wq: np.ndarray, Wk: np.ndarray, Wv: np.ndarray,
                k_cache: np.ndarray, v_cache: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One decoding step with a KV cache; x_t is (B, d_model), caches are (B, t, d_head)."""
    q = x_t @ Wq                                            # (B, d_head)
    k = x_t @ Wk
    v = x_t @ Wv
    # append first: the new token attends to itself as well as to the past
    K = np.concatenate([k_cache, k[:, None, :]], axis=1)   # (B, t+1, d_head), a new array
    V = np.concatenate([v_cache, v[:, None, :]], axis=1)
    d_head = Wq.shape[1]
    s = np.einsum("bd,btd->bt", q, K) / np.sqrt(d_head)    # (B, t+1); no mask needed: all past
    out = np.einsum("bt,btd->bd", _softmax(s), V)
    return out, K, V
