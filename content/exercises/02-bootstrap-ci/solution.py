from typing import Callable

import numpy as np


def bootstrap_percentile_ci(x: np.ndarray, statistic: Callable[[np.ndarray], float], n_boot: int,
                            alpha: float, rng: np.random.Generator) -> tuple[float, float, float]:
    """Percentile bootstrap confidence interval and bootstrap standard error of a statistic.

    Resampling: idx = rng.integers(0, n, size=(n_boot, n)) drawn once; replicate b is
    statistic(x[idx[b]]). The interval is the alpha/2 and 1 - alpha/2 quantiles of the replicates
    (np.quantile, default linear interpolation); se is their standard deviation with ddof = 1.

    Returns:
        (lo, hi, se) as Python floats.
    Raises:
        ValueError: if x is empty or n_boot < 2.
    """
    x = np.asarray(x)
    n = x.shape[0]
    if n == 0 or n_boot < 2:
        raise ValueError("need a non-empty sample and n_boot >= 2")
    idx = rng.integers(0, n, size=(n_boot, n))          # sample WITH replacement, same size as the data
    reps = np.array([statistic(x[row]) for row in idx], dtype=np.float64)
    lo, hi = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
    se = reps.std(ddof=1)
    return float(lo), float(hi), float(se)
