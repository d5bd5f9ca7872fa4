import numpy as np
from submission import gae

R = np.array([1.0, 0.0, 2.0]); V = np.array([0.5, 1.0, 1.5]); VN = np.array([1.0, 1.5, 2.0])
NO = np.zeros(3, dtype=bool)


def _close(got, want, what):
    got = np.asarray(got)
    assert got.shape == np.asarray(want).shape, f"{what}: expected shape {np.shape(want)}, got {got.shape}"
    assert np.allclose(got, want, atol=1e-10), f"{what}: expected {np.round(want, 6)}, got {np.round(got, 6)}"


def test_single_episode_example():
    """README example 1: no episode end inside the buffer."""
    adv, ret = gae(R, V, VN, NO, NO, gamma=0.9, lam=0.5)
    _close(adv, [2.02325, 1.385, 2.3], "advantages")
    _close(ret, [2.52325, 2.385, 3.8], "returns")


def test_termination_example():
    """README example 2: termination after step 1 masks the bootstrap and the recursion."""
    adv, ret = gae(R, V, VN, np.array([False, True, False]), NO, gamma=0.9, lam=0.5)
    _close(adv, [0.95, -1.0, 2.3], "advantages")
    _close(ret, [1.45, 0.0, 3.8], "returns")


def test_truncation_example():
    """README example 3: truncation keeps the bootstrap from next_values but stops the recursion."""
    adv, ret = gae(R, V, np.array([1.0, 4.0, 2.0]), NO, np.array([False, True, False]), gamma=0.9, lam=0.5)
    _close(adv, [2.57, 2.6, 2.3], "advantages")
    _close(ret, [3.07, 3.6, 3.8], "returns")


def test_lambda_zero_is_td_error():
    """lam = 0 gives the one-step TD errors."""
    adv, _ = gae(R, V, VN, NO, NO, gamma=0.9, lam=0.0)
    _close(adv, R + 0.9 * VN - V, "advantages with lam=0")


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
