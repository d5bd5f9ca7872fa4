import numpy as np

from submission import adam_step

P, G, Z = np.array([1.0, -2.0]), np.array([0.5, 0.1]), np.zeros(2)


def test_example_first_step():
    """README example 1: first step moves each coordinate by about lr * sign(g)."""
    p, m, v = adam_step(P, G, Z, Z, t=1, lr=0.1)
    want = P - 0.1 * G / (np.abs(G) + 1e-8)
    assert np.allclose(p, want, atol=1e-14), f"expected param {want}, got {p}"
    assert np.allclose(m, [0.05, 0.01]) and np.allclose(v, [2.5e-4, 1e-5]), f"expected m=[0.05, 0.01], v=[2.5e-4, 1e-5], got m={m}, v={v}"


def test_example_adamw():
    """README example 2: decoupled decay shrinks the weights, then the Adam step."""
    p, _, _ = adam_step(P, G, Z, Z, t=1, lr=0.1, weight_decay=0.5, decoupled=True)
    assert np.allclose(p, [0.85, -2.0], atol=1e-7), f"expected [0.85, -2.0], got {p}"


def test_example_adam_l2():
    """README example 3: the L2 term goes through the adaptive scaling."""
    p, m, _ = adam_step(P, G, Z, Z, t=1, lr=0.1, weight_decay=0.5, decoupled=False)
    assert np.allclose(p, [0.9, -1.9], atol=1e-7), f"expected [0.9, -1.9], got {p}"
    assert np.allclose(m, [0.1, -0.09]), f"with L2 the moments see g + lambda*theta: expected m=[0.1, -0.09], got {m}"


def test_shapes():
    """Outputs keep the parameter's shape."""
    p, m, v = adam_step(np.ones((2, 3)), np.ones((2, 3)), np.zeros((2, 3)), np.zeros((2, 3)), t=1)
    assert p.shape == m.shape == v.shape == (2, 3), f"expected shapes (2, 3), got {p.shape}, {m.shape}, {v.shape}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
