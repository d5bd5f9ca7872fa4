import numpy as np
from submission import sinusoidal_encoding, apply_rope


def test_readme_sinusoidal():
    """README sinusoidal table for n_pos=3, d=4."""
    pe = sinusoidal_encoding(3, 4)
    want = np.array([[0., 1., 0., 1.], [0.8415, 0.5403, 0.01, 1.], [0.9093, -0.4161, 0.02, 0.9998]])
    assert pe.shape == (3, 4), f"expected shape (3, 4), got {pe.shape}"
    assert np.allclose(pe, want, atol=1e-4), f"expected {want.tolist()}, got {np.round(pe, 4).tolist()}"


def test_readme_rope():
    """README RoPE examples."""
    out = apply_rope(np.array([[1., 0., 1., 0.], [1., 0., 1., 0.]]), np.array([0, 1]))
    want = np.array([[1., 0., 1., 0.], [0.5403, 0.8415, 1., 0.01]])
    assert np.allclose(out, want, atol=1e-4), f"expected {want.tolist()}, got {np.round(out, 4).tolist()}"
    out = apply_rope(np.array([[1., 2., 3., 4.]]), np.array([2]), base=100.0)
    assert np.allclose(out, [[-2.2347, 0.077, 2.1455, 4.5163]], atol=1e-4), f"got {np.round(out, 4).tolist()}"


def test_rope_shape_and_norm():
    """RoPE keeps the shape and each token's norm."""
    x = np.random.default_rng(0).normal(size=(2, 5, 8))
    out = apply_rope(x, np.arange(5))
    assert out.shape == x.shape, f"expected shape {x.shape}, got {out.shape}"
    assert np.allclose(np.linalg.norm(out, axis=-1), np.linalg.norm(x, axis=-1)), "RoPE must preserve norms"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
