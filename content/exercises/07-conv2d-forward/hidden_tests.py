import numpy as np
import torch
import torch.nn.functional as F
from submission import conv2d

torch.set_num_threads(1)


def _ref(x, w, b, **kw):
    bt = None if b is None else torch.tensor(b)
    return F.conv2d(torch.tensor(x), torch.tensor(w), bt, **kw).numpy()


def test_random_vs_torch():
    """Random configurations match F.conv2d."""
    rng = np.random.default_rng(20)
    cases = [
        dict(stride=1, padding=0, dilation=1),
        dict(stride=2, padding=1, dilation=1),
        dict(stride=1, padding=2, dilation=2),
        dict(stride=(2, 1), padding=(0, 1), dilation=(1, 2)),
        dict(stride=3, padding=(2, 1), dilation=(2, 1)),
    ]
    for kw in cases:
        x = rng.normal(size=(2, 3, 9, 8))
        w = rng.normal(size=(4, 3, 3, 2))
        b = rng.normal(size=4)
        y, r = conv2d(x, w, b, **kw), _ref(x, w, b, **kw)
        assert y.shape == r.shape, f"{kw}: expected shape {r.shape}, got {y.shape}"
        assert np.allclose(y, r, atol=1e-10), f"{kw}: differs from F.conv2d (max err {np.abs(y - r).max():.2e})"


def test_no_bias():
    """b=None means no bias."""
    rng = np.random.default_rng(21)
    x, w = rng.normal(size=(1, 2, 5, 5)), rng.normal(size=(3, 2, 3, 3))
    assert np.allclose(conv2d(x, w), _ref(x, w, None), atol=1e-10), "b=None should add nothing"


def test_asymmetric_kernel_not_flipped():
    """A random non-symmetric kernel matches cross-correlation, not convolution."""
    rng = np.random.default_rng(22)
    x, w = rng.normal(size=(1, 1, 6, 6)), rng.normal(size=(1, 1, 3, 3))
    y = conv2d(x, w)
    assert np.allclose(y, _ref(x, w, None), atol=1e-10), "result differs from cross-correlation: do not flip the kernel"


def test_channels_mixed():
    """Output channels sum over all input channels with their own kernels."""
    rng = np.random.default_rng(23)
    x, w, b = rng.normal(size=(3, 4, 5, 6)), rng.normal(size=(2, 4, 1, 1)), rng.normal(size=2)
    want = np.einsum("nchw,oc->nohw", x, w[:, :, 0, 0]) + b[None, :, None, None]
    assert np.allclose(conv2d(x, w, b), want, atol=1e-10), "a 1x1 convolution should be a per-pixel channel mixing"


def test_kernel_equals_padded_input():
    """Kernel as large as the padded input gives a 1x1 output."""
    rng = np.random.default_rng(24)
    x, w = rng.normal(size=(1, 1, 3, 3)), rng.normal(size=(1, 1, 5, 5))
    y = conv2d(x, w, padding=1)
    assert y.shape == (1, 1, 1, 1), f"expected (1, 1, 1, 1), got {y.shape}"
    assert np.allclose(y, _ref(x, w, None, padding=1)), "wrong value for a kernel covering the whole padded input"


def test_errors():
    """ValueError when the kernel does not fit or channels mismatch."""
    for x, w, kw in [(np.zeros((1, 1, 3, 3)), np.zeros((1, 1, 4, 4)), {}),
                     (np.zeros((1, 1, 5, 5)), np.zeros((1, 1, 3, 3)), dict(dilation=3)),
                     (np.zeros((1, 2, 5, 5)), np.zeros((1, 3, 3, 3)), {})]:
        try:
            conv2d(x, w, **kw)
        except ValueError:
            continue
        assert False, f"expected ValueError for x {x.shape}, w {w.shape}, {kw}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
