import numpy as np
import torch
import torch.nn.functional as F

from submission import info_nce

torch.set_num_threads(1)


def _torch_ref(a, b, tau):
    u = F.normalize(torch.tensor(a), dim=1)
    v = F.normalize(torch.tensor(b), dim=1)
    s = (u @ v.T / tau).detach().requires_grad_(True)
    t = torch.arange(s.shape[0])
    loss = 0.5 * (F.cross_entropy(s, t) + F.cross_entropy(s.T, t))
    loss.backward()
    return loss.item(), s.grad.numpy()


def test_matches_torch_cross_entropy():
    """Loss and dL/dS match torch cross_entropy on S and S.T (seeded, several sizes and temperatures)."""
    rng = np.random.default_rng(0)
    for n, d, tau in [(2, 3, 1.0), (8, 16, 0.1), (32, 8, 0.07), (5, 4, 2.0)]:
        a = rng.normal(size=(n, d))
        b = a + 0.5 * rng.normal(size=(n, d))
        loss, grad = info_nce(a, b, tau)
        want, gwant = _torch_ref(a, b, tau)
        assert abs(loss - want) < 1e-10, f"N={n}, tau={tau}: expected {want:.10f}, got {loss:.10f}"
        assert np.allclose(grad, gwant, atol=1e-12), f"N={n}, tau={tau}: dL/dS differs from torch by {np.abs(grad - gwant).max():.3g}"


def test_symmetric_not_one_way():
    """Both directions count: the loss differs from the one-way a->b loss when S is not symmetric."""
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=(6, 4)), rng.normal(size=(6, 4))
    loss, _ = info_nce(a, b, 0.3)
    u = F.normalize(torch.tensor(a), dim=1); v = F.normalize(torch.tensor(b), dim=1)
    one_way = F.cross_entropy(u @ v.T / 0.3, torch.arange(6)).item()
    want, _ = _torch_ref(a, b, 0.3)
    assert abs(loss - want) < 1e-10, f"expected the symmetric loss {want:.8f}, got {loss:.8f} (one-way would be {one_way:.8f})"
    l_swapped, _ = info_nce(b, a, 0.3)
    assert abs(loss - l_swapped) < 1e-12, "the symmetric loss must not change when a and b are swapped"


def test_tiny_temperature_stable():
    """tau = 1e-3 (logits up to 1000) stays finite and matches torch."""
    rng = np.random.default_rng(2)
    a = rng.normal(size=(5, 3))
    b = rng.normal(size=(5, 3))
    loss, grad = info_nce(a, b, 1e-3)
    want, gwant = _torch_ref(a, b, 1e-3)
    assert np.isfinite(loss) and np.all(np.isfinite(grad)), f"non-finite output at tau=1e-3: {loss}"
    assert abs(loss - want) < 1e-7 * max(1.0, abs(want)), f"expected {want:.6f}, got {loss:.6f}"
    assert np.allclose(grad, gwant, atol=1e-12)


def test_single_pair_is_zero():
    """N = 1: the only candidate is the positive, so the loss and gradient are 0."""
    loss, grad = info_nce(np.array([[3.0, 4.0]]), np.array([[1.0, 0.0]]), 0.1)
    assert abs(loss) < 1e-15 and grad.shape == (1, 1) and abs(grad[0, 0]) < 1e-15, f"expected (0.0, [[0.0]]), got ({loss}, {grad})"


def test_chance_level_is_log_n():
    """All embeddings equal: every logit is the same, loss = log N."""
    n = 7
    a = np.ones((n, 3))
    loss, _ = info_nce(a, 2 * a, 0.05)
    assert abs(loss - np.log(n)) < 1e-12, f"expected log N = {np.log(n):.6f}, got {loss:.6f}"


def test_gradient_rows_and_columns_sum_to_zero():
    """Each softmax term contributes zero-sum rows (or columns); check the total sums to zero."""
    rng = np.random.default_rng(3)
    _, grad = info_nce(rng.normal(size=(6, 5)), rng.normal(size=(6, 5)), 0.2)
    assert abs(grad.sum()) < 1e-12, f"entries of dL/dS should sum to 0, got {grad.sum():.3g}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
