import math

from submission import corpus_bleu

REFS = ["the cat is on the mat", "there is a cat on the mat"]


def test_example_single_sentence():
    """README example 1: BLEU = 0.1 ** 0.25."""
    got = corpus_bleu(["the cat is on a mat"], [REFS])
    assert abs(got - 0.1 ** 0.25) < 1e-12, f"expected {0.1 ** 0.25:.6f}, got {got:.6f}"


def test_example_brevity_penalty():
    """README example 2: perfect precisions, penalised for being short."""
    got = corpus_bleu(["the cat is on the"], [REFS])
    want = math.exp(1 - 6 / 5)
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}"


def test_example_corpus_pooling():
    """README example 3: counts pooled over two sentences."""
    got = corpus_bleu(["the cat is on a mat", "a dog runs in the park today"], [REFS, ["a dog runs in the park"]])
    want = (12 / 13 * 8 / 11 * 6 / 9 * 4 / 7) ** 0.25
    assert abs(got - want) < 1e-12, f"expected {want:.6f} (pooled counts), got {got:.6f}"


def test_identical_is_one():
    """A candidate equal to its reference scores 1.0."""
    got = corpus_bleu(["a b c d e"], [["a b c d e"]])
    assert abs(got - 1.0) < 1e-12, f"expected 1.0, got {got}"
    assert isinstance(got, float), f"expected a Python float, got {type(got).__name__}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
