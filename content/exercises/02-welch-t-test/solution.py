import math

import numpy as np
from scipy import stats


def welch_t_test(a: np.ndarray, b: np.ndarray) -> tuple[float, float, float]:
    """Welch's two-sample t-test (unequal variances), two-sided.

    Returns:
        (t, df, p): t = (mean(a) - mean(b)) / sqrt(s_a^2/n_a + s_b^2/n_b) with ddof=1 variances,
        df by Welch-Satterthwaite, p = 2 * P(T_df > |t|). (nan, nan, nan) if both variances are 0.
    Raises:
        ValueError: if either sample has fewer than 2 observations.
    """
    a = np.asarray(a, dtype=np.float64).ravel()
    b = np.asarray(b, dtype=np.float64).ravel()
    na, nb = a.size, b.size
    if na < 2 or nb < 2:
        raise ValueError("each sample needs at least 2 observations")
    va = a.var(ddof=1) / na                  # squared standard error of each mean (unbiased variances)
    vb = b.var(ddof=1) / nb
    se2 = va + vb
    if se2 == 0.0:
        return math.nan, math.nan, math.nan
    t = (a.mean() - b.mean()) / math.sqrt(se2)
    df = se2 ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1))
    p = 2.0 * stats.t.sf(abs(t), df)        # survival function: accurate in the far tail
    return float(t), float(df), float(p)
