import numpy as np


def sinusoidal_encoding(n_pos: int, d: int, base: float = 10000.0) -> np.ndarray:
    """Sinusoidal position table of Vaswani et al. (2017).

    Returns an (n_pos, d) array with PE[p, 2i] = sin(p * w_i) and PE[p, 2i+1] = cos(p * w_i),
    w_i = base ** (-2i / d), i = 0 .. d/2 - 1. Raises ValueError if d is odd.
    """
    raise NotImplementedError


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotary position embedding (Su et al.) with interleaved pairs.

    Args:
        x: (..., n, d) queries or keys (d even, else ValueError).
        positions: (n,) integer positions of the n tokens (need not start at 0).
    Returns:
        Array of x's shape where, for token at position m and i = 0 .. d/2 - 1, with a = m * base ** (-2i/d):
        out[..., 2i]   = x[..., 2i] * cos(a) - x[..., 2i+1] * sin(a)
        out[..., 2i+1] = x[..., 2i] * sin(a) + x[..., 2i+1] * cos(a)
    """
    raise NotImplementedError
