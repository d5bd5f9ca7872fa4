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
    raise NotImplementedError
