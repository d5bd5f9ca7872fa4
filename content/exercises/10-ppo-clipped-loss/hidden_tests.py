import numpy as np
from submission import ppo_clip_loss


def _reference(logp_new, logp_old, adv, eps):
    # case form of the clipped objective: A*min(r, 1+eps) if A >= 0 else A*max(r, 1-eps)
    r = np.exp(logp_new - logp_old)
    obj = np.where(adv >= 0, adv * np.minimum(r, 1 + eps), adv * np.maximum(r, 1 - eps))
    return -obj.mean(), np.mean(np.abs(r - 1) > eps)


def test_harmful_move_not_clipped_positive_adv():
    """A>0 with r=0.6 < 1-eps keeps the unclipped 0.6*A (the min matters, not just the clip)."""
    loss, _ = ppo_clip_loss(np.array([np.log(0.6)]), np.array([0.0]), np.array([1.0]))
    assert abs(loss - (-0.6)) < 1e-9, f"expected loss -0.6 (unclipped), got {loss}; did you drop the min?"


def test_harmful_move_not_clipped_negative_adv():
    """A<0 with r=1.4 > 1+eps keeps the unclipped 1.4*A."""
    loss, _ = ppo_clip_loss(np.array([np.log(1.4)]), np.array([0.0]), np.array([-1.0]))
    assert abs(loss - 1.4) < 1e-9, f"expected loss 1.4 (unclipped), got {loss}; did you drop the min?"


def test_clip_frac_counts_both_sides():
    """clip_frac counts |r-1|>eps even where the unclipped branch wins the min or A = 0."""
    logp_new = np.log([0.6, 1.4, 1.0, 1.1, 1.5])
    _, frac = ppo_clip_loss(logp_new, np.zeros(5), np.array([1.0, -1.0, 1.0, 1.0, 0.0]))
    assert abs(frac - 0.6) < 1e-12, f"expected clip_frac 0.6 (3 of 5 outside the band, zero advantage included), got {frac}"


def test_clip_frac_strict_inequality():
    """With eps=0 and r exactly 1, nothing counts as clipped (strict >)."""
    loss, frac = ppo_clip_loss(np.zeros(5), np.zeros(5), np.ones(5), clip_eps=0.0)
    assert frac == 0.0, f"expected clip_frac 0.0 for |r-1| = 0 = eps, got {frac}"
    assert abs(loss + 1.0) < 1e-12, f"expected loss -1.0, got {loss}"


def test_long_sequence_log_probs_stable():
    """Log-probs around -1000 (whole sequences) must not turn into 0/0."""
    logp_old = np.array([-1000.0, -1200.0, -900.0])
    logp_new = logp_old + np.array([0.1, -0.05, 0.0])
    adv = np.array([1.0, 1.0, -1.0])
    loss, frac = ppo_clip_loss(logp_new, logp_old, adv)
    want, wfrac = _reference(logp_new, logp_old, adv, 0.2)
    assert np.isfinite(loss), f"loss is {loss}; compute the ratio as exp(logp_new - logp_old)"
    assert abs(loss - want) < 1e-9 and frac == wfrac, f"expected ({want:.6f}, {wfrac}), got ({loss}, {frac})"


def test_mean_not_sum_batch_of_one():
    """A batch of one and a batch of that sample repeated give the same loss (mean reduction)."""
    a = ppo_clip_loss(np.array([0.1]), np.array([0.0]), np.array([0.7]), 0.1)
    b = ppo_clip_loss(np.full(7, 0.1), np.zeros(7), np.full(7, 0.7), 0.1)
    assert abs(a[0] - b[0]) < 1e-12, f"expected equal losses (mean over batch), got {a[0]} and {b[0]}"


def test_random_against_case_form():
    """Seeded random batches match the case form A*min(r,1+eps) / A*max(r,1-eps)."""
    rng = np.random.default_rng(10)
    for eps in (0.05, 0.1, 0.2, 0.3):
        n = 257
        logp_old = -rng.exponential(2.0, size=n)
        logp_new = logp_old + rng.normal(0, 0.3, size=n)
        adv = rng.normal(size=n)
        loss, frac = ppo_clip_loss(logp_new, logp_old, adv, eps)
        want, wfrac = _reference(logp_new, logp_old, adv, eps)
        assert abs(loss - want) < 1e-10, f"eps={eps}: expected loss {want:.8f}, got {loss:.8f}"
        assert abs(frac - wfrac) < 1e-12, f"eps={eps}: expected clip_frac {wfrac:.6f}, got {frac:.6f}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
