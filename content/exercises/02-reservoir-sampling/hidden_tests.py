import numpy as np
from scipy import stats

from submission import reservoir_sample


def _spec(n, k, seed):
    rng = np.random.default_rng(seed)
    res = []
    for i in range(n):
        if i < k:
            res.append(i)
        else:
            j = int(rng.integers(0, i + 1))
            if j < k:
                res[j] = i
    return res


def test_exact_algorithm_r():
    """Matches Algorithm R with j = rng.integers(0, i + 1) for several seeds and sizes."""
    for seed, n, k in [(0, 50, 1), (1, 50, 7), (2, 1000, 20), (3, 13, 12)]:
        got = reservoir_sample(range(n), k, np.random.default_rng(seed))
        want = _spec(n, k, seed)
        assert got == want, f"seed={seed}, n={n}, k={k}: expected {want[:8]}..., got {got[:8]}..."


def test_single_pass_generator_no_len():
    """A generator is consumed once; the function must not need its length."""
    consumed = []

    def gen():
        for i in range(500):
            consumed.append(i)
            yield i * 10

    got = reservoir_sample(gen(), 5, np.random.default_rng(4))
    assert len(consumed) == 500, "the stream should be read exactly once, to the end"
    assert got == [10 * v for v in _spec(500, 5, 4)], f"unexpected sample {got}"


def test_inclusion_frequencies_uniform():
    """Over 3000 seeded runs (N=20, k=5) every item is included about k/N of the time (chi-square test)."""
    n, k, runs = 20, 5, 3000
    counts = np.zeros(n)
    rng = np.random.default_rng(15)
    for _ in range(runs):
        for v in reservoir_sample(range(n), k, rng):
            counts[v] += 1
    q = k / n
    expected = runs * q
    # each run includes exactly k items: Cov(counts) = runs q(1-q) n/(n-1) (I - 11^T/n), so this is ~ chi2(n-1)
    chi2 = ((counts - expected) ** 2).sum() / (runs * q * (1 - q)) * (n - 1) / n
    p = stats.chi2.sf(chi2, n - 1)
    assert p > 0.001, f"inclusion counts far from uniform (p={p:.2g}); first items {counts[:6]}, last items {counts[-4:]}"


def test_overlap_with_first_half_is_hypergeometric():
    """The number of sampled items from the first half follows Hypergeometric(N=20, K=10, n=5)."""
    n, k, runs = 20, 5, 3000
    rng = np.random.default_rng(6)
    obs = np.zeros(k + 1)
    for _ in range(runs):
        obs[sum(v < 10 for v in reservoir_sample(range(n), k, rng))] += 1
    exp = runs * stats.hypergeom(n, 10, k).pmf(np.arange(k + 1))
    p = stats.chisquare(obs, exp).pvalue
    assert p > 0.001, f"overlap counts {obs.tolist()} vs hypergeometric expectation {np.round(exp, 1).tolist()} (p={p:.2g})"


def test_k_zero_and_negative():
    """k = 0 returns [] without touching the rng; k < 0 raises ValueError."""
    rng = np.random.default_rng(7)
    assert reservoir_sample(range(10), 0, rng) == [], "k = 0 should return []"
    assert rng.random() == np.random.default_rng(7).random(), "k = 0 must not draw from the rng"
    try:
        reservoir_sample(range(10), -1, rng)
    except ValueError:
        return
    raise AssertionError("expected ValueError for k < 0")


def test_k_equals_stream_length():
    """k equal to the stream length keeps every item in order, with no rng use."""
    rng = np.random.default_rng(8)
    got = reservoir_sample(["x", "y", "z"], 3, rng)
    assert got == ["x", "y", "z"], f"expected ['x', 'y', 'z'], got {got}"
    assert rng.random() == np.random.default_rng(8).random(), "no rng draws should happen when the stream fits in the reservoir"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
