import numpy as np
from submission import layer_norm, layer_norm_backward

X = np.array([[1., 2., 3.], [2., 2., 2.]])
G, B = np.array([1., 1., 2.]), np.array([0., 0.5, 0.])


def test_readme_forward():
    """README forward example (including a constant row)."""
    y = layer_norm(X, G, B)
    want = np.array([[-1.2247, 0.5, 2.4495], [0., 0.5, 0.]])
    assert np.allclose(y, want, atol=1e-4), f"expected {want.tolist()}, got {np.round(y, 4).tolist()}"


def test_readme_backward():
    """README backward example."""
    dy = np.array([[1., 0., 0.], [0., 0., 0.]])
    dx, dg, db = layer_norm_backward(dy, X, G)
    assert np.allclose(dx, [[0.2041, -0.4082, 0.2041], [0., 0., 0.]], atol=1e-4), f"got dx {np.round(dx, 4).tolist()}"
    assert np.allclose(dg, [-1.2247, 0., 0.], atol=1e-4), f"got dgamma {np.round(dg, 4).tolist()}"
    assert np.allclose(db, [1., 0., 0.]), f"got dbeta {db.tolist()}"


def test_shapes_3d():
    """Works on (B, T, D) inputs; gradients of gamma/beta have shape (D,)."""
    rng = np.random.default_rng(0)
    x, dy = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 3, 4))
    y = layer_norm(x, np.ones(4), np.zeros(4))
    assert y.shape == x.shape, f"expected shape {x.shape}, got {y.shape}"
    dx, dg, db = layer_norm_backward(dy, x, np.ones(4))
    assert dx.shape == x.shape and dg.shape == (4,) and db.shape == (4,), f"got shapes {dx.shape}, {dg.shape}, {db.shape}"


def test_normalised_moments():
    """With gamma=1, beta=0 each row has mean 0 and (biased) variance ≈ 1."""
    rng = np.random.default_rng(1)
    y = layer_norm(rng.normal(3, 5, size=(5, 50)), np.ones(50), np.zeros(50), eps=0.0)
    assert np.allclose(y.mean(-1), 0, atol=1e-12), "rows should have mean 0"
    assert np.allclose(y.var(-1), 1, atol=1e-12), f"rows should have biased variance 1, got {y.var(-1)}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
