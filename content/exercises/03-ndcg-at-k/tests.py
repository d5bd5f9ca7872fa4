import numpy as np

from submission import ndcg_at_k

REL = np.array([3, 2, 3, 0, 1, 2])
SCORES = np.array([6.0, 5, 4, 3, 2, 1])


def test_example_k3():
    """README example 1: exponential gain, k = 3."""
    got = ndcg_at_k(REL, SCORES, 3)
    want = (7 + 3 / np.log2(3) + 7 / 2) / (7 + 7 / np.log2(3) + 3 / 2)
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}"


def test_example_full_list():
    """README example 2: k = n = 6."""
    got = ndcg_at_k(REL, SCORES, 6)
    assert abs(got - 0.9488107485678985) < 1e-12, f"expected 0.948811, got {got:.6f}"


def test_example_ideal_uses_all_documents():
    """README example 3: IDCG uses the best documents overall, not only the model's top k."""
    got = ndcg_at_k(np.array([0, 2, 1, 0]), np.array([0.9, 0.7, 0.8, 0.1]), 2)
    want = (1 / np.log2(3)) / (3 + 1 / np.log2(3))
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}"


def test_perfect_ranking_is_one():
    """Scores that sort documents by relevance give NDCG = 1."""
    rel = np.array([1, 3, 0, 2])
    got = ndcg_at_k(rel, rel.astype(float), 3)
    assert abs(got - 1.0) < 1e-12, f"expected 1.0, got {got}"
    assert isinstance(got, float), f"expected a Python float, got {type(got).__name__}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
