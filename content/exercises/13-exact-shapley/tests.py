import numpy as np
from submission import shapley_values, shap_values


def test_glove_game():
    """README: the left-glove owner gets 2/3, each right-glove owner 1/6."""
    phi = shapley_values(3, lambda S: float(0 in S and (1 in S or 2 in S)))
    assert np.allclose(phi, [2 / 3, 1 / 6, 1 / 6]), f"expected [0.6667, 0.1667, 0.1667], got {np.round(phi, 4)}"


def test_weighted_voting():
    """README: weights [3, 2, 1, 1], quota 4."""
    w = [3, 2, 1, 1]
    phi = shapley_values(4, lambda S: float(sum(w[i] for i in S) >= 4))
    assert np.allclose(phi, [0.5, 1 / 6, 1 / 6, 1 / 6]), f"expected [0.5, 1/6, 1/6, 1/6], got {np.round(phi, 4)}"


def test_shap_example():
    """README: interventional SHAP of 2 x0 + x1 x2 against two background rows."""
    f = lambda Z: 2 * Z[:, 0] + Z[:, 1] * Z[:, 2]
    phi = shap_values(f, np.array([1., 2., 3.]), np.array([[0., 0., 0.], [1., 1., -1.]]))
    assert np.shape(phi) == (3,) and np.allclose(phi, [1.0, 2.0, 4.5]), f"expected [1, 2, 4.5], got {phi}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
