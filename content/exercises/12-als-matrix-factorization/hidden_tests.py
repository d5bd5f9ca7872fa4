import numpy as np
from submission import als, als_loss


def _ridge_lstsq(F, r, lam):
    """Ridge without intercept as an augmented least-squares problem (no normal equations)."""
    k = F.shape[1]
    A = np.vstack([F, np.sqrt(lam) * np.eye(k)])
    b = np.concatenate([r, np.zeros(k)])
    return np.linalg.lstsq(A, b, rcond=None)[0]


def _problem(seed, m=30, n=20, k=3, density=0.3):
    rng = np.random.default_rng(seed)
    R = rng.normal(size=(m, 2)) @ rng.normal(size=(2, n)) + 0.1 * rng.normal(size=(m, n))
    mask = rng.random((m, n)) < density
    R = np.where(mask, R, np.nan)
    return R, mask, rng.normal(size=(m, k)), rng.normal(size=(n, k))


def test_user_step_is_ridge():
    """After one iteration each user vector equals ridge regression (augmented lstsq) on the initial Q."""
    R, mask, P0, Q0 = _problem(150)
    lam = 0.7
    P, _, _ = als(R, mask, P0, Q0, lam, 1)
    for u in range(5):
        if mask[u].sum() == 0:
            continue
        want = _ridge_lstsq(Q0[mask[u]], R[u, mask[u]], lam)
        assert np.allclose(P[u], want, atol=1e-8), f"user {u}: expected {want}, got {P[u]}"


def test_item_step_uses_new_users():
    """The item vectors after one iteration solve ridge on the NEW user factors."""
    R, mask, P0, Q0 = _problem(151)
    lam = 0.3
    P, Q, _ = als(R, mask, P0, Q0, lam, 1)
    for i in range(5):
        if mask[:, i].sum() == 0:
            continue
        want = _ridge_lstsq(P[mask[:, i]], R[mask[:, i], i], lam)
        assert np.allclose(Q[i], want, atol=1e-8), f"item {i}: expected {want}, got {Q[i]}"


def test_monotone_and_finite_with_nan_missing():
    """Random problems with NaN for missing entries: finite, non-increasing losses matching als_loss."""
    for seed in (152, 153):
        R, mask, P0, Q0 = _problem(seed)
        P, Q, losses = als(R, mask, P0, Q0, 0.5, 15)
        assert np.all(np.isfinite(losses)), f"non-finite loss (NaN leaked from unobserved entries?): {losses[:3]}"
        assert all(b <= a + 1e-8 for a, b in zip(losses, losses[1:])), "loss increased"
        assert abs(losses[-1] - als_loss(R, mask, P, Q, 0.5)) < 1e-8, "last loss must be the loss of the returned P, Q"
        assert losses[-1] < 0.3 * losses[0], "ALS should reduce the loss substantially"


def test_row_without_ratings_gets_zero():
    """A user with no observed entries ends with the zero vector."""
    R, mask, P0, Q0 = _problem(154)
    mask[4] = False; R[4] = np.nan
    P, _, _ = als(R, mask, P0, Q0, 0.2, 2)
    assert np.allclose(P[4], 0.0), f"expected zeros for a user without ratings, got {P[4]}"


def test_inputs_not_modified():
    """P0 and Q0 are left untouched."""
    R, mask, P0, Q0 = _problem(155)
    p, q = P0.copy(), Q0.copy()
    als(R, mask, P0, Q0, 0.2, 2)
    assert np.array_equal(P0, p) and np.array_equal(Q0, q), "als modified its initial factors in place"


def test_full_matrix_low_rank_recovered():
    """Fully observed exact rank-2 matrix with tiny lam: k=2 ALS reconstructs it."""
    rng = np.random.default_rng(156)
    R = rng.normal(size=(12, 2)) @ rng.normal(size=(2, 9))
    mask = np.ones_like(R, dtype=bool)
    P, Q, _ = als(R, mask, rng.normal(size=(12, 2)), rng.normal(size=(9, 2)), 1e-8, 200)
    assert np.allclose(P @ Q.T, R, atol=1e-4), f"max reconstruction error {np.abs(P @ Q.T - R).max():.3g}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
