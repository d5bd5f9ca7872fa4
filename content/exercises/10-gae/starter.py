import numpy as np


def gae(rewards: np.ndarray, values: np.ndarray, next_values: np.ndarray,
        terminated: np.ndarray, truncated: np.ndarray,
        gamma: float = 0.99, lam: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Generalised advantage estimation over a rollout buffer.

    Args:
        rewards: (T,) reward r_t received after action a_t.
        values: (T,) critic value V(s_t).
        next_values: (T,) critic value V(s_{t+1}) of the observation that followed step t
            (the final observation of the episode at a truncated step; the bootstrap value at t = T-1).
        terminated: (T,) bool, True if s_{t+1} is a true terminal state.
        truncated: (T,) bool, True if the episode was cut (time limit) after step t.
        gamma: discount factor; lam: GAE lambda.
    Returns:
        (advantages, returns): two float64 arrays of shape (T,), returns = advantages + values.
    """
    raise NotImplementedError
