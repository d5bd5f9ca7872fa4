import numpy as np
from submission import demographic_parity_difference, equal_opportunity_difference, equalized_odds_difference

Y = np.array([1, 1, 0, 0, 1, 0, 1, 1, 0, 0])
P = np.array([1, 0, 1, 0, 1, 1, 1, 1, 0, 0])
G = np.array(["a"] * 4 + ["b"] * 6)


def test_demographic_parity_example():
    """README: selection rates 1/2 vs 2/3."""
    got = demographic_parity_difference(P, G)
    assert abs(got - 1 / 6) < 1e-12, f"expected 0.166667, got {got}"


def test_equal_opportunity_example():
    """README: TPR 1/2 vs 1."""
    got = equal_opportunity_difference(Y, P, G)
    assert abs(got - 0.5) < 1e-12, f"expected 0.5, got {got}"


def test_equalized_odds_example():
    """README: max of the TPR gap 0.5 and the FPR gap 1/6."""
    got = equalized_odds_difference(Y, P, G)
    assert abs(got - 0.5) < 1e-12 and isinstance(got, float), f"expected float 0.5, got {got!r}"


def test_perfect_classifier():
    """A perfect classifier: equalized odds 0, demographic parity = base-rate gap."""
    assert equalized_odds_difference(Y, Y, G) == 0.0
    assert abs(demographic_parity_difference(Y, G) - abs(0.5 - 0.5)) < 1e-12


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
