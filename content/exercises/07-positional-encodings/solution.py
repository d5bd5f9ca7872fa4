import numpy as np


def sinusoidal_encoding(n_pos: int, d: int, base: float = 10000.0) -> np.ndarray:
    """(n_pos, d) table: PE[p, 2i] = sin(p w_i), PE[p, 2i+1] = cos(p w_i), w_i = base^(-2i/d)."""
    if d % 2 != 0:
        raise ValueError("d must be even")
    p = np.arange(n_pos, dtype=np.float64)[:, None]
    w = base ** (-np.arange(0, d, 2, dtype=np.float64) / d)     # (d/2,) frequencies
    pe = np.empty((n_pos, d))
    pe[:, 0::2] = np.sin(p * w)
    pe[:, 1::2] = np.cos(p * w)
    return pe


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotate each pair (x[..., 2i], x[..., 2i+1]) at position m by the angle m * theta_i."""
    d = x.shape[-1]
    if d % 2 != 0:
        raise ValueError("d must be even")
    theta = base ** (-np.arange(0, d, 2, dtype=np.float64) / d)            # (d/2,)
    ang = np.asarray(positions, dtype=np.float64)[:, None] * theta         # (n, d/2)
    c, s = np.cos(ang), np.sin(ang)
    x0, x1 = x[..., 0::2], x[..., 1::2]                                    # (..., n, d/2)
    out = np.empty(np.broadcast_shapes(x.shape, (len(ang), d)))
    out[..., 0::2] = x0 * c - x1 * s
    out[..., 1::2] = x0 * s + x1 * c
    return out
