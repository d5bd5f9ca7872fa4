import math

import numpy as np


def poisson_rate_mle(counts: np.ndarray, exposure: np.ndarray | None = None) -> tuple[float, float, float]:
    """MLE of a Poisson rate with exposures, its Fisher-information standard error, and the max log-likelihood.

    Model: counts[i] ~ Poisson(rate * exposure[i]) independently (exposure defaults to 1).

    Returns:
        (rate_hat, se, loglik): rate_hat = sum(counts) / sum(exposure);
        se = sqrt(rate_hat / sum(exposure)) = 1 / sqrt(I(rate_hat)), I(rate) = sum(exposure) / rate;
        loglik = sum_i [counts_i * log(rate_hat * exposure_i) - rate_hat * exposure_i - log(counts_i!)],
        with 0 * log(0) = 0 (all-zero counts give rate_hat = 0, se = 0).
    """
    x = np.asarray(counts, dtype=np.float64).ravel()
    t = np.ones_like(x) if exposure is None else np.asarray(exposure, dtype=np.float64).ravel()
    total_x, total_t = x.sum(), t.sum()
    rate = total_x / total_t                       # d/dlambda: sum x / lambda - sum t = 0
    # Fisher information of the whole sample: E[sum x] / lambda^2 = sum t / lambda
    se = math.sqrt(rate / total_t)
    mu = rate * t
    # x log(mu) with the convention 0 * log 0 = 0 (mu = 0 only happens when every count is 0)
    x_log_mu = np.where(x > 0, x * np.log(np.where(mu > 0, mu, 1.0)), 0.0)
    log_fact = np.array([math.lgamma(v + 1.0) for v in x])
    loglik = float(np.sum(x_log_mu - mu - log_fact))
    return float(rate), float(se), loglik
