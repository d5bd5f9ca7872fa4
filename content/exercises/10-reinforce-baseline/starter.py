import torch


def reward_to_go(rewards: torch.Tensor, dones: torch.Tensor, gamma: float) -> torch.Tensor:
    """Discounted reward-to-go per step, restarting at episode ends.

    Args:
        rewards: (N,) float rewards r_t.
        dones: (N,) bool, True at the last step of each episode (dones[-1] is True).
        gamma: discount.
    Returns:
        (N,) tensor G_t with the dtype of rewards.
    """
    raise NotImplementedError


def reinforce_losses(log_probs: torch.Tensor, rewards: torch.Tensor, dones: torch.Tensor,
                     baselines: torch.Tensor, gamma: float) -> tuple[torch.Tensor, torch.Tensor]:
    """Returns (policy_loss, value_loss), both scalar tensors.

    policy_loss = -mean((G - b).detached * log_probs); value_loss = mean((b - G)^2).
    """
    raise NotImplementedError
