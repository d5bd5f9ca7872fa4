import numpy as np
from submission import filter_probs, sample_token

L = np.log([0.5, 0.2, 0.15, 0.1, 0.05])


def _close(got, want, what):
    got = np.asarray(got, dtype=float)
    assert got.shape == (len(want),), f"{what}: expected shape ({len(want)},), got {got.shape}"
    assert np.allclose(got, want, atol=1e-4), f"{what}: expected {np.round(want, 4)}, got {np.round(got, 4)}"


def test_top_k_example():
    """README: top_k=2 keeps and renormalises the two most likely tokens."""
    _close(filter_probs(L, top_k=2), [0.7143, 0.2857, 0, 0, 0], "top_k=2")


def test_top_p_example():
    """README: top_p=0.8 keeps three tokens."""
    _close(filter_probs(L, top_p=0.8), [0.5882, 0.2353, 0.1765, 0, 0], "top_p=0.8")


def test_temperature_example():
    """README: temperature 0.5 squares and renormalises the probabilities."""
    _close(filter_probs(L, temperature=0.5), [0.7692, 0.1231, 0.0692, 0.0308, 0.0077], "T=0.5")


def test_combined_and_sample_example():
    """README: top-k then top-p, and one seeded sample."""
    _close(filter_probs(L, top_k=3, top_p=0.6), [0.7143, 0.2857, 0, 0, 0], "top_k=3, top_p=0.6")
    tok = sample_token(L, np.random.default_rng(0))
    assert tok == 1 and isinstance(tok, int), f"expected int 1, got {tok!r}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
