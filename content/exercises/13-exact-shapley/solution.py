from itertools import combinations
from math import factorial
from typing import Callable

import numpy as np


def shapley_values(n: int, v: Callable[[frozenset], float]) -> np.ndarray:
    """Exact Shapley values of the game (N = {0..n-1}, v) by enumerating all 2^n coalitions once."""
    # evaluate every coalition exactly once
    value = {}
    for k in range(n + 1):
        for S in combinations(range(n), k):
            value[frozenset(S)] = float(v(frozenset(S)))
    # weight for a coalition of size s not containing i: s! (n - s - 1)! / n!
    w = [factorial(s) * factorial(n - s - 1) / factorial(n) for s in range(n)]
    phi = np.zeros(n)
    for S, vS in value.items():
        for i in range(n):
            if i not in S:
                phi[i] += w[len(S)] * (value[S | {i}] - vS)
    return phi


def shap_values(f: Callable[[np.ndarray], np.ndarray], x: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Interventional SHAP: v(S) = mean_b f(z) with z_S = x_S and the rest from background row b."""
    x = np.asarray(x, dtype=np.float64)
    bg = np.asarray(background, dtype=np.float64)

    def v(S: frozenset) -> float:
        Z = bg.copy()
        idx = sorted(S)
        Z[:, idx] = x[idx]                   # fix the coalition's features at the explained point
        return float(np.mean(f(Z)))

    return shapley_values(x.shape[0], v)
