import math
from scipy.stats import norm


def sample_size_per_arm(p1: float, mde: float, alpha: float = 0.05, power: float = 0.8,
                        relative: bool = False, two_sided: bool = True) -> int:
    """Users per arm: ceil((z_alpha + z_power)^2 * (p1(1-p1) + p2(1-p2)) / (p2 - p1)^2).

    p2 = p1 + mde, or p1 * (1 + mde) if relative. Raises ValueError for mde == 0 or rates outside (0, 1).
    """
    raise NotImplementedError


def power_two_proportions(n: int, p1: float, p2: float, alpha: float = 0.05, two_sided: bool = True) -> float:
    """Power of the unpooled two-proportion z-test with n users per arm."""
    raise NotImplementedError
