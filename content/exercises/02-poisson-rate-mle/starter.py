import math

import numpy as np


def poisson_rate_mle(counts: np.ndarray, exposure: np.ndarray | None = None) -> tuple[float, float, float]:
    """MLE of a Poisson rate with exposures, its Fisher-information standard error, and the max log-likelihood.

    Model: counts[i] ~ Poisson(rate * exposure[i]) independently (exposure None means all ones).

    Returns:
        (rate_hat, se, loglik) as Python floats; se = 1 / sqrt(I(rate_hat)) with I the Fisher
        information of the whole sample; loglik includes the -log(counts_i!) terms.
        All-zero counts: rate_hat = 0, se = 0.0, and 0 * log(0) = 0.
    """
    raise NotImplementedError
