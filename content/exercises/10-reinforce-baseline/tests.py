import math
import torch
from submission import reward_to_go, reinforce_losses

R = torch.tensor([1.0, 0.0, 2.0, 1.0, 1.0])
D = torch.tensor([False, False, True, False, True])


def test_reward_to_go_example():
    """README example: two episodes, gamma=0.5."""
    G = reward_to_go(R, D, 0.5)
    want = torch.tensor([1.5, 1.0, 2.0, 1.5, 1.0])
    assert G.shape == (5,) and torch.allclose(G, want), f"expected {want.tolist()}, got {G.tolist()}"


def test_losses_example():
    """README example: policy loss 0.2303 and value loss 0.3."""
    lp = torch.log(torch.tensor([0.5, 0.25, 0.5, 0.8, 0.1])).requires_grad_()
    b = torch.ones(5, requires_grad=True)
    pl, vl = reinforce_losses(lp, R, D, b, 0.5)
    want = -(0.5 * math.log(0.5) + math.log(0.5) + 0.5 * math.log(0.8)) / 5
    assert abs(pl.item() - want) < 1e-6, f"expected policy loss {want:.6f}, got {pl.item():.6f}"
    assert abs(vl.item() - 0.3) < 1e-6, f"expected value loss 0.3, got {vl.item():.6f}"


def test_policy_gradient_example():
    """README example: d policy_loss / d log_probs = -(G - b) / N."""
    lp = torch.log(torch.tensor([0.5, 0.25, 0.5, 0.8, 0.1])).requires_grad_()
    b = torch.ones(5, requires_grad=True)
    pl, _ = reinforce_losses(lp, R, D, b, 0.5)
    pl.backward()
    want = torch.tensor([-0.1, 0.0, -0.2, -0.1, 0.0])
    assert torch.allclose(lp.grad, want, atol=1e-6), f"expected {want.tolist()}, got {lp.grad.tolist()}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
