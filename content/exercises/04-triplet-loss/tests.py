import numpy as np

from submission import batch_all_triplet_loss

E = np.array([[0.0, 0.0], [0.0, 1.0], [3.0, 0.0], [3.0, 4.0]])


def test_example_1d():
    """README example 1: two valid triplets, one active."""
    loss, frac = batch_all_triplet_loss(np.array([[0.0], [1.0], [3.0]]), np.array([0, 0, 1]), margin=1.5)
    assert abs(loss - 0.25) < 1e-12 and abs(frac - 0.5) < 1e-12, f"expected (0.25, 0.5), got ({loss}, {frac})"


def test_example_2d():
    """README example 2: eight valid triplets, three active, unsquared distances."""
    loss, frac = batch_all_triplet_loss(E, np.array([0, 0, 1, 1]), margin=1.0)
    want = (2 + 5 - np.sqrt(10) + 5 - np.sqrt(18)) / 8
    assert abs(loss - want) < 1e-12, f"expected loss {want:.9f}, got {loss:.9f}"
    assert abs(frac - 0.375) < 1e-12, f"expected active fraction 0.375, got {frac}"


def test_example_no_valid_triplet():
    """README example 3: all labels distinct -> (0.0, 0.0)."""
    got = batch_all_triplet_loss(E, np.array([0, 1, 2, 3]), margin=1.0)
    assert tuple(got) == (0.0, 0.0), f"expected (0.0, 0.0), got {got}"


def test_returns_two_floats():
    """The result is a pair of Python floats."""
    loss, frac = batch_all_triplet_loss(E, np.array([0, 0, 1, 1]))
    assert isinstance(loss, float) and isinstance(frac, float), f"expected two Python floats, got {type(loss).__name__}, {type(frac).__name__}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
