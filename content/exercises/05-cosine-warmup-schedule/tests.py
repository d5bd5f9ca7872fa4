import math

from submission import warmup_cosine_lr


def test_example_full_schedule():
    """README example 1: every step of a 4-step warm-up, 8-step decay to 0.1."""
    want = [0.0, 0.25, 0.5, 0.75, 1.0, 0.9657, 0.8682, 0.7222, 0.55, 0.3778, 0.2318, 0.1343, 0.1, 0.1]
    got = [warmup_cosine_lr(t, 1.0, 4, 12, 0.1) for t in range(14)]
    assert all(abs(a - b) < 5e-5 for a, b in zip(got, want)), f"expected {want}, got {[round(x, 4) for x in got]}"


def test_example_midpoint():
    """README example 2: the decay's midpoint is (max + min) / 2."""
    got = warmup_cosine_lr(8, 1.0, 4, 12, 0.1)
    assert abs(got - 0.55) < 1e-15, f"expected 0.55, got {got}"


def test_example_no_warmup():
    """README example 3: warmup_steps = 0 starts at the peak."""
    got = warmup_cosine_lr(0, 3e-4, 0, 100)
    assert got == 3e-4, f"expected 3e-4, got {got}"


def test_returns_float():
    """The result is a Python float, also in the warm-up branch."""
    got = warmup_cosine_lr(1, 1, 4, 10)
    assert isinstance(got, float), f"expected a Python float, got {type(got).__name__}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
