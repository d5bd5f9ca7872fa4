import numpy as np


def q_learning(next_state: np.ndarray, reward: np.ndarray, terminal: np.ndarray, start: int,
               n_episodes: int, alpha: float, gamma: float, epsilon: float, max_steps: int,
               rng: np.random.Generator) -> np.ndarray:
    """Tabular Q-learning on a deterministic environment.

    Args:
        next_state: (S, A) int, next state for each (s, a).
        reward: (S, A) float, reward for each (s, a).
        terminal: (S,) bool, terminal states.
        start: start state of every episode.
        n_episodes, max_steps: number of episodes and the per-episode step cap.
        alpha, gamma, epsilon: step size, discount, exploration rate.
        rng: numpy Generator; per step call rng.random(), and rng.integers(A) only if exploring.
    Returns:
        Q: (S, A) float64 table (initialised to zeros).
    """
    raise NotImplementedError
