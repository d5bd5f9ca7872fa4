import numpy as np
from sklearn.decomposition import PCA
from submission import pca


def _data(seed, n=100, d=6, offset=0.0):
    rng = np.random.default_rng(seed)
    Z = rng.normal(size=(n, 3)) * np.array([5.0, 2.0, 0.7])
    return Z @ rng.normal(size=(3, d)) + 0.1 * rng.normal(size=(n, d)) + offset


def test_vs_sklearn_up_to_sign():
    """Components, variances, ratios and scores match sklearn PCA (full SVD) up to sign."""
    X = _data(130)
    comps, ev, evr, Z = pca(X, 3)
    ref = PCA(n_components=3, svd_solver="full").fit(X)
    s = np.sign(np.sum(comps * ref.components_, axis=1))
    assert np.allclose(comps, s[:, None] * ref.components_, atol=1e-8), "components differ from sklearn (beyond a sign)"
    assert np.allclose(ev, ref.explained_variance_), f"explained variance {ev} vs sklearn {ref.explained_variance_} (use n-1)"
    assert np.allclose(evr, ref.explained_variance_ratio_), f"ratio {evr} vs sklearn {ref.explained_variance_ratio_} (divide by the total variance of all features)"
    assert np.allclose(Z, ref.transform(X) * s, atol=1e-8), "scores differ from sklearn's transform (up to sign)"


def test_sign_convention():
    """Largest-|.| entry of each component is positive, and scores follow the same sign."""
    X = _data(131, d=5)
    comps, _, _, Z = pca(X, 4)
    piv = np.argmax(np.abs(comps), axis=1)
    assert np.all(comps[np.arange(4), piv] > 0), "the largest-magnitude entry of each component must be positive"
    assert np.allclose(Z, (X - X.mean(0)) @ comps.T), "scores must equal (X - mean) @ components.T"
    comps2, *_ = pca(-X, 4)
    assert np.allclose(comps, comps2), "negating the data must not change the (sign-normalised) components"


def test_large_offset_centred():
    """A mean of 1e6 does not leak into the first component."""
    X = _data(132, offset=1e6)
    comps, ev, _, _ = pca(X, 2)
    comps0, ev0, _, _ = pca(X - 1e6, 2)
    assert np.allclose(comps, comps0, atol=1e-6) and np.allclose(ev, ev0, rtol=1e-6), "results depend on the mean: centre the data"


def test_ratio_partial_sum_below_one():
    """With k < rank the kept ratios sum to less than 1; with all components to 1."""
    X = _data(133, d=4)
    _, _, evr2, _ = pca(X, 2)
    _, _, evr4, _ = pca(X, 4)
    assert evr2.sum() < 1 - 1e-6, f"kept ratios sum to {evr2.sum():.6f}: normalise by the total, not by the kept variance"
    assert np.isclose(evr4.sum(), 1.0), f"all components should explain 100 %, got {evr4.sum():.6f}"


def test_wide_data_and_reconstruction():
    """n < d: k = n components reconstruct the data exactly."""
    rng = np.random.default_rng(134)
    X = rng.normal(size=(5, 10))
    comps, ev, evr, Z = pca(X, 5)
    assert np.allclose(Z @ comps + X.mean(0), X, atol=1e-10), "scores @ components + mean should reconstruct X"
    assert np.allclose(ev, np.linalg.eigvalsh(np.cov(X.T))[::-1][:5], atol=1e-10), "variances should be the covariance eigenvalues"


def test_invalid_k():
    """k = 0 or k > min(n, d) raises ValueError."""
    for k in (0, 4):
        try:
            pca(np.zeros((3, 5)) + np.arange(5), k)
        except ValueError:
            continue
        assert False, f"expected ValueError for k={k} with n=3, d=5"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
