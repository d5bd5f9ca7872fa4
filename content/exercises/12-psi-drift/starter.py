import numpy as np


def quantile_edges(reference: np.ndarray, n_bins: int = 10) -> np.ndarray:
    """[-inf, unique(np.quantile(reference, [1/B, ..., (B-1)/B])), +inf]."""
    raise NotImplementedError


def psi(reference: np.ndarray, current: np.ndarray, n_bins: int = 10, eps: float = 1e-4) -> float:
    """Population stability index with left-closed reference-quantile bins and shares floored at eps."""
    raise NotImplementedError
