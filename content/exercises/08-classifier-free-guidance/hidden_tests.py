import numpy as np
from submission import guided_eps, cfg_predict


class _Recorder:
    """A deterministic toy network that records its calls."""
    def __init__(self, seed):
        rng = np.random.default_rng(seed)
        self.W = rng.normal(size=(6, 3, 3))
        self.calls = []

    def __call__(self, x, t, c):
        self.calls.append((x.copy(), np.array(t).copy(), np.array(c).copy()))
        flat = x.reshape(len(x), -1)[:, :3]
        out = np.einsum("nij,nj->ni", self.W[c], flat) + 0.01 * np.asarray(t)[:, None]
        return np.repeat(out, x[0].size // 3, axis=1).reshape(x.shape)


def test_single_batched_call_layout():
    """Exactly one model call, batch [x; x], labels [cond; null], timesteps [t; t]."""
    rng = np.random.default_rng(180)
    m = _Recorder(0)
    x, t, c = rng.normal(size=(4, 3, 2)), np.array([3, 7, 7, 1]), np.array([1, 2, 3, 4])
    cfg_predict(m, x, t, c, 0, 1.5)
    assert len(m.calls) == 1, f"expected exactly one model call, got {len(m.calls)}"
    xi, ti, ci = m.calls[0]
    assert xi.shape == (8, 3, 2) and np.allclose(xi[:4], x) and np.allclose(xi[4:], x), "model input should be [x_t; x_t]"
    assert np.array_equal(ti, np.r_[t, t]), f"timesteps should be [t; t], got {ti}"
    assert np.array_equal(ci, [1, 2, 3, 4, 0, 0, 0, 0]), f"labels should be [cond; null...], got {ci}"


def test_matches_two_separate_calls():
    """Batched result equals combining two separate calls."""
    rng = np.random.default_rng(181)
    m = _Recorder(1)
    x, t, c = rng.normal(size=(3, 6)), np.array([10, 20, 30]), np.array([2, 5, 1])
    for w in (0.0, 1.0, 7.5, -1.0):
        got = cfg_predict(m, x, t, c, 0, w)
        ec, eu = m(x, t, c), m(x, t, np.zeros(3, int))
        want = (1 + w) * ec - w * eu
        assert np.allclose(got, want), f"w={w}: result differs from (1+w)*eps(x,c) - w*eps(x,null)"


def test_guided_eps_linear_and_shape():
    """Works elementwise on any shape; extrapolates for w > 0."""
    rng = np.random.default_rng(182)
    ec, eu = rng.normal(size=(2, 3, 4, 4)), rng.normal(size=(2, 3, 4, 4))
    g = guided_eps(ec, eu, 4.0)
    assert g.shape == ec.shape, f"expected shape {ec.shape}, got {g.shape}"
    assert np.allclose(g - ec, 4.0 * (ec - eu)), "for w > 0 the result should move away from eps_uncond by w*(eps_c - eps_u)"


def test_tilted_gaussian_check():
    """For Gaussian p_t(x|c), p_t(x), guided eps equals the eps of the tilted density p(x|c)^(1+w) p(x)^(-w)."""
    ab = 0.6
    mc, vc = np.sqrt(ab) * 1.0, ab * 0.3 + 1 - ab          # p_t(x | c)
    mu, vu = 0.0, ab * 2.0 + 1 - ab                        # p_t(x) (a broad Gaussian)
    x = np.linspace(-3, 3, 7)
    eps = lambda m, v: -np.sqrt(1 - ab) * (-(x - m) / v)   # eps = -sqrt(1-abar) * score
    w = 2.0
    prec = (1 + w) / vc - w / vu                           # tilted Gaussian: precisions and means combine
    mt = ((1 + w) * mc / vc - w * mu / vu) / prec
    got = guided_eps(eps(mc, vc), eps(mu, vu), w)
    assert np.allclose(got, eps(mt, 1 / prec)), "guided eps should be the eps of the tilted Gaussian"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
