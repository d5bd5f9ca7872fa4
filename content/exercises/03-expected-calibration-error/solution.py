import numpy as np


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, n_bins: int = 15) -> float:
    """Top-label ECE with n_bins equal-width bins ((m-1)/M, m/M] on the max-probability confidence.

    Args:
        probs: float array (N, K), rows are predicted class probabilities (N >= 1).
        labels: int array (N,), true classes in 0..K-1.
        n_bins: number M of equal-width bins on [0, 1].
    Returns:
        ECE = sum_m |B_m|/N * |acc(B_m) - conf(B_m)| as a Python float.
    """
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels).ravel()
    conf = p.max(axis=1)                       # confidence = top-class probability
    pred = p.argmax(axis=1)                    # first index wins a tie
    correct = (pred == y).astype(np.float64)
    n = conf.size
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    # right-closed bins: index b with edges[b] < conf <= edges[b+1]; conf == 0 goes to bin 0
    b = np.searchsorted(edges, conf, side="left") - 1
    b = np.clip(b, 0, n_bins - 1)
    ece = 0.0
    for m in range(n_bins):
        in_bin = b == m
        cnt = int(in_bin.sum())
        if cnt == 0:
            continue                           # empty bins contribute nothing
        gap = abs(correct[in_bin].mean() - conf[in_bin].mean())
        ece += cnt / n * gap
    return float(ece)
