import numpy as np


def info_nce(a: np.ndarray, b: np.ndarray, temperature: float = 0.1) -> tuple[float, np.ndarray]:
    """Symmetric InfoNCE (CLIP-style) with in-batch negatives.

    S = normalize(a) @ normalize(b).T / temperature; row i's positive is column i.
    loss = 0.5 * (mean_i CE(S[i, :], i) + mean_j CE(S[:, j], j)).

    Args:
        a: float array (N, D), N >= 1, rows non-zero.
        b: float array (N, D), rows non-zero; b[i] is the positive of a[i].
        temperature: tau > 0.
    Returns:
        (loss, grad_S): loss as a Python float; grad_S (N, N) = d loss / d S.
    """
    raise NotImplementedError
