from __future__ import annotations

import numpy as np


def sgd_step(params: np.ndarray, grad: np.ndarray, buf: np.ndarray | None, lr: float, momentum: float = 0.0, dampening: float = 0.0, weight_decay: float = 0.0, nesterov: bool = False) -> tuple[np.ndarray, np.ndarray | None]:
    """One step of torch.optim.SGD for one parameter array (see README for the rule)."""
    if nesterov and (momentum <= 0 or dampening != 0):
        raise ValueError("Nesterov momentum requires a momentum and zero dampening")
    params = np.asarray(params, dtype=np.float64)
    # Coupled weight decay: it is part of the gradient, so momentum accumulates it too (unlike AdamW).
    d = np.asarray(grad, dtype=np.float64) + weight_decay * params
    new_buf = None
    if momentum != 0:
        if buf is None:
            # PyTorch starts the buffer at the first gradient, without dampening.
            new_buf = d.copy()
        else:
            new_buf = momentum * np.asarray(buf, dtype=np.float64) + (1.0 - dampening) * d
        # Nesterov in PyTorch's change of variables: the current gradient plus mu times the updated buffer.
        d = d + momentum * new_buf if nesterov else new_buf
    return params - lr * d, new_buf
