import torch
import torch.nn.functional as F
from submission import dqn_target, dqn_loss

torch.set_num_threads(1)


def test_terminal_masking_bool_dones():
    """Bool dones work and a terminal transition's target is just the reward."""
    r = torch.tensor([2.0, 2.0]); d = torch.tensor([True, False])
    qt = torch.tensor([[100.0, -3.0], [100.0, -3.0]])
    y = dqn_target(r, d, qt, 0.5)
    assert torch.allclose(y, torch.tensor([2.0, 52.0])), f"expected [2, 52], got {y.tolist()}"


def test_targets_carry_no_gradient():
    """Targets are constants even when the target-net outputs require grad."""
    qt = torch.randn(4, 3, generator=torch.Generator().manual_seed(0)).requires_grad_(True)
    qo = torch.randn(4, 3, generator=torch.Generator().manual_seed(1)).requires_grad_(True)
    for y in (dqn_target(torch.ones(4), torch.zeros(4), qt, 0.9),
              dqn_target(torch.ones(4), torch.zeros(4), qt, 0.9, qo)):
        assert not y.requires_grad, "targets must be detached (requires_grad should be False)"


def test_double_dqn_selects_with_online_evaluates_with_target():
    """Random batches: Double DQN equals target-net values at the online argmax, and differs from DQN."""
    g = torch.Generator().manual_seed(50)
    B, A, gamma = 64, 5, 0.97
    r = torch.randn(B, generator=g); d = (torch.rand(B, generator=g) < 0.2).float()
    qt = torch.randn(B, A, generator=g); qo = torch.randn(B, A, generator=g)
    y = dqn_target(r, d, qt, gamma, qo)
    idx = qo.argmax(1)
    want = r + gamma * (1 - d) * qt[torch.arange(B), idx]
    assert torch.allclose(y, want, atol=1e-6), "Double DQN: argmax from next_q_online, value from next_q_target"
    y_dqn = dqn_target(r, d, qt, gamma)
    assert torch.allclose(y_dqn, r + gamma * (1 - d) * qt.max(1).values, atol=1e-6), "DQN target mismatch"
    assert torch.all(y <= y_dqn + 1e-6), "Double DQN targets can never exceed DQN targets (max over the same row)"


def test_loss_matches_torch_smooth_l1():
    """Random batches: the loss equals F.smooth_l1_loss (beta=1, mean) on the gathered Q-values."""
    g = torch.Generator().manual_seed(51)
    for scale in (0.3, 3.0, 30.0):
        q = (scale * torch.randn(32, 4, generator=g, dtype=torch.float64)).requires_grad_(True)
        a = torch.randint(0, 4, (32,), generator=g)
        y = scale * torch.randn(32, generator=g, dtype=torch.float64)
        L = dqn_loss(q, a, y)
        want = F.smooth_l1_loss(q.detach()[torch.arange(32), a], y, reduction="mean")
        assert abs(L.item() - want.item()) < 1e-10, f"scale={scale}: expected {want.item():.8f}, got {L.item():.8f}"


def test_loss_gradient_only_at_taken_actions():
    """The gradient reaches q_values only at the taken actions and equals the clipped TD error / B."""
    q = torch.tensor([[0.0, 5.0], [1.0, 2.0], [0.0, 0.0]], dtype=torch.float64, requires_grad=True)
    a = torch.tensor([1, 0, 0])
    y = torch.tensor([2.0, 1.5, -0.5], dtype=torch.float64, requires_grad=True)
    dqn_loss(q, a, y).backward()
    want = torch.tensor([[0.0, 1.0], [-0.5, 0.0], [0.5, 0.0]], dtype=torch.float64) / 3
    assert q.grad is not None and torch.allclose(q.grad, want), f"expected grad {want.tolist()}, got {q.grad}"
    assert y.grad is None or torch.all(y.grad == 0), "no gradient may flow into the targets"


def test_batch_of_one():
    """B = 1 works for both functions."""
    y = dqn_target(torch.tensor([0.5]), torch.tensor([0.0]), torch.tensor([[1.0, 2.0, 3.0]]), 0.5,
                   torch.tensor([[9.0, 0.0, 0.0]]))
    assert torch.allclose(y, torch.tensor([1.0])), f"expected [1.0], got {y.tolist()}"
    L = dqn_loss(torch.tensor([[4.0, 0.0]]), torch.tensor([0]), torch.tensor([1.0]))
    assert abs(L.item() - 2.5) < 1e-6, f"expected 2.5 (= |3| - 0.5), got {L.item()}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
