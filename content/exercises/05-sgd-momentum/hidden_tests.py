import numpy as np
import torch

from submission import sgd_step


def _torch_trajectory(theta0, grads_of, steps, **cfg):
    p = torch.nn.Parameter(torch.tensor(theta0, dtype=torch.float64))
    opt = torch.optim.SGD([p], **cfg)
    out = []
    for t in range(steps):
        opt.zero_grad()
        p.grad = torch.tensor(grads_of(p.detach().numpy(), t), dtype=torch.float64)
        opt.step()
        out.append(p.detach().numpy().copy())
    return np.array(out)


def _ours(theta0, grads_of, steps, lr, **cfg):
    p, b, out = np.array(theta0, dtype=np.float64), None, []
    for t in range(steps):
        p, b = sgd_step(p, grads_of(p, t), b, lr, **cfg)
        out.append(np.array(p))
    return np.array(out)


def test_matches_torch_random_configs():
    """Randomized comparison with torch.optim.SGD over 25 steps on a noisy quadratic."""
    torch.set_num_threads(1)
    rng = np.random.default_rng(5)
    for trial in range(12):
        d = int(rng.integers(1, 6))
        scales = rng.uniform(0.5, 5.0, size=d)
        noise = rng.normal(size=(25, d))
        grads_of = lambda p, t: scales * p + 0.1 * noise[t]
        nesterov = bool(trial % 3 == 0)
        cfg = dict(
            momentum=float(rng.uniform(0.5, 0.95)),
            dampening=0.0 if nesterov else float(rng.choice([0.0, 0.1, 0.5])),
            weight_decay=float(rng.choice([0.0, 1e-2, 0.1])),
            nesterov=nesterov,
        )
        lr = float(rng.uniform(0.01, 0.1))
        theta0 = rng.normal(size=d)
        want = _torch_trajectory(theta0, grads_of, 25, lr=lr, **cfg)
        got = _ours(theta0, grads_of, 25, lr, **cfg)
        err = np.max(np.abs(got - want))
        assert err < 1e-10, f"trial {trial} {cfg}: trajectory differs from torch.optim.SGD by {err:.3e}"


def test_first_step_ignores_dampening():
    """Dampening does not apply on the first step: the buffer starts at the full gradient."""
    p, b = sgd_step(np.array([0.0]), np.array([2.0]), None, lr=1.0, momentum=0.9, dampening=0.5)
    assert np.allclose(b, [2.0]), f"expected the first buffer to be the gradient [2.0], got {b}"
    assert np.allclose(p, [-2.0]), f"expected params [-2.0], got {p}"
    p, b = sgd_step(p, np.array([2.0]), b, lr=1.0, momentum=0.9, dampening=0.5)
    assert np.allclose(b, [0.9 * 2.0 + 0.5 * 2.0]), f"expected the second buffer 0.9*2 + 0.5*2 = 2.8, got {b}"


def test_weight_decay_is_coupled():
    """Weight decay is added to the gradient before momentum (so it enters the buffer)."""
    p, b = sgd_step(np.array([1.0]), np.array([0.0]), None, lr=0.1, momentum=0.9, weight_decay=0.5)
    assert np.allclose(b, [0.5]), f"expected buffer [0.5] (= grad + wd * params), got {b}"
    assert np.allclose(p, [0.95]), f"expected params [0.95], got {p}"


def test_nesterov_needs_momentum_and_no_dampening():
    """Nesterov with momentum 0 or with dampening raises ValueError, as torch does."""
    for kwargs in (dict(momentum=0.0), dict(momentum=0.9, dampening=0.1)):
        try:
            sgd_step(np.array([1.0]), np.array([1.0]), None, 0.1, nesterov=True, **kwargs)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for nesterov=True with {kwargs}")


def test_does_not_modify_inputs():
    """params, grad and buf are left unchanged."""
    params, grad, buf = np.array([1.0, 2.0]), np.array([0.5, -0.5]), np.array([0.1, 0.2])
    sgd_step(params, grad, buf, lr=0.1, momentum=0.9, weight_decay=0.1, nesterov=True)
    assert np.array_equal(params, [1.0, 2.0]), f"params were modified: {params}"
    assert np.array_equal(grad, [0.5, -0.5]), f"grad was modified: {grad}"
    assert np.array_equal(buf, [0.1, 0.2]), f"buf was modified: {buf}"


def test_momentum_speeds_up_a_flat_direction():
    """On a constant gradient, heavy ball's step approaches lr * g / (1 - mu)."""
    p, b = np.array([0.0]), None
    for _ in range(200):
        prev = p
        p, b = sgd_step(p, np.array([1.0]), b, lr=0.01, momentum=0.9)
    step = float(prev[0] - p[0])
    assert abs(step - 0.1) < 1e-6, f"expected the step to approach 0.01 / (1 - 0.9) = 0.1, got {step:.6f}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
