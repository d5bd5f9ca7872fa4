import numpy as np
from submission import als, als_loss

R = np.array([[5., 3., np.nan], [4., np.nan, 1.], [np.nan, 1., 5.]])
M = ~np.isnan(R)


def test_one_iteration_example():
    """README example: one iteration from all-ones factors."""
    P, Q, losses = als(R, M, np.ones((3, 1)), np.ones((3, 1)), 0.1, 1)
    assert np.allclose(P.ravel(), [8 / 2.1, 2.3809524, 2.8571429], atol=1e-6), f"got P {P.ravel()}"
    assert np.allclose(Q.ravel(), [1.4087499, 0.6272339, 1.1962696], atol=1e-6), f"got Q {Q.ravel()}"
    assert len(losses) == 2 and np.allclose(losses, [45.6, 10.6861591], atol=1e-6), f"got losses {losses}"


def test_initial_loss_ignores_nan():
    """als_loss skips unobserved (NaN) entries."""
    L = als_loss(R, M, np.ones((3, 1)), np.ones((3, 1)), 0.1)
    assert abs(L - 45.6) < 1e-9, f"expected 45.6, got {L}"


def test_losses_non_increasing():
    """20 iterations: the loss never goes up."""
    _, _, losses = als(R, M, np.ones((3, 1)), np.ones((3, 1)), 0.1, 20)
    assert len(losses) == 21, f"expected 21 losses, got {len(losses)}"
    assert all(b <= a + 1e-10 for a, b in zip(losses, losses[1:])), f"loss increased: {np.round(losses, 4)}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
