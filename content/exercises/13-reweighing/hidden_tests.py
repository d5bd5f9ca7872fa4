import numpy as np
from submission import reweighing_weights, effective_sample_size


def test_weighted_joint_factorises_multigroup():
    """Three groups, three labels: weighted cell frequencies equal the product of the marginals."""
    rng = np.random.default_rng(220)
    n = 3000
    g = rng.choice(["a", "b", "c"], size=n, p=[0.5, 0.3, 0.2])
    y = np.array([rng.choice(3, p=p) for p in np.where(g[:, None] == "a", [[0.6, 0.3, 0.1]], [[0.2, 0.3, 0.5]])])
    w = reweighing_weights(g, y)
    assert w.dtype == np.float64 and w.shape == (n,)
    for a in "abc":
        for c in range(3):
            wj = w[(g == a) & (y == c)].sum() / w.sum()
            want = np.mean(g == a) * np.mean(y == c)
            assert abs(wj - want) < 1e-12, f"cell ({a}, {c}): weighted frequency {wj:.6f}, expected {want:.6f}"
    assert abs(w.mean() - 1.0) < 1e-12, "weights should average to 1"


def test_against_count_formula_random():
    """Seeded binary data: every weight equals n_a n_y / (n n_ay) (not P(a|y) or its inverse)."""
    rng = np.random.default_rng(221)
    g = rng.integers(0, 2, 500); y = (rng.random(500) < np.where(g == 0, 0.7, 0.3)).astype(int)
    w = reweighing_weights(g, y)
    for k in range(0, 500, 37):
        m = (g == g[k]) & (y == y[k])
        want = (g == g[k]).sum() * (y == y[k]).sum() / (500 * m.sum())
        assert abs(w[k] - want) < 1e-12, f"sample {k}: expected {want:.6f}, got {w[k]:.6f}"


def test_already_independent_gives_ones():
    """If label and group are already independent in the sample, all weights are 1."""
    g = np.array([0, 0, 0, 0, 1, 1, 1, 1]); y = np.array([1, 0, 1, 0, 1, 0, 1, 0])
    assert np.allclose(reweighing_weights(g, y), 1.0)


def test_single_group_and_single_label():
    """One group only (or one label only): every weight is 1."""
    assert np.allclose(reweighing_weights(np.zeros(5), np.array([1, 0, 0, 1, 1])), 1.0)
    assert np.allclose(reweighing_weights(np.array([0, 1, 1, 0]), np.ones(4)), 1.0)


def test_permutation_equivariance():
    """Shuffling the samples shuffles the weights the same way."""
    rng = np.random.default_rng(222)
    g = rng.integers(0, 3, 60); y = rng.integers(0, 2, 60)
    perm = rng.permutation(60)
    assert np.allclose(reweighing_weights(g, y)[perm], reweighing_weights(g[perm], y[perm]))


def test_effective_sample_size_properties():
    """ESS = n for equal weights, scale invariant, and 1 when one weight dominates."""
    assert abs(effective_sample_size(np.full(7, 3.0)) - 7.0) < 1e-12
    w = np.random.default_rng(223).uniform(0.5, 2, 40)
    assert abs(effective_sample_size(w) - effective_sample_size(5 * w)) < 1e-9
    assert abs(effective_sample_size(np.r_[1e9, np.ones(5)]) - 1.0) < 1e-6


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
