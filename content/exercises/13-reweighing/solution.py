import numpy as np


def reweighing_weights(group: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Kamiran-Calders weights w(a, y) = P(A=a) P(Y=y) / P(A=a, Y=y), one per sample."""
    group, y = np.asarray(group), np.asarray(y)
    n = y.shape[0]
    w = np.empty(n, dtype=np.float64)
    for a in np.unique(group):
        in_a = group == a
        for v in np.unique(y):
            cell = in_a & (y == v)
            n_cell = cell.sum()
            if n_cell == 0:
                continue                          # no sample to weight in an empty cell
            # counts form: (n_a / n)(n_y / n) / (n_ay / n) = n_a n_y / (n n_ay)
            w[cell] = in_a.sum() * (y == v).sum() / (n * n_cell)
    return w


def effective_sample_size(w: np.ndarray) -> float:
    """Kish's effective sample size (sum w)^2 / sum w^2."""
    w = np.asarray(w, dtype=np.float64)
    return float(w.sum() ** 2 / np.sum(w ** 2))
