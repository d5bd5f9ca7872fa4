import numpy as np
import torch

from submission import adam_step

torch.set_num_threads(1)


def _run_both(opt_cls, decoupled, lr, wd, betas, eps, steps, seed):
    rng = np.random.default_rng(seed)
    p0 = rng.normal(size=(3, 4))
    tp = torch.nn.Parameter(torch.tensor(p0))
    opt = opt_cls([tp], lr=lr, betas=betas, eps=eps, weight_decay=wd)
    p, m, v = p0.copy(), np.zeros_like(p0), np.zeros_like(p0)
    for t in range(1, steps + 1):
        g = rng.normal(size=p0.shape) * rng.choice([1e-3, 1.0, 10.0])
        tp.grad = torch.tensor(g)
        opt.step()
        p, m, v = adam_step(p, g, m, v, t, lr=lr, beta1=betas[0], beta2=betas[1], eps=eps,
                            weight_decay=wd, decoupled=decoupled)
        ref = tp.detach().numpy()
        assert np.allclose(p, ref, atol=1e-11, rtol=1e-9), f"step {t}: parameters differ from {opt_cls.__name__} by {np.abs(p - ref).max():.3g}"


def test_matches_torch_adamw():
    """30 steps match torch.optim.AdamW (decoupled decay) for several settings."""
    for lr, wd, betas, eps in [(1e-2, 0.1, (0.9, 0.999), 1e-8), (0.1, 0.5, (0.8, 0.99), 1e-6), (1e-3, 0.0, (0.9, 0.999), 1e-8)]:
        _run_both(torch.optim.AdamW, True, lr, wd, betas, eps, 30, seed=1)


def test_matches_torch_adam_l2():
    """30 steps match torch.optim.Adam with weight_decay (L2 through the gradient)."""
    for lr, wd, betas, eps in [(1e-2, 0.1, (0.9, 0.999), 1e-8), (0.05, 1.0, (0.5, 0.9), 1e-4)]:
        _run_both(torch.optim.Adam, False, lr, wd, betas, eps, 30, seed=2)


def test_decay_only_adamw_is_geometric():
    """Zero gradient: AdamW shrinks weights by (1 - lr*wd) per step, whatever the moments."""
    p, m, v = np.array([2.0, -1.0, 0.5]), np.zeros(3), np.zeros(3)
    for t in range(1, 21):
        p, m, v = adam_step(p, np.zeros(3), m, v, t, lr=0.01, weight_decay=0.1, decoupled=True)
    want = np.array([2.0, -1.0, 0.5]) * (1 - 0.01 * 0.1) ** 20
    assert np.allclose(p, want, atol=1e-14), f"expected pure geometric decay {want}, got {p}"
    assert np.all(m == 0) and np.all(v == 0), "decoupled decay must not enter the moment estimates"


def test_bias_correction_uses_one_based_t():
    """The second step (t=2) matches the hand formula with 1 - beta^2 corrections."""
    p0, g1, g2 = np.array([0.3]), np.array([1.0]), np.array([-3.0])
    p1, m1, v1 = adam_step(p0, g1, np.zeros(1), np.zeros(1), 1, lr=0.1)
    p2, m2, v2 = adam_step(p1, g2, m1, v1, 2, lr=0.1)
    m = 0.9 * 0.1 * 1.0 + 0.1 * -3.0
    v = 0.999 * 0.001 * 1.0 + 0.001 * 9.0
    want = p1 - 0.1 * (m / (1 - 0.81)) / (np.sqrt(v / (1 - 0.999 ** 2)) + 1e-8)
    assert np.allclose(p2, want, atol=1e-14), f"expected {want}, got {p2} (check t is 1-based and eps is outside the sqrt)"


def test_eps_outside_sqrt():
    """With a large eps the position of eps matters: it is added after the square root."""
    p, _, _ = adam_step(np.array([0.0]), np.array([1e-2]), np.zeros(1), np.zeros(1), 1, lr=1.0, eps=1e-2)
    want = -1e-2 / (1e-2 + 1e-2)
    assert np.allclose(p, [want], atol=1e-14), f"expected {want} (eps outside the sqrt), got {p}"


def test_inputs_not_modified():
    """param, grad, m and v are left unchanged."""
    p, g, m, v = np.array([1.0, 2.0]), np.array([0.3, -0.2]), np.array([0.1, 0.1]), np.array([0.01, 0.02])
    copies = [x.copy() for x in (p, g, m, v)]
    adam_step(p, g, m, v, 3, lr=0.1, weight_decay=0.2, decoupled=True)
    adam_step(p, g, m, v, 3, lr=0.1, weight_decay=0.2, decoupled=False)
    for name, x, c in zip("param grad m v".split(), (p, g, m, v), copies):
        assert np.array_equal(x, c), f"{name} was modified in place"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
