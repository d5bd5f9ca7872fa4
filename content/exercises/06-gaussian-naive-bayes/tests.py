import numpy as np
from submission import gaussian_nb

X = np.array([[0.], [2.], [10.], [12.], [14.]])
Y = np.array([0, 0, 1, 1, 1])


def test_readme_no_smoothing():
    """README: var_smoothing=0."""
    lp, pred = gaussian_nb(X, Y, np.array([[1.], [6.], [100.]]), var_smoothing=0.0)
    want = np.array([[0., -22.7724], [-5.6685, -0.0035], [-3448.4151, 0.]])
    assert lp.shape == (3, 2), f"expected shape (3, 2), got {lp.shape}"
    assert np.allclose(lp, want, atol=1e-4), f"expected {want.tolist()}, got {np.round(lp, 4).tolist()}"
    assert np.array_equal(pred, [0, 1, 1]), f"expected [0, 1, 1], got {pred}"


def test_readme_smoothing():
    """README: var_smoothing=0.1."""
    lp, pred = gaussian_nb(X, Y, np.array([[6.]]), var_smoothing=0.1)
    assert np.allclose(lp, [[-0.7772, -0.6156]], atol=1e-4), f"expected [[-0.7772, -0.6156]], got {np.round(lp, 4).tolist()}"
    assert np.array_equal(pred, [1]), f"expected [1], got {pred}"


def test_rows_normalised():
    """exp(log_proba) rows sum to 1."""
    rng = np.random.default_rng(0)
    Xr, yr = rng.normal(size=(30, 3)), rng.integers(0, 3, 30)
    lp, _ = gaussian_nb(Xr, yr, rng.normal(size=(5, 3)))
    assert np.allclose(np.exp(lp).sum(1), 1.0), "posterior probabilities should sum to 1"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
