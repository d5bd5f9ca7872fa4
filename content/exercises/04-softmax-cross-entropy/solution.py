import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean softmax cross-entropy over the batch and its gradient w.r.t. the logits.

    Args:
        logits: float array (N, K), N >= 1, K >= 1.
        labels: int array (N,), values in 0..K-1.
    Returns:
        (loss, grad): loss is a Python float (natural log, mean over N);
        grad has shape (N, K) and equals (softmax(logits) - onehot(labels)) / N.
    """
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    n = z.shape[0]
    # shift by the row max: every exponent is <= 0, the largest term is exactly 1
    m = z.max(axis=1, keepdims=True)
    shifted = z - m
    sum_exp = np.exp(shifted).sum(axis=1, keepdims=True)
    log_probs = shifted - np.log(sum_exp)          # log-softmax, finite for finite logits
    loss = -log_probs[np.arange(n), y].mean()
    grad = np.exp(log_probs)                       # softmax
    grad[np.arange(n), y] -= 1.0
    grad /= n                                      # mean reduction -> divide by N
    return float(loss), grad
