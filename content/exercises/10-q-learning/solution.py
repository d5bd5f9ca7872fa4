import numpy as np


def chain_env(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The chain from the statement: states 0..n-1, action 0 = left, 1 = right, state n-1 terminal."""
    next_state = np.zeros((n, 2), dtype=int)
    reward = np.zeros((n, 2))
    for s in range(n):
        next_state[s, 0] = max(s - 1, 0)
        next_state[s, 1] = min(s + 1, n - 1)
    reward[n - 2, 1] = 1.0
    terminal = np.zeros(n, dtype=bool)
    terminal[n - 1] = True
    return next_state, reward, terminal


def q_learning(next_state: np.ndarray, reward: np.ndarray, terminal: np.ndarray, start: int,
               n_episodes: int, alpha: float, gamma: float, epsilon: float, max_steps: int,
               rng: np.random.Generator) -> np.ndarray:
    """Tabular Q-learning with epsilon-greedy behaviour on a deterministic environment."""
    S, A = next_state.shape
    Q = np.zeros((S, A))
    for _ in range(n_episodes):
        s = start
        for _ in range(max_steps):
            # epsilon-greedy: exactly one rng.random() per step, plus rng.integers(A) when exploring
            if rng.random() < epsilon:
                a = int(rng.integers(A))
            else:
                a = int(np.argmax(Q[s]))            # lowest index among ties
            s2, r = int(next_state[s, a]), float(reward[s, a])
            # off-policy target: max over next actions, zero beyond a terminal state
            target = r if terminal[s2] else r + gamma * np.max(Q[s2])
            Q[s, a] += alpha * (target - Q[s, a])
            s = s2
            if terminal[s]:
                break
    return Q
