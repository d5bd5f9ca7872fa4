import math
from scipy.stats import norm


def _p2(p1: float, mde: float, relative: bool) -> float:
    p2 = p1 * (1.0 + mde) if relative else p1 + mde
    if mde == 0 or not (0.0 < p1 < 1.0) or not (0.0 < p2 < 1.0):
        raise ValueError("need 0 < p1 < 1, 0 < p2 < 1 and a non-zero effect")
    return p2


def sample_size_per_arm(p1: float, mde: float, alpha: float = 0.05, power: float = 0.8,
                        relative: bool = False, two_sided: bool = True) -> int:
    """Users per arm for a two-proportion z-test (unpooled variances under the alternative)."""
    p2 = _p2(p1, mde, relative)
    z_alpha = norm.ppf(1 - alpha / 2) if two_sided else norm.ppf(1 - alpha)
    z_beta = norm.ppf(power)
    var_sum = p1 * (1 - p1) + p2 * (1 - p2)          # Var(diff) * n
    n = (z_alpha + z_beta) ** 2 * var_sum / (p2 - p1) ** 2
    return int(math.ceil(n - 1e-9))                   # tolerance: do not round 3839.0000000001 up


def power_two_proportions(n: int, p1: float, p2: float, alpha: float = 0.05, two_sided: bool = True) -> float:
    """Power of the (unpooled) z-test with n users per arm when the true rates are p1 and p2."""
    se = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
    shift = abs(p2 - p1) / se
    if two_sided:
        z = norm.ppf(1 - alpha / 2)
        # reject in the correct tail, plus the (tiny) chance of rejecting in the wrong one
        return float(norm.cdf(shift - z) + norm.cdf(-shift - z))
    z = norm.ppf(1 - alpha)
    return float(norm.cdf(shift - z))
