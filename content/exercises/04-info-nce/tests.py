import numpy as np

from submission import info_nce

A = np.array([[1.0, 0.0], [0.0, 1.0]])
B = np.array([[1.0, 0.0], [1.0, 1.0]])


def test_example_asymmetric_pair():
    """README example 1: both directions averaged."""
    loss, grad = info_nce(A, B, temperature=1.0)
    r = np.sqrt(0.5)
    rows = (np.log1p(np.exp(r - 1)) + np.log1p(np.exp(-r))) / 2
    cols = (np.log1p(np.exp(-1.0)) + np.log(2)) / 2
    want = (rows + cols) / 2
    assert abs(loss - want) < 1e-12, f"expected loss {want:.9f}, got {loss:.9f}"
    assert np.allclose(grad, [[-0.1741, 0.2318], [0.1498, -0.2076]], atol=1e-4), f"expected grad≈[[-0.1741, 0.2318], [0.1498, -0.2076]], got {grad}"


def test_example_identical():
    """README example 2: a == b, tau = 0.5."""
    loss, grad = info_nce(A, A, temperature=0.5)
    want = np.log1p(np.exp(-2.0))
    assert abs(loss - want) < 1e-12, f"expected {want:.9f}, got {loss:.9f}"
    assert grad.shape == (2, 2), f"grad_S should be (N, N) = (2, 2), got {grad.shape}"


def test_embeddings_are_normalised():
    """Scaling the rows of a or b does not change the loss (cosine similarity)."""
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
    l1, _ = info_nce(a, b, 0.2)
    l2, _ = info_nce(a * np.array([[1.0], [5.0], [0.1], [3.0]]), 7 * b, 0.2)
    assert abs(l1 - l2) < 1e-12, f"loss should not depend on row norms: {l1} vs {l2}"


def test_returns_float():
    """Loss is a Python float."""
    loss, _ = info_nce(A, B, 0.1)
    assert isinstance(loss, float), f"expected a Python float, got {type(loss).__name__}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
