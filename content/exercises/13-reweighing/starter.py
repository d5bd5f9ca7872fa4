import numpy as np


def reweighing_weights(group: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per-sample weights n_a * n_y / (n * n_ay) (Kamiran & Calders 2012), float64 (n,)."""
    raise NotImplementedError


def effective_sample_size(w: np.ndarray) -> float:
    """(sum w)^2 / sum w^2."""
    raise NotImplementedError
