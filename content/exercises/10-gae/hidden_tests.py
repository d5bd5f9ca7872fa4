import numpy as np
from submission import gae


def _direct(r, v, vn, term, trunc, gamma, lam):
    """Slow O(T^2) direct sum of (gamma*lam)^l * delta_{t+l} up to the episode or buffer end."""
    T = len(r)
    delta = [r[k] + gamma * (0.0 if term[k] else vn[k]) - v[k] for k in range(T)]
    adv = np.zeros(T)
    for t in range(T):
        total, k = 0.0, t
        while k < T:
            total += (gamma * lam) ** (k - t) * delta[k]
            if term[k] or trunc[k]:
                break
            k += 1
        adv[t] = total
    return adv


def _rollout(rng, T):
    r = rng.normal(size=T); v = rng.normal(size=T)
    term = rng.random(T) < 0.15
    trunc = (rng.random(T) < 0.1) & ~term
    vn = np.append(v[1:], rng.normal())
    vn[trunc] = rng.normal(size=trunc.sum()) * 3      # final observation of a cut episode
    vn[term] = rng.normal(size=term.sum()) * 100      # garbage: must be ignored
    return r, v, vn, term, trunc


def test_random_against_direct_sum():
    """Seeded random buffers with terminations and truncations match the direct double sum."""
    rng = np.random.default_rng(20)
    for gamma, lam in [(0.99, 0.95), (0.9, 0.5), (1.0, 1.0), (0.8, 0.0)]:
        r, v, vn, term, trunc = _rollout(rng, 60)
        adv, ret = gae(r, v, vn, term, trunc, gamma=gamma, lam=lam)
        want = _direct(r, v, vn, term, trunc, gamma, lam)
        err = np.max(np.abs(np.asarray(adv) - want))
        assert err < 1e-9, f"gamma={gamma}, lam={lam}: max |adv - direct sum| = {err:.3g}"
        assert np.allclose(ret, want + v, atol=1e-9), "returns must equal advantages + values"


def test_terminal_next_value_ignored():
    """At a terminated step, next_values is ignored (terminal value is 0)."""
    r = np.array([1.0]); v = np.array([0.25])
    a1, _ = gae(r, v, np.array([123.0]), np.array([True]), np.array([False]), 0.9, 0.9)
    assert np.allclose(a1, [0.75]), f"expected advantage [0.75] (= 1 - 0.25), got {a1}"


def test_truncation_is_not_termination():
    """A truncated step bootstraps from next_values (a single done flag fails here)."""
    r = np.array([1.0]); v = np.array([0.0])
    adv, _ = gae(r, v, np.array([10.0]), np.array([False]), np.array([True]), 0.9, 0.95)
    assert np.allclose(adv, [10.0]), f"expected [10.0] (= 1 + 0.9*10), got {adv}"


def test_uses_next_values_not_shifted_values():
    """After a truncation the next row is a new episode: use next_values, not values[t+1]."""
    r = np.zeros(2); v = np.array([0.0, 5.0])
    adv, _ = gae(r, v, np.array([1.0, 0.0]), np.array([False, False]), np.array([True, False]), 1.0, 1.0)
    assert np.allclose(adv, [1.0, -5.0]), f"expected [1, -5], got {adv}"


def test_lambda_one_is_bootstrapped_return_minus_value():
    """lam = 1 gives the discounted return (bootstrapped at the buffer end) minus V."""
    rng = np.random.default_rng(21)
    T, gamma = 25, 0.97
    r = rng.normal(size=T); v = rng.normal(size=T); last = 2.0
    vn = np.append(v[1:], last)
    term = np.zeros(T, dtype=bool); term[10] = True
    G, ret = last, np.zeros(T)
    for t in reversed(range(T)):
        G = r[t] + gamma * (0.0 if term[t] else G)
        ret[t] = G
    adv, _ = gae(r, v, vn, term, np.zeros(T, dtype=bool), gamma, 1.0)
    assert np.allclose(adv, ret - v, atol=1e-10), "lam=1 advantages must equal discounted returns minus values"


def test_batch_of_one_and_dtype():
    """T = 1 without episode end: advantage is the TD error with the bootstrap value; float64 output."""
    adv, ret = gae(np.array([0.5]), np.array([1.0]), np.array([2.0]), np.array([False]), np.array([False]), 0.5, 0.3)
    assert np.asarray(adv).dtype == np.float64, f"expected float64, got {np.asarray(adv).dtype}"
    assert np.allclose(adv, [0.5]) and np.allclose(ret, [1.5]), f"expected ([0.5], [1.5]), got ({adv}, {ret})"


def test_long_buffer_fast_enough():
    """A 20k-step buffer runs quickly and stays finite (no O(T^2) loops)."""
    import time
    rng = np.random.default_rng(22)
    r, v, vn, term, trunc = _rollout(rng, 20000)
    t0 = time.process_time()   # CPU time, so a busy machine does not make this fail
    adv, _ = gae(r, v, vn, term, trunc, 0.99, 0.95)
    cpu = time.process_time() - t0
    assert cpu < 3.0, f"gae on 20000 steps used {cpu:.1f} s of CPU; use one backward sweep (O(T))"
    assert np.all(np.isfinite(adv))


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
