import math
import numpy as np
from submission import dpo_loss, dpo_grad

PC = np.array([-10.0, -12.0]); PR = np.array([-14.0, -11.0])
RC = np.array([-11.0, -12.0]); RR = np.array([-13.0, -12.0])


def test_loss_example():
    """README example: loss 0.6437 with rewards [0.5, 0] and [-0.5, 0.5]."""
    loss, rw, rl = dpo_loss(PC, PR, RC, RR, beta=0.5)
    want = (math.log1p(math.exp(-1.0)) + math.log1p(math.exp(0.5))) / 2
    assert isinstance(loss, float), f"loss must be a Python float, got {type(loss)}"
    assert abs(loss - want) < 1e-12, f"expected loss {want:.6f}, got {loss:.6f}"
    assert np.allclose(rw, [0.5, 0.0]) and np.allclose(rl, [-0.5, 0.5]), f"got rewards {rw}, {rl}"


def test_grad_example():
    """README example: gradients -/+ beta * sigma(-margin) / N."""
    gc, gr = dpo_grad(PC, PR, RC, RR, beta=0.5)
    s = 1 / (1 + np.exp(np.array([1.0, -0.5])))
    assert np.allclose(gc, -0.5 * s / 2) and np.allclose(gr, 0.5 * s / 2), f"got {gc}, {gr}"


def test_policy_equals_reference_gives_log2():
    """When the policy equals the reference the loss is log 2."""
    loss, rw, rl = dpo_loss(PC, PR, PC, PR, beta=0.3)
    assert abs(loss - math.log(2)) < 1e-12, f"expected log 2 = 0.693147, got {loss}"
    assert np.allclose(rw, 0) and np.allclose(rl, 0)


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
