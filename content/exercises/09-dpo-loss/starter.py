import numpy as np


def dpo_loss(policy_chosen: np.ndarray, policy_rejected: np.ndarray, ref_chosen: np.ndarray,
             ref_rejected: np.ndarray, beta: float = 0.1) -> tuple[float, np.ndarray, np.ndarray]:
    """Mean DPO loss over N pairs and the implicit rewards.

    Returns:
        (loss, chosen_rewards, rejected_rewards): loss is a float
        -mean(log sigmoid(r_w - r_l)); rewards are beta * (policy - ref), shape (N,).
    """
    raise NotImplementedError


def dpo_grad(policy_chosen: np.ndarray, policy_rejected: np.ndarray, ref_chosen: np.ndarray,
             ref_rejected: np.ndarray, beta: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Gradients of the mean DPO loss w.r.t. policy_chosen and policy_rejected, each (N,)."""
    raise NotImplementedError
