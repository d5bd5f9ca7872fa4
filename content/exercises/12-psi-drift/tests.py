import numpy as np
from submission import psi, quantile_edges

REF = np.arange(1.0, 11.0)


def test_edges_example():
    """README: quartile edges of 1..10 with infinite outer edges."""
    e = np.asarray(quantile_edges(REF, 4))
    want = [-np.inf, 3.25, 5.5, 7.75, np.inf]
    assert e.shape == (5,) and np.array_equal(e, want), f"expected {want}, got {e}"


def test_identical_is_zero():
    """README: identical samples give PSI 0."""
    assert abs(psi(REF, REF.copy(), n_bins=4)) < 1e-15


def test_shift_example_with_empty_bins():
    """README: two empty current bins floored at 1e-4 give PSI 4.4109."""
    cur = np.array([8., 9., 10., 10., 9., 8., 7., 6., 9., 10.])
    got = psi(REF, cur, n_bins=4)
    assert isinstance(got, float), f"expected a Python float, got {type(got)}"
    assert abs(got - 4.4109447) < 1e-6, f"expected 4.410945, got {got:.6f}"


def test_tied_reference_edges():
    """README: ties in the reference merge bins."""
    e = np.asarray(quantile_edges(np.array([0., 0., 0., 0., 0., 0., 1., 1., 2., 3.]), 4))
    assert np.array_equal(e, [-np.inf, 0.0, 1.0, np.inf]), f"expected [-inf, 0, 1, inf], got {e}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
