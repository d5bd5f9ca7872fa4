import numpy as np


def adam_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
              lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8,
              weight_decay: float = 0.0, decoupled: bool = True
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One Adam / AdamW update with bias correction. Inputs are not modified.

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
    p = np.asarray(param, dtype=np.float64)
    g = np.asarray(grad, dtype=np.float64)
    if weight_decay != 0.0:
        if decoupled:
            p = p * (1.0 - lr * weight_decay)     # AdamW: shrink the weights, outside the adaptive scaling
        else:
            g = g + weight_decay * p              # L2: the decay goes through m, v and the 1/sqrt(v) scaling
    m_new = beta1 * np.asarray(m, dtype=np.float64) + (1.0 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=np.float64) + (1.0 - beta2) * g * g
    m_hat = m_new / (1.0 - beta1 ** t)           # bias correction: m_0 = v_0 = 0 pull the averages to 0
    v_hat = v_new / (1.0 - beta2 ** t)
    p_new = p - lr * m_hat / (np.sqrt(v_hat) + eps)
    return p_new, m_new, v_new
