import numpy as np


def quantize_per_channel(W: np.ndarray, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 quantization with one scale per slice along `axis`."""
    W = np.asarray(W, dtype=np.float64)
    axis = axis % W.ndim
    other = tuple(d for d in range(W.ndim) if d != axis)
    amax = np.max(np.abs(W), axis=other) if other else np.abs(W)     # (C,)
    scales = np.where(amax > 0, amax / 127.0, 1.0)                   # all-zero channel: scale 1
    shape = [1] * W.ndim
    shape[axis] = -1
    s = scales.reshape(shape)                                        # broadcast along `axis` only
    q = np.clip(np.round(W / s), -127, 127).astype(np.int8)          # round half to even, symmetric range
    return q, scales


def dequantize_per_channel(q: np.ndarray, scales: np.ndarray, axis: int = 0) -> np.ndarray:
    """Float64 reconstruction q * scale of each channel."""
    axis = axis % q.ndim
    shape = [1] * q.ndim
    shape[axis] = -1
    return q.astype(np.float64) * np.asarray(scales, dtype=np.float64).reshape(shape)
