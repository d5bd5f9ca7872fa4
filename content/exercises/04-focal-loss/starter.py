import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float = 0.25,
               gamma: float = 2.0) -> tuple[float, np.ndarray]:
    """Binary focal loss from logits (Lin et al., 2017), mean over all elements, and its gradient.

    FL = -alpha_t * (1 - p_t)^gamma * log(p_t), p = sigmoid(z), p_t = p if y = 1 else 1 - p,
    alpha_t = alpha if y = 1 else 1 - alpha.

    Args:
        logits: float array of any shape (may hold values like +-1000).
        targets: array of the same shape with values 0 or 1.
        alpha: weight of the positive class, in [0, 1].
        gamma: focusing parameter, >= 0.
    Returns:
        (loss, grad): mean loss as a Python float, and d(loss)/d(logits) with the logits' shape.
    """
    raise NotImplementedError
