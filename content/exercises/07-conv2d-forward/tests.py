import numpy as np
from submission import conv2d

X = np.arange(16.).reshape(1, 1, 4, 4)
WD = np.array([[[[1., 0.], [0., -1.]]]])


def test_readme_no_flip():
    """README: the kernel is not flipped (cross-correlation)."""
    y = conv2d(X, WD)
    assert y.shape == (1, 1, 3, 3), f"expected shape (1, 1, 3, 3), got {y.shape}"
    assert np.allclose(y, -5.0), f"expected all -5 (no kernel flip), got {y[0, 0].tolist()}"


def test_readme_stride_padding_bias():
    """README: stride 2, padding 1, bias 10."""
    y = conv2d(X, WD, np.array([10.]), stride=2, padding=1)
    want = np.array([[10., 8., 10.], [2., 5., 17.], [10., 23., 25.]])
    assert y.shape == (1, 1, 3, 3), f"expected shape (1, 1, 3, 3), got {y.shape}"
    assert np.allclose(y[0, 0], want), f"expected {want.tolist()}, got {y[0, 0].tolist()}"


def test_readme_dilation():
    """README: dilation 2."""
    y = conv2d(X, np.ones((1, 1, 2, 2)), dilation=2)
    assert np.allclose(y, [[[[20., 24.], [36., 40.]]]]), f"got {y.tolist()}"


def test_output_shape_multichannel():
    """Output shape follows the formula for several channels."""
    y = conv2d(np.zeros((2, 3, 7, 9)), np.zeros((5, 3, 3, 2)), stride=(2, 3), padding=(1, 0))
    assert y.shape == (2, 5, 4, 3), f"expected (2, 5, 4, 3), got {y.shape}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
