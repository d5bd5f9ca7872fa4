import numpy as np
import torch
from submission import batch_norm

torch.set_num_threads(1)


def _run_torch_vs_mine(shape, momentum, seed):
    rng = np.random.default_rng(seed)
    C = shape[1]
    bn = torch.nn.BatchNorm1d(C, momentum=momentum).double()
    g, b = rng.uniform(0.5, 1.5, C), rng.normal(size=C)
    with torch.no_grad():
        bn.weight.copy_(torch.tensor(g)); bn.bias.copy_(torch.tensor(b))
    rm, rv = np.zeros(C), np.ones(C)
    bn.train()
    for step in range(4):
        x = rng.normal(2.0, 3.0, size=shape)
        with torch.no_grad():
            ry = bn(torch.tensor(x)).numpy()
        y, rm, rv = batch_norm(x, g, b, rm, rv, training=True, momentum=momentum)
        assert np.allclose(y, ry, atol=1e-10), f"step {step}: training output differs from BatchNorm1d (max err {np.abs(y - ry).max():.2e})"
        assert np.allclose(rm, bn.running_mean.numpy(), atol=1e-12), f"step {step}: running_mean differs from torch"
        assert np.allclose(rv, bn.running_var.numpy(), atol=1e-12), f"step {step}: running_var differs from torch (store the unbiased variance)"
    bn.eval()
    x = rng.normal(size=shape)
    with torch.no_grad():
        ry = bn(torch.tensor(x)).numpy()
    y, rm2, rv2 = batch_norm(x, g, b, rm, rv, training=False, momentum=momentum)
    assert np.allclose(y, ry, atol=1e-10), "eval output differs from BatchNorm1d in eval mode"
    assert np.allclose(rm2, rm) and np.allclose(rv2, rv), "eval mode must leave the running statistics unchanged"


def test_vs_torch_2d():
    """Several training steps then eval match BatchNorm1d on (N, C)."""
    _run_torch_vs_mine((8, 5), 0.1, 60)


def test_vs_torch_3d_momentum():
    """(N, C, L) input with momentum 0.3 matches BatchNorm1d."""
    _run_torch_vs_mine((3, 4, 6), 0.3, 61)


def test_small_batch_unbiased_factor():
    """N=2: running variance uses m/(m-1) = 2."""
    x = np.array([[0.], [2.]])
    _, _, rv = batch_norm(x, np.ones(1), np.zeros(1), np.zeros(1), np.zeros(1), training=True, momentum=1.0)
    assert np.allclose(rv, [2.0]), f"batch variance: biased 1, unbiased 2; expected running_var [2.0] with momentum=1, got {rv.tolist()}"


def test_eval_batch_independent():
    """In eval mode a sample's output does not depend on the rest of the batch (batch of 1 allowed)."""
    rng = np.random.default_rng(62)
    g, b, rm, rv = rng.normal(size=3), rng.normal(size=3), rng.normal(size=3), rng.uniform(0.5, 2, 3)
    x = rng.normal(size=(5, 3))
    y_all, _, _ = batch_norm(x, g, b, rm, rv, training=False)
    y_one, _, _ = batch_norm(x[2:3], g, b, rm, rv, training=False)
    assert np.allclose(y_all[2], y_one[0]), "eval output of a sample changed with the batch: use the running statistics"


def test_single_value_training_raises():
    """Training with one value per channel raises ValueError."""
    try:
        batch_norm(np.array([[1., 2.]]), np.ones(2), np.zeros(2), np.zeros(2), np.ones(2), training=True)
    except ValueError:
        return
    assert False, "expected ValueError for N=1 in training mode"


def test_inputs_not_modified():
    """running_mean/running_var are not modified in place."""
    rm, rv = np.zeros(2), np.ones(2)
    batch_norm(np.array([[1., 2.], [3., 5.]]), np.ones(2), np.zeros(2), rm, rv, training=True)
    assert np.array_equal(rm, np.zeros(2)) and np.array_equal(rv, np.ones(2)), "running statistics were modified in place; return new arrays"


def test_constant_channel():
    """A constant channel in training gives beta (eps keeps it finite)."""
    x = np.array([[4., 1.], [4., 2.], [4., 3.]])
    y, _, rv = batch_norm(x, np.array([2., 1.]), np.array([0.7, 0.]), np.zeros(2), np.ones(2), training=True)
    assert np.all(np.isfinite(y)) and np.allclose(y[:, 0], 0.7), f"constant channel should map to beta=0.7, got {y[:, 0].tolist()}"
    assert np.isclose(rv[0], 0.9), f"constant channel: running_var should be 0.9·1 + 0.1·0 = 0.9, got {rv[0]}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
