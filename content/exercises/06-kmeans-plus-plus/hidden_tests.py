import numpy as np
from sklearn.cluster import KMeans
from submission import kmeans_pp_init, lloyd


def _ref_seed(X, k, u):
    n = len(X)
    idx = [int(u[0] * n)]
    d2 = ((X - X[idx[0]]) ** 2).sum(1)
    for j in range(1, k):
        S = np.cumsum(d2)
        i = next(t for t in range(n) if S[t] > u[j] * S[-1])
        idx.append(i)
        d2 = np.minimum(d2, ((X - X[i]) ** 2).sum(1))
    return idx


def _blobs(seed, n_per=30, k=4, d=2):
    rng = np.random.default_rng(seed)
    means = rng.normal(scale=8, size=(k, d))
    return np.concatenate([m + rng.normal(size=(n_per, d)) for m in means])


def test_seeding_vs_reference():
    """Random data and uniforms: indices match the D^2 inverse-CDF rule."""
    rng = np.random.default_rng(110)
    for _ in range(5):
        X = rng.normal(size=(40, 3))
        u = rng.random(6)
        got = list(kmeans_pp_init(X, 6, u))
        want = _ref_seed(X, 6, u)
        assert got == want, f"expected seeds {want}, got {got} (probabilities must be proportional to D^2, not D)"


def test_seeding_distinct_with_duplicates():
    """Duplicate points are never chosen twice; fewer distinct points than k raises."""
    X = np.array([[0., 0.], [0., 0.], [1., 0.], [1., 0.], [5., 5.]])
    idx = kmeans_pp_init(X, 3, np.array([0.0, 0.99, 0.5]))
    pts = {tuple(X[i]) for i in idx}
    assert len(pts) == 3, f"seeds {list(idx)} repeat a location"
    try:
        kmeans_pp_init(X, 4, np.array([0.0, 0.3, 0.6, 0.9]))
    except ValueError:
        return
    assert False, "expected ValueError: only 3 distinct points for k=4"


def test_lloyd_vs_sklearn():
    """From the same initial centres, final centres and objective match sklearn KMeans (lloyd)."""
    X = _blobs(111)
    init = X[kmeans_pp_init(X, 4, np.array([0.05, 0.3, 0.6, 0.85]))]
    C, labels, obj = lloyd(X, init, max_iter=300)
    ref = KMeans(n_clusters=4, init=init, n_init=1, max_iter=300, tol=0.0, algorithm="lloyd").fit(X)
    order = np.lexsort(C.T[::-1]); order_r = np.lexsort(ref.cluster_centers_.T[::-1])
    assert np.allclose(C[order], ref.cluster_centers_[order_r], atol=1e-8), "final centres differ from sklearn KMeans"
    J = ((X - C[labels]) ** 2).sum()
    assert np.isclose(J, ref.inertia_, rtol=1e-9), f"final objective {J:.6f} vs sklearn inertia {ref.inertia_:.6f}"


def test_objective_non_increasing_and_labels_consistent():
    """Objectives never increase; labels are the nearest final centres."""
    rng = np.random.default_rng(112)
    X = rng.normal(size=(200, 2))
    init = X[:5].copy()
    init0 = init.copy()
    C, labels, obj = lloyd(X, init, max_iter=50)
    assert np.array_equal(init, init0), "lloyd modified the input centres in place"
    assert len(obj) >= 2 and np.all(np.diff(obj) <= 1e-9), f"objective increased: {np.round(obj, 4)}"
    d2 = ((X[:, None] - C[None]) ** 2).sum(-1)
    assert np.array_equal(labels, d2.argmin(1)), "labels must be the assignment to the returned centres"


def test_max_iter_one():
    """max_iter=1 records one objective and moves the centres once."""
    X = np.array([[0.], [2.], [10.], [14.]])
    C, labels, obj = lloyd(X, np.array([[0.], [10.]]), max_iter=1)
    assert len(obj) == 1 and np.isclose(obj[0], 4 + 16), f"expected objectives [20.0], got {obj}"
    assert np.allclose(C, [[1.], [12.]]), f"expected centres [[1], [12]], got {C.tolist()}"


def test_assignment_tie_lower_centre():
    """A point equidistant from two centres goes to the lower centre index."""
    X = np.array([[-1.], [0.], [1.]])
    C, labels, obj = lloyd(X, np.array([[-1.], [1.]]), max_iter=1)
    assert np.isclose(obj[0], 1.0), f"expected first objective 1.0, got {obj[0]}"
    assert np.allclose(C, [[-0.5], [1.]]), f"the middle point should join centre 0: expected [[-0.5], [1]], got {C.tolist()}"


def test_seeding_zero_uniforms_skip_chosen():
    """u[j] = 0 picks the first point with positive D^2, never an already-chosen one."""
    X = np.random.default_rng(113).normal(size=(8, 2))
    idx = list(kmeans_pp_init(X, 3, np.zeros(3)))
    assert idx == [0, 1, 2], f"expected [0, 1, 2] (strict inequality S[i] > u*S[-1]), got {idx}"


def test_empty_cluster_keeps_centre_hidden():
    """A centre that attracts no points stays where it is (no NaN, no reset)."""
    X = np.array([[0., 0.], [1., 0.], [0., 1.], [1., 1.]])
    C, labels, obj = lloyd(X, np.array([[0.5, 0.5], [40., -40.], [0., 0.]]), max_iter=20)
    assert np.all(np.isfinite(C)), "NaN centre: an empty cluster must keep its previous centre"
    assert np.allclose(C[1], [40., -40.]), f"empty cluster 1 should stay at [40, -40], got {C[1].tolist()}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
