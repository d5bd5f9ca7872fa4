import numpy as np
from scipy.special import log_expit
from submission import dpo_loss, dpo_grad


def _inputs(seed, n=64, spread=30.0):
    rng = np.random.default_rng(seed)
    ref_c = -rng.uniform(20, 200, n); ref_r = -rng.uniform(20, 200, n)
    return ref_c + rng.normal(0, spread, n), ref_r + rng.normal(0, spread, n), ref_c, ref_r


def test_random_against_scipy_log_expit():
    """Seeded batches: loss equals -mean(scipy.special.log_expit(margin)) for several betas."""
    for seed, beta in [(110, 0.1), (111, 0.5), (112, 2.0)]:
        pc, pr, rc, rr = _inputs(seed)
        loss, rw, rl = dpo_loss(pc, pr, rc, rr, beta)
        want = -np.mean(log_expit(beta * ((pc - rc) - (pr - rr))))
        assert abs(loss - want) < 1e-10, f"beta={beta}: expected {want:.10f}, got {loss:.10f}"
        assert np.allclose(rw, beta * (pc - rc)) and np.allclose(rl, beta * (pr - rr)), "implicit rewards wrong"


def test_extreme_margins_stable():
    """Margins of +-2000 give finite loss: ~0 when correctly ordered, ~2000 when reversed."""
    z0 = np.zeros(1)
    loss_good, _, _ = dpo_loss(z0, np.array([-2000.0]), z0, z0, beta=1.0)
    loss_bad, _, _ = dpo_loss(np.array([-2000.0]), z0, z0, z0, beta=1.0)
    assert np.isfinite(loss_good) and abs(loss_good) < 1e-12, f"expected ~0, got {loss_good}"
    assert np.isfinite(loss_bad) and abs(loss_bad - 2000.0) < 1e-9, f"expected 2000, got {loss_bad}"
    gc, gr = dpo_grad(np.array([-2000.0, 0.0]), np.array([0.0, -2000.0]), np.zeros(2), np.zeros(2), beta=1.0)
    assert np.all(np.isfinite(gc)) and np.all(np.isfinite(gr)), f"non-finite gradients {gc}, {gr}"
    assert np.allclose(gc, [-0.5, 0.0]) and np.allclose(gr, [0.5, 0.0]), f"expected [-0.5, 0] / [0.5, 0], got {gc}, {gr}"


def test_gradient_finite_differences():
    """dpo_grad matches central finite differences of dpo_loss."""
    pc, pr, rc, rr = _inputs(113, n=6, spread=3.0)
    beta, h = 0.7, 1e-6
    gc, gr = dpo_grad(pc, pr, rc, rr, beta)
    for i in range(6):
        e = np.zeros(6); e[i] = h
        fc = (dpo_loss(pc + e, pr, rc, rr, beta)[0] - dpo_loss(pc - e, pr, rc, rr, beta)[0]) / (2 * h)
        fr = (dpo_loss(pc, pr + e, rc, rr, beta)[0] - dpo_loss(pc, pr - e, rc, rr, beta)[0]) / (2 * h)
        assert abs(gc[i] - fc) < 1e-7 and abs(gr[i] - fr) < 1e-7, \
            f"pair {i}: analytic ({gc[i]:.6g}, {gr[i]:.6g}) vs numeric ({fc:.6g}, {fr:.6g})"


def test_reference_shift_invariance():
    """Adding the same constant to policy and reference log-probs of a response changes nothing."""
    pc, pr, rc, rr = _inputs(114, n=10)
    a = dpo_loss(pc, pr, rc, rr, 0.2)[0]
    b = dpo_loss(pc + 50, pr - 30, rc + 50, rr - 30, 0.2)[0]
    assert abs(a - b) < 1e-10, f"loss should depend only on log-ratios: {a} vs {b}"


def test_mean_over_pairs_and_batch_of_one():
    """Loss is a mean: duplicating the batch leaves it unchanged; N = 1 works."""
    pc, pr, rc, rr = _inputs(115, n=5)
    a = dpo_loss(pc, pr, rc, rr)[0]
    b = dpo_loss(*(np.concatenate([x, x]) for x in (pc, pr, rc, rr)))[0]
    assert abs(a - b) < 1e-12, f"expected the same mean loss, got {a} and {b}"
    one = dpo_loss(pc[:1], pr[:1], rc[:1], rr[:1])[0]
    want = -log_expit(0.1 * ((pc[0] - rc[0]) - (pr[0] - rr[0])))
    assert abs(one - want) < 1e-12, f"N=1: expected {want}, got {one}"


def test_beta_scales_rewards():
    """Rewards scale linearly with beta; larger beta sharpens the loss for a correctly ordered pair."""
    pc, pr, rc, rr = np.array([-5.0]), np.array([-9.0]), np.array([-6.0]), np.array([-8.0])
    l1, w1, _ = dpo_loss(pc, pr, rc, rr, 0.1)
    l2, w2, _ = dpo_loss(pc, pr, rc, rr, 1.0)
    assert np.allclose(w2, 10 * w1), f"rewards must be beta * log-ratio: {w1} vs {w2}"
    assert l2 < l1, f"with a positive margin a larger beta lowers the loss: {l1} -> {l2}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
