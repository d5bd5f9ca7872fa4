import math


def warmup_cosine_lr(step: int, base_lr: float, warmup_steps: int, total_steps: int,
                     min_lr: float = 0.0) -> float:
    """Learning rate at a 0-based step: linear warm-up from 0 to base_lr, then cosine down to min_lr.

    lr = base_lr * step / W                                            for 0 <= step < W
    lr = min_lr + (base_lr - min_lr) * (1 + cos(pi * (step - W) / (T - W))) / 2   for W <= step <= T
    lr = min_lr                                                        for step > T

    Args:
        step: integer >= 0.
        base_lr: peak learning rate (> 0).
        warmup_steps: W, with 0 <= W < T.
        total_steps: T, the step at which the cosine reaches min_lr.
        min_lr: floor, 0 <= min_lr <= base_lr.
    Returns:
        the learning rate as a Python float.
    Raises:
        ValueError: if step < 0 or not 0 <= W < T.
    """
    if step < 0:
        raise ValueError("step must be >= 0")
    if not 0 <= warmup_steps < total_steps:
        raise ValueError("need 0 <= warmup_steps < total_steps")
    if step < warmup_steps:
        return float(base_lr * step / warmup_steps)   # step 0 -> 0, step W-1 -> base_lr (W-1)/W
    if step >= total_steps:
        return float(min_lr)                           # exact floor at and after T (no cos(pi) rounding)
    progress = (step - warmup_steps) / (total_steps - warmup_steps)   # 0 at W, 1 at T
    return float(min_lr + (base_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * progress)))
