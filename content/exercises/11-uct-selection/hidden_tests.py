import math
import numpy as np
from submission import uct_scores, uct_select, best_child


def test_scores_random_against_formula():
    """Seeded random nodes: scores equal W/N + c*sqrt(ln(parent)/N), +inf where N == 0."""
    rng = np.random.default_rng(140)
    for _ in range(50):
        K = rng.integers(1, 8)
        Nk = rng.integers(0, 50, size=K)
        Wk = rng.uniform(0, 1, size=K) * Nk
        Np = int(Nk.sum()) + int(rng.integers(1, 5))
        c = float(rng.uniform(0, 3))
        s = np.asarray(uct_scores(Np, Nk, Wk, c), dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            want = np.where(Nk > 0, Wk / np.maximum(Nk, 1) + c * np.sqrt(np.log(Np) / np.maximum(Nk, 1)), np.inf)
        assert s.shape == (K,), f"expected shape ({K},), got {s.shape}"
        assert np.all(np.isinf(s[Nk == 0]) & (s[Nk == 0] > 0)), "unvisited children must score +inf"
        assert np.allclose(s[Nk > 0], want[Nk > 0], atol=1e-12), "scores differ from W/N + c*sqrt(ln(N_parent)/N_k)"


def test_lowest_unvisited_first():
    """Several unvisited children: the lowest index is chosen, regardless of the others' values."""
    got = uct_select(100, np.array([50, 0, 49, 0]), np.array([50.0, 0.0, 0.0, 0.0]))
    assert got == 1, f"expected 1, got {got}"


def test_parent_visits_not_sum():
    """The bonus uses parent_visits as given (here larger than the children's sum)."""
    # with N_parent = 12 the greedy child 0 wins; with N_parent = 1000 the less-visited child 1 wins
    Nk, Wk = np.array([10, 2]), np.array([8.0, 0.2])
    assert uct_select(12, Nk, Wk, 1.0) == 0, "with parent_visits=12 expected child 0"
    assert uct_select(1000, Nk, Wk, 1.0) == 1, "with parent_visits=1000 expected child 1 (bonus grows with ln N)"


def test_values_are_totals():
    """child_values are sums: a child with W=30 over N=100 is worse than W=2 over N=2."""
    assert uct_select(102, np.array([100, 2]), np.array([30.0, 2.0]), 0.0) == 1


def test_single_child_and_int_type():
    """K = 1 always returns 0, as a Python int."""
    got = uct_select(3, np.array([2]), np.array([0.5]))
    assert got == 0 and isinstance(got, int), f"expected int 0, got {got!r}"
    assert isinstance(best_child(np.array([1, 3])), int)


def test_ucb1_bandit_concentrates_on_best_arm():
    """Driving a Bernoulli bandit with uct_select: the best arm gets most pulls and best_child finds it."""
    rng = np.random.default_rng(141)
    p = np.array([0.2, 0.45, 0.7, 0.5])
    Nk, Wk = np.zeros(4, dtype=int), np.zeros(4)
    for t in range(1, 3001):
        k = uct_select(t, Nk, Wk)
        Nk[k] += 1
        Wk[k] += float(rng.random() < p[k])
    assert best_child(Nk) == 2, f"expected arm 2 to be pulled most, visits {Nk}"
    assert Nk[2] > 0.6 * Nk.sum(), f"UCB1 should concentrate on the best arm, visits {Nk}"
    assert Nk.min() > 10, f"every arm keeps being explored a little, visits {Nk}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
