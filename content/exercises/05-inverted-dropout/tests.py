import numpy as np

from submission import dropout_backward, dropout_forward

X = np.array([1.0, 2.0, 3.0, 4.0, 5.0])


def test_example_forward():
    """README example: seeded mask, survivors scaled by 1/(1-p)."""
    out, keep = dropout_forward(X, 0.25, np.random.default_rng(0))
    assert keep.dtype == bool, f"keep should be a bool array, got {keep.dtype}"
    assert keep.tolist() == [True, True, False, False, True], f"expected keep [T, T, F, F, T], got {keep.tolist()}"
    assert np.allclose(out, [4 / 3, 8 / 3, 0, 0, 20 / 3]), f"expected [1.333, 2.667, 0, 0, 6.667], got {out}"


def test_example_backward():
    """README example: backward uses the same mask and scale."""
    _, keep = dropout_forward(X, 0.25, np.random.default_rng(0))
    g = dropout_backward(np.ones(5), keep, 0.25)
    assert np.allclose(g, [4 / 3, 4 / 3, 0, 0, 4 / 3]), f"expected [1.333, 1.333, 0, 0, 1.333], got {g}"


def test_example_eval_identity():
    """README example: eval mode returns x unchanged and an all-True mask."""
    out, keep = dropout_forward(np.array([1.0, 2.0]), 0.25, np.random.default_rng(0), training=False)
    assert np.array_equal(out, [1.0, 2.0]) and keep.all(), f"expected ([1, 2], all True), got ({out}, {keep})"


def test_shape_preserved():
    """Outputs keep the input's shape."""
    out, keep = dropout_forward(np.ones((3, 4, 2)), 0.5, np.random.default_rng(1))
    assert out.shape == keep.shape == (3, 4, 2), f"expected shape (3, 4, 2), got {out.shape}, {keep.shape}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
