import numpy as np


def normalized_adjacency(A: np.ndarray) -> np.ndarray:
    """A_hat = D~^{-1/2} (A + I) D~^{-1/2}, D~ the degree matrix of A + I."""
    A_tilde = A + np.eye(A.shape[0])
    deg = A_tilde.sum(axis=1)              # >= 1 thanks to the self-loop: no division by zero
    r = 1.0 / np.sqrt(deg)
    return r[:, None] * A_tilde * r[None, :]


def gcn_layer(A: np.ndarray, X: np.ndarray, W: np.ndarray, b: np.ndarray | None = None,
              relu: bool = True) -> np.ndarray:
    """One GCN layer: relu(A_hat @ X @ W + b)."""
    out = normalized_adjacency(A) @ (X @ W)   # transform first, then aggregate (same result, cheaper if F < C)
    if b is not None:
        out = out + b
    return np.maximum(out, 0.0) if relu else out
