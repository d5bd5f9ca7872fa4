import numpy as np
from submission import linreg_gd

X = np.array([[1.], [2.], [3.]])
Y = np.array([3., 5., 7.])


def test_readme_two_steps():
    """README: two standardised GD steps."""
    w, b, losses = linreg_gd(X, Y, lr=0.1, n_iters=2)
    assert np.allclose(w, [0.72]) and np.isclose(b, 0.36), f"expected w=[0.72], b=0.36, got w={w}, b={b}"
    assert len(losses) == 3, f"expected n_iters + 1 = 3 losses, got {len(losses)}"
    assert np.allclose(losses, [27.6667, 17.7067, 11.3323], atol=1e-4), f"got losses {np.round(losses, 4).tolist()}"


def test_readme_converges():
    """README: 200 steps recover y = 2x + 1."""
    w, b, losses = linreg_gd(X, Y, lr=0.1, n_iters=200)
    assert np.allclose(w, [2.], atol=1e-8) and np.isclose(b, 1., atol=1e-8), f"expected w=[2], b=1, got w={w}, b={b}"


def test_readme_raw():
    """README: one step without standardisation."""
    w, b, losses = linreg_gd(X, Y, lr=0.1, n_iters=1, standardize=False)
    assert np.allclose(w, [2.266667]) and np.isclose(b, 1.0), f"expected w=[2.2667], b=1.0, got w={w}, b={b}"
    assert np.allclose(losses, [27.666667, 0.331852]), f"got losses {losses}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
