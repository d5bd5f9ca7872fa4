import numpy as np

from submission import expected_calibration_error

P = np.array([[0.95, 0.03, 0.02],
              [0.85, 0.10, 0.05],
              [0.05, 0.65, 0.30],
              [0.20, 0.25, 0.55],
              [0.45, 0.35, 0.20]])
Y = np.array([0, 1, 1, 2, 1])


def test_example_five_bins():
    """README example 1: ECE = 0.23 with 5 bins."""
    got = expected_calibration_error(P, Y, n_bins=5)
    assert abs(got - 0.23) < 1e-12, f"expected 0.23, got {got}"


def test_example_two_bins_used():
    """README example 2: confidences 0.5 and 0.75 in separate right-closed bins."""
    got = expected_calibration_error(np.array([[0.5, 0.5], [0.25, 0.75]]), np.array([0, 0]), n_bins=4)
    assert abs(got - 0.625) < 1e-12, f"expected 0.625, got {got}"


def test_returns_float_in_unit_interval():
    """Result is a Python float in [0, 1]."""
    rng = np.random.default_rng(0)
    logits = rng.normal(size=(50, 4))
    p = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    got = expected_calibration_error(p, rng.integers(0, 4, size=50))
    assert isinstance(got, float), f"expected a Python float, got {type(got).__name__}"
    assert 0.0 <= got <= 1.0, f"ECE must lie in [0, 1], got {got}"


def test_one_example():
    """A single correct prediction at confidence 0.8 has ECE 0.2."""
    got = expected_calibration_error(np.array([[0.2, 0.8]]), np.array([1]), n_bins=10)
    assert abs(got - 0.2) < 1e-12, f"expected 0.2, got {got}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
