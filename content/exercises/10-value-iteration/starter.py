import numpy as np


def policy_evaluation(P: np.ndarray, R: np.ndarray, gamma: float, policy: np.ndarray) -> np.ndarray:
    """Exact value of a deterministic policy.

    Args:
        P: (S, A, S) transition probabilities P[s, a, s2].
        R: (S, A) expected rewards.
        gamma: discount in [0, 1).
        policy: (S,) int actions.
    Returns:
        V: (S,) float64, the solution of (I - gamma P_pi) V = r_pi.
    """
    raise NotImplementedError


def value_iteration(P: np.ndarray, R: np.ndarray, gamma: float, tol: float = 1e-10,
                    max_iter: int = 100000) -> tuple[np.ndarray, np.ndarray]:
    """Synchronous value iteration from V = 0.

    Returns:
        (V, policy): V (S,) float64 after the stopping rule max|V_new - V| < tol;
        policy (S,) int, greedy w.r.t. V, ties to the lowest action index.
    """
    raise NotImplementedError
