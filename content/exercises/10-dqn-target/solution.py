import torch


def dqn_target(rewards: torch.Tensor, dones: torch.Tensor, next_q_target: torch.Tensor, gamma: float,
               next_q_online: torch.Tensor | None = None) -> torch.Tensor:
    """One-step DQN / Double DQN regression targets, detached from the graph."""
    with torch.no_grad():                                 # the target is a constant for the regression
        not_done = 1.0 - dones.to(next_q_target.dtype)
        if next_q_online is None:
            # DQN: the target network both selects and evaluates
            next_v = next_q_target.max(dim=1).values
        else:
            # Double DQN: online network selects, target network evaluates
            a_star = next_q_online.argmax(dim=1, keepdim=True)
            next_v = next_q_target.gather(1, a_star).squeeze(1)
        return rewards.to(next_q_target.dtype) + gamma * not_done * next_v


def dqn_loss(q_values: torch.Tensor, actions: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean Huber loss (delta = 1) between Q(s, a) of the taken actions and the targets."""
    q_sa = q_values.gather(1, actions.long().unsqueeze(1)).squeeze(1)    # (B,)
    diff = q_sa - targets.detach()
    absd = diff.abs()
    # quadratic inside |x| <= 1, linear outside: 0.5 x^2 or |x| - 0.5
    per = torch.where(absd <= 1.0, 0.5 * diff ** 2, absd - 0.5)
    return per.mean()
