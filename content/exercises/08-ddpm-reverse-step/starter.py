import numpy as np


def ddpm_reverse_step(x_t: np.ndarray, eps_pred: np.ndarray, t: int, betas: np.ndarray, noise: np.ndarray,
                      variance: str = "posterior") -> np.ndarray:
    """One ancestral DDPM sampling step from x_t to x_{t-1}.

    Args:
        x_t: current sample, any shape; eps_pred: predicted noise, same shape.
        t: 0-based index of the current step into betas (t = 0 is the last step of sampling).
        betas: (T,) noise schedule; noise: standard-normal array of x_t's shape (ignored when t == 0).
        variance: "posterior" (sigma^2 = beta-tilde_t) or "beta" (sigma^2 = beta_t); else ValueError.
    Returns:
        x_{t-1} = mean + sigma * noise, with mean = (x_t - beta_t / sqrt(1 - abar_t) * eps_pred) / sqrt(alpha_t);
        at t == 0 return the mean only.
    """
    raise NotImplementedError
