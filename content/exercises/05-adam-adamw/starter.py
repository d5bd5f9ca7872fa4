import numpy as np


def adam_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
              lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8,
              weight_decay: float = 0.0, decoupled: bool = True
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One Adam / AdamW update with bias correction. Inputs must not be modified.

    Args:
        param, grad, m, v: float arrays of the same shape (m, v: moments after step t-1; zeros at t = 1).
        t: the 1-based index of this step.
        lr, beta1, beta2, eps: Adam hyper-parameters (eps is added outside the square root).
        weight_decay: lambda.
        decoupled: True -> AdamW (theta <- theta * (1 - lr * lambda) before the Adam step);
                   False -> Adam with L2 (lambda * theta added to the gradient).
    Returns:
        (new_param, new_m, new_v).
    """
    raise NotImplementedError
