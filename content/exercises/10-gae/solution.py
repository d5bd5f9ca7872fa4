import numpy as np


def gae(rewards: np.ndarray, values: np.ndarray, next_values: np.ndarray,
        terminated: np.ndarray, truncated: np.ndarray,
        gamma: float = 0.99, lam: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Generalised advantage estimation over a rollout buffer that may span several episodes."""
    r = np.asarray(rewards, dtype=np.float64)
    v = np.asarray(values, dtype=np.float64)
    v_next = np.asarray(next_values, dtype=np.float64)
    term = np.asarray(terminated, dtype=bool)
    trunc = np.asarray(truncated, dtype=bool)
    T = r.shape[0]
    # the bootstrap is switched off only by true termination ...
    delta = r + gamma * (~term) * v_next - v
    # ... but the recursion stops at any episode end (terminated or truncated) and at the buffer end
    cont = ~(term | trunc)
    adv = np.zeros(T)
    running = 0.0
    for t in range(T - 1, -1, -1):
        running = delta[t] + gamma * lam * cont[t] * running
        adv[t] = running
    return adv, adv + v
