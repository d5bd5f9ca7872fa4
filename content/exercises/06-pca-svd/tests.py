import numpy as np
from submission import pca

X = np.array([[2., 0.], [0., 1.], [-2., 0.], [0., -1.]])


def test_readme_one_component():
    """README: k=1."""
    comps, ev, evr, Z = pca(X, 1)
    assert np.allclose(comps, [[1., 0.]]), f"expected [[1, 0]], got {comps.tolist()}"
    assert np.allclose(ev, [8 / 3]) and np.allclose(evr, [0.8]), f"expected ev=[2.6667], evr=[0.8], got {ev}, {evr}"
    assert np.allclose(Z, [[2.], [0.], [-2.], [0.]]), f"got scores {Z.tolist()}"


def test_readme_two_components():
    """README: k=2."""
    comps, ev, evr, Z = pca(X, 2)
    assert np.allclose(comps, np.eye(2)), f"expected identity, got {comps.tolist()}"
    assert np.allclose(ev, [8 / 3, 2 / 3]) and np.allclose(evr, [0.8, 0.2]), f"got ev={ev}, evr={evr}"


def test_shapes_orthonormal():
    """Shapes and orthonormal components."""
    rng = np.random.default_rng(0)
    comps, ev, evr, Z = pca(rng.normal(size=(20, 5)), 3)
    assert comps.shape == (3, 5) and ev.shape == (3,) and evr.shape == (3,) and Z.shape == (20, 3), "wrong shapes"
    assert np.allclose(comps @ comps.T, np.eye(3)), "components must be orthonormal"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
