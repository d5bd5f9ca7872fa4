import numpy as np
from scipy.special import softmax
from submission import causal_attention, decode_step


def _weights(rng, d_model, d_head, scale=1.0):
    return [scale * rng.normal(size=(d_model, d_head)) / np.sqrt(d_model) for _ in range(3)]


def test_full_matches_row_loop_with_scipy_softmax():
    """causal_attention equals a per-row loop using scipy.special.softmax (d_model != d_head)."""
    rng = np.random.default_rng(90)
    B, T, dm, dh = 2, 7, 12, 4
    X = rng.normal(size=(B, T, dm))
    Wq, Wk, Wv = _weights(rng, dm, dh)
    q, k, v = (X @ W for W in (Wq, Wk, Wv))
    want = np.zeros((B, T, dh))
    for b in range(B):
        for i in range(T):
            w = softmax(k[b, : i + 1] @ q[b, i] / np.sqrt(dh))
            want[b, i] = w @ v[b, : i + 1]
    got = causal_attention(X, Wq, Wk, Wv)
    assert np.allclose(got, want, atol=1e-10), f"max diff {np.abs(got - want).max():.3g}; scale by sqrt(d_head)?"


def test_incremental_equals_full_recompute():
    """Decoding T tokens one at a time equals the full causal attention, for a batch."""
    rng = np.random.default_rng(91)
    B, T, dm, dh = 3, 9, 8, 5
    X = rng.normal(size=(B, T, dm))
    Wq, Wk, Wv = _weights(rng, dm, dh, scale=2.0)
    full = causal_attention(X, Wq, Wk, Wv)
    k, v = np.zeros((B, 0, dh)), np.zeros((B, 0, dh))
    for t in range(T):
        out, k, v = decode_step(X[:, t], Wq, Wk, Wv, k, v)
        assert k.shape == (B, t + 1, dh), f"cache shape after step {t}: expected {(B, t + 1, dh)}, got {k.shape}"
        err = np.abs(out - full[:, t]).max()
        assert err < 1e-10, f"step {t}: cached output differs from full recomputation by {err:.3g}"


def test_cache_contents_are_projections():
    """The cache holds X @ Wk and X @ Wv in order."""
    rng = np.random.default_rng(92)
    X = rng.normal(size=(2, 4, 6))
    Wq, Wk, Wv = _weights(rng, 6, 3)
    k, v = np.zeros((2, 0, 3)), np.zeros((2, 0, 3))
    for t in range(4):
        _, k, v = decode_step(X[:, t], Wq, Wk, Wv, k, v)
    assert np.allclose(k, X @ Wk) and np.allclose(v, X @ Wv), "cache must contain keys/values in token order"


def test_input_cache_not_mutated():
    """decode_step must not modify the cache arrays it was given."""
    rng = np.random.default_rng(93)
    Wq, Wk, Wv = _weights(rng, 4, 2)
    k0, v0 = rng.normal(size=(1, 3, 2)), rng.normal(size=(1, 3, 2))
    kc, vc = k0.copy(), v0.copy()
    decode_step(rng.normal(size=(1, 4)), Wq, Wk, Wv, kc, vc)
    assert np.array_equal(kc, k0) and np.array_equal(vc, v0), "input caches were modified in place"


def test_large_scores_stable():
    """Scores around 1e3 stay finite and put (almost) all weight on the best key."""
    Wq = np.eye(2) * 40; Wk = np.eye(2) * 40; Wv = np.eye(2)
    X = np.array([[[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]]])
    full = causal_attention(X, Wq, Wk, Wv)
    assert np.all(np.isfinite(full)), f"non-finite outputs {full}"
    k, v = np.zeros((1, 0, 2)), np.zeros((1, 0, 2))
    for t in range(3):
        out, k, v = decode_step(X[:, t], Wq, Wk, Wv, k, v)
    assert np.all(np.isfinite(out)) and np.allclose(out, [[1.0, 0.0]], atol=1e-9), f"expected [[1, 0]], got {out}"
    assert np.allclose(full[0, 2], [1.0, 0.0], atol=1e-9), f"expected row [1, 0], got {full[0, 2]}"


def test_prefill_then_decode():
    """A cache filled from a prompt's projections continues exactly like full attention."""
    rng = np.random.default_rng(94)
    B, T, P, dm, dh = 2, 6, 4, 5, 3
    X = rng.normal(size=(B, T, dm))
    Wq, Wk, Wv = _weights(rng, dm, dh)
    full = causal_attention(X, Wq, Wk, Wv)
    k, v = X[:, :P] @ Wk, X[:, :P] @ Wv
    for t in range(P, T):
        out, k, v = decode_step(X[:, t], Wq, Wk, Wv, k, v)
        assert np.allclose(out, full[:, t], atol=1e-10), f"position {t} differs after prefill"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
