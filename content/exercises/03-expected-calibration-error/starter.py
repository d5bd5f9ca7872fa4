import numpy as np


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, n_bins: int = 15) -> float:
    """Top-label ECE with n_bins equal-width, right-closed bins on the max-probability confidence.

    Args:
        probs: float array (N, K), rows are predicted class probabilities (N >= 1).
        labels: int array (N,), true classes in 0..K-1.
        n_bins: number M of equal-width bins ((m-1)/M, m/M] on [0, 1].
    Returns:
        ECE = sum_m |B_m|/N * |acc(B_m) - conf(B_m)| as a Python float.
    """
    raise NotImplementedError
