import numpy as np


def batch_all_triplet_loss(embeddings: np.ndarray, labels: np.ndarray,
                           margin: float = 1.0) -> tuple[float, float]:
    """Batch-all triplet loss with Euclidean (unsquared) distances.

    Valid triplets (a, p, n): a != p, labels[a] == labels[p], labels[n] != labels[a].
    Per triplet: max(0, ||e_a - e_p|| - ||e_a - e_n|| + margin).

    Args:
        embeddings: float array (B, D).
        labels: int array (B,).
        margin: the margin alpha (> 0).
    Returns:
        (mean loss over all valid triplets, fraction of valid triplets with loss > 0);
        (0.0, 0.0) if there is no valid triplet.
    """
    e = np.asarray(embeddings, dtype=np.float64)
    c = np.asarray(labels).ravel()
    # pairwise Euclidean distances by broadcasting the differences (exact, never negative)
    diff = e[:, None, :] - e[None, :, :]
    dist = np.sqrt((diff ** 2).sum(axis=-1))                     # (B, B)
    same = c[:, None] == c[None, :]
    not_self = ~np.eye(len(c), dtype=bool)
    pos_mask = same & not_self                                    # (a, p)
    neg_mask = ~same                                              # (a, n)
    # valid[a, p, n]; loss[a, p, n] = d(a, p) - d(a, n) + margin
    valid = pos_mask[:, :, None] & neg_mask[:, None, :]
    n_valid = int(valid.sum())
    if n_valid == 0:
        return 0.0, 0.0
    raw = dist[:, :, None] - dist[:, None, :] + margin
    losses = np.maximum(raw, 0.0)[valid]
    return float(losses.mean()), float((losses > 0).mean())
