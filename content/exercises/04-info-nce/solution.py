import numpy as np


def _log_softmax_rows(s: np.ndarray) -> np.ndarray:
    m = s.max(axis=1, keepdims=True)            # subtract the row max: no overflow for tiny temperatures
    shifted = s - m
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def info_nce(a: np.ndarray, b: np.ndarray, temperature: float = 0.1) -> tuple[float, np.ndarray]:
    """Symmetric InfoNCE (CLIP-style) with in-batch negatives.

    S = normalize(a) @ normalize(b).T / temperature; row i's positive is column i.
    loss = 0.5 * (mean_i CE(S[i, :], i) + mean_j CE(S[:, j], j)).

    Args:
        a: float array (N, D), N >= 1, rows non-zero (e.g. image embeddings).
        b: float array (N, D), rows non-zero; b[i] is the positive of a[i].
        temperature: tau > 0.
    Returns:
        (loss, grad_S): loss as a Python float; grad_S (N, N) = d loss / d S.
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    u = a / np.linalg.norm(a, axis=1, keepdims=True)    # cosine similarity needs unit rows
    v = b / np.linalg.norm(b, axis=1, keepdims=True)
    s = u @ v.T / temperature
    n = s.shape[0]
    idx = np.arange(n)
    lp_rows = _log_softmax_rows(s)        # a_i picks its b among the N columns
    lp_cols = _log_softmax_rows(s.T)      # b_j picks its a among the N rows
    loss_ab = -lp_rows[idx, idx].mean()
    loss_ba = -lp_cols[idx, idx].mean()
    loss = 0.5 * (loss_ab + loss_ba)
    eye = np.eye(n)
    # d CE_rows / dS = (softmax_rows - I) / N ; the column term is the same on S.T, transposed back
    grad = 0.5 * ((np.exp(lp_rows) - eye) + (np.exp(lp_cols) - eye).T) / n
    return float(loss) + 0.0, grad       # + 0.0 turns -0.0 into 0.0
