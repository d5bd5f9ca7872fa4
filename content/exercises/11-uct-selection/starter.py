import math
import numpy as np


def uct_scores(parent_visits: int, child_visits: np.ndarray, child_values: np.ndarray, c: float) -> np.ndarray:
    """UCB1 scores W_k/N_k + c*sqrt(ln N / N_k), +inf where N_k == 0; shape (K,)."""
    raise NotImplementedError


def uct_select(parent_visits: int, child_visits: np.ndarray, child_values: np.ndarray,
               c: float = math.sqrt(2)) -> int:
    """Lowest-index unvisited child if any, else argmax of the scores (lowest index on ties)."""
    raise NotImplementedError


def best_child(child_visits: np.ndarray) -> int:
    """Most visited child, lowest index on ties."""
    raise NotImplementedError
