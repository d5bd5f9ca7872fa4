import numpy as np
from submission import quantize_per_channel, dequantize_per_channel


def test_error_bound_random_4d():
    """Random conv kernels (out, in, kh, kw): |W - W_hat| <= s_c / 2 and the channel max is exact."""
    rng = np.random.default_rng(180)
    W = rng.normal(size=(8, 3, 3, 3)) * np.logspace(-3, 1, 8)[:, None, None, None]
    q, s = quantize_per_channel(W, axis=0)
    assert s.shape == (8,) and q.shape == W.shape, f"shapes: q {q.shape}, scales {s.shape}"
    Wh = dequantize_per_channel(q, s, axis=0)
    err = np.abs(W - Wh).reshape(8, -1).max(axis=1)
    assert np.all(err <= s / 2 * (1 + 1e-9)), f"error exceeds half a step: {err / s}"
    assert np.array_equal(np.abs(q).reshape(8, -1).max(axis=1), np.full(8, 127)), "each channel max must map to +-127"


def test_scales_match_channel_max_any_axis():
    """Scales are max|W| / 127 over every other axis, for axis 1 and axis -1 of a 3-D tensor."""
    rng = np.random.default_rng(181)
    W = rng.normal(size=(4, 5, 6)) * rng.uniform(0.1, 10, size=(1, 5, 1))
    for axis, red in [(1, (0, 2)), (-1, (0, 1))]:
        q, s = quantize_per_channel(W, axis=axis)
        want = np.abs(W).max(axis=red) / 127
        assert np.allclose(s, want, rtol=1e-12), f"axis={axis}: scales must be channel max / 127"
        Wh = dequantize_per_channel(q, s, axis=axis)
        sb = np.expand_dims(want, red)
        assert np.all(np.abs(W - Wh) <= sb / 2 * (1 + 1e-9)), f"axis={axis}: scale broadcast along the wrong axis?"


def test_round_half_to_even_and_symmetric_range():
    """Exact halves round to even; codes stay in [-127, 127]."""
    W = np.array([[127.0, 2.5, 3.5, -0.5, -1.5, -127.0]])
    q, s = quantize_per_channel(W)
    assert s[0] == 1.0, f"expected scale 1.0, got {s[0]}"
    assert np.array_equal(q, [[127, 2, 4, 0, -2, -127]]), f"expected [127, 2, 4, 0, -2, -127], got {q.tolist()}"
    rng = np.random.default_rng(182)
    q, _ = quantize_per_channel(rng.standard_cauchy(size=(16, 64)))
    assert q.min() >= -127 and q.max() <= 127, "codes must stay in the symmetric range [-127, 127]"


def test_zero_channel():
    """An all-zero channel gets scale 1 and zero codes, without NaN."""
    W = np.array([[0.0, 0.0], [1.0, -2.0]])
    q, s = quantize_per_channel(W)
    assert np.array_equal(s, [1.0, 2.0 / 127]) or np.allclose(s, [1.0, 2.0 / 127]), f"got scales {s}"
    assert np.array_equal(q[0], [0, 0]) and not np.any(np.isnan(dequantize_per_channel(q, s))), "zero channel broke"


def test_per_channel_beats_per_tensor():
    """Channels of very different magnitude: per-channel MSE is far below a single shared scale."""
    rng = np.random.default_rng(183)
    W = rng.normal(size=(32, 128)) * np.logspace(-2, 0, 32)[:, None]
    q, s = quantize_per_channel(W)
    err_c = np.mean((W - dequantize_per_channel(q, s)) ** 2, axis=1)
    st = np.abs(W).max() / 127
    err_t = np.mean((W - np.clip(np.round(W / st), -127, 127) * st) ** 2, axis=1)
    assert np.mean(err_c / np.mean(W ** 2, axis=1)) < 0.01 * np.mean(err_t / np.mean(W ** 2, axis=1)), \
        "per-channel relative error should be much smaller than per-tensor"


def test_float32_input_and_1d():
    """float32 input works; a 1-D vector with axis 0 has one channel per entry (exact +-127 codes)."""
    W = np.array([0.3, -0.7, 0.0], dtype=np.float32)
    q, s = quantize_per_channel(W, axis=0)
    assert np.array_equal(q, [127, -127, 0]) and s.dtype == np.float64, f"got q {q}, scales {s} ({s.dtype})"


def test_int8_matmul_fold():
    """Per-row scales fold into the output: s_c * (q @ x) equals dequantized W @ x."""
    rng = np.random.default_rng(184)
    W = rng.normal(size=(6, 10)); x = rng.normal(size=(10, 3))
    q, s = quantize_per_channel(W)
    y_int = s[:, None] * (q.astype(np.int32) @ x)
    assert np.allclose(y_int, dequantize_per_channel(q, s) @ x), "dequantize must equal s_c * q row-wise"
    assert np.max(np.abs(y_int - W @ x)) < 0.05, "quantized matmul should stay close to the float one"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
