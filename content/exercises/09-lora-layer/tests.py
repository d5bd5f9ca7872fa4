import torch
import torch.nn as nn
from submission import LoRALinear


def _example():
    base = nn.Linear(3, 2).double()
    with torch.no_grad():
        base.weight.copy_(torch.tensor([[1., 0., 2.], [0., 1., -1.]]))
        base.bias.copy_(torch.tensor([0.5, -0.5]))
    return base


X = torch.tensor([[1., 2., 3.]], dtype=torch.float64)


def test_init_matches_base():
    """README: with B = 0 the wrapped layer equals the base layer."""
    lora = LoRALinear(_example(), r=1, alpha=2)
    out = lora(X)
    assert torch.allclose(out, torch.tensor([[7.5, -1.5]], dtype=torch.float64)), f"expected [[7.5, -1.5]], got {out}"
    assert torch.all(lora.B == 0), "B must be initialised to zeros"
    assert tuple(lora.A.shape) == (1, 3) and tuple(lora.B.shape) == (2, 1), \
        f"expected A (1, 3) and B (2, 1), got {tuple(lora.A.shape)} and {tuple(lora.B.shape)}"


def test_forward_with_adapter():
    """README: A=[1,0,1], B=[0.5,-1], scale 2 gives [[11.5, -9.5]]."""
    lora = LoRALinear(_example(), r=1, alpha=2)
    with torch.no_grad():
        lora.A.copy_(torch.tensor([[1., 0., 1.]])); lora.B.copy_(torch.tensor([[0.5], [-1.]]))
    out = lora(X)
    assert torch.allclose(out, torch.tensor([[11.5, -9.5]], dtype=torch.float64)), f"expected [[11.5, -9.5]], got {out}"


def test_merge_unmerge_example():
    """README: merge folds 2*B@A into the weight, unmerge restores it."""
    base = _example()
    lora = LoRALinear(base, r=1, alpha=2)
    with torch.no_grad():
        lora.A.copy_(torch.tensor([[1., 0., 1.]])); lora.B.copy_(torch.tensor([[0.5], [-1.]]))
    lora.merge()
    want = torch.tensor([[2., 0., 3.], [-2., 1., -3.]], dtype=torch.float64)
    assert torch.allclose(base.weight, want), f"merged weight: expected {want.tolist()}, got {base.weight.tolist()}"
    assert torch.allclose(lora(X), torch.tensor([[11.5, -9.5]], dtype=torch.float64)), "merged output changed"
    lora.unmerge()
    assert torch.allclose(base.weight, torch.tensor([[1., 0., 2.], [0., 1., -1.]], dtype=torch.float64)), \
        "unmerge must restore the original weight"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
