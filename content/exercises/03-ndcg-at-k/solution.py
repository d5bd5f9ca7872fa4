import numpy as np


def _dcg_at_k(rel_in_rank_order: np.ndarray, k: int) -> float:
    rel = rel_in_rank_order[:k]
    gains = 2.0 ** rel - 1.0                                  # exponential gain
    discounts = np.log2(np.arange(2, rel.size + 2))          # rank i -> log2(i + 1)
    return float(np.sum(gains / discounts))


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> float:
    """NDCG@k of one query with gain 2^rel - 1 and discount 1 / log2(rank + 1).

    Args:
        relevance: array (n,) of non-negative graded relevances of the n candidate documents.
        scores: float array (n,), the model's scores; documents are ranked by descending score,
            ties broken by position (earlier index ranked first).
        k: cut-off, k >= 1 (if k > n, all n documents count).
    Returns:
        NDCG@k as a Python float in [0, 1]; 0.0 if no document has positive relevance.
    """
    rel = np.asarray(relevance, dtype=np.float64).ravel()
    s = np.asarray(scores, dtype=np.float64).ravel()
    order = np.argsort(-s, kind="stable")                    # stable: ties keep index order
    dcg = _dcg_at_k(rel[order], k)
    idcg = _dcg_at_k(np.sort(rel)[::-1], k)                  # ideal: ALL documents sorted by relevance
    if idcg == 0.0:
        return 0.0
    return dcg / idcg
