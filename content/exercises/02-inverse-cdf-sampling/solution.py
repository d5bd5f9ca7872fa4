import numpy as np


def exponential_icdf(u: np.ndarray, rate: float) -> np.ndarray:
    """Inverse CDF of Exponential(rate): x = -log(1 - u) / rate, accurate for tiny u."""
    u = np.asarray(u, dtype=np.float64)
    return -np.log1p(-u) / rate            # log1p keeps full precision when u is close to 0


def piecewise_constant_icdf(u: np.ndarray, edges: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Generalised inverse CDF, inf{x : F(x) >= u}, of a piecewise-constant density.

    Bin j is [edges[j], edges[j+1]] and carries probability weights[j] / sum(weights), spread
    uniformly over the bin, so the CDF is piecewise linear through the points (edges, cumulative mass).

    Args:
        u: array of values in [0, 1] (any shape).
        edges: strictly increasing array (K + 1,).
        weights: non-negative array (K,) with a positive sum (need not be normalised).
    Returns:
        array of u's shape; u = 0 maps to edges[0].
    """
    u = np.asarray(u, dtype=np.float64)
    edges = np.asarray(edges, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    mass = w / w.sum()
    cdf = np.concatenate(([0.0], np.cumsum(mass)))
    cdf[-1] = 1.0                                  # guard against the cumulative sum rounding below 1
    # first edge index i with cdf[i] >= u; the sample lies in bin i - 1, where cdf[i-1] < u <= cdf[i]
    i = np.searchsorted(cdf, u, side="left")
    j = np.clip(i - 1, 0, len(mass) - 1)
    # inside bin j the CDF rises linearly by mass[j] over its width; bins reached here have mass > 0
    # unless u == 0 (then i == 0 and we return the left edge)
    safe_mass = np.where(mass[j] > 0, mass[j], 1.0)
    frac = np.where(mass[j] > 0, (u - cdf[j]) / safe_mass, 0.0)
    x = edges[j] + np.clip(frac, 0.0, 1.0) * (edges[j + 1] - edges[j])
    return np.where(i == 0, edges[0], x)
