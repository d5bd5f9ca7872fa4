import numpy as np


def gaussian_nb(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                var_smoothing: float = 1e-9) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian naive Bayes: normalised log posteriors (m, C) and predicted labels (m,)."""
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    classes = np.unique(y_train)                                      # sorted
    eps = var_smoothing * np.var(X_train, axis=0).max()               # added to every variance
    log_joint = np.empty((len(X_test), len(classes)))
    for c, label in enumerate(classes):
        Xc = X_train[y_train == label]
        mu = Xc.mean(axis=0)
        var = Xc.var(axis=0) + eps                                    # MLE (ddof=0) variance per feature
        log_prior = np.log(len(Xc) / len(X_train))
        ll = -0.5 * np.sum(np.log(2 * np.pi * var) + (X_test - mu) ** 2 / var, axis=1)
        log_joint[:, c] = log_prior + ll
    # normalise in log space: subtract the log-sum-exp (no underflow for very unlikely points)
    m = log_joint.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(log_joint - m).sum(axis=1, keepdims=True))
    log_post = log_joint - lse
    return log_post, classes[np.argmax(log_joint, axis=1)]
