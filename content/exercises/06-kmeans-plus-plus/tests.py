import numpy as np
from submission import kmeans_pp_init, lloyd

X = np.array([[0.], [1.], [10.], [11.], [20.]])


def test_readme_seeding():
    """README seeding example."""
    idx = kmeans_pp_init(X, 3, np.array([0.1, 0.5, 0.9]))
    assert np.array_equal(idx, [0, 4, 3]), f"expected [0, 4, 3], got {list(idx)}"


def test_readme_lloyd():
    """README Lloyd example."""
    C, labels, obj = lloyd(X, X[[0, 4, 3]])
    assert np.allclose(C, [[0.5], [20.], [10.5]]), f"expected centres [[0.5], [20], [10.5]], got {C.tolist()}"
    assert np.array_equal(labels, [0, 0, 2, 2, 1]), f"expected labels [0, 0, 2, 2, 1], got {list(labels)}"
    assert np.allclose(obj, [2.0, 1.0]), f"expected objectives [2.0, 1.0], got {obj}"


def test_readme_empty_cluster():
    """README: an empty cluster keeps its centre."""
    C, labels, obj = lloyd(X, np.array([[0.], [100.]]))
    assert np.allclose(C, [[8.4], [100.]]), f"expected [[8.4], [100]], got {C.tolist()}"
    assert np.allclose(obj, [622.0, 269.2]), f"expected objectives [622.0, 269.2], got {obj}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
