import numpy as np


def sgd_step(params: np.ndarray, grad: np.ndarray, buf: np.ndarray | None, lr: float, momentum: float = 0.0, dampening: float = 0.0, weight_decay: float = 0.0, nesterov: bool = False) -> tuple[np.ndarray, np.ndarray | None]:
    """One step of torch.optim.SGD for one parameter array.

    Args:
        params: float array, the parameters before the step.
        grad: float array of the same shape, the gradient at params.
        buf: the momentum buffer from the previous step, or None before the first step.
        lr, momentum, dampening, weight_decay: floats >= 0.
        nesterov: use Nesterov momentum (needs momentum > 0 and dampening == 0, else ValueError).

    Returns:
        (new_params, new_buf): new arrays; new_buf is None when momentum == 0.
    """
    raise NotImplementedError
