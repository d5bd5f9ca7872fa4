import numpy as np
from submission import causal_attention, decode_step

WQ = np.array([[1., 0.], [0., 1.], [1., 1.]])
WK = np.array([[1., 0.], [0., 1.], [0., 0.]])
WV = np.array([[1., 2.], [0., 1.], [1., 0.]])
X = np.array([[[1., 0., 0.], [0., 1., 1.]]])
ROW2 = [1.0, 2.0 - 1.0 / (1.0 + np.exp(-1.0 / np.sqrt(2.0)))]


def test_full_example():
    """README example: full causal attention."""
    out = causal_attention(X, WQ, WK, WV)
    want = np.array([[[1.0, 2.0], ROW2]])
    assert out.shape == (1, 2, 2), f"expected shape (1, 2, 2), got {out.shape}"
    assert np.allclose(out, want, atol=1e-9), f"expected {want.round(4).tolist()}, got {np.round(out, 4).tolist()}"


def test_decode_example():
    """README example: two cached steps reproduce the two rows and grow the cache."""
    k, v = np.zeros((1, 0, 2)), np.zeros((1, 0, 2))
    out, k, v = decode_step(X[:, 0], WQ, WK, WV, k, v)
    assert out.shape == (1, 2) and k.shape == (1, 1, 2) and v.shape == (1, 1, 2), \
        f"shapes after step 1: out {out.shape}, k {k.shape}, v {v.shape}"
    assert np.allclose(out, [[1.0, 2.0]]), f"step 1: expected [[1, 2]], got {out}"
    out, k, v = decode_step(X[:, 1], WQ, WK, WV, k, v)
    assert k.shape == (1, 2, 2), f"cache should have 2 positions, got {k.shape}"
    assert np.allclose(out, [ROW2], atol=1e-9), f"step 2: expected {np.round(ROW2, 4)}, got {np.round(out, 4)}"


def test_first_step_returns_own_value():
    """With an empty cache the only position is the token itself: out == x_t @ Wv."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(3, 3))
    out, _, _ = decode_step(x, WQ, WK, WV, np.zeros((3, 0, 2)), np.zeros((3, 0, 2)))
    assert np.allclose(out, x @ WV), "first step should return the token's own value vector"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
