import numpy as np
from sklearn.neighbors import KNeighborsClassifier
from submission import knn_predict


def test_vs_sklearn_random():
    """Continuous random data (no distance ties): matches sklearn for several k."""
    rng = np.random.default_rng(100)
    X = rng.normal(size=(80, 3))
    y = rng.integers(0, 4, size=80) * 10 - 5            # labels -5, 5, 15, 25
    Xq = rng.normal(size=(40, 3))
    for k in (1, 2, 4, 7, 80):
        ref = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X, y).predict(Xq)
        got = knn_predict(X, y, Xq, k)
        assert np.array_equal(got, ref), f"k={k}: {np.sum(got != ref)} predictions differ from sklearn"


def test_k_equals_n_majority():
    """k = n predicts the overall majority (smallest label on ties) for every query."""
    y = np.array([3, 1, 3, 1, 2])
    got = knn_predict(np.arange(5.)[:, None], y, np.array([[-100.], [100.]]), k=5)
    assert np.array_equal(got, [1, 1]), f"labels 1 and 3 tie with 2 votes each: expected [1, 1], got {got}"


def test_distance_tie_lower_index_many():
    """Many equidistant points: the k lowest indices are used."""
    X = np.array([[1., 0.], [0., 1.], [-1., 0.], [0., -1.], [0.6, 0.8]])   # all at distance 1 from the origin
    y = np.array([4, 4, 9, 9, 9])
    got = knn_predict(X, y, np.zeros((1, 2)), k=3)
    assert np.array_equal(got, [4]), f"indices 0, 1, 2 (labels 4, 4, 9) should be used: expected [4], got {got}"


def test_large_offset():
    """Offsets of 1e7: distances computed from differences give the right neighbour."""
    off = 1e7
    X = np.array([[off, off], [off + 0.3, off]])
    y = np.array([0, 1])
    got = knn_predict(X, y, np.array([[off + 0.16, off], [off + 0.14, off]]), k=1)
    assert np.array_equal(got, [1, 0]), f"expected [1, 0], got {got}: avoid ||a||^2 - 2ab + ||b||^2 with large offsets"


def test_query_equals_training_point():
    """k=1 on the training set returns the training labels (distinct points)."""
    rng = np.random.default_rng(101)
    X, y = rng.normal(size=(30, 2)), rng.integers(0, 3, size=30)
    assert np.array_equal(knn_predict(X, y, X, k=1), y), "1-NN on the training points should reproduce y_train"


def test_invalid_k():
    """k < 1 or k > n raises ValueError."""
    for k in (0, 6):
        try:
            knn_predict(np.zeros((5, 1)), np.zeros(5, int), np.zeros((1, 1)), k)
        except ValueError:
            continue
        assert False, f"expected ValueError for k={k} with n=5"


def _ref_rule(Xtr, ytr, x, k):
    d2 = [float(((Xtr[i] - x) ** 2).sum()) for i in range(len(Xtr))]
    nn = sorted(range(len(Xtr)), key=lambda i: (d2[i], i))[:k]          # distance, then lower index
    labels = [int(ytr[i]) for i in nn]
    return min(set(labels), key=lambda c: (-labels.count(c), c))       # most votes, then smallest label


def test_many_ties_integer_grid():
    """Integer grid data (many exact distance ties): the k nearest are the lowest-index ones among equals."""
    rng = np.random.default_rng(102)
    small = np.array([[2.], [-2.], [2.], [-2.], [2.], [1.]])               # k=2: index 5, then index 0 (not 1..4)
    got = knn_predict(small, np.array([7, 3, 3, 3, 3, 7]), np.zeros((1, 1)), k=2)
    assert np.array_equal(got, [7]), f"expected [7] (neighbours 5 and 0), got {got}: break distance ties by the lower index (stable sort)"
    for _ in range(30):
        n = int(rng.integers(20, 60))
        Xtr = rng.integers(-2, 3, size=(n, 2)).astype(float)
        ytr = rng.integers(0, 4, size=n)
        Xq = rng.integers(-2, 3, size=(8, 2)).astype(float)
        k = int(rng.integers(2, n))
        got = knn_predict(Xtr, ytr, Xq, k)
        want = np.array([_ref_rule(Xtr, ytr, x, k) for x in Xq])
        assert np.array_equal(got, want), f"n={n}, k={k}: expected {want.tolist()}, got {got.tolist()} (ties: lower training index is nearer; vote ties: smallest label)"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
