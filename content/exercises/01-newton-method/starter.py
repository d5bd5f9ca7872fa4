from typing import Callable

import numpy as np


def newton_minimize(f: Callable[[np.ndarray], float], grad: Callable[[np.ndarray], np.ndarray],
                    hess: Callable[[np.ndarray], np.ndarray], x0: np.ndarray, tol: float = 1e-10,
                    max_iter: int = 100, alpha: float = 1e-4, beta: float = 0.5
                    ) -> tuple[np.ndarray, list[float]]:
    """Damped Newton's method with Armijo backtracking for a smooth, strictly convex f.

    Loop: g = grad(x); record ||g||; stop if ||g|| <= tol. Else solve hess(x) p = -g,
    start at t = 1 and set t <- beta * t while f(x + t p) > f(x) + alpha * t * g.p; then x <- x + t p.

    Returns:
        (x, grad_norms): the final point and the gradient norms at x0, x1, ..., x_final (a list).
    Raises:
        RuntimeError: if ||g|| > tol after max_iter Newton steps.
    """
    raise NotImplementedError
