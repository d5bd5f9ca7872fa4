import numpy as np
from submission import ppo_clip_loss


def test_readme_example_mixed_signs():
    """README example: ratios 1.4/0.6 with advantages +1/-1 give loss 0.1 and clip fraction 1."""
    logp_old = np.log([0.5, 0.5, 0.5, 0.5])
    logp_new = np.log([0.7, 0.3, 0.7, 0.3])
    loss, frac = ppo_clip_loss(logp_new, logp_old, np.array([1.0, 1.0, -1.0, -1.0]), clip_eps=0.2)
    assert abs(loss - 0.1) < 1e-9, f"expected loss 0.1, got {loss}"
    assert abs(frac - 1.0) < 1e-12, f"expected clip_frac 1.0, got {frac}"


def test_ratio_one_gives_minus_mean_advantage():
    """When new == old log-probs, the loss is -mean(A) and nothing is clipped."""
    loss, frac = ppo_clip_loss(np.zeros(3), np.zeros(3), np.array([1.0, -2.0, 4.0]))
    assert abs(loss - (-1.0)) < 1e-12, f"expected loss -1.0, got {loss}"
    assert frac == 0.0, f"expected clip_frac 0.0, got {frac}"


def test_returns_python_floats():
    """Both outputs are Python floats (not arrays)."""
    out = ppo_clip_loss(np.array([-0.1, -0.2]), np.array([-0.15, -0.1]), np.array([0.5, -0.5]))
    assert isinstance(out, tuple) and len(out) == 2, f"expected a (loss, clip_frac) tuple, got {out!r}"
    assert all(isinstance(x, float) for x in out), f"expected Python floats, got {[type(x) for x in out]}"


def test_positive_advantage_capped_above():
    """A>0 and r=1.5, eps=0.2: the objective is capped at 1.2*A."""
    loss, frac = ppo_clip_loss(np.array([np.log(1.5)]), np.array([0.0]), np.array([2.0]))
    assert abs(loss - (-2.4)) < 1e-9, f"expected loss -2.4 (= -1.2*2), got {loss}"
    assert frac == 1.0, f"expected clip_frac 1.0, got {frac}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
