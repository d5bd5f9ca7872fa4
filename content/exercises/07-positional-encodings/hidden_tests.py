import numpy as np
from submission import sinusoidal_encoding, apply_rope


def test_sinusoidal_formula_random_d():
    """Table matches sin/cos with w_i = base^(-2i/d), interleaved, for d=10 and base=500."""
    n, d, base = 50, 10, 500.0
    pe = sinusoidal_encoding(n, d, base)
    p = np.arange(n)[:, None]
    for i in range(d // 2):
        w = base ** (-2 * i / d)
        assert np.allclose(pe[:, 2 * i], np.sin(p[:, 0] * w)), f"column {2 * i} should be sin(p * base^(-{2 * i}/{d}))"
        assert np.allclose(pe[:, 2 * i + 1], np.cos(p[:, 0] * w)), f"column {2 * i + 1} should be cos(p * base^(-{2 * i}/{d}))"


def test_sinusoidal_offset_dot_product():
    """PE(p)·PE(p+k) depends only on k and equals sum_i cos(k w_i)."""
    d = 16
    pe = sinusoidal_encoding(120, d)
    w = 10000.0 ** (-np.arange(0, d, 2) / d)
    for k in (1, 5, 30):
        dots = np.sum(pe[:-k] * pe[k:], axis=1)
        assert np.allclose(dots, np.sum(np.cos(k * w))), f"PE(p)·PE(p+{k}) should be the same for every p"


def test_sinusoidal_position_zero():
    """Position 0 is [0, 1, 0, 1, ...]."""
    pe = sinusoidal_encoding(1, 6)
    assert np.allclose(pe, [[0, 1, 0, 1, 0, 1]]), f"expected [0,1,0,1,0,1], got {pe.tolist()}"


def test_rope_vs_complex_reference():
    """RoPE equals multiplying the complex pairs x_2i + i x_2i+1 by exp(i m theta_i)."""
    rng = np.random.default_rng(40)
    x = rng.normal(size=(3, 7, 12))
    pos = np.array([0, 3, 4, 10, 11, 50, 999])
    theta = 10000.0 ** (-np.arange(0, 12, 2) / 12)
    z = (x[..., 0::2] + 1j * x[..., 1::2]) * np.exp(1j * pos[:, None] * theta)
    want = np.empty_like(x); want[..., 0::2], want[..., 1::2] = z.real, z.imag
    out = apply_rope(x, pos)
    assert np.allclose(out, want, atol=1e-12), f"RoPE differs from the reference (max err {np.abs(out - want).max():.2e}); check the pairing (2i, 2i+1) and the rotation direction"


def test_rope_relative_invariance():
    """<rope(q, m), rope(k, n)> depends only on m - n."""
    rng = np.random.default_rng(41)
    q, k = rng.normal(size=(1, 16)), rng.normal(size=(1, 16))
    s = lambda m, n: (apply_rope(q, np.array([m])) @ apply_rope(k, np.array([n])).T).item()
    base = s(5, 2)
    for m, n in [(105, 102), (3, 0), (2003, 2000)]:
        assert np.isclose(s(m, n), base), f"score({m},{n})={s(m, n):.6f} differs from score(5,2)={base:.6f}"
    assert not np.isclose(s(5, 2), s(5, 3)), "scores for different offsets should differ"


def test_rope_base_and_nonzero_start():
    """base is used, and positions starting at 100 give the same as slicing a longer sequence."""
    rng = np.random.default_rng(42)
    x = rng.normal(size=(110, 6))
    full = apply_rope(x, np.arange(110), base=50.0)
    tail = apply_rope(x[100:], np.arange(100, 110), base=50.0)
    assert np.allclose(full[100:], tail), "positions must be used as given (KV-cache offsets), not re-counted from 0"
    assert not np.allclose(full, apply_rope(x, np.arange(110))), "the base argument seems ignored"


def test_input_not_modified_and_odd_d():
    """x is not modified in place; odd d raises ValueError."""
    x = np.ones((2, 4)); x0 = x.copy()
    apply_rope(x, np.array([3, 4]))
    assert np.array_equal(x, x0), "apply_rope must not modify its input"
    for f in (lambda: sinusoidal_encoding(3, 5), lambda: apply_rope(np.ones((2, 3)), np.array([0, 1]))):
        try:
            f()
        except ValueError:
            continue
        assert False, "expected ValueError for odd d"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
