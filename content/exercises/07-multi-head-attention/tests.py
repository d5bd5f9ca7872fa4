import numpy as np
from submission import multi_head_attention

I, Z = np.eye(2), np.zeros(2)
X = np.array([[[1., 0.], [0., 2.]]])


def test_readme_two_heads():
    """README example: identity weights, two heads of width 1."""
    out, w = multi_head_attention(X, X, I, Z, I, Z, I, Z, I, Z, num_heads=2)
    assert w.shape == (1, 2, 2, 2), f"expected per-head weights of shape (1, 2, 2, 2), got {w.shape}"
    assert np.allclose(w[0, 0], [[0.7311, 0.2689], [0.5, 0.5]], atol=1e-4), f"head 0 weights: got {np.round(w[0, 0], 4).tolist()}"
    assert np.allclose(w[0, 1], [[0.5, 0.5], [0.018, 0.982]], atol=1e-3), f"head 1 weights: got {np.round(w[0, 1], 4).tolist()}"
    assert np.allclose(out, [[[0.7311, 1.0], [0.5, 1.964]]], atol=1e-3), f"got out {np.round(out, 4).tolist()}"


def test_readme_causal_one_head():
    """README example: one head with a causal attn_mask."""
    out, w = multi_head_attention(X, X, I, Z, I, Z, I, Z, I, Z, num_heads=1,
                                  attn_mask=np.array([[False, True], [False, False]]))
    assert np.allclose(w[0, 0], [[1., 0.], [0.0558, 0.9442]], atol=1e-4), f"got weights {np.round(w[0, 0], 4).tolist()}"
    assert np.allclose(out, [[[1., 0.], [0.0558, 1.8884]]], atol=1e-4), f"got out {np.round(out, 4).tolist()}"


def test_shapes_cross_attention():
    """Cross-attention with n_q != n_k returns (B, n_q, d) and (B, h, n_q, n_k)."""
    rng = np.random.default_rng(0)
    d = 8
    Ws = [rng.normal(size=(d, d)) * 0.3 for _ in range(4)]
    bs = [rng.normal(size=d) for _ in range(4)]
    out, w = multi_head_attention(rng.normal(size=(2, 3, d)), rng.normal(size=(2, 5, d)),
                                  Ws[0], bs[0], Ws[1], bs[1], Ws[2], bs[2], Ws[3], bs[3], num_heads=4)
    assert out.shape == (2, 3, d), f"expected out shape (2, 3, 8), got {out.shape}"
    assert w.shape == (2, 4, 3, 5), f"expected weights shape (2, 4, 3, 5), got {w.shape}"
    assert np.allclose(w.sum(-1), 1), "attention weights should sum to 1 over keys"


def test_indivisible_heads():
    """d not divisible by num_heads raises ValueError."""
    x = np.zeros((1, 2, 6)); W = np.eye(6); b = np.zeros(6)
    try:
        multi_head_attention(x, x, W, b, W, b, W, b, W, b, num_heads=4)
    except ValueError:
        return
    assert False, "expected ValueError for d=6, num_heads=4"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
