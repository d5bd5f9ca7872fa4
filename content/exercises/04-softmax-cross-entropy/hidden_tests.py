import numpy as np
import torch
import torch.nn.functional as F

from submission import softmax_cross_entropy

torch.set_num_threads(1)


def _torch_ref(z, y):
    zt = torch.tensor(z, dtype=torch.float64, requires_grad=True)
    loss = F.cross_entropy(zt, torch.tensor(y, dtype=torch.long))
    loss.backward()
    return loss.item(), zt.grad.numpy()


def test_matches_torch_random():
    """Loss and gradient match torch.nn.functional.cross_entropy on seeded random batches."""
    rng = np.random.default_rng(42)
    for n, k in [(1, 1), (1, 5), (7, 3), (32, 10)]:
        z = rng.normal(scale=3.0, size=(n, k))
        y = rng.integers(0, k, size=n)
        loss, grad = softmax_cross_entropy(z, y)
        want, gwant = _torch_ref(z, y)
        assert abs(loss - want) < 1e-9, f"N={n},K={k}: expected loss≈{want:.9f}, got {loss:.9f}"
        assert np.allclose(grad, gwant, atol=1e-12), f"N={n},K={k}: gradient differs from torch by {np.abs(grad - gwant).max():.3g}"


def test_extreme_logits_stable():
    """Logits of ±1000 give finite, exact loss and gradient (no overflow/underflow to nan or inf)."""
    z = np.array([[1000.0, -1000.0, 0.0], [-1000.0, -1000.0, -1000.0], [1000.0, 999.0, 0.0]])
    y = np.array([1, 2, 1])
    loss, grad = softmax_cross_entropy(z, y)
    want, gwant = _torch_ref(z, y)
    assert np.isfinite(loss) and np.all(np.isfinite(grad)), f"got non-finite output: loss={loss}, grad={grad}"
    assert abs(loss - want) < 1e-8, f"expected loss≈{want:.6f}, got {loss:.6f}"
    assert np.allclose(grad, gwant, atol=1e-12), f"expected grad {gwant}, got {grad}"


def test_confident_correct_is_zero_not_nan():
    """A row with logit 1000 on the true class gives loss 0 and zero gradient, not nan."""
    loss, grad = softmax_cross_entropy(np.array([[1000.0, 0.0]]), np.array([0]))
    assert np.isfinite(loss) and abs(loss) < 1e-12, f"expected loss 0, got {loss}"
    assert np.allclose(grad, 0.0, atol=1e-12), f"expected zero gradient, got {grad}"


def test_shift_invariance():
    """Adding a constant to a row of logits changes neither the loss nor the gradient."""
    rng = np.random.default_rng(3)
    z = rng.normal(size=(4, 6))
    y = rng.integers(0, 6, size=4)
    l1, g1 = softmax_cross_entropy(z, y)
    l2, g2 = softmax_cross_entropy(z + np.array([[500.0], [-700.0], [0.0], [3.0]]), y)
    assert abs(l1 - l2) < 1e-9, f"loss changed under a per-row shift: {l1} vs {l2}"
    assert np.allclose(g1, g2, atol=1e-12), "gradient changed under a per-row shift"


def test_mean_not_sum():
    """Duplicating the batch leaves the loss unchanged and halves each gradient row."""
    rng = np.random.default_rng(4)
    z = rng.normal(size=(3, 4))
    y = rng.integers(0, 4, size=3)
    l1, g1 = softmax_cross_entropy(z, y)
    l2, g2 = softmax_cross_entropy(np.vstack([z, z]), np.concatenate([y, y]))
    assert abs(l1 - l2) < 1e-12, f"loss should be a mean over rows: {l1} vs {l2} on the doubled batch"
    assert np.allclose(g2[:3], g1 / 2, atol=1e-14), "gradient should be divided by N (the mean reduction)"


def test_does_not_modify_input():
    """The input logits array is left unchanged."""
    z = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 5.0]])
    z0 = z.copy()
    softmax_cross_entropy(z, np.array([2, 0]))
    assert np.array_equal(z, z0), "softmax_cross_entropy modified its input logits in place"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
