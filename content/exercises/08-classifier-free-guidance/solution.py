import numpy as np


def guided_eps(eps_cond: np.ndarray, eps_uncond: np.ndarray, w: float) -> np.ndarray:
    """Classifier-free guidance (Ho & Salimans): (1 + w) eps_cond - w eps_uncond."""
    return (1.0 + w) * eps_cond - w * eps_uncond


def cfg_predict(model, x_t: np.ndarray, t: np.ndarray, cond: np.ndarray, null_cond: int, w: float) -> np.ndarray:
    """Guided noise prediction with ONE model call on a doubled batch [conditional; unconditional]."""
    B = x_t.shape[0]
    x_in = np.concatenate([x_t, x_t], axis=0)                       # (2B, ...)
    t_in = np.concatenate([t, t], axis=0)
    c_in = np.concatenate([cond, np.full(B, null_cond, dtype=np.asarray(cond).dtype)], axis=0)
    eps = model(x_in, t_in, c_in)
    eps_c, eps_u = eps[:B], eps[B:]
    return guided_eps(eps_c, eps_u, w)
