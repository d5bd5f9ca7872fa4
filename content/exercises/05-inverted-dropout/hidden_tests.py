import numpy as np

from submission import dropout_backward, dropout_forward


def test_mask_convention_exact():
    """keep == (rng.random(x.shape) >= p) with a single draw, for several seeds, shapes and p."""
    for seed, shape, p in [(1, (7,), 0.1), (2, (4, 5), 0.5), (3, (2, 3, 4), 0.9)]:
        x = np.random.default_rng(100 + seed).normal(size=shape)
        out, keep = dropout_forward(x, p, np.random.default_rng(seed))
        want_keep = np.random.default_rng(seed).random(shape) >= p
        assert np.array_equal(keep, want_keep), f"seed {seed}, p={p}: mask differs from rng.random(x.shape) >= p"
        assert np.allclose(out, x * want_keep / (1 - p), atol=1e-15), f"seed {seed}, p={p}: out should be x * keep / (1 - p)"


def test_single_draw_from_rng():
    """Training draws exactly one rng.random(x.shape); eval draws nothing."""
    r1, r2 = np.random.default_rng(5), np.random.default_rng(5)
    dropout_forward(np.ones(10), 0.3, r1)
    r2.random(10)
    assert r1.random() == r2.random(), "training mode should consume exactly rng.random(x.shape)"
    r3, r4 = np.random.default_rng(6), np.random.default_rng(6)
    dropout_forward(np.ones(10), 0.3, r3, training=False)
    assert r3.random() == r4.random(), "eval mode must not draw from the rng"


def test_expectation_preserved():
    """Mean of the output matches the mean of the input (inverted scaling), dropped fraction ≈ p."""
    rng = np.random.default_rng(7)
    x = rng.uniform(0.5, 1.5, size=200_000)
    for p in (0.1, 0.5, 0.8):
        out, keep = dropout_forward(x, p, rng)
        ratio = out.mean() / x.mean()
        assert abs(ratio - 1) < 0.02, f"p={p}: E[out]/E[x] should be ≈1 (scale survivors by 1/(1-p)), got {ratio:.4f}"
        assert abs((~keep).mean() - p) < 0.01, f"p={p}: dropped fraction should be ≈{p}, got {(~keep).mean():.4f}"


def test_backward_matches_finite_differences():
    """With the mask fixed, the backward pass is the Jacobian-vector product of the forward pass."""
    rng = np.random.default_rng(8)
    x = rng.normal(size=(3, 4))
    g = rng.normal(size=(3, 4))
    out, keep = dropout_forward(x, 0.4, np.random.default_rng(9))
    # forward is linear in x for a fixed mask: L = sum(g * out) has gradient g * keep / (1 - p)
    f = lambda z: np.sum(g * dropout_forward(z, 0.4, np.random.default_rng(9))[0])
    h = 1e-6
    num = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        e = np.zeros_like(x); e[i] = h
        num[i] = (f(x + e) - f(x - e)) / (2 * h)
    got = dropout_backward(g, keep, 0.4)
    assert np.allclose(got, num, atol=1e-7), f"backward differs from finite differences by {np.abs(got - num).max():.3g}"


def test_p_zero_and_p_one():
    """p = 0 keeps everything unscaled; p = 1 drops everything and returns zeros (no nan/inf)."""
    x = np.arange(1.0, 7.0)
    out, keep = dropout_forward(x, 0.0, np.random.default_rng(0))
    assert keep.all() and np.array_equal(out, x), f"p=0 should be the identity, got {out}"
    out, keep = dropout_forward(x, 1.0, np.random.default_rng(0))
    assert not keep.any() and np.all(out == 0) and np.all(np.isfinite(out)), f"p=1 should return zeros, got {out}"
    g = dropout_backward(np.ones(6), keep, 1.0)
    assert np.all(g == 0) and np.all(np.isfinite(g)), f"backward with p=1 should be zeros, got {g}"


def test_eval_is_identity_for_any_p():
    """Eval mode returns x exactly (no 1-p scaling: inverted dropout already scaled in training)."""
    x = np.random.default_rng(10).normal(size=(4, 3))
    for p in (0.1, 0.5, 0.9):
        out, keep = dropout_forward(x, p, np.random.default_rng(0), training=False)
        assert np.array_equal(out, x) and keep.all(), f"p={p}: eval mode should return x unchanged and an all-True mask"


def test_eval_returns_copy_and_inputs_untouched():
    """Eval output is a copy (editing it leaves x intact); training does not modify x."""
    x = np.array([1.0, 2.0, 3.0])
    out, _ = dropout_forward(x, 0.5, np.random.default_rng(0), training=False)
    out[0] = 99.0
    assert x[0] == 1.0, "eval mode must return a copy, not x itself"
    x2 = np.array([1.0, 2.0, 3.0])
    dropout_forward(x2, 0.5, np.random.default_rng(0))
    assert np.array_equal(x2, [1.0, 2.0, 3.0]), "training mode modified x in place"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
