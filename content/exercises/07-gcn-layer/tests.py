import numpy as np
from submission import normalized_adjacency, gcn_layer

A = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0.]])
X, W = np.array([[1.], [2.], [3.]]), np.array([[1., -1.]])


def test_readme_normalized_adjacency():
    """README: path graph on 3 nodes."""
    got = normalized_adjacency(A)
    want = np.array([[0.5, 0.4082, 0.], [0.4082, 0.3333, 0.4082], [0., 0.4082, 0.5]])
    assert np.allclose(got, want, atol=1e-4), f"expected {want.tolist()}, got {np.round(got, 4).tolist()}"


def test_readme_layer():
    """README: layer output with and without ReLU."""
    got = gcn_layer(A, X, W)
    assert np.allclose(got, [[1.3165, 0.], [2.2997, 0.], [2.3165, 0.]], atol=1e-4), f"got {np.round(got, 4).tolist()}"
    got = gcn_layer(A, X, W, relu=False)
    assert np.allclose(got, [[1.3165, -1.3165], [2.2997, -2.2997], [2.3165, -2.3165]], atol=1e-4), f"got {np.round(got, 4).tolist()}"


def test_shape_and_symmetry():
    """Output is (n, F); A_hat is symmetric."""
    rng = np.random.default_rng(0)
    M = (rng.random((6, 6)) < 0.4).astype(float); M = np.triu(M, 1); M = M + M.T
    assert np.allclose(normalized_adjacency(M), normalized_adjacency(M).T), "A_hat should be symmetric"
    out = gcn_layer(M, rng.normal(size=(6, 4)), rng.normal(size=(4, 3)))
    assert out.shape == (6, 3), f"expected (6, 3), got {out.shape}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
