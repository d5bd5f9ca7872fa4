import numpy as np

from submission import focal_loss


def test_example_mixed():
    """README example 1: loss and gradient on three elements."""
    z = np.array([0.0, np.log(9.0), -2.0])
    loss, grad = focal_loss(z, np.array([1, 1, 0]), alpha=0.25, gamma=2.0)
    p2 = 1 / (1 + np.exp(-2.0))
    want = (0.25 * 0.25 * np.log(2) + 0.25 * 0.01 * -np.log(0.9) + 0.75 * (1 - p2) ** 2 * -np.log(p2)) / 3
    assert abs(loss - want) < 1e-12, f"expected loss≈{want:.9f}, got {loss:.9f}"
    assert np.allclose(grad, [-0.024857, -0.000241, 0.001218], atol=1e-6), f"expected grad≈[-0.024857, -0.000241, 0.001218], got {grad}"


def test_example_extreme_logits():
    """README example 2: logits of ±1000, confidently wrong, stay finite."""
    loss, grad = focal_loss(np.array([1000.0, -1000.0]), np.array([0, 1]), alpha=0.25, gamma=2.0)
    assert np.isfinite(loss) and abs(loss - 500.0) < 1e-9, f"expected loss 500.0, got {loss}"
    assert np.allclose(grad, [0.375, -0.125], atol=1e-12), f"expected grad [0.375, -0.125], got {grad}"


def test_gamma_zero_is_weighted_bce():
    """gamma = 0, alpha = 0.5 gives half the binary cross-entropy."""
    loss, _ = focal_loss(np.array([0.0]), np.array([1]), alpha=0.5, gamma=0.0)
    assert abs(loss - 0.5 * np.log(2)) < 1e-12, f"expected {0.5 * np.log(2):.9f}, got {loss:.9f}"


def test_shape_and_type():
    """Gradient has the logits' shape; loss is a Python float."""
    loss, grad = focal_loss(np.zeros((3, 4)), np.ones((3, 4)))
    assert isinstance(loss, float), f"loss should be a Python float, got {type(loss).__name__}"
    assert grad.shape == (3, 4), f"grad shape should be (3, 4), got {grad.shape}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
