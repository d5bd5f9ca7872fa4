import numpy as np
from sklearn.metrics import ndcg_score

from submission import ndcg_at_k


def test_matches_sklearn_with_exponential_gain():
    """Equals sklearn.metrics.ndcg_score fed with 2^rel - 1 as true relevance (continuous scores, no ties)."""
    rng = np.random.default_rng(0)
    for q in range(40):
        n = int(rng.integers(2, 15))   # sklearn needs n >= 2
        rel = rng.integers(0, 4, size=n)
        if rel.max() == 0:
            rel[0] = 1
        s = rng.normal(size=n) + 0.5 * rel
        for k in [1, 3, 10, 20]:
            got = ndcg_at_k(rel, s, k)
            want = ndcg_score((2.0 ** rel - 1)[None], s[None], k=k)
            assert abs(got - want) < 1e-12, f"query {q}, n={n}, k={k}: expected {want:.9f}, got {got:.9f}"


def test_binary_relevance_matches_sklearn_directly():
    """With 0/1 relevance, 2^r - 1 = r, so ndcg_score on the raw labels agrees."""
    rng = np.random.default_rng(1)
    rel = rng.integers(0, 2, size=25)
    s = rng.normal(size=25)
    got, want = ndcg_at_k(rel, s, 7), ndcg_score(rel[None], s[None], k=7)
    assert abs(got - want) < 1e-12, f"expected {want:.9f}, got {got:.9f}"


def test_exponential_not_linear_gain():
    """Grades above 1 must use 2^r - 1, not r."""
    rel = np.array([2, 3])
    got = ndcg_at_k(rel, np.array([1.0, 0.0]), 2)
    want = (3 + 7 / np.log2(3)) / (7 + 3 / np.log2(3))
    assert abs(got - want) < 1e-12, f"expected {want:.6f} with gain 2^r-1, got {got:.6f}"


def test_no_relevant_documents_is_zero():
    """All relevances zero -> 0.0 (no division by zero, no nan)."""
    got = ndcg_at_k(np.zeros(5), np.arange(5.0), 3)
    assert got == 0.0, f"expected 0.0 when IDCG = 0, got {got!r}"


def test_ties_broken_by_index():
    """Tied scores: the earlier index is ranked first."""
    rel = np.array([0, 1, 0])
    assert ndcg_at_k(rel, np.array([0.5, 0.5, 0.5]), 1) == 0.0, "doc 0 (rel 0) should take rank 1 among ties"
    got = ndcg_at_k(np.array([1, 0, 0]), np.array([0.5, 0.5, 0.5]), 1)
    assert abs(got - 1.0) < 1e-12, f"doc 0 (rel 1) should take rank 1 among ties, got NDCG {got}"


def test_large_tie_groups_stable_order():
    """Big groups of tied scores (more than 16 documents) keep index order, as a stable sort does."""
    rng = np.random.default_rng(5)
    for trial in range(10):
        n = 60
        rel = rng.integers(0, 4, size=n)
        s = rng.integers(0, 3, size=n).astype(float)        # only 3 distinct scores: ~20 documents per tie
        ranked = [i for v in sorted(set(s.tolist()), reverse=True) for i in range(n) if s[i] == v]
        for k in (5, 25):
            top = rel[ranked][:k].astype(float)
            dcg = np.sum((2.0 ** top - 1) / np.log2(np.arange(2, k + 2)))
            ideal = np.sort(rel)[::-1][:k].astype(float)
            want = dcg / np.sum((2.0 ** ideal - 1) / np.log2(np.arange(2, k + 2)))
            got = ndcg_at_k(rel, s, k)
            assert abs(got - want) < 1e-12, f"trial {trial}, k={k}: expected {want:.9f}, got {got:.9f} (ties must keep index order: use a stable sort)"


def test_k_larger_than_n_and_single_document():
    """k > n uses all documents; a single relevant document gives 1."""
    rel, s = np.array([1, 2, 0]), np.array([0.1, 0.2, 0.3])
    a, b = ndcg_at_k(rel, s, 3), ndcg_at_k(rel, s, 50)
    assert abs(a - b) < 1e-12, f"k=50 > n=3 should equal k=3: {b} vs {a}"
    assert abs(ndcg_at_k(np.array([2]), np.array([0.0]), 5) - 1.0) < 1e-12, "one relevant document -> 1.0"


def test_ideal_truncated_at_k():
    """IDCG is cut at k too: a perfect top-k gives 1 even if more relevant documents follow."""
    rel = np.array([3, 3, 2, 2, 1])
    got = ndcg_at_k(rel, np.array([5.0, 4, 3, 2, 1]), 2)
    assert abs(got - 1.0) < 1e-12, f"expected 1.0 (ideal DCG must also stop at k), got {got}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
