import numpy as np


def laplace_mechanism(value, sensitivity: float, epsilon: float, rng: np.random.Generator):
    """value + Laplace(0, sensitivity / epsilon) noise, one independent draw per coordinate."""
    if not (sensitivity > 0 and epsilon > 0):
        raise ValueError("sensitivity and epsilon must be positive")
    b = sensitivity / epsilon                        # larger sensitivity or smaller epsilon: more noise
    noise = rng.laplace(0.0, b, size=np.shape(value))
    out = np.asarray(value, dtype=np.float64) + noise
    return float(out) if np.ndim(value) == 0 else out


def private_mean(x: np.ndarray, lower: float, upper: float, epsilon: float, rng: np.random.Generator) -> float:
    """epsilon-DP mean of x (n public): clip to [lower, upper], sensitivity (upper - lower) / n."""
    x = np.clip(np.asarray(x, dtype=np.float64), lower, upper)   # bounding is what makes sensitivity finite
    n = x.shape[0]
    return laplace_mechanism(float(np.mean(x)), (upper - lower) / n, epsilon, rng)


def privacy_loss(y, f_d, f_d2, sensitivity: float, epsilon: float) -> float:
    """log p(y | D) - log p(y | D') for the Laplace mechanism, summed over coordinates."""
    b = sensitivity / epsilon
    y, f_d, f_d2 = (np.asarray(a, dtype=np.float64) for a in (y, f_d, f_d2))
    # the 1/(2b) normalisers cancel; only the exponents remain
    return float(np.sum(np.abs(y - f_d2) - np.abs(y - f_d)) / b)
