import torch
from submission import reward_to_go, reinforce_losses

torch.set_num_threads(1)


def _direct_rtg(r, d, gamma):
    r, d = r.tolist(), d.tolist()
    out = []
    for t in range(len(r)):
        total, k = 0.0, t
        while True:
            total += gamma ** (k - t) * r[k]
            if d[k]:
                break
            k += 1
        out.append(total)
    return torch.tensor(out, dtype=torch.float64)


def _batch(seed, n=40):
    g = torch.Generator().manual_seed(seed)
    r = torch.randn(n, generator=g, dtype=torch.float64)
    d = torch.rand(n, generator=g) < 0.2
    d[-1] = True
    return r, d, g


def test_reward_to_go_random_vs_direct_sum():
    """Random batches: reward-to-go equals the direct per-episode double sum."""
    for seed, gamma in [(60, 0.99), (61, 0.5), (62, 1.0), (63, 0.0)]:
        r, d, _ = _batch(seed)
        G = reward_to_go(r, d, gamma)
        want = _direct_rtg(r, d, gamma)
        assert G.dtype == torch.float64, f"keep the dtype of rewards (float64), got {G.dtype}"
        assert torch.allclose(G, want, atol=1e-10), f"gamma={gamma}: max error {(G - want).abs().max():.3g}"


def test_no_leak_across_episodes():
    """A big reward in the next episode must not appear in the previous episode's returns."""
    r = torch.tensor([0.0, 0.0, 100.0]); d = torch.tensor([False, True, True])
    G = reward_to_go(r, d, 0.9)
    assert torch.allclose(G, torch.tensor([0.0, 0.0, 100.0])), f"expected [0, 0, 100], got {G.tolist()}"


def test_single_step_episodes():
    """All-done batch: G equals the rewards."""
    r = torch.tensor([3.0, -1.0, 2.0]); d = torch.ones(3, dtype=torch.bool)
    G = reward_to_go(r, d, 0.9)
    assert torch.allclose(G, r), f"expected {r.tolist()}, got {G.tolist()}"


def test_baseline_gets_no_gradient_from_policy_loss():
    """policy_loss.backward() leaves baselines.grad empty; value_loss gives 2(b - G)/N."""
    r, d, g = _batch(64, 12)
    lp = torch.randn(12, generator=g, dtype=torch.float64).requires_grad_()
    b = torch.randn(12, generator=g, dtype=torch.float64).requires_grad_()
    pl, vl = reinforce_losses(lp, r, d, b, 0.9)
    pl.backward(retain_graph=True)
    assert b.grad is None or torch.all(b.grad == 0), "policy_loss must not send gradient into the baseline (detach G - b)"
    vl.backward()
    G = _direct_rtg(r, d, 0.9)
    want = 2 * (b.detach() - G) / 12
    assert torch.allclose(b.grad, want, atol=1e-10), "value_loss gradient should be 2 (b - G) / N"


def test_softmax_policy_gradient_matches_analytic():
    """For a softmax policy the gradient wrt the logits is -(1/N) sum_t A_t (onehot(a_t) - pi_t)."""
    r, d, g = _batch(65, 30)
    A = 4
    logits = torch.randn(30, A, generator=g, dtype=torch.float64).requires_grad_()
    acts = torch.randint(0, A, (30,), generator=g)
    lp = torch.log_softmax(logits, dim=1)[torch.arange(30), acts]
    b = torch.randn(30, generator=g, dtype=torch.float64)
    pl, _ = reinforce_losses(lp, r, d, b, 0.95)
    pl.backward()
    adv = _direct_rtg(r, d, 0.95) - b
    pi = torch.softmax(logits.detach(), dim=1)
    onehot = torch.nn.functional.one_hot(acts, A).double()
    want = -(adv[:, None] * (onehot - pi)) / 30
    assert torch.allclose(logits.grad, want, atol=1e-10), "policy gradient wrt logits does not match -(1/N) A (onehot - pi)"


def test_mean_over_steps_not_episodes():
    """Duplicating the whole batch leaves both losses unchanged (a mean, not a sum)."""
    r, d, g = _batch(66, 20)
    lp = torch.randn(20, generator=g, dtype=torch.float64)
    b = torch.randn(20, generator=g, dtype=torch.float64)
    p1, v1 = reinforce_losses(lp, r, d, b, 0.9)
    p2, v2 = reinforce_losses(torch.cat([lp, lp]), torch.cat([r, r]), torch.cat([d, d]), torch.cat([b, b]), 0.9)
    assert abs(p1.item() - p2.item()) < 1e-10 and abs(v1.item() - v2.item()) < 1e-10, "losses must be means over the N steps, not sums"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
