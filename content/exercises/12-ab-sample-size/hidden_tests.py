import math
import numpy as np
from scipy.stats import norm
from submission import sample_size_per_arm, power_two_proportions


def test_random_against_formula():
    """Seeded random settings match the closed form computed with scipy.stats.norm."""
    rng = np.random.default_rng(160)
    for _ in range(40):
        p1 = rng.uniform(0.02, 0.6); mde = rng.uniform(0.005, 0.1) * rng.choice([-1, 1])
        if not 0 < p1 + mde < 1:
            continue
        alpha = rng.choice([0.01, 0.05, 0.1]); pw = rng.choice([0.8, 0.9, 0.95]); two = bool(rng.integers(2))
        p2 = p1 + mde
        za = norm.ppf(1 - alpha / 2) if two else norm.ppf(1 - alpha)
        want = math.ceil((za + norm.ppf(pw)) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / mde ** 2)
        got = sample_size_per_arm(p1, mde, alpha=alpha, power=pw, two_sided=two)
        assert abs(got - want) <= 1 and got >= want - 1, f"p1={p1:.3f}, mde={mde:.3f}: expected {want}, got {got}"


def test_power_at_n_meets_target_and_n_minus_one_does_not():
    """power(n) >= target (two-sided); one-sided, where the formula is exact, power(n - 1) < target."""
    rng = np.random.default_rng(161)
    for _ in range(30):
        p1 = rng.uniform(0.05, 0.5); mde = rng.uniform(0.01, 0.08)
        pw = rng.choice([0.8, 0.9])
        n = sample_size_per_arm(p1, mde, power=pw)
        assert power_two_proportions(n, p1, p1 + mde) >= pw - 1e-12, f"power at n={n} is below {pw}"
        n1 = sample_size_per_arm(p1, mde, power=pw, two_sided=False)
        assert power_two_proportions(n1, p1, p1 + mde, two_sided=False) >= pw - 1e-12, f"one-sided power at n={n1} < {pw}"
        assert power_two_proportions(n1 - 1, p1, p1 + mde, two_sided=False) < pw, \
            f"one-sided n={n1} is not minimal (n-1 already reaches {pw})"


def test_relative_equals_absolute():
    """relative=True with mde r equals the absolute mde p1 * r."""
    assert sample_size_per_arm(0.2, 0.1, relative=True) == sample_size_per_arm(0.2, 0.2 * 0.1 + 0.0)


def test_simulated_power():
    """Monte Carlo: 4000 simulated experiments at n per arm reject about 80 % of the time."""
    p1, p2 = 0.2, 0.25
    n = sample_size_per_arm(p1, 0.05)
    rng = np.random.default_rng(162)
    a = rng.binomial(n, p1, 4000) / n
    b = rng.binomial(n, p2, 4000) / n
    z = (b - a) / np.sqrt((a * (1 - a) + b * (1 - b)) / n)
    rate = np.mean(np.abs(z) > norm.ppf(0.975))
    assert abs(rate - 0.8) < 0.03, f"simulated power {rate:.3f} should be close to 0.80 (n={n})"


def test_two_sided_power_includes_wrong_tail():
    """With a tiny sample the wrong-tail term is visible: power(1) matches both tails."""
    se = math.sqrt((0.3 * 0.7 + 0.35 * 0.65) / 1)
    s = 0.05 / se; z = norm.ppf(0.975)
    want = norm.cdf(s - z) + norm.cdf(-s - z)
    got = power_two_proportions(1, 0.3, 0.35)
    assert abs(got - want) < 1e-12, f"expected {want:.8f} (both tails), got {got:.8f}"
    one = power_two_proportions(1, 0.3, 0.35, two_sided=False)
    assert abs(one - norm.cdf(s - norm.ppf(0.95))) < 1e-12, f"one-sided power wrong: {one}"


def test_invalid_inputs_raise():
    """mde = 0 or rates outside (0, 1) raise ValueError."""
    for args, kw in [((0.1, 0.0), {}), ((0.95, 0.1), {}), ((0.0, 0.1), {}), ((0.6, 1.0), {"relative": True})]:
        try:
            sample_size_per_arm(*args, **kw)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {args} {kw}")


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
