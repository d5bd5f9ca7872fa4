import numpy as np

from submission import power_iteration


def _sym_with_spectrum(rng, eigs):
    q, _ = np.linalg.qr(rng.normal(size=(len(eigs), len(eigs))))
    return q @ np.diag(eigs) @ q.T


def test_matches_numpy_eigh_random():
    """Eigenvalue and eigenvector agree with numpy.linalg.eigh on seeded symmetric matrices."""
    rng = np.random.default_rng(0)
    for n in (3, 10, 40):
        for _ in range(3):
            eigs = rng.uniform(-5, 5, size=n)
            eigs[rng.integers(n)] = rng.choice([-1, 1]) * 9.0     # a clear dominant eigenvalue
            A = _sym_with_spectrum(rng, eigs)
            lam, v, _ = power_iteration(A, rng.normal(size=n))
            w, V = np.linalg.eigh(A)
            k = int(np.argmax(np.abs(w)))
            q = V[:, k] * np.sign(V[np.argmax(np.abs(V[:, k])), k])
            assert abs(lam - w[k]) < 1e-9, f"n={n}: expected eigenvalue {w[k]:.10f}, got {lam:.10f}"
            assert np.allclose(v, q, atol=1e-8), f"n={n}: eigenvector differs from eigh by {np.abs(v - q).max():.2e}"


def test_residual_meets_tolerance():
    """On return, ||A v - lam v|| <= tol."""
    rng = np.random.default_rng(1)
    A = _sym_with_spectrum(rng, np.array([4.0, 3.0, 1.0, -2.0, 0.5]))
    for tol in (1e-4, 1e-8, 1e-12):
        lam, v, _ = power_iteration(A, rng.normal(size=5), tol=tol)
        r = np.linalg.norm(A @ v - lam * v)
        assert r <= tol * 1.0000001, f"tol={tol}: residual {r:.2e} exceeds tol"


def test_iterations_follow_linear_rate():
    """Convergence is linear with rate |l2/l1|: a ratio of 0.5 needs roughly 35 products for tol 1e-10."""
    rng = np.random.default_rng(2)
    A = _sym_with_spectrum(rng, np.array([10.0, 5.0, 1.0, 0.1]))
    _, _, it = power_iteration(A, rng.normal(size=4))
    assert 25 <= it <= 45, f"expected about 35 iterations for |l2/l1| = 0.5, got {it}"


def test_plus_minus_dominant_raises():
    """Eigenvalues +2 and -2 both dominant: no convergence, RuntimeError after max_iter."""
    try:
        power_iteration(np.diag([2.0, -2.0, 1.0]), np.array([1.0, 1.0, 1.0]), max_iter=300)
    except RuntimeError:
        return
    raise AssertionError("expected RuntimeError when +2 and -2 are both dominant")


def test_start_vector_already_eigenvector():
    """A start vector that is already the dominant eigenvector converges in one product."""
    lam, v, it = power_iteration(np.diag([3.0, 1.0]), np.array([-2.0, 0.0]))
    assert it == 1 and abs(lam - 3) < 1e-12 and np.allclose(v, [1.0, 0.0]), f"expected (3, [1, 0], 1), got ({lam}, {v}, {it})"


def test_zero_matrix():
    """A = 0: every vector is an eigenvector for 0; returns (0.0, v, 1) at the first residual check."""
    lam, v, it = power_iteration(np.zeros((3, 3)), np.array([0.0, -3.0, 4.0]))
    assert lam == 0.0 and it == 1, f"expected lam 0.0 after 1 product, got ({lam}, {it})"
    assert np.all(np.isfinite(v)) and np.allclose(v, [0.0, -0.6, 0.8]), f"expected v = [0, -0.6, 0.8] (normalised start, largest entry positive), got {v}"


def test_large_scale_no_overflow():
    """Entries around 1e150 do not overflow (normalise every step)."""
    A = 1e150 * np.array([[2.0, 1.0], [1.0, 2.0]])
    lam, v, _ = power_iteration(A, np.array([1.0, 0.0]), tol=1e140)
    assert np.isfinite(lam) and abs(lam / 3e150 - 1) < 1e-9, f"expected 3e150, got {lam}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
