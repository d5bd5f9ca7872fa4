import numpy as np
from scipy.special import log_expit

from submission import focal_loss


def _ref_loss(z, y, alpha, gamma):
    s = np.where(y == 1, z, -z)
    log_pt = log_expit(s)                  # scipy's stable log(sigmoid)
    one_minus_pt = np.exp(log_expit(-s))
    at = np.where(y == 1, alpha, 1 - alpha)
    return float(np.mean(-at * one_minus_pt ** gamma * log_pt))


def _numeric_grad(z, y, alpha, gamma, h=1e-5):
    g = np.zeros_like(z)
    for i in np.ndindex(z.shape):
        zp, zm = z.copy(), z.copy()
        zp[i] += h
        zm[i] -= h
        g[i] = (_ref_loss(zp, y, alpha, gamma) - _ref_loss(zm, y, alpha, gamma)) / (2 * h)
    return g


def test_matches_scipy_reference_and_finite_differences():
    """Loss matches a scipy.special.log_expit reference; gradient matches central differences (seeded inputs)."""
    rng = np.random.default_rng(0)
    for shape, alpha, gamma in [((30,), 0.25, 2.0), ((4, 5), 0.5, 1.0), ((20,), 0.9, 0.5), ((1,), 0.25, 3.0)]:
        z = rng.normal(scale=4.0, size=shape)
        y = (rng.random(shape) < 0.3).astype(float)
        loss, grad = focal_loss(z, y, alpha, gamma)
        want = _ref_loss(z, y, alpha, gamma)
        gwant = _numeric_grad(z, y, alpha, gamma)
        assert abs(loss - want) < 1e-12, f"shape={shape}, alpha={alpha}, gamma={gamma}: expected {want:.12f}, got {loss:.12f}"
        err = np.abs(grad - gwant).max()
        assert err < 1e-8, f"shape={shape}, alpha={alpha}, gamma={gamma}: gradient differs from finite differences by {err:.3g} (did you differentiate the (1-p_t)^gamma factor?)"


def test_gamma_zero_alpha_half_is_half_bce():
    """gamma = 0, alpha = 0.5 equals half the mean binary cross-entropy; gradient is (p - y) / (2n)."""
    rng = np.random.default_rng(1)
    z = rng.normal(scale=3.0, size=40)
    y = (rng.random(40) < 0.5).astype(float)
    loss, grad = focal_loss(z, y, alpha=0.5, gamma=0.0)
    p = 1 / (1 + np.exp(-z))
    want = 0.5 * np.mean(-(y * np.log(p) + (1 - y) * np.log(1 - p)))
    assert abs(loss - want) < 1e-10, f"expected {want:.10f}, got {loss:.10f}"
    assert np.allclose(grad, 0.5 * (p - y) / 40, atol=1e-14), "with gamma=0 the gradient should be alpha_t (p - y) / n"


def test_confident_correct_is_tiny_not_nan():
    """Confidently correct elements at ±1000 give loss and gradient 0, not nan."""
    loss, grad = focal_loss(np.array([1000.0, -1000.0]), np.array([1, 0]), 0.25, 2.0)
    assert np.isfinite(loss) and abs(loss) < 1e-12, f"expected loss 0, got {loss}"
    assert np.all(np.isfinite(grad)) and np.allclose(grad, 0.0, atol=1e-12), f"expected zero gradient, got {grad}"


def test_confidently_wrong_extreme_logits():
    """Confidently wrong elements at ±1000 (and ±800) give exact finite loss alpha_t*|z| and gradient."""
    z = np.array([-1000.0, 800.0, -800.0, 1000.0])
    y = np.array([1, 0, 1, 0])
    loss, grad = focal_loss(z, y, alpha=0.25, gamma=2.0)
    want = (0.25 * 1000 + 0.75 * 800 + 0.25 * 800 + 0.75 * 1000) / 4
    assert np.isfinite(loss) and abs(loss - want) < 1e-9, f"expected loss {want}, got {loss} (log(sigmoid) must not overflow)"
    assert np.allclose(grad, [-0.25 / 4, 0.75 / 4, -0.25 / 4, 0.75 / 4], atol=1e-12), f"expected grad ±alpha_t/n, got {grad}"


def test_moderately_large_logits():
    """Confidently correct logits of ±40 give a finite, non-negative, negligible loss and gradient."""
    loss, grad = focal_loss(np.array([-40.0, 40.0]), np.array([0, 1]), alpha=0.25, gamma=1.0)
    assert np.isfinite(loss) and 0.0 <= loss < 1e-30, f"expected a loss in [0, 1e-30), got {loss}"
    assert np.all(np.isfinite(grad)) and np.all(np.abs(grad) < 1e-15), f"expected a negligible gradient, got {grad}"


def test_small_gamma_confident_correct_finite():
    """gamma < 1 with confidently correct logits (p_t rounds to 1): loss and gradient are 0, not nan or inf."""
    for z in (np.array([1000.0, -1000.0]), np.array([40.0, -40.0])):
        loss, grad = focal_loss(z, np.array([1, 0]), alpha=0.25, gamma=0.5)
        assert np.isfinite(loss) and abs(loss) < 1e-12, f"z={z}, gamma=0.5: expected loss≈0, got {loss}"
        assert np.all(np.isfinite(grad)) and np.allclose(grad, 0.0, atol=1e-12), f"z={z}, gamma=0.5: expected zero gradient, got {grad} (avoid (1-p_t)^(gamma-1))"


def test_alpha_weights_positives():
    """alpha weights the positive class and 1 - alpha the negative class."""
    lp, _ = focal_loss(np.array([0.0]), np.array([1]), alpha=0.9, gamma=2.0)
    ln, _ = focal_loss(np.array([0.0]), np.array([0]), alpha=0.9, gamma=2.0)
    base = 0.25 * np.log(2)
    assert abs(lp - 0.9 * base) < 1e-12 and abs(ln - 0.1 * base) < 1e-12, f"expected {0.9 * base:.6f} (pos) and {0.1 * base:.6f} (neg), got {lp:.6f}, {ln:.6f}"


def test_mean_not_sum():
    """Duplicating the input keeps the loss and halves the gradient."""
    rng = np.random.default_rng(2)
    z = rng.normal(size=6)
    y = (rng.random(6) < 0.5).astype(float)
    l1, g1 = focal_loss(z, y)
    l2, g2 = focal_loss(np.concatenate([z, z]), np.concatenate([y, y]))
    assert abs(l1 - l2) < 1e-14, f"loss should be a mean: {l1} vs {l2}"
    assert np.allclose(g2[:6], g1 / 2, atol=1e-15), "gradient should be divided by the number of elements"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
