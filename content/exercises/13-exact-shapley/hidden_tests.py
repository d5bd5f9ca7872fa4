from itertools import permutations
import numpy as np
from submission import shapley_values, shap_values


def _random_game(seed, n):
    rng = np.random.default_rng(seed)
    table = {}

    def v(S):
        key = frozenset(S)
        if key not in table:
            table[key] = float(rng.normal())
        return table[key]
    return v


def test_against_permutation_average():
    """Random 5-player games: equals the average marginal contribution over all 120 orders."""
    for seed in (200, 201):
        v = _random_game(seed, 5)
        phi = shapley_values(5, v)
        want = np.zeros(5)
        for order in permutations(range(5)):
            S = frozenset()
            for i in order:
                want[i] += v(S | {i}) - v(S)
                S = S | {i}
        want /= 120
        assert np.allclose(phi, want, atol=1e-12), f"expected {np.round(want, 6)}, got {np.round(phi, 6)}"


def test_efficiency_with_nonzero_empty_value():
    """sum(phi) = v(N) - v(empty), even when v(empty) != 0."""
    v = _random_game(202, 6)
    phi = shapley_values(6, v)
    assert abs(phi.sum() - (v(frozenset(range(6))) - v(frozenset()))) < 1e-10


def test_symmetry_and_dummy():
    """Symmetric players get equal values; a dummy player (adds nothing) gets 0."""
    # players 0 and 1 are interchangeable; player 3 never changes the value
    v = lambda S: float(len(S & {0, 1})) ** 2 + 3.0 * (2 in S) + 0.5 * (0 in S and 2 in S) + 0.5 * (1 in S and 2 in S)
    phi = shapley_values(4, v)
    assert abs(phi[0] - phi[1]) < 1e-12, f"symmetric players differ: {phi}"
    assert abs(phi[3]) < 1e-12, f"dummy player should get 0, got {phi[3]}"


def test_additivity():
    """phi(v + w) = phi(v) + phi(w)."""
    v, w = _random_game(203, 4), _random_game(204, 4)
    a = shapley_values(4, lambda S: v(S) + w(S))
    assert np.allclose(a, shapley_values(4, v) + shapley_values(4, w), atol=1e-12)


def test_at_most_one_call_per_coalition():
    """n = 8: v is called at most 2^8 = 256 times (no n! enumeration)."""
    calls = []
    v = lambda S: (calls.append(1), float(sum(S)) ** 1.5)[1]
    shapley_values(8, v)
    assert len(calls) <= 256, f"v was called {len(calls)} times; cache one value per coalition"


def test_single_player():
    """n = 1: phi_0 = v({0}) - v(empty)."""
    phi = shapley_values(1, lambda S: 5.0 if S else 2.0)
    assert np.allclose(phi, [3.0]), f"expected [3.0], got {phi}"


def test_linear_model_closed_form():
    """Linear model: phi_i = w_i (x_i - background mean_i); f called at most 2^n times."""
    rng = np.random.default_rng(205)
    wv, b = rng.normal(size=6), 0.7
    calls = []

    def f(Z):
        calls.append(1)
        return Z @ wv + b
    x, bg = rng.normal(size=6), rng.normal(size=(30, 6))
    phi = shap_values(f, x, bg)
    assert np.allclose(phi, wv * (x - bg.mean(axis=0)), atol=1e-10), "linear SHAP must be w * (x - mean(bg))"
    assert len(calls) <= 64, f"f was called {len(calls)} times for 6 features; expected at most 64"


def test_shap_efficiency_nonlinear():
    """Nonlinear model: sum(phi) = f(x) - mean f(background)."""
    rng = np.random.default_rng(206)
    f = lambda Z: np.tanh(Z[:, 0] * Z[:, 1]) + np.maximum(Z[:, 2], 0) - Z[:, 3] ** 2
    x, bg = rng.normal(size=4), rng.normal(size=(25, 4))
    phi = shap_values(f, x, bg)
    assert abs(phi.sum() - (f(x[None])[0] - f(bg).mean())) < 1e-10, "efficiency fails for SHAP"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
