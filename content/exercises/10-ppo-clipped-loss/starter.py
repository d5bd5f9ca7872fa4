import numpy as np


def ppo_clip_loss(logp_new: np.ndarray, logp_old: np.ndarray, advantages: np.ndarray,
                  clip_eps: float = 0.2) -> tuple[float, float]:
    """PPO clipped surrogate loss.

    Args:
        logp_new: (N,) log pi_theta(a_i | s_i) under the current policy.
        logp_old: (N,) log pi_old(a_i | s_i) under the data-collecting policy.
        advantages: (N,) advantage estimates, used as given.
        clip_eps: clip range epsilon > 0.
    Returns:
        (loss, clip_frac): loss = -mean(min(r*A, clip(r, 1-eps, 1+eps)*A)),
        clip_frac = mean(|r - 1| > eps), both Python floats.
    """
    raise NotImplementedError
