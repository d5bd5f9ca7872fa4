import numpy as np


def _strategy(regrets: np.ndarray) -> np.ndarray:
    """Play proportionally to positive cumulative regret; uniform if none is positive."""
    pos = np.maximum(regrets, 0.0)
    s = pos.sum()
    return pos / s if s > 0 else np.full(regrets.shape[0], 1.0 / regrets.shape[0])


def regret_matching(A: np.ndarray, B: np.ndarray, T: int) -> tuple[np.ndarray, np.ndarray]:
    """T rounds of simultaneous regret-matching self-play; returns the average strategies."""
    A = np.asarray(A, dtype=np.float64)
    B = np.asarray(B, dtype=np.float64)
    m, n = A.shape
    Rx, Ry = np.zeros(m), np.zeros(n)
    Sx, Sy = np.zeros(m), np.zeros(n)
    for _ in range(T):
        x, y = _strategy(Rx), _strategy(Ry)
        Sx += x
        Sy += y
        ux = A @ y                 # row player's payoff for each pure row against y
        uy = x @ B                 # column player's payoff for each pure column against x
        # both updates use this round's strategies (simultaneous play)
        Rx += ux - x @ ux
        Ry += uy - y @ uy
    return Sx / T, Sy / T


def duality_gap(A: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """Duality gap of (x, y) in the zero-sum game where the row player receives A and the column player -A."""
    A = np.asarray(A, dtype=np.float64)
    return float((A @ y).max() - (x @ A).min())
