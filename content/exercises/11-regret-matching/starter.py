import numpy as np


def regret_matching(A: np.ndarray, B: np.ndarray, T: int) -> tuple[np.ndarray, np.ndarray]:
    """Regret-matching self-play with expected payoffs for T rounds.

    Args:
        A, B: (m, n) payoffs of the row and column player.
        T: number of rounds (>= 1).
    Returns:
        (x_avg, y_avg): average strategies over the T rounds, shapes (m,) and (n,).
    """
    raise NotImplementedError


def duality_gap(A: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """Duality gap max_i (A y)_i - min_j (x^T A)_j of the zero-sum game (row gets A, column gets -A)."""
    raise NotImplementedError
