import numpy as np


def exponential_icdf(u: np.ndarray, rate: float) -> np.ndarray:
    """Inverse CDF of Exponential(rate): x = -log(1 - u) / rate, accurate for tiny u.

    Args:
        u: array of values in [0, 1] (any shape); u = 1 may give inf.
        rate: lambda > 0 (the mean is 1 / rate).
    Returns:
        float array of u's shape.
    """
    raise NotImplementedError


def piecewise_constant_icdf(u: np.ndarray, edges: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Generalised inverse CDF, inf{x : F(x) >= u}, of a piecewise-constant density.

    Bin j is [edges[j], edges[j+1]] and carries probability weights[j] / sum(weights), spread
    uniformly over the bin.

    Args:
        u: array of values in [0, 1] (any shape).
        edges: strictly increasing array (K + 1,).
        weights: non-negative array (K,) with a positive sum (need not be normalised).
    Returns:
        array of u's shape; u = 0 maps to edges[0].
    """
    raise NotImplementedError
