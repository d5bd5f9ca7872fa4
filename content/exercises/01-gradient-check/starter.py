from typing import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """Central-difference gradient of a scalar function, (f(x + h e_i) - f(x - h e_i)) / (2h) per entry.

    x may have any shape; the result has x's shape (float64). The caller's x must not be modified.
    """
    raise NotImplementedError


def gradient_check(f: Callable[[np.ndarray], float], grad_f: Callable[[np.ndarray], np.ndarray],
                   x: np.ndarray, h: float = 1e-6, threshold: float = 1e-6) -> tuple[float, bool]:
    """Compare an analytic gradient with central differences.

    rel = ||g_a - g_n|| / max(||g_a|| + ||g_n||, 1e-12) (2-norms over all entries).
    Returns (rel, rel < threshold) as (Python float, bool).
    """
    raise NotImplementedError
