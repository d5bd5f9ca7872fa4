import numpy as np
from submission import q_learning

NS = np.array([[0, 1], [0, 2], [1, 3], [2, 4], [3, 4]])
RW = np.zeros((5, 2)); RW[3, 1] = 1.0
TERM = np.array([False, False, False, False, True])


def test_one_episode_example():
    """README example: after one episode only Q[3, right] has changed, to 0.5."""
    Q = q_learning(NS, RW, TERM, 0, 1, 0.5, 0.9, 0.5, 100, np.random.default_rng(0))
    want = np.zeros((5, 2)); want[3, 1] = 0.5
    assert np.allclose(Q, want), f"expected {want.tolist()}, got {np.round(Q, 6).tolist()}"


def test_converges_on_chain():
    """README example: 300 episodes reach Q* and the greedy policy goes right."""
    Q = q_learning(NS, RW, TERM, 0, 300, 0.5, 0.9, 0.5, 100, np.random.default_rng(0))
    qstar = np.array([[0.6561, 0.729], [0.6561, 0.81], [0.729, 0.9], [0.81, 1.0], [0, 0]])
    assert np.allclose(Q, qstar, atol=1e-4), f"expected Q*={qstar.tolist()}, got {np.round(Q, 4).tolist()}"
    assert list(Q.argmax(1)[:4]) == [1, 1, 1, 1], f"greedy policy should go right, got {Q.argmax(1)}"


def test_shape_and_dtype():
    """Q has shape (S, A) and dtype float64."""
    Q = q_learning(NS, RW, TERM, 0, 2, 0.1, 0.9, 0.3, 10, np.random.default_rng(1))
    assert Q.shape == (5, 2) and Q.dtype == np.float64, f"expected (5, 2) float64, got {Q.shape} {Q.dtype}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
