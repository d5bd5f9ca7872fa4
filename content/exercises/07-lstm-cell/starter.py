import numpy as np


def lstm_cell(x: np.ndarray, h: np.ndarray, c: np.ndarray, W_ih: np.ndarray, W_hh: np.ndarray,
              b_ih: np.ndarray, b_hh: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One step of an LSTM cell with PyTorch's parameter layout.

    Args:
        x: (N, I) input at this step; h, c: (N, H) previous hidden and cell state.
        W_ih: (4H, I), W_hh: (4H, H), b_ih, b_hh: (4H,). Rows are stacked in gate order i, f, g, o
            (input, forget, candidate, output), each block H rows.
    Returns:
        (h_new, c_new), each (N, H).
    """
    raise NotImplementedError
