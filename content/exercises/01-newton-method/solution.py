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
        (x, grad_norms): the final point and the gradient norms at x0, x1, ..., x_final.
    Raises:
        RuntimeError: if ||g|| > tol after max_iter Newton steps.
    """
    x = np.array(x0, dtype=np.float64)
    norms: list[float] = []
    for k in range(max_iter + 1):
        g = np.asarray(grad(x), dtype=np.float64)
        norms.append(float(np.linalg.norm(g)))
        if norms[-1] <= tol:
            return x, norms
        if k == max_iter:
            break
        H = np.asarray(hess(x), dtype=np.float64)
        p = np.linalg.solve(H, -g)             # solve the Newton system; never form H^{-1}
        slope = float(g @ p)                   # = -g^T H^{-1} g < 0 for positive-definite H
        fx = f(x)
        t = 1.0
        # Armijo sufficient decrease; with alpha < 1/2 the full step t = 1 is accepted near the optimum
        while f(x + t * p) > fx + alpha * t * slope and t > 1e-20:
            t *= beta
        x = x + t * p
    raise RuntimeError(f"Newton's method did not reach ||grad|| <= {tol} in {max_iter} steps")
