import numpy as np


def nash_2x2(A: np.ndarray, B: np.ndarray) -> list[tuple[float, float]]:
    """Nash equilibria of a 2x2 bimatrix game.

    Args:
        A, B: (2, 2) payoffs of the row and column player.
    Returns:
        List of (p, q): p = P(row 0), q = P(column 0). Pure equilibria first in cell order
        (0,0), (0,1), (1,0), (1,1), then the fully mixed one (0 < p, q < 1) if it exists.
    """
    raise NotImplementedError
