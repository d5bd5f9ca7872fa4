import torch
from submission import dqn_target, dqn_loss

R = torch.tensor([1.0, 0.0, -1.0]); D = torch.tensor([0.0, 0.0, 1.0])
QT = torch.tensor([[1.0, 3.0], [2.0, 0.5], [5.0, 4.0]])
QO = torch.tensor([[2.0, 1.0], [0.0, 1.0], [0.0, 9.0]])


def test_dqn_target_example():
    """README example: DQN targets [3.7, 1.8, -1.0]."""
    y = dqn_target(R, D, QT, 0.9)
    want = torch.tensor([3.7, 1.8, -1.0])
    assert y.shape == (3,), f"expected shape (3,), got {tuple(y.shape)}"
    assert torch.allclose(y, want, atol=1e-6), f"expected {want.tolist()}, got {y.tolist()}"


def test_double_dqn_target_example():
    """README example: Double DQN targets [1.9, 0.45, -1.0]."""
    y = dqn_target(R, D, QT, 0.9, QO)
    want = torch.tensor([1.9, 0.45, -1.0])
    assert torch.allclose(y, want, atol=1e-6), f"expected {want.tolist()}, got {y.tolist()}"


def test_loss_example():
    """README example: mean Huber loss 0.548333."""
    q = torch.tensor([[0.5, 2.0], [1.0, 1.0], [0.0, -0.5]], requires_grad=True)
    L = dqn_loss(q, torch.tensor([1, 0, 1]), dqn_target(R, D, QT, 0.9))
    assert L.dim() == 0, f"loss must be a scalar tensor, got shape {tuple(L.shape)}"
    assert abs(L.item() - 0.5483333) < 1e-5, f"expected 0.548333, got {L.item():.6f}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
