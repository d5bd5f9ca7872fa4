import numpy as np
import torch
from submission import scaled_dot_product_attention, causal_mask, padding_mask

torch.set_num_threads(1)


def _torch_ref(q, k, v, mask):
    """Explicit torch reference: masked_fill(-inf) then softmax; fully masked rows set to 0."""
    q, k, v = (torch.tensor(a, dtype=torch.float64) for a in (q, k, v))
    s = q @ k.transpose(-1, -2) / q.shape[-1] ** 0.5
    m = torch.broadcast_to(torch.tensor(mask), s.shape)
    s = s.masked_fill(m, float("-inf"))
    w = torch.softmax(s, dim=-1)
    w = torch.nan_to_num(w, nan=0.0)          # all -inf rows -> NaN in torch -> 0 by our convention
    return (w @ v).numpy(), w.numpy()


def test_random_vs_torch_padding_and_causal():
    """Random batched heads with padding OR causal mask match a torch reference."""
    rng = np.random.default_rng(7)
    B, H, n, dk, dv = 3, 2, 6, 4, 5
    q, k, v = rng.normal(size=(B, H, n, dk)), rng.normal(size=(B, H, n, dk)), rng.normal(size=(B, H, n, dv))
    lengths = np.array([6, 4, 1])
    mask = padding_mask(lengths, n)[:, None, None, :] | causal_mask(n)[None, None]
    out, w = scaled_dot_product_attention(q, k, v, mask)
    ro, rw = _torch_ref(q, k, v, mask)
    assert np.allclose(w, rw, atol=1e-10), f"weights differ from torch: max err {np.abs(w - rw).max():.2e}"
    assert np.allclose(out, ro, atol=1e-10), f"outputs differ from torch: max err {np.abs(out - ro).max():.2e}"


def test_scale_uses_dk_not_dv():
    """The scale is 1/sqrt(d_k) (d_k=3, d_v=8 here)."""
    rng = np.random.default_rng(1)
    q, k, v = rng.normal(size=(4, 3)) * 2, rng.normal(size=(5, 3)) * 2, rng.normal(size=(5, 8))
    out, w = scaled_dot_product_attention(q, k, v)
    ro, rw = _torch_ref(q, k, v, np.zeros((4, 5), bool))
    assert np.allclose(w, rw, atol=1e-10), "weights wrong: scale scores by 1/sqrt(d_k) where d_k = q.shape[-1]"


def test_large_scores_stable():
    """Scores around ±1e4 do not overflow (stable softmax)."""
    q = np.array([[100., 0.], [-100., 0.]])
    k = np.array([[141., 0.], [140., 0.], [-141., 0.]])
    v = np.array([[1., 0.], [0., 1.], [5., 5.]])
    out, w = scaled_dot_product_attention(q, k, v)
    assert np.all(np.isfinite(w)) and np.all(np.isfinite(out)), "overflow: subtract the row max before exp"
    ro, rw = _torch_ref(q, k, v, np.zeros((2, 3), bool))
    assert np.allclose(w, rw, atol=1e-12), f"expected weights {rw.round(6).tolist()}, got {w.round(6).tolist()}"


def test_fully_masked_rows_batched():
    """Left padding + causal makes whole rows masked: they are 0, other rows still sum to 1."""
    rng = np.random.default_rng(3)
    n = 5
    q, k, v = rng.normal(size=(2, n, 4)), rng.normal(size=(2, n, 4)), rng.normal(size=(2, n, 3))
    left_pad = np.array([[True, True, False, False, False], [False] * 5])   # sequence 0: 2 pad tokens on the left
    mask = left_pad[:, None, :] | causal_mask(n)[None]
    out, w = scaled_dot_product_attention(q, k, v, mask)
    assert np.all(np.isfinite(out)), "NaN in output: fully masked rows must give zeros"
    assert np.allclose(w[0, :2], 0) and np.allclose(out[0, :2], 0), "rows 0-1 of sequence 0 are fully masked: expected zeros"
    assert np.allclose(w[0, 2:].sum(-1), 1) and np.allclose(w[1].sum(-1), 1), "non-masked rows should sum to 1"
    ro, rw = _torch_ref(q, k, v, mask)
    assert np.allclose(out, ro, atol=1e-10), f"outputs differ from torch: max err {np.abs(out - ro).max():.2e}"


def test_causal_future_invariance():
    """With a causal mask, changing later tokens leaves earlier outputs unchanged."""
    rng = np.random.default_rng(4)
    x = rng.normal(size=(6, 4))
    out1, _ = scaled_dot_product_attention(x, x, x, causal_mask(6))
    x2 = x.copy(); x2[4:] = rng.normal(size=(2, 4))
    out2, _ = scaled_dot_product_attention(x2, x2, x2, causal_mask(6))
    assert np.allclose(out1[:4], out2[:4]), "outputs at positions 0..3 changed when tokens 4..5 changed: causal mask leaks the future"
    assert np.allclose(out1[0], x[0]), "position 0 under a causal mask should attend only to itself (check the diagonal is NOT masked)"


def test_padding_equals_unpadded():
    """Real tokens' outputs with a padding mask equal those of the unpadded sequence."""
    rng = np.random.default_rng(5)
    x = rng.normal(size=(1, 6, 3))
    x[0, 4:] = 50.0                      # large garbage in the padding
    mask = padding_mask(np.array([4]), 6)[:, None, :]
    out, w = scaled_dot_product_attention(x, x, x, mask)
    alone, _ = scaled_dot_product_attention(x[:, :4], x[:, :4], x[:, :4])
    assert np.allclose(w[0, :, 4:], 0), "padded keys must get exactly zero weight"
    assert np.allclose(out[0, :4], alone[0]), "outputs of real tokens differ from the unpadded computation"


def test_single_key():
    """n_k = 1: every unmasked query copies the only value."""
    q, k, v = np.ones((3, 2)), np.ones((1, 2)), np.array([[2., -1.]])
    out, w = scaled_dot_product_attention(q, k, v)
    assert np.allclose(w, 1) and np.allclose(out, [[2., -1.]] * 3), f"got {out.tolist()}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
