import math

import numpy as np

from submission import warmup_cosine_lr


def test_exact_boundaries():
    """lr(0) = 0, lr(W) = base exactly, lr(T) = min exactly, lr(T + k) = min."""
    base, w, t_total, floor = 6e-4, 100, 1000, 6e-5
    assert warmup_cosine_lr(0, base, w, t_total, floor) == 0.0, "warm-up starts from 0 at step 0"
    peak = warmup_cosine_lr(w, base, w, t_total, floor)
    assert math.isclose(peak, base, rel_tol=1e-14), f"expected base_lr at step W (the peak), got {peak}"
    assert warmup_cosine_lr(t_total, base, w, t_total, floor) == floor, "expected exactly min_lr at step T"
    for extra in (1, 10, 10_000):
        assert warmup_cosine_lr(t_total + extra, base, w, t_total, floor) == floor, f"expected min_lr after T (step T+{extra})"


def test_warmup_linear_from_zero():
    """Warm-up is base * t / W: the last warm-up step is base * (W-1)/W, not base."""
    got = [warmup_cosine_lr(t, 2.0, 8, 20) for t in range(8)]
    want = [2.0 * t / 8 for t in range(8)]
    assert np.allclose(got, want, atol=1e-15), f"expected {want}, got {got}"


def test_against_closed_form_random():
    """Matches the closed form at seeded random settings and steps."""
    rng = np.random.default_rng(0)
    for _ in range(200):
        t_total = int(rng.integers(2, 5000))
        w = int(rng.integers(0, t_total))
        base = float(10 ** rng.uniform(-5, -1))
        floor = float(base * rng.uniform(0, 0.5))
        t = int(rng.integers(0, t_total + 50))
        if t < w:
            want = base * t / w
        elif t <= t_total:
            want = floor + 0.5 * (base - floor) * (1 + math.cos(math.pi * (t - w) / (t_total - w)))
        else:
            want = floor
        got = warmup_cosine_lr(t, base, w, t_total, floor)
        assert math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-18), f"step {t}, W={w}, T={t_total}: expected {want:.6e}, got {got:.6e}"


def test_decay_uses_progress_after_warmup():
    """The cosine argument is (t - W) / (T - W), not t / T."""
    got = warmup_cosine_lr(60, 1.0, 20, 100, 0.0)
    want = 0.5 * (1 + math.cos(math.pi * 40 / 80))
    assert abs(got - want) < 1e-12, f"expected {want:.6f} (half-way through the decay), got {got:.6f}"


def test_monotone_shape():
    """Non-decreasing during warm-up, non-increasing after the peak, never below min_lr."""
    lrs = [warmup_cosine_lr(t, 1e-3, 50, 400, 1e-5) for t in range(450)]
    assert all(a <= b for a, b in zip(lrs[:50], lrs[1:51])), "warm-up must be non-decreasing"
    assert all(a >= b for a, b in zip(lrs[50:], lrs[51:])), "decay must be non-increasing"
    assert min(lrs[50:]) >= 1e-5, "lr must never go below min_lr after the warm-up"


def test_invalid_arguments_raise():
    """Negative step, W >= T, or negative W raise ValueError."""
    for args in [(-1, 1.0, 10, 100), (5, 1.0, 100, 100), (5, 1.0, 150, 100), (5, 1.0, -1, 100)]:
        try:
            warmup_cosine_lr(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for warmup_cosine_lr{args}")


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
