import numpy as np
from submission import reweighing_weights, effective_sample_size

G = np.array(["m"] * 6 + ["f"] * 4)
Y = np.array([1, 1, 1, 1, 0, 0, 1, 0, 0, 0])


def test_example_weights():
    """README: the four cell weights."""
    w = reweighing_weights(G, Y)
    want = [0.75] * 4 + [1.5] * 2 + [2.0] + [2 / 3] * 3
    assert np.shape(w) == (10,) and np.allclose(w, want), f"expected {np.round(want, 4)}, got {np.round(w, 4)}"


def test_example_weighted_rates():
    """README: both groups' weighted positive rates become 0.5 and the weights average to 1."""
    w = reweighing_weights(G, Y)
    rates = [np.average(Y[G == g], weights=w[G == g]) for g in ("m", "f")]
    assert np.allclose(rates, 0.5), f"expected weighted rates [0.5, 0.5], got {rates}"
    assert abs(np.mean(w) - 1.0) < 1e-12, f"weights should average to 1, got {np.mean(w)}"


def test_effective_sample_size_example():
    """README: ESS = 100 / 12.0833 = 8.2759."""
    got = effective_sample_size(reweighing_weights(G, Y))
    assert abs(got - 100 / 12.083333333333334) < 1e-9, f"expected 8.275862, got {got}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
