import torch
import torch.nn as nn
from submission import LoRALinear

torch.set_num_threads(1)


def _make(seed, d_in=7, d_out=5, r=2, alpha=6.0, bias=True):
    torch.manual_seed(seed)
    base = nn.Linear(d_in, d_out, bias=bias).double()
    lora = LoRALinear(base, r=r, alpha=alpha)
    with torch.no_grad():
        lora.B.copy_(torch.randn(d_out, r, dtype=torch.float64))
    return base, lora


def test_only_adapter_is_trainable():
    """Base weight and bias are frozen; the trainable parameters are exactly A and B."""
    base, lora = _make(100)
    assert not base.weight.requires_grad and not base.bias.requires_grad, "freeze base weight and bias"
    trainable = [p for p in lora.parameters() if p.requires_grad]
    n = sum(p.numel() for p in trainable)
    assert n == 2 * (7 + 5), f"expected r*(in+out) = 24 trainable numbers, got {n}"
    assert abs(lora.scale - 3.0) < 1e-12, f"scale must be alpha / r = 3, got {lora.scale}"


def test_first_step_gradients():
    """At init (B = 0) A gets zero gradient and B a non-zero one; no gradient reaches the base."""
    torch.manual_seed(101)
    base = nn.Linear(6, 4).double()
    lora = LoRALinear(base, r=3, alpha=3)
    assert torch.any(lora.A != 0), "A must be randomly initialised (non-zero)"
    x = torch.randn(8, 6, dtype=torch.float64)
    (lora(x) - 1).pow(2).sum().backward()
    assert lora.A.grad is not None and torch.all(lora.A.grad == 0), "with B = 0, dL/dA must be 0"
    assert lora.B.grad is not None and lora.B.grad.abs().max() > 0, "dL/dB must be non-zero at init"
    assert base.weight.grad is None, "the frozen base weight must not receive a gradient"


def test_formula_random_and_batched_input():
    """Random A, B: output = x W^T + b + scale * x A^T B^T, also for (batch, seq, in) input."""
    base, lora = _make(102)
    x = torch.randn(3, 4, 7, dtype=torch.float64)
    want = x @ (base.weight + lora.scale * lora.B @ lora.A).T + base.bias
    got = lora(x)
    assert got.shape == (3, 4, 5), f"expected shape (3, 4, 5), got {tuple(got.shape)}"
    assert torch.allclose(got, want.detach(), atol=1e-10), "forward does not match W + (alpha/r) B A"


def test_merge_is_idempotent_and_exact():
    """merge twice == merge once; merged output equals unmerged; unmerge twice restores W."""
    base, lora = _make(103, bias=False)
    W0 = base.weight.detach().clone()
    x = torch.randn(10, 7, dtype=torch.float64)
    before = lora(x).detach()
    lora.merge(); lora.merge()
    assert lora.merged, "merged flag should be True after merge()"
    assert torch.allclose(base.weight, W0 + lora.scale * (lora.B @ lora.A).detach(), atol=1e-12), \
        "merge() must add (alpha/r) B A exactly once"
    assert torch.allclose(lora(x), before, atol=1e-10), "outputs must not change when merged (skip the low-rank path)"
    lora.unmerge(); lora.unmerge()
    assert not lora.merged and torch.allclose(base.weight, W0, atol=1e-12), "unmerge must restore W0 exactly once"
    assert torch.allclose(lora(x), before, atol=1e-10), "outputs must not change after unmerge"


def test_merge_not_tracked_by_autograd():
    """merge() works on a leaf weight and leaves base.weight a leaf tensor without grad."""
    base, lora = _make(104)
    lora.merge()
    assert base.weight.grad_fn is None and not base.weight.requires_grad, "merge must run under torch.no_grad()"


def test_training_changes_only_adapter():
    """A few SGD steps move A and B, never W0; the learned update has rank <= r."""
    base, lora = _make(105, r=2)
    with torch.no_grad():
        lora.B.zero_()
    W0 = base.weight.detach().clone()
    opt = torch.optim.SGD([p for p in lora.parameters() if p.requires_grad], lr=0.05)
    x = torch.randn(32, 7, dtype=torch.float64); y = torch.randn(32, 5, dtype=torch.float64)
    for _ in range(10):
        opt.zero_grad(); (lora(x) - y).pow(2).mean().backward(); opt.step()
    assert torch.equal(base.weight, W0), "the base weight changed during training"
    delta = (lora.scale * lora.B @ lora.A).detach()
    assert delta.abs().max() > 0 and torch.linalg.matrix_rank(delta) <= 2, "update should be non-zero with rank <= r"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
