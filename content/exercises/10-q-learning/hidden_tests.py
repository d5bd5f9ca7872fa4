import numpy as np
from submission import q_learning

def cliff_env(H=3, W=5):
    """Cliff walk: start bottom-left, goal bottom-right (terminal), bottom cells between are a cliff
    (reward -100, back to start); every other step costs -1. Actions: 0 up, 1 right, 2 down, 3 left."""
    S = H * W
    ns = np.zeros((S, 4), dtype=int); rw = np.full((S, 4), -1.0)
    start, goal = (H - 1) * W, H * W - 1
    moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]
    for i in range(H):
        for j in range(W):
            s = i * W + j
            for a, (di, dj) in enumerate(moves):
                ni, nj = min(max(i + di, 0), H - 1), min(max(j + dj, 0), W - 1)
                s2 = ni * W + nj
                if ni == H - 1 and 0 < nj < W - 1:
                    s2, rw[s, a] = start, -100.0
                ns[s, a] = s2
    term = np.zeros(S, dtype=bool); term[goal] = True
    return ns, rw, term, start


def _chain(n):
    ns = np.array([[max(s - 1, 0), min(s + 1, n - 1)] for s in range(n)])
    rw = np.zeros((n, 2)); rw[n - 2, 1] = 1.0
    term = np.zeros(n, dtype=bool); term[-1] = True
    return ns, rw, term


def _reference(ns, rw, term, start, n_ep, alpha, gamma, eps, max_steps, rng):
    S, A = ns.shape
    Q = np.zeros((S, A))
    for _ in range(n_ep):
        s = start
        for _ in range(max_steps):
            a = int(rng.integers(A)) if rng.random() < eps else int(np.argmax(Q[s]))
            s2 = ns[s, a]
            y = rw[s, a] + (0.0 if term[s2] else gamma * Q[s2].max())
            Q[s, a] += alpha * (y - Q[s, a])
            s = s2
            if term[s]:
                break
    return Q


def test_exact_reproduction_chain():
    """Same seed, same rng call order: Q matches the reference run exactly (after 7 episodes)."""
    ns, rw, term = _chain(6)
    got = q_learning(ns, rw, term, 0, 7, 0.3, 0.95, 0.4, 50, np.random.default_rng(41))
    want = _reference(ns, rw, term, 0, 7, 0.3, 0.95, 0.4, 50, np.random.default_rng(41))
    assert np.allclose(got, want, atol=1e-12), (
        f"expected {np.round(want, 5).tolist()}, got {np.round(got, 5).tolist()}; "
        "check the rng call order and the tie-break")


def test_exact_reproduction_cliff():
    """Cliff walk, 20 episodes: exact match with the reference run."""
    ns, rw, term, st = cliff_env()
    got = q_learning(ns, rw, term, st, 20, 0.5, 1.0, 0.1, 200, np.random.default_rng(42))
    want = _reference(ns, rw, term, st, 20, 0.5, 1.0, 0.1, 200, np.random.default_rng(42))
    err = np.max(np.abs(got - want))
    assert err < 1e-9, f"max |Q - reference| = {err:.3g}; is the target max_a' Q(s', a') (not SARSA)?"


def test_cliff_learns_shortest_path():
    """On the cliff walk the greedy policy walks along the cliff edge: 6 steps to the goal."""
    ns, rw, term, st = cliff_env()
    Q = q_learning(ns, rw, term, st, 300, 0.5, 1.0, 0.1, 200, np.random.default_rng(1))
    s, steps = st, 0
    while not term[s] and steps < 30:
        s, steps = ns[s, int(np.argmax(Q[s]))], steps + 1
    assert term[s] and steps == 6, f"greedy path should reach the goal in 6 steps, took {steps} (reached goal: {bool(term[s])})"


def test_off_policy_with_random_behaviour():
    """epsilon = 1 (uniform behaviour) still learns Q* on the chain: the target is greedy."""
    ns, rw, term = _chain(5)
    Q = q_learning(ns, rw, term, 0, 400, 0.5, 0.9, 1.0, 200, np.random.default_rng(43))
    qstar_right = 0.9 ** (3 - np.arange(4))
    assert np.allclose(Q[:4, 1], qstar_right, atol=1e-3), f"expected Q[:,right]≈{qstar_right}, got {np.round(Q[:4, 1], 4)}"


def test_step_cap_truncates():
    """max_steps = 1: every episode takes exactly one step from the start (chain of 3, greedy-left at start)."""
    ns, rw, term = _chain(3)
    # from 0 greedy picks left (tie -> index 0) and stays in 0; with epsilon 0 nothing is ever learned
    Q = q_learning(ns, rw, term, 0, 50, 0.5, 0.9, 0.0, 1, np.random.default_rng(44))
    assert np.allclose(Q, 0.0), f"expected all zeros (greedy ties go left, no reward), got {Q.tolist()}"
    Q = q_learning(ns, rw, term, 1, 1, 0.5, 0.9, 0.0, 1, np.random.default_rng(44))
    assert np.allclose(Q, 0.0), f"one left step from state 1 with zero Q gives zero update, got {Q.tolist()}"


def test_terminal_rows_untouched():
    """Terminal states are never updated (their value stays 0)."""
    ns, rw, term = _chain(4)
    Q = q_learning(ns, rw, term, 0, 100, 0.5, 0.9, 0.5, 50, np.random.default_rng(45))
    assert np.all(Q[3] == 0.0), f"terminal row must stay 0, got {Q[3]}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
