import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """PCA by the SVD of the centred data."""
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    if n < 2 or not (1 <= n_components <= min(n, d)):
        raise ValueError("need n >= 2 and 1 <= n_components <= min(n, d)")
    mean = X.mean(axis=0)
    Xc = X - mean
    # thin SVD, singular values in decreasing order; never forms Xc^T Xc
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    comps = Vt[:n_components].copy()
    # sign convention: the largest-|.| entry of each component is positive (first one on ties)
    piv = np.argmax(np.abs(comps), axis=1)
    signs = np.sign(comps[np.arange(n_components), piv])
    comps *= signs[:, None]
    var_all = s ** 2 / (n - 1)                          # explained variance per component (unbiased)
    total = var_all.sum()                               # = total variance of X (trace of the covariance)
    ev = var_all[:n_components]
    evr = ev / total if total > 0 else np.zeros(n_components)
    scores = Xc @ comps.T
    return comps, ev, evr, scores
