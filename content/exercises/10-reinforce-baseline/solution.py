import torch


def reward_to_go(rewards: torch.Tensor, dones: torch.Tensor, gamma: float) -> torch.Tensor:
    """Discounted reward-to-go G_t = r_t + gamma * G_{t+1}, restarting after every episode end."""
    G = torch.zeros_like(rewards)
    running = rewards.new_zeros(())
    for t in range(rewards.shape[0] - 1, -1, -1):
        if bool(dones[t]):
            running = rewards.new_zeros(())          # nothing after the episode's last step
        running = rewards[t] + gamma * running
        G[t] = running
    return G


def reinforce_losses(log_probs: torch.Tensor, rewards: torch.Tensor, dones: torch.Tensor,
                     baselines: torch.Tensor, gamma: float) -> tuple[torch.Tensor, torch.Tensor]:
    """REINFORCE-with-baseline policy loss and the baseline's regression loss."""
    with torch.no_grad():
        G = reward_to_go(rewards.detach(), dones, gamma)
    # the advantage is a constant weight on the score: no gradient into the baseline from the policy loss
    adv = (G - baselines).detach()
    policy_loss = -(adv * log_probs).mean()
    value_loss = ((baselines - G) ** 2).mean()       # gradient flows into the baseline here
    return policy_loss, value_loss
