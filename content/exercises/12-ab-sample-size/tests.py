from submission import sample_size_per_arm, power_two_proportions


def test_basic_example():
    """README: 10 % -> 12 %, alpha 0.05 two-sided, 80 % power needs 3839 per arm."""
    n = sample_size_per_arm(0.10, 0.02)
    assert n == 3839 and isinstance(n, int), f"expected int 3839, got {n!r}"


def test_power_examples():
    """README: power just above 0.8 at 3839 and just below at 3838."""
    a, b = power_two_proportions(3839, 0.10, 0.12), power_two_proportions(3838, 0.10, 0.12)
    assert abs(a - 0.8000927) < 1e-6, f"expected 0.800093, got {a:.7f}"
    assert abs(b - 0.7999905) < 1e-6, f"expected 0.799991, got {b:.7f}"


def test_variants_examples():
    """README: one-sided, 90 % power and relative MDE."""
    assert sample_size_per_arm(0.10, 0.02, two_sided=False) == 3024, "one-sided should need 3024"
    assert sample_size_per_arm(0.10, 0.02, power=0.9) == 5139, "90 % power should need 5139"
    assert sample_size_per_arm(0.05, 0.02, relative=True) == 752700, "2 % relative lift on 5 % should need 752700"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
