import numpy as np
from submission import lstm_cell


def test_readme_example():
    """README example with H = I = 1."""
    h_new, c_new = lstm_cell(np.array([[1.0]]), np.array([[0.0]]), np.array([[0.5]]),
                             np.array([[1.], [-1.], [2.], [0.]]), np.zeros((4, 1)), np.zeros(4), np.array([0., 0., 0., 1.]))
    assert np.allclose(c_new, [[0.8392]], atol=1e-4), f"expected c_new≈0.8392, got {np.round(c_new, 4).tolist()}"
    assert np.allclose(h_new, [[0.5011]], atol=1e-4), f"expected h_new≈0.5011, got {np.round(h_new, 4).tolist()}"


def test_shapes():
    """Outputs have shape (N, H)."""
    rng = np.random.default_rng(0)
    N, I, H = 3, 5, 4
    h_new, c_new = lstm_cell(rng.normal(size=(N, I)), rng.normal(size=(N, H)), rng.normal(size=(N, H)),
                             rng.normal(size=(4 * H, I)), rng.normal(size=(4 * H, H)), rng.normal(size=4 * H), rng.normal(size=4 * H))
    assert h_new.shape == (N, H) and c_new.shape == (N, H), f"expected (3, 4) twice, got {h_new.shape}, {c_new.shape}"


def test_zero_everything():
    """All zeros: i=f=o=0.5, g=0, so c_new = 0.5*c and h_new = 0.5*tanh(c_new)."""
    c = np.array([[1.0, -2.0]])
    h_new, c_new = lstm_cell(np.zeros((1, 3)), np.zeros((1, 2)), c, np.zeros((8, 3)), np.zeros((8, 2)), np.zeros(8), np.zeros(8))
    assert np.allclose(c_new, 0.5 * c), f"expected c_new={0.5 * c}, got {c_new}"
    assert np.allclose(h_new, 0.5 * np.tanh(0.5 * c)), f"expected h_new={0.5 * np.tanh(0.5 * c)}, got {h_new}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
