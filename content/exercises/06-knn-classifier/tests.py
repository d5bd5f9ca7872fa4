import numpy as np
from submission import knn_predict

XTR = np.array([[0., 0.], [1., 0.], [0., 1.], [5., 5.], [6., 5.]])
YTR = np.array([0, 0, 1, 1, 2])


def test_readme_k3():
    """README: k=3 with a distance tie."""
    got = knn_predict(XTR, YTR, np.array([[0.2, 0.1], [5.4, 5.], [3., 3.]]), k=3)
    assert np.array_equal(got, [0, 0, 1]), f"expected [0, 0, 1], got {got}"


def test_readme_vote_tie():
    """README: k=2 vote tie goes to the smaller label."""
    got = knn_predict(XTR, YTR, np.array([[0.2, 0.1], [5.4, 5.]]), k=2)
    assert np.array_equal(got, [0, 1]), f"expected [0, 1], got {got}"


def test_readme_distance_tie():
    """README: equidistant points, lower index wins."""
    got = knn_predict(np.array([[0.], [2.]]), np.array([7, 3]), np.array([[1.]]), k=1)
    assert np.array_equal(got, [7]), f"expected [7], got {got}"


def test_shape_dtype():
    """Output has shape (m,) and y_train's dtype."""
    got = knn_predict(XTR, YTR, np.zeros((4, 2)), k=1)
    assert got.shape == (4,) and got.dtype == YTR.dtype, f"expected shape (4,) dtype {YTR.dtype}, got {got.shape} {got.dtype}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
