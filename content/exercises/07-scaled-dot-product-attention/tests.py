import numpy as np
from submission import scaled_dot_product_attention, causal_mask, padding_mask

Q = np.array([[1., 0.], [0., 1.]])
K = np.array([[1., 0.], [0., 1.]])
V = np.array([[1., 2.], [3., 4.]])


def test_readme_no_mask():
    """README example without a mask."""
    out, w = scaled_dot_product_attention(Q, K, V)
    want_w = np.array([[0.6698, 0.3302], [0.3302, 0.6698]])
    assert np.allclose(w, want_w, atol=1e-4), f"expected weights≈{want_w.tolist()}, got {np.round(w, 4).tolist()}"
    want = np.array([[1.6605, 2.6605], [2.3395, 3.3395]])
    assert np.allclose(out, want, atol=1e-4), f"expected output≈{want.tolist()}, got {np.round(out, 4).tolist()}"


def test_readme_causal():
    """README example with a causal mask."""
    out, w = scaled_dot_product_attention(Q, K, V, causal_mask(2))
    assert np.allclose(w, [[1., 0.], [0.3302, 0.6698]], atol=1e-4), f"got weights {np.round(w, 4).tolist()}"
    assert np.allclose(out, [[1., 2.], [2.3395, 3.3395]], atol=1e-4), f"got output {np.round(out, 4).tolist()}"


def test_masks():
    """causal_mask and padding_mask follow True = blocked."""
    cm = causal_mask(3)
    want = np.array([[0, 1, 1], [0, 0, 1], [0, 0, 0]], dtype=bool)
    assert cm.dtype == bool and np.array_equal(cm, want), f"expected {want.astype(int).tolist()}, got {np.asarray(cm).astype(int).tolist()}"
    pm = padding_mask(np.array([3, 1]), 3)
    want = np.array([[0, 0, 0], [0, 1, 1]], dtype=bool)
    assert pm.dtype == bool and np.array_equal(pm, want), f"expected {want.astype(int).tolist()}, got {np.asarray(pm).astype(int).tolist()}"


def test_fully_masked_row_readme():
    """A fully masked row gives zero weights and zero output."""
    out, w = scaled_dot_product_attention(Q, K, V, np.array([[True, True], [False, True]]))
    assert np.all(np.isfinite(out)) and np.all(np.isfinite(w)), "fully masked row produced NaN/inf"
    assert np.allclose(w, [[0., 0.], [1., 0.]]), f"expected weights [[0,0],[1,0]], got {w.tolist()}"
    assert np.allclose(out, [[0., 0.], [1., 2.]]), f"expected output [[0,0],[1,2]], got {out.tolist()}"


def test_shapes_batched():
    """Leading batch/head dimensions and d_v != d_k are supported."""
    rng = np.random.default_rng(0)
    q, k, v = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(2, 3, 6, 5)), rng.normal(size=(2, 3, 6, 7))
    out, w = scaled_dot_product_attention(q, k, v)
    assert out.shape == (2, 3, 4, 7), f"expected output shape (2, 3, 4, 7), got {out.shape}"
    assert w.shape == (2, 3, 4, 6), f"expected weights shape (2, 3, 4, 6), got {w.shape}"
    assert np.allclose(w.sum(-1), 1.0), "each row of weights should sum to 1"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
