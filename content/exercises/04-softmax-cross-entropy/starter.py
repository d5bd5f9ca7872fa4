import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean softmax cross-entropy over the batch and its gradient w.r.t. the logits.

    Args:
        logits: float array (N, K), N >= 1, K >= 1; may contain very large values.
        labels: int array (N,), values in 0..K-1.
    Returns:
        (loss, grad): loss is a Python float (natural log, mean over the N rows);
        grad is a float array (N, K), the gradient of that mean loss w.r.t. logits.
    """
    raise NotImplementedError
