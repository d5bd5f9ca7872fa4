from itertools import combinations
from math import factorial
from typing import Callable

import numpy as np


def shapley_values(n: int, v: Callable[[frozenset], float]) -> np.ndarray:
    """Exact Shapley values, shape (n,), calling v at most once per coalition (2^n calls)."""
    raise NotImplementedError


def shap_values(f: Callable[[np.ndarray], np.ndarray], x: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Interventional SHAP values of f at x against background rows (m, n); shape (n,)."""
    raise NotImplementedError
