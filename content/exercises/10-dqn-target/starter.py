import torch


def dqn_target(rewards: torch.Tensor, dones: torch.Tensor, next_q_target: torch.Tensor, gamma: float,
               next_q_online: torch.Tensor | None = None) -> torch.Tensor:
    """DQN (or Double DQN if next_q_online is given) targets, shape (B,), with no gradient.

    Args:
        rewards: (B,) float.
        dones: (B,) bool/float, 1 only for true terminal next states.
        next_q_target: (B, A) target-network Q-values at s'.
        gamma: discount.
        next_q_online: optional (B, A) online-network Q-values at s' (Double DQN action selection).
    """
    raise NotImplementedError


def dqn_loss(q_values: torch.Tensor, actions: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean Huber (threshold 1) loss between q_values[b, actions[b]] and targets[b]; scalar tensor."""
    raise NotImplementedError
