import numpy as np


def normalized_adjacency(A: np.ndarray) -> np.ndarray:
    """Renormalised adjacency of Kipf & Welling (2017).

    Args:
        A: (n, n) symmetric, non-negative adjacency (edge weights allowed), zero diagonal.
    Returns:
        (n, n) array D~^{-1/2} (A + I) D~^{-1/2}, where D~ is the diagonal of the row sums of A + I.
    """
    raise NotImplementedError


def gcn_layer(A: np.ndarray, X: np.ndarray, W: np.ndarray, b: np.ndarray | None = None,
              relu: bool = True) -> np.ndarray:
    """One graph convolution layer.

    Args:
        A: (n, n) adjacency as above; X: (n, C) node features; W: (C, F) weights; b: optional (F,) bias.
        relu: apply ReLU at the end if True.
    Returns:
        (n, F) array relu(A_hat @ X @ W + b) (no ReLU when relu=False).
    """
    raise NotImplementedError
