import numpy as np


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> float:
    """NDCG@k of one query with gain 2^rel - 1 and discount 1 / log2(rank + 1).

    Args:
        relevance: array (n,) of non-negative graded relevances of the n candidate documents.
        scores: float array (n,); documents are ranked by descending score, ties broken by
            position (earlier index first, i.e. a stable sort).
        k: cut-off, k >= 1 (if k > n, all n documents count).
    Returns:
        NDCG@k as a Python float in [0, 1]; 0.0 if no document has positive relevance.
    """
    raise NotImplementedError
