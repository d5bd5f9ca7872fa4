import numpy as np
from submission import batch_norm

X = np.array([[1., 10.], [3., 10.], [5., 13.]])
ONE, ZERO = np.ones(2), np.zeros(2)


def test_readme_training():
    """README: training output and running statistics."""
    y, rm, rv = batch_norm(X, ONE, ZERO, ZERO, ONE, training=True)
    want = np.array([[-1.2247, -0.7071], [0., -0.7071], [1.2247, 1.4142]])
    assert np.allclose(y, want, atol=1e-4), f"expected y≈{want.tolist()}, got {np.round(y, 4).tolist()}"
    assert np.allclose(rm, [0.3, 1.1]), f"expected running_mean [0.3, 1.1], got {rm.tolist()}"
    assert np.allclose(rv, [1.3, 1.2]), f"expected running_var [1.3, 1.2] (unbiased variance), got {rv.tolist()}"


def test_readme_eval():
    """README: eval mode uses the running statistics."""
    rm, rv = np.array([0.3, 1.1]), np.array([1.3, 1.2])
    y, rm2, rv2 = batch_norm(np.array([[3., 11.]]), ONE, ZERO, rm, rv, training=False)
    assert np.allclose(y, [[2.368, 9.0374]], atol=1e-4), f"expected [[2.368, 9.0374]], got {np.round(y, 4).tolist()}"
    assert np.allclose(rm2, rm) and np.allclose(rv2, rv), "eval mode must not change the running statistics"


def test_shape_3d():
    """(N, C, L) input keeps its shape and gives (C,) statistics."""
    x = np.random.default_rng(0).normal(size=(4, 3, 5))
    y, rm, rv = batch_norm(x, np.ones(3), np.zeros(3), np.zeros(3), np.ones(3), training=True)
    assert y.shape == x.shape and rm.shape == (3,) and rv.shape == (3,), f"got shapes {y.shape}, {rm.shape}, {rv.shape}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
