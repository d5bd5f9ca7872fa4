import numpy as np


def _log_sigmoid(z: np.ndarray) -> np.ndarray:
    # log sigma(z) = -log(1 + e^{-z}) = -logaddexp(0, -z): finite for z = +-1000
    return -np.logaddexp(0.0, -z)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # exp(log sigma(z)) never overflows
    return np.exp(_log_sigmoid(z))


def dpo_loss(policy_chosen: np.ndarray, policy_rejected: np.ndarray, ref_chosen: np.ndarray,
             ref_rejected: np.ndarray, beta: float = 0.1) -> tuple[float, np.ndarray, np.ndarray]:
    """Mean DPO loss and the implicit rewards of the chosen and rejected responses."""
    pc, pr = np.asarray(policy_chosen, float), np.asarray(policy_rejected, float)
    rc, rr = np.asarray(ref_chosen, float), np.asarray(ref_rejected, float)
    chosen_rewards = beta * (pc - rc)
    rejected_rewards = beta * (pr - rr)
    z = chosen_rewards - rejected_rewards                  # beta * (log-ratio difference)
    loss = float(-np.mean(_log_sigmoid(z))) + 0.0           # + 0.0 turns -0.0 into 0.0
    return loss, chosen_rewards, rejected_rewards


def dpo_grad(policy_chosen: np.ndarray, policy_rejected: np.ndarray, ref_chosen: np.ndarray,
             ref_rejected: np.ndarray, beta: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Gradient of the mean DPO loss w.r.t. the policy log-probs of chosen and rejected."""
    pc, pr = np.asarray(policy_chosen, float), np.asarray(policy_rejected, float)
    rc, rr = np.asarray(ref_chosen, float), np.asarray(ref_rejected, float)
    z = beta * ((pc - rc) - (pr - rr))
    n = z.shape[0]
    # d/dz [-log sigma(z)] = -sigma(-z): large when the pair is mis-ordered
    w = _sigmoid(-z)
    return -beta * w / n, beta * w / n
