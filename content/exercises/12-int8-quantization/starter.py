import numpy as np


def quantize_per_channel(W: np.ndarray, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric per-channel int8 quantization.

    Returns:
        q: int8 array, same shape as W, clip(round(W / s_c), -127, 127).
        scales: float64 (W.shape[axis],), s_c = max|W_c| / 127 (1.0 for all-zero channels).
    """
    raise NotImplementedError


def dequantize_per_channel(q: np.ndarray, scales: np.ndarray, axis: int = 0) -> np.ndarray:
    """Float64 reconstruction s_c * q along `axis`."""
    raise NotImplementedError
