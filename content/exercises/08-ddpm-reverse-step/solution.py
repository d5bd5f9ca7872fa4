import numpy as np


def ddpm_reverse_step(x_t: np.ndarray, eps_pred: np.ndarray, t: int, betas: np.ndarray, noise: np.ndarray,
                      variance: str = "posterior") -> np.ndarray:
    """One ancestral sampling step x_t -> x_{t-1} of DDPM (0-based index t)."""
    betas = np.asarray(betas, dtype=np.float64)
    alphas = 1.0 - betas
    abar = np.cumprod(alphas)
    abar_prev = abar[t - 1] if t > 0 else 1.0            # abar before the first step is 1
    beta_t, alpha_t, abar_t = betas[t], alphas[t], abar[t]
    # posterior mean written with the noise prediction (Ho et al. 2020, eq. 11)
    mean = (x_t - beta_t / np.sqrt(1.0 - abar_t) * eps_pred) / np.sqrt(alpha_t)
    if variance == "posterior":
        var = (1.0 - abar_prev) / (1.0 - abar_t) * beta_t  # beta-tilde
    elif variance == "beta":
        var = beta_t
    else:
        raise ValueError(f"unknown variance {variance!r}")
    if t == 0:
        return mean                                       # last step: return the mean, no noise
    return mean + np.sqrt(var) * noise
