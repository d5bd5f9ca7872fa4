import numpy as np


def _log_sigmoid(x: np.ndarray) -> np.ndarray:
    # log(sigma(x)) = -softplus(-x) = min(x, 0) - log1p(exp(-|x|)), finite for any finite x
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float = 0.25,
               gamma: float = 2.0) -> tuple[float, np.ndarray]:
    """Binary focal loss from logits (Lin et al., 2017), mean over all elements, and its gradient.

    FL = -alpha_t * (1 - p_t)^gamma * log(p_t), p = sigmoid(z), p_t = p if y = 1 else 1 - p,
    alpha_t = alpha if y = 1 else 1 - alpha.

    Args:
        logits: float array of any shape.
        targets: array of the same shape with values 0 or 1.
        alpha: weight of the positive class, in [0, 1].
        gamma: focusing parameter, >= 0.
    Returns:
        (loss, grad): mean loss as a Python float, and d(loss)/d(logits) with the logits' shape.
    """
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    sign = 2.0 * y - 1.0                      # +1 for positives, -1 for negatives
    s = sign * z                              # p_t = sigmoid(s), 1 - p_t = sigmoid(-s)
    log_pt = _log_sigmoid(s)
    pt = np.exp(log_pt)
    one_minus_pt = np.exp(_log_sigmoid(-s))   # accurate even when p_t is close to 1
    alpha_t = np.where(y == 1.0, alpha, 1.0 - alpha)
    mod = one_minus_pt ** gamma               # 0 ** 0 == 1, so gamma = 0 gives cross-entropy
    per_elem = -alpha_t * mod * log_pt
    n = z.size
    # d FL / d s = alpha_t (1 - p_t)^gamma (gamma p_t log p_t + p_t - 1); ds/dz = sign
    dfl_ds = alpha_t * mod * (gamma * pt * log_pt + pt - 1.0)
    grad = sign * dfl_ds / n
    return float(per_elem.mean()), grad
