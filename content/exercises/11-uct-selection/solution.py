import math
import numpy as np


def uct_scores(parent_visits: int, child_visits: np.ndarray, child_values: np.ndarray, c: float) -> np.ndarray:
    """UCB1 score of each child: mean value + c * sqrt(ln N_parent / N_child); +inf for unvisited children."""
    N = np.asarray(child_visits, dtype=np.float64)
    W = np.asarray(child_values, dtype=np.float64)
    scores = np.full(N.shape, np.inf)
    seen = N > 0
    # log of the PARENT's visit count, square root of the ratio, divided per child
    scores[seen] = W[seen] / N[seen] + c * np.sqrt(math.log(parent_visits) / N[seen])
    return scores


def uct_select(parent_visits: int, child_visits: np.ndarray, child_values: np.ndarray, c: float = math.sqrt(2)) -> int:
    """Index of the child UCT descends into: first unvisited child, else the highest UCB1 score (lowest index on ties)."""
    N = np.asarray(child_visits)
    unvisited = np.flatnonzero(N == 0)
    if unvisited.size:
        return int(unvisited[0])
    return int(np.argmax(uct_scores(parent_visits, child_visits, child_values, c)))


def best_child(child_visits: np.ndarray) -> int:
    """Move to play after the search: the most visited child (lowest index on ties)."""
    return int(np.argmax(np.asarray(child_visits)))
