import numpy as np


def ppo_clip_loss(logp_new: np.ndarray, logp_old: np.ndarray, advantages: np.ndarray,
                  clip_eps: float = 0.2) -> tuple[float, float]:
    """PPO clipped surrogate loss (negated, batch mean) and the clip fraction."""
    logp_new = np.asarray(logp_new, dtype=np.float64)
    logp_old = np.asarray(logp_old, dtype=np.float64)
    adv = np.asarray(advantages, dtype=np.float64)
    # ratio from the log-prob difference: exp(-1000 - (-1000.5)) is fine, exp(-1000)/exp(-1000.5) is 0/0
    ratio = np.exp(logp_new - logp_old)
    unclipped = ratio * adv
    clipped = np.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps) * adv
    objective = np.minimum(unclipped, clipped)        # pessimistic bound, per sample
    loss = -float(np.mean(objective))
    clip_frac = float(np.mean(np.abs(ratio - 1.0) > clip_eps))
    return loss, clip_frac
