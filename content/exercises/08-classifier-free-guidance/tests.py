import numpy as np
from submission import guided_eps, cfg_predict


def test_readme_guided_eps():
    """README: w=2."""
    got = guided_eps(np.array([1., 0.]), np.array([0.5, 0.5]), 2.0)
    assert np.allclose(got, [2., -1.]), f"expected [2, -1], got {got}"


def test_readme_cfg_predict():
    """README: toy model, w=3."""
    model = lambda x, t, c: 0.1 * x + c[:, None]
    got = cfg_predict(model, np.array([[1., 2.], [3., 4.]]), np.array([5, 5]), np.array([1, 2]), 0, 3.0)
    assert np.allclose(got, [[4.1, 4.2], [8.3, 8.4]]), f"expected [[4.1, 4.2], [8.3, 8.4]], got {got.tolist()}"


def test_limits():
    """w=0 gives the conditional prediction, w=-1 the unconditional one."""
    rng = np.random.default_rng(0)
    ec, eu = rng.normal(size=(2, 3)), rng.normal(size=(2, 3))
    assert np.allclose(guided_eps(ec, eu, 0.0), ec), "w=0 should return eps_cond"
    assert np.allclose(guided_eps(ec, eu, -1.0), eu), "w=-1 should return eps_uncond"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
