import numpy as np

from submission import softmax_cross_entropy


def test_example_single_row():
    """README example 1: one row, label 0."""
    loss, grad = softmax_cross_entropy(np.array([[2.0, 1.0, 0.0]]), np.array([0]))
    want = np.log(1 + np.exp(-1) + np.exp(-2))
    assert abs(loss - want) < 1e-10, f"expected loss≈{want:.6f}, got {loss:.6f}"
    p = np.exp([2.0, 1.0, 0.0]); p /= p.sum()
    assert np.allclose(grad, [p - [1, 0, 0]], atol=1e-10), f"expected grad {p - [1, 0, 0]}, got {grad}"


def test_example_large_logit():
    """README example 2: a logit of 1000 must not overflow, and the loss is a batch mean."""
    loss, grad = softmax_cross_entropy(np.array([[0.0, 0.0], [1000.0, 0.0]]), np.array([1, 1]))
    want = (np.log(2) + 1000) / 2
    assert np.isfinite(loss), f"loss is not finite: {loss}"
    assert abs(loss - want) < 1e-8, f"expected loss≈{want:.6f} (mean over rows), got {loss:.6f}"
    assert np.allclose(grad, [[0.25, -0.25], [0.5, -0.5]], atol=1e-12), f"expected grad [[.25,-.25],[.5,-.5]], got {grad}"


def test_shapes_and_types():
    """Loss is a Python float, gradient has the logits' shape."""
    rng = np.random.default_rng(0)
    loss, grad = softmax_cross_entropy(rng.normal(size=(5, 4)), rng.integers(0, 4, size=5))
    assert isinstance(loss, float), f"loss should be a Python float, got {type(loss).__name__}"
    assert grad.shape == (5, 4), f"grad shape should be (5, 4), got {grad.shape}"


def test_gradient_rows_sum_to_zero():
    """Each gradient row sums to 0 (softmax sums to 1, the one-hot sums to 1)."""
    rng = np.random.default_rng(1)
    _, grad = softmax_cross_entropy(rng.normal(size=(6, 3)), rng.integers(0, 3, size=6))
    s = grad.sum(axis=1)
    assert np.allclose(s, 0, atol=1e-12), f"expected each grad row to sum to 0, got {s}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
