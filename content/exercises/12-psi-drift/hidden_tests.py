import numpy as np
from scipy.special import rel_entr
from submission import psi, quantile_edges


def _ref_shares(reference, current, n_bins, eps):
    inner = np.unique(np.quantile(reference, np.linspace(0, 1, n_bins + 1)[1:-1]))
    B = len(inner) + 1
    e = np.array([np.mean((reference >= lo) & (reference < hi))
                  for lo, hi in zip(np.r_[-np.inf, inner], np.r_[inner, np.inf])])
    a = np.array([np.mean((current >= lo) & (current < hi))
                  for lo, hi in zip(np.r_[-np.inf, inner], np.r_[inner, np.inf])])
    assert len(e) == B
    return np.maximum(e, eps), np.maximum(a, eps)


def test_random_equals_symmetric_kl_scipy():
    """Seeded normal samples: PSI equals KL(a||e) + KL(e||a) of the floored shares (scipy.special.rel_entr)."""
    rng = np.random.default_rng(170)
    for shift, scale in [(0.0, 1.0), (0.3, 1.0), (1.0, 1.5)]:
        ref = rng.normal(size=3000); cur = rng.normal(shift, scale, size=2000)
        e, a = _ref_shares(ref, cur, 10, 1e-4)
        want = np.sum(rel_entr(a, e)) + np.sum(rel_entr(e, a))
        got = psi(ref, cur)
        assert abs(got - want) < 1e-9, f"shift={shift}: expected {want:.8f}, got {got:.8f}"


def test_thresholds_behave():
    """No shift < 0.1; a +1 sd shift > 0.25."""
    rng = np.random.default_rng(171)
    ref = rng.normal(size=5000)
    assert psi(ref, rng.normal(size=5000)) < 0.1
    assert psi(ref, rng.normal(1.0, 1.0, size=5000)) > 0.25


def test_left_closed_bins():
    """A current value equal to an edge goes to the bin on its right."""
    ref = np.arange(1.0, 11.0)        # edges -inf, 3.25, 5.5, 7.75, inf for 4 bins
    cur = np.array([5.5, 5.5, 7.75, 7.75])
    e = np.array([0.3, 0.2, 0.2, 0.3]); a = np.array([1e-4, 1e-4, 0.5, 0.5])
    want = float(np.sum((a - e) * np.log(a / e)))
    got = psi(ref, cur, n_bins=4)
    assert abs(got - want) < 1e-9, f"expected {want:.6f} (values on an edge go right), got {got:.6f}"


def test_discrete_feature_with_ties():
    """Heavily tied reference: duplicate edges dropped, result matches the reference shares."""
    rng = np.random.default_rng(172)
    ref = rng.poisson(0.7, size=2000).astype(float)
    cur = rng.poisson(1.2, size=1500).astype(float)
    e, a = _ref_shares(ref, cur, 10, 1e-4)
    want = float(np.sum((a - e) * np.log(a / e)))
    got = psi(ref, cur)
    assert np.isfinite(got) and abs(got - want) < 1e-9, f"expected {want:.6f}, got {got}"


def test_edges_of_discrete_reference():
    """quantile_edges drops duplicate quantiles and keeps the infinite outer edges."""
    ref = np.repeat([1.0, 2.0, 5.0], [51, 30, 20])     # n = 101: every decile is an order statistic
    e = np.asarray(quantile_edges(ref, 10), dtype=float)
    want = np.array([-np.inf, 1.0, 2.0, 5.0, np.inf])
    assert e.shape == want.shape and np.array_equal(e, want), f"expected {want} (duplicates removed), got {e}"


def test_eps_floor_without_renormalisation():
    """All current mass in one bin: the other shares are exactly eps (no renormalisation)."""
    ref = np.arange(10.0)
    cur = np.full(7, 100.0)
    for eps in (1e-4, 1e-2):
        e = np.full(5, 0.2); a = np.r_[np.full(4, eps), 1.0]
        want = float(np.sum((a - e) * np.log(a / e)))
        got = psi(ref, cur, n_bins=5, eps=eps)
        assert abs(got - want) < 1e-9, f"eps={eps}: expected {want:.6f}, got {got:.6f}"


def test_not_symmetric_and_nonnegative():
    """Swapping the arguments changes the bins (and generally the value); PSI >= 0."""
    rng = np.random.default_rng(173)
    x, y = rng.normal(size=500), rng.exponential(size=400)
    p, q = psi(x, y), psi(y, x)
    assert p >= 0 and q >= 0 and abs(p - q) > 1e-6, f"got psi(x, y)={p}, psi(y, x)={q}"


def test_monotone_transform_invariance():
    """Applying the same increasing map to both samples leaves PSI unchanged (quantile bins)."""
    rng = np.random.default_rng(174)
    x, y = rng.normal(size=1001), rng.normal(0.2, 1.1, size=800)
    assert abs(psi(x, y) - psi(np.exp(x), np.exp(y))) < 1e-9


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
