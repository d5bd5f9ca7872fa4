import numpy as np


def laplace_mechanism(value, sensitivity: float, epsilon: float, rng: np.random.Generator):
    """value + Lap(0, sensitivity/epsilon), one call rng.laplace(0.0, b, size=np.shape(value)).

    Returns a float for a scalar value, a float64 array otherwise. ValueError if sensitivity <= 0 or epsilon <= 0.
    """
    raise NotImplementedError


def private_mean(x: np.ndarray, lower: float, upper: float, epsilon: float, rng: np.random.Generator) -> float:
    """Clip x to [lower, upper], mean, Laplace noise with sensitivity (upper - lower) / len(x)."""
    raise NotImplementedError


def privacy_loss(y, f_d, f_d2, sensitivity: float, epsilon: float) -> float:
    """log p(y | D) - log p(y | D') for the Laplace mechanism, summed over coordinates."""
    raise NotImplementedError
