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
    raise NotImplementedError
