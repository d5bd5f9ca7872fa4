import itertools
import numpy as np
from scipy.optimize import linprog
from submission import value_iteration, policy_evaluation


def _random_mdp(rng, S, A, sparse=False):
    P = rng.dirichlet(np.ones(S) * (0.3 if sparse else 1.0), size=(S, A))
    R = rng.normal(size=(S, A))
    return P, R


def test_brute_force_optimum():
    """On random 4-state, 3-action MDPs, V equals the best value over all 81 deterministic policies."""
    rng = np.random.default_rng(30)
    for _ in range(3):
        P, R = _random_mdp(rng, 4, 3, sparse=True)
        gamma = 0.9
        idx = np.arange(4)
        best = np.full(4, -np.inf)
        for pol in itertools.product(range(3), repeat=4):
            pol = np.array(pol)
            Vp = np.linalg.solve(np.eye(4) - gamma * P[idx, pol], R[idx, pol])
            best = np.maximum(best, Vp)
        V, pi = value_iteration(P, R, gamma)
        assert np.allclose(V, best, atol=1e-6), f"expected V*={best}, got {V}"
        Vpi = np.linalg.solve(np.eye(4) - gamma * P[idx, np.asarray(pi)], R[idx, np.asarray(pi)])
        assert np.allclose(Vpi, best, atol=1e-6), f"greedy policy {pi} is not optimal: its value {Vpi} vs {best}"


def test_against_linear_program():
    """V* matches scipy's LP solution: min sum V s.t. V >= R[:,a] + gamma P[:,a] V."""
    rng = np.random.default_rng(31)
    S, A, gamma = 7, 3, 0.95
    P, R = _random_mdp(rng, S, A)
    A_ub = (gamma * P - np.eye(S)[:, None, :]).reshape(S * A, S)
    res = linprog(np.ones(S), A_ub=A_ub, b_ub=-R.ravel(), bounds=[(None, None)] * S, method="highs")
    V, _ = value_iteration(P, R, gamma)
    assert np.allclose(V, res.x, atol=1e-6), f"expected V*={np.round(res.x, 6)}, got {np.round(V, 6)}"


def test_next_state_axis():
    """Asymmetric transitions catch summing P over the wrong axis."""
    # 3-state chain, a single action: 0 -> 1 -> 2 -> 2, reward only in state 2
    P = np.zeros((3, 1, 3)); P[0, 0, 1] = P[1, 0, 2] = P[2, 0, 2] = 1.0
    R = np.array([[0.0], [0.0], [1.0]])
    V, pi = value_iteration(P, R, 0.5)
    assert np.allclose(V, [0.5, 1.0, 2.0], atol=1e-6), f"expected V=[0.5, 1, 2], got {V}"
    Ve = policy_evaluation(P, R, 0.5, np.zeros(3, dtype=int))
    assert np.allclose(Ve, [0.5, 1.0, 2.0], atol=1e-10), f"policy_evaluation: expected [0.5, 1, 2], got {Ve}"


def test_policy_evaluation_random():
    """policy_evaluation matches iterating the expectation backup to convergence."""
    rng = np.random.default_rng(32)
    S, A, gamma = 6, 4, 0.8
    P, R = _random_mdp(rng, S, A)
    pol = rng.integers(0, A, size=S)
    idx = np.arange(S)
    Vit = np.zeros(S)
    for _ in range(400):
        Vit = R[idx, pol] + gamma * P[idx, pol] @ Vit
    V = policy_evaluation(P, R, gamma, pol)
    assert np.allclose(V, Vit, atol=1e-9), f"expected {np.round(Vit, 6)}, got {np.round(V, 6)}"


def test_ties_lowest_index():
    """Duplicate actions (identical rows) tie exactly: the lowest index wins."""
    rng = np.random.default_rng(33)
    P, R = _random_mdp(rng, 5, 2)
    P = np.concatenate([P[:, [1]], P[:, [1]], P[:, [0]]], axis=1)
    R = np.concatenate([R[:, [1]], R[:, [1]], R[:, [0]]], axis=1)
    _, pi = value_iteration(P, R, 0.9)
    pi = np.asarray(pi)
    assert np.all(pi != 1), f"action 1 duplicates action 0; ties must go to the lowest index, got {pi}"


def test_gamma_zero_is_myopic():
    """gamma=0: V is the best immediate reward and the policy its argmax."""
    rng = np.random.default_rng(34)
    P, R = _random_mdp(rng, 5, 3)
    V, pi = value_iteration(P, R, 0.0)
    assert np.allclose(V, R.max(1)), f"expected V = max_a R = {R.max(1)}, got {V}"
    assert np.array_equal(np.asarray(pi), R.argmax(1)), f"expected policy {R.argmax(1)}, got {pi}"


def test_high_gamma_converges():
    """gamma=0.99 still reaches the exact optimum to 1e-6 (the loop must not stop early)."""
    rng = np.random.default_rng(35)
    P, R = _random_mdp(rng, 5, 2)
    V, pi = value_iteration(P, R, 0.99)
    Vpi = policy_evaluation(P, R, 0.99, np.asarray(pi))
    Q = R + 0.99 * P @ Vpi
    assert np.allclose(Q.max(1), Vpi, atol=1e-8), "the returned policy is not optimal at gamma=0.99"
    assert np.allclose(V, Vpi, atol=1e-6), f"V differs from the greedy policy's exact value: {V} vs {Vpi}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
