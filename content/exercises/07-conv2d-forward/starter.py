import numpy as np


def conv2d(x: np.ndarray, w: np.ndarray, b: np.ndarray | None = None,
           stride=1, padding=0, dilation=1) -> np.ndarray:
    """2-D convolution layer forward pass (cross-correlation, like torch.nn.functional.conv2d, groups=1).

    Args:
        x: (N, C_in, H, W) input.
        w: (C_out, C_in, kH, kW) kernels (not flipped).
        b: optional (C_out,) bias.
        stride, padding, dilation: an int (same for height and width) or a pair (height, width).
            padding adds that many zeros on each side.
    Returns:
        (N, C_out, H_out, W_out) with H_out = floor((H + 2*pH - dH*(kH-1) - 1) / sH) + 1 (same for W).
    Raises:
        ValueError if C_in does not match or H_out or W_out would be < 1.
    """
    raise NotImplementedError
