import numpy as np
from submission import normalized_adjacency, gcn_layer


def _random_graph(rng, n, p, weighted=False):
    M = (rng.random((n, n)) < p).astype(float)
    if weighted:
        M *= rng.uniform(0.5, 3.0, size=(n, n))
    M = np.triu(M, 1)
    return M + M.T


def _per_node(A, X, W, b):
    """Reference: explicit sum over neighbours and self."""
    n = A.shape[0]
    At = A + np.eye(n)
    deg = At.sum(1)
    out = np.zeros((n, W.shape[1]))
    for i in range(n):
        for j in range(n):
            if At[i, j] != 0:
                out[i] += At[i, j] / np.sqrt(deg[i] * deg[j]) * (X[j] @ W)
    return out + b


def test_random_vs_per_node_formula():
    """Random weighted graphs match the per-node formula, with bias."""
    rng = np.random.default_rng(50)
    for _ in range(3):
        A = _random_graph(rng, 12, 0.3, weighted=True)
        X, W, b = rng.normal(size=(12, 5)), rng.normal(size=(5, 4)), rng.normal(size=4)
        want = _per_node(A, X, W, b)
        got = gcn_layer(A, X, W, b, relu=False)
        assert np.allclose(got, want, atol=1e-10), f"pre-activation differs from the per-node formula (max err {np.abs(got - want).max():.2e})"
        assert np.allclose(gcn_layer(A, X, W, b), np.maximum(want, 0), atol=1e-10), "ReLU output wrong"


def test_symmetric_not_row_normalisation():
    """Star graph: symmetric normalisation, not D^-1 (A + I)."""
    A = np.zeros((4, 4)); A[0, 1:] = A[1:, 0] = 1     # hub 0 with 3 leaves
    Ah = normalized_adjacency(A)
    want01 = 1 / np.sqrt(4 * 2)
    assert np.isclose(Ah[0, 1], want01) and np.isclose(Ah[1, 0], want01), f"expected A_hat[0,1]=A_hat[1,0]=1/sqrt(8)≈{want01:.4f}, got {Ah[0, 1]:.4f}, {Ah[1, 0]:.4f}"
    assert np.isclose(Ah[0, 0], 0.25) and np.isclose(Ah[1, 1], 0.5), "diagonal should be 1/(d_i+1)"


def test_isolated_node():
    """An isolated node keeps relu(x W + b)."""
    A = np.zeros((3, 3)); A[0, 1] = A[1, 0] = 1
    rng = np.random.default_rng(51)
    X, W, b = rng.normal(size=(3, 2)), rng.normal(size=(2, 3)), rng.normal(size=3)
    out = gcn_layer(A, X, W, b)
    assert np.all(np.isfinite(out)), "NaN for an isolated node: the self-loop makes its degree 1"
    assert np.allclose(out[2], np.maximum(X[2] @ W + b, 0)), "isolated node should output relu(x W + b)"


def test_empty_graph_is_linear_layer():
    """No edges: A_hat = I, so the layer is a per-node linear map."""
    rng = np.random.default_rng(52)
    X, W = rng.normal(size=(5, 3)), rng.normal(size=(3, 2))
    assert np.allclose(normalized_adjacency(np.zeros((5, 5))), np.eye(5)), "with no edges A_hat should be I"
    assert np.allclose(gcn_layer(np.zeros((5, 5)), X, W, relu=False), X @ W), "with no edges the layer is X @ W"


def test_permutation_equivariance():
    """Relabelling nodes permutes the output rows the same way."""
    rng = np.random.default_rng(53)
    A = _random_graph(rng, 8, 0.4)
    X, W = rng.normal(size=(8, 3)), rng.normal(size=(3, 3))
    P = rng.permutation(8)
    out = gcn_layer(A, X, W)
    out_p = gcn_layer(A[np.ix_(P, P)], X[P], W)
    assert np.allclose(out_p, out[P]), "output is not permutation equivariant"


def test_spectrum_in_range():
    """Eigenvalues of A_hat lie in (-1, 1], with 1 attained."""
    rng = np.random.default_rng(54)
    A = _random_graph(rng, 10, 0.5)
    ev = np.linalg.eigvalsh(normalized_adjacency(A))
    assert ev.max() <= 1 + 1e-10 and ev.min() > -1, f"eigenvalues should be in (-1, 1], got [{ev.min():.3f}, {ev.max():.3f}]"
    assert np.isclose(ev.max(), 1.0), f"largest eigenvalue should be 1, got {ev.max():.4f}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
