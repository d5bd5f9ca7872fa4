import numpy as np


def quantile_edges(reference: np.ndarray, n_bins: int = 10) -> np.ndarray:
    """Bin edges from reference quantiles: outer edges at -inf/+inf, duplicate edges dropped."""
    ref = np.asarray(reference, dtype=np.float64)
    inner = np.quantile(ref, np.linspace(0, 1, n_bins + 1)[1:-1])   # numpy's default linear interpolation
    inner = np.unique(inner)                                       # ties in the reference collapse bins
    return np.concatenate([[-np.inf], inner, [np.inf]])


def psi(reference: np.ndarray, current: np.ndarray, n_bins: int = 10, eps: float = 1e-4) -> float:
    """Population stability index of `current` against `reference`."""
    edges = quantile_edges(reference, n_bins)
    inner = edges[1:-1]
    # bin i holds edges[i] <= x < edges[i+1]
    e_idx = np.searchsorted(inner, np.asarray(reference, dtype=np.float64), side="right")
    a_idx = np.searchsorted(inner, np.asarray(current, dtype=np.float64), side="right")
    B = len(edges) - 1
    e = np.bincount(e_idx, minlength=B) / e_idx.size
    a = np.bincount(a_idx, minlength=B) / a_idx.size
    # floor empty bins so the log stays finite (no renormalisation)
    e, a = np.maximum(e, eps), np.maximum(a, eps)
    return float(np.sum((a - e) * np.log(a / e)))
