import numpy as np
from submission import quantize_per_channel, dequantize_per_channel

W = np.array([[0.5, -1.27, 0.0], [0.02, 0.011, -0.005]])


def test_rows_example():
    """README: per-row scales and int8 codes."""
    q, s = quantize_per_channel(W)
    assert q.dtype == np.int8, f"q must be int8, got {q.dtype}"
    assert np.array_equal(q, [[50, -127, 0], [127, 70, -32]]), f"got q {q.tolist()}"
    assert np.allclose(s, [0.01, 0.02 / 127], rtol=1e-12), f"got scales {s}"


def test_dequantize_example():
    """README: reconstruction within half a step."""
    q, s = quantize_per_channel(W)
    Wh = dequantize_per_channel(q, s)
    assert Wh.dtype == np.float64 and Wh.shape == W.shape
    assert np.allclose(Wh, [[0.5, -1.27, 0.0], [0.02, 70 * 0.02 / 127, -32 * 0.02 / 127]]), f"got {Wh}"


def test_columns_example():
    """README: axis=1 gives one scale per column."""
    _, s = quantize_per_channel(W, axis=1)
    assert np.allclose(s, [0.5 / 127, 0.01, 0.005 / 127], rtol=1e-12), f"got {s}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
