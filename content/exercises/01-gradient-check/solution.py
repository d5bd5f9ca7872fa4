from typing import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """Central-difference gradient of a scalar function, (f(x + h e_i) - f(x - h e_i)) / (2h) per entry.

    x may have any shape; the result has x's shape (float64). The caller's x is not modified.
    """
    x = np.array(x, dtype=np.float64)          # private float64 copy: perturb it, never the caller's array
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        f_plus = float(f(x))
        x[i] = old - h
        f_minus = float(f(x))
        x[i] = old                              # restore before moving to the next coordinate
        grad[i] = (f_plus - f_minus) / (2.0 * h)   # O(h^2) truncation error, vs O(h) one-sided
    return grad


def gradient_check(f: Callable[[np.ndarray], float], grad_f: Callable[[np.ndarray], np.ndarray],
                   x: np.ndarray, h: float = 1e-6, threshold: float = 1e-6) -> tuple[float, bool]:
    """Compare an analytic gradient with central differences.

    rel = ||g_a - g_n|| / max(||g_a|| + ||g_n||, 1e-12) (2-norms over all entries).
    Returns (rel, rel < threshold).
    """
    g_a = np.asarray(grad_f(np.array(x, dtype=np.float64)), dtype=np.float64)
    g_n = numerical_gradient(f, x, h)
    rel = float(np.linalg.norm(g_a - g_n) / max(np.linalg.norm(g_a) + np.linalg.norm(g_n), 1e-12))
    return rel, rel < threshold
