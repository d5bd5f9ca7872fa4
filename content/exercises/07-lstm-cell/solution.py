import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # stable for large |z|: never exponentiates a positive number
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell(x: np.ndarray, h: np.ndarray, c: np.ndarray, W_ih: np.ndarray, W_hh: np.ndarray,
              b_ih: np.ndarray, b_hh: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One LSTM step, PyTorch gate order (i, f, g, o)."""
    H = h.shape[-1]
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh           # (N, 4H) all gate pre-activations
    zi, zf, zg, zo = z[:, :H], z[:, H:2 * H], z[:, 2 * H:3 * H], z[:, 3 * H:]
    i, f, o = _sigmoid(zi), _sigmoid(zf), _sigmoid(zo)
    g = np.tanh(zg)
    c_new = f * c + i * g                                # additive cell-state update
    h_new = o * np.tanh(c_new)
    return h_new, c_new
