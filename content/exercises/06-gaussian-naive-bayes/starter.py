import numpy as np


def gaussian_nb(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                var_smoothing: float = 1e-9) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian naive Bayes classifier (fit on the training set, predict the test set).

    Args:
        X_train: (n, d) features; y_train: (n,) integer labels; X_test: (m, d).
        var_smoothing: eps = var_smoothing * (largest per-feature variance of X_train, ddof=0) is added
            to every per-class variance.
    Returns:
        log_proba: (m, C) log posterior probabilities, columns in increasing label order, each row's
            probabilities summing to 1 (natural log).
        pred: (m,) predicted labels (highest posterior; ties -> smallest label).
    Priors are the class frequencies; per-class variances are the MLE (ddof=0) ones.
    """
    raise NotImplementedError
