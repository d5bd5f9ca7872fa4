import numpy as np


def _pair(v) -> tuple[int, int]:
    return (int(v), int(v)) if np.isscalar(v) else (int(v[0]), int(v[1]))


def conv2d(x: np.ndarray, w: np.ndarray, b: np.ndarray | None = None,
           stride=1, padding=0, dilation=1) -> np.ndarray:
    """2-D cross-correlation, NCHW input, (C_out, C_in, kH, kW) weights."""
    N, C, H, W = x.shape
    C_out, C_in, kH, kW = w.shape
    if C_in != C:
        raise ValueError(f"weight expects {C_in} input channels, x has {C}")
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    dh, dw = _pair(dilation)
    # output size: floor((H + 2p - d(k-1) - 1) / s) + 1
    H_out = (H + 2 * ph - dh * (kH - 1) - 1) // sh + 1
    W_out = (W + 2 * pw - dw * (kW - 1) - 1) // sw + 1
    if H_out < 1 or W_out < 1:
        raise ValueError(f"output would be {H_out}x{W_out}: kernel larger than padded input")
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))          # zero padding
    out = np.zeros((N, C_out, H_out, W_out), dtype=np.result_type(x, w))
    # loop over kernel taps (kH*kW small); each tap is a strided slice of the padded input
    for i in range(kH):
        for j in range(kW):
            r0, c0 = i * dh, j * dw
            patch = xp[:, :, r0:r0 + sh * (H_out - 1) + 1:sh, c0:c0 + sw * (W_out - 1) + 1:sw]  # (N, C, H_out, W_out)
            out += np.einsum("nchw,oc->nohw", patch, w[:, :, i, j])
    if b is not None:
        out += b[None, :, None, None]
    return out
