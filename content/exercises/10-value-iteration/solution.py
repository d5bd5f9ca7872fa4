import numpy as np


def policy_evaluation(P: np.ndarray, R: np.ndarray, gamma: float, policy: np.ndarray) -> np.ndarray:
    """Exact V^pi of a deterministic policy by solving (I - gamma P_pi) V = r_pi."""
    P = np.asarray(P, dtype=np.float64)
    R = np.asarray(R, dtype=np.float64)
    S = P.shape[0]
    idx = np.arange(S)
    P_pi = P[idx, policy]            # (S, S'): row s is P[s, pi(s), :]
    r_pi = R[idx, policy]            # (S,)
    return np.linalg.solve(np.eye(S) - gamma * P_pi, r_pi)   # LU solve, no explicit inverse


def value_iteration(P: np.ndarray, R: np.ndarray, gamma: float, tol: float = 1e-10,
                    max_iter: int = 100_000) -> tuple[np.ndarray, np.ndarray]:
    """Synchronous value iteration; returns (V, greedy policy)."""
    P = np.asarray(P, dtype=np.float64)
    R = np.asarray(R, dtype=np.float64)
    S, A, _ = P.shape
    V = np.zeros(S)
    for _ in range(max_iter):
        Q = R + gamma * P @ V        # (S, A, S') @ (S',) -> (S, A): sums over the NEXT state
        V_new = Q.max(axis=1)
        done = np.max(np.abs(V_new - V)) < tol
        V = V_new
        if done:
            break
    Q = R + gamma * P @ V            # greedy w.r.t. the final V
    return V, Q.argmax(axis=1)       # argmax returns the lowest index among exact ties
