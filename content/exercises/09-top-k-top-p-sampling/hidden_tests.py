import numpy as np
from scipy.special import chdtrc
from submission import filter_probs, sample_token



def _loop_ref(logits, T, k, p):
    """Plain-Python reference: rank tokens, keep greedily, renormalise."""
    z = [x / T for x in logits]
    m = max(z)
    e = [np.exp(x - m) for x in z]
    probs = [x / sum(e) for x in e]
    rank = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    if k is not None:
        kept = set(rank[:k])
        probs = [probs[i] if i in kept else 0.0 for i in range(len(probs))]
        probs = [x / sum(probs) for x in probs]
    if p is not None:
        kept, mass = set(), 0.0
        for i in rank:
            if kept and mass >= p:
                break
            kept.add(i)
            mass += probs[i]
        probs = [probs[i] if i in kept else 0.0 for i in range(len(probs))]
        probs = [x / sum(probs) for x in probs]
    return np.array(probs)


def test_random_against_loop_reference():
    """Seeded random logits (no ties): matches a plain-Python ranking reference for many settings."""
    rng = np.random.default_rng(80)
    for T, k, p in [(1.0, None, 0.9), (0.7, 10, None), (1.3, 20, 0.8), (1.0, 5, 0.95), (2.0, None, 0.5)]:
        logits = rng.normal(0, 2, size=50)
        got = filter_probs(logits, temperature=T, top_k=k, top_p=p)
        want = _loop_ref(list(logits), T, k, p)
        assert np.allclose(got, want, atol=1e-12), f"T={T}, k={k}, p={p}: max diff {np.abs(got - want).max():.3g}"


def test_large_logits_stable():
    """Logits of +-1000 and -inf do not overflow; banned tokens get probability 0."""
    p = filter_probs(np.array([1000.0, 999.0, -np.inf, -1000.0]))
    assert np.all(np.isfinite(p)), f"got non-finite probabilities {p}"
    want = np.array([1, np.exp(-1.0), 0, 0]) / (1 + np.exp(-1.0))
    assert np.allclose(p, want, atol=1e-12), f"expected {want}, got {p}"


def test_top_k_ties_lower_index():
    """Equal logits: top_k keeps exactly k tokens, the lowest indices."""
    p = filter_probs(np.zeros(6), top_k=2)
    assert np.allclose(p, [0.5, 0.5, 0, 0, 0, 0]), f"expected [0.5, 0.5, 0, 0, 0, 0], got {p}"


def test_top_p_ties_lower_index():
    """Equal probabilities straddling the nucleus cut-off: top-p keeps the lower indices."""
    p = filter_probs(np.zeros(4), top_p=0.3)
    assert np.allclose(p, [0.5, 0.5, 0, 0]), f"expected [0.5, 0.5, 0, 0] (ties ranked by lower index), got {p}"
    p = filter_probs(np.array([0.0, 1.0, 0.0, 0.0, 1.0]), top_p=0.7)
    want = np.array([1.0, np.e, 0, 0, np.e]); want /= want.sum()     # tokens 1 and 4 (mass 0.64), then 0
    assert np.allclose(p, want, atol=1e-12), f"expected {np.round(want, 4)} (ranks 1, 4, 0, 2, 3), got {np.round(p, 4)}"


def test_top_p_keeps_top_token_and_tiny_p():
    """top_p close to 0 keeps only the most likely token; top_k >= V is a no-op."""
    logits = np.array([0.1, 2.0, 1.9, -3.0])
    p = filter_probs(logits, top_p=1e-6)
    assert np.allclose(p, [0, 1, 0, 0]), f"expected one-hot at index 1, got {p}"
    full = filter_probs(logits, top_k=10)
    assert np.allclose(full, np.exp(logits) / np.exp(logits).sum()), "top_k >= V must leave the softmax unchanged"


def test_temperature_zero_greedy():
    """temperature 0 returns a one-hot argmax (lowest index on ties) and sampling returns it."""
    logits = np.array([1.0, 3.0, 3.0, 2.0])
    p = filter_probs(logits, temperature=0.0)
    assert np.allclose(p, [0, 1, 0, 0]), f"expected one-hot at index 1, got {p}"
    assert sample_token(logits, np.random.default_rng(1), temperature=0.0) == 1


def test_sampling_uses_one_uniform_inverse_cdf():
    """Each call draws one rng.random() and inverts the CDF in token-id order."""
    logits = np.log([0.1, 0.6, 0.3])
    rng = np.random.default_rng(81)
    got = [sample_token(logits, rng) for _ in range(20)]
    us = np.random.default_rng(81).random(20)
    want = [int(np.searchsorted(np.cumsum([0.1, 0.6, 0.3]), u, side="right")) for u in us]
    assert got == want, f"expected {want}, got {got}"


def test_sample_frequencies_chi_square():
    """5000 nucleus samples follow the filtered distribution (chi-square p > 0.001) and never hit dropped tokens."""
    rng = np.random.default_rng(82)
    logits = np.random.default_rng(83).normal(size=12)
    p = filter_probs(logits, top_k=8, top_p=0.85)
    counts = np.bincount([sample_token(logits, rng, top_k=8, top_p=0.85) for _ in range(5000)], minlength=12)
    assert np.all(counts[p == 0] == 0), f"sampled a filtered-out token: counts {counts}, p {np.round(p, 3)}"
    keep = p > 0
    expected = 5000 * p[keep]
    chi2 = np.sum((counts[keep] - expected) ** 2 / expected)
    pvalue = chdtrc(keep.sum() - 1, chi2)               # chi-square survival function
    assert pvalue > 1e-3, f"sample frequencies do not match p (chi-square p-value {pvalue:.2g})"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
