import numpy as np

from submission import reservoir_sample


def test_example_range():
    """README example 1: exact result for seed 0."""
    got = reservoir_sample(range(10), 3, np.random.default_rng(0))
    assert got == [9, 6, 7], f"expected [9, 6, 7], got {got}"


def test_example_generator():
    """README example 2: works on a one-shot iterator."""
    got = reservoir_sample(iter("abcdefgh"), 4, np.random.default_rng(1))
    assert got == ["a", "b", "e", "f"], f"expected ['a', 'b', 'e', 'f'], got {got}"


def test_example_short_stream():
    """README example 3: fewer than k items -> all of them."""
    got = reservoir_sample([1, 2], 5, np.random.default_rng(0))
    assert got == [1, 2], f"expected [1, 2], got {got}"


def test_sample_properties():
    """Result is a list of k distinct stream items."""
    got = reservoir_sample(range(100), 10, np.random.default_rng(3))
    assert isinstance(got, list) and len(got) == 10, f"expected a list of 10 items, got {got!r}"
    assert len(set(got)) == 10 and all(0 <= v < 100 for v in got), f"items must be distinct members of the stream, got {got}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
