import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Principal component analysis through the SVD of the centred data.

    Args:
        X: (n, d) data, n >= 2; n_components: k with 1 <= k <= min(n, d) (else ValueError).
    Returns:
        components: (k, d) orthonormal rows, by decreasing variance; in each row the entry with the largest
            absolute value is positive (the first such entry on ties).
        explained_variance: (k,) variance of the data along each component, with the 1/(n-1) normalisation.
        explained_variance_ratio: (k,) explained_variance / total variance of X (sum over all d features).
        scores: (n, k) coordinates (X - mean) @ components.T.
    """
    raise NotImplementedError
