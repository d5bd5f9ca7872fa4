import numpy as np
import torch
from submission import multi_head_attention

torch.set_num_threads(1)


def _make(d, h, seed):
    torch.manual_seed(seed)
    ref = torch.nn.MultiheadAttention(d, h, batch_first=True).double()
    with torch.no_grad():
        torch.nn.init.normal_(ref.in_proj_bias)          # non-zero biases
        torch.nn.init.normal_(ref.out_proj.bias)
    Wq, Wk, Wv = (t.detach().numpy() for t in ref.in_proj_weight.chunk(3, 0))
    bq, bk, bv = (t.detach().numpy() for t in ref.in_proj_bias.chunk(3))
    Wo, bo = ref.out_proj.weight.detach().numpy(), ref.out_proj.bias.detach().numpy()
    return ref, (Wq, bq, Wk, bk, Wv, bv, Wo, bo)


def _torch(ref, xq, xkv, **kw):
    with torch.no_grad():
        kw = {k: torch.tensor(v) for k, v in kw.items() if v is not None}
        o, w = ref(torch.tensor(xq), torch.tensor(xkv), torch.tensor(xkv), **kw)
    return o.numpy(), w.numpy()


def test_self_attention_vs_torch():
    """Self-attention matches nn.MultiheadAttention with copied weights (out and head-averaged weights)."""
    ref, P = _make(12, 3, 0)
    x = np.random.default_rng(0).normal(size=(2, 5, 12))
    out, w = multi_head_attention(x, x, *P, num_heads=3)
    ro, rw = _torch(ref, x, x)
    assert np.allclose(out, ro, atol=1e-10), f"output differs from torch (max err {np.abs(out - ro).max():.2e}); check W.T, head split and 1/sqrt(d_h)"
    assert np.allclose(w.mean(1), rw, atol=1e-10), "head-averaged weights differ from torch"


def test_causal_vs_torch():
    """Causal attn_mask matches torch."""
    ref, P = _make(8, 2, 1)
    x = np.random.default_rng(1).normal(size=(3, 6, 8))
    causal = np.triu(np.ones((6, 6), bool), 1)
    out, w = multi_head_attention(x, x, *P, num_heads=2, attn_mask=causal)
    ro, rw = _torch(ref, x, x, attn_mask=causal)
    assert np.allclose(out, ro, atol=1e-10), f"causal output differs from torch (max err {np.abs(out - ro).max():.2e})"
    assert np.all(w[:, :, causal] == 0), "future keys must get exactly zero weight"


def test_cross_attention_padding_vs_torch():
    """Cross-attention with key_padding_mask (n_q != n_k) matches torch."""
    ref, P = _make(16, 4, 2)
    rng = np.random.default_rng(2)
    xq, xkv = rng.normal(size=(2, 3, 16)), rng.normal(size=(2, 7, 16))
    pad = np.arange(7)[None, :] >= np.array([7, 4])[:, None]
    out, w = multi_head_attention(xq, xkv, *P, num_heads=4, key_padding_mask=pad)
    ro, rw = _torch(ref, xq, xkv, key_padding_mask=pad)
    assert np.allclose(out, ro, atol=1e-10), f"output with key_padding_mask differs from torch (max err {np.abs(out - ro).max():.2e})"
    assert np.all(w[1, :, :, 4:] == 0), "padded keys must get zero weight"


def test_both_masks_vs_torch():
    """attn_mask and key_padding_mask together (OR) match torch."""
    ref, P = _make(8, 4, 3)
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2, 5, 8))
    causal = np.triu(np.ones((5, 5), bool), 1)
    pad = np.arange(5)[None, :] >= np.array([5, 3])[:, None]
    out, _ = multi_head_attention(x, x, *P, num_heads=4, attn_mask=causal, key_padding_mask=pad)
    ro, _ = _torch(ref, x, x, attn_mask=causal, key_padding_mask=pad)
    assert np.allclose(out, ro, atol=1e-10), f"output with both masks differs from torch (max err {np.abs(out - ro).max():.2e})"


def test_fully_masked_row_gives_bias():
    """A query with every key blocked gets zero weights and output b_o (no NaN)."""
    _, P = _make(4, 2, 4)
    x = np.random.default_rng(4).normal(size=(1, 3, 4))
    m = np.zeros((3, 3), bool); m[1] = True
    out, w = multi_head_attention(x, x, *P, num_heads=2, attn_mask=m)
    assert np.all(np.isfinite(out)), "NaN in output for a fully masked row"
    assert np.allclose(w[0, :, 1], 0), "fully masked row should have zero weights"
    assert np.allclose(out[0, 1], P[7]), f"fully masked row should output b_o={P[7].round(4).tolist()}, got {out[0, 1].round(4).tolist()}"


def test_large_inputs_stable():
    """Large activations do not overflow the softmax."""
    ref, P = _make(8, 2, 5)
    x = np.random.default_rng(5).normal(size=(1, 4, 8)) * 200
    out, _ = multi_head_attention(x, x, *P, num_heads=2)
    ro, _ = _torch(ref, x, x)
    assert np.all(np.isfinite(out)) and np.allclose(out, ro, atol=1e-8), "overflow or mismatch with large inputs: use a stable softmax"


def test_one_head_one_token():
    """Batch of one, one token: attention weight 1, output = (x Wv^T + bv) Wo^T + bo."""
    _, P = _make(6, 3, 6)
    Wq, bq, Wk, bk, Wv, bv, Wo, bo = P
    x = np.random.default_rng(6).normal(size=(1, 1, 6))
    out, w = multi_head_attention(x, x, *P, num_heads=3)
    want = (x @ Wv.T + bv) @ Wo.T + bo
    assert np.allclose(w, 1) and np.allclose(out, want), "with a single key every head must copy its value"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
