import itertools

import numpy as np
import torch

from submission import batch_all_triplet_loss

torch.set_num_threads(1)


def _triplets(labels):
    b = len(labels)
    return [(a, p, n) for a, p, n in itertools.product(range(b), repeat=3)
            if a != p and labels[a] == labels[p] and labels[n] != labels[a]]


def test_matches_torch_triplet_margin_loss():
    """Mean loss matches torch.nn.TripletMarginLoss (p=2) over the enumerated valid triplets (seeded)."""
    rng = np.random.default_rng(0)
    for b, d, n_cls, margin in [(6, 3, 2, 1.0), (12, 8, 4, 0.3), (9, 5, 3, 2.0)]:
        e = rng.normal(size=(b, d))
        lab = rng.integers(0, n_cls, size=b)
        lab[:2] = 0
        lab[2] = 1
        trip = np.array(_triplets(lab))
        et = torch.tensor(e)
        ref = torch.nn.TripletMarginLoss(margin=margin, p=2.0, eps=0.0)(et[trip[:, 0]], et[trip[:, 1]], et[trip[:, 2]]).item()
        loss, _ = batch_all_triplet_loss(e, lab, margin)
        assert abs(loss - ref) < 1e-10, f"B={b}, margin={margin}: expected {ref:.10f} (torch), got {loss:.10f}"


def test_active_fraction_against_enumeration():
    """Active fraction equals the share of enumerated triplets with strictly positive loss."""
    rng = np.random.default_rng(1)
    e = rng.normal(size=(10, 4))
    lab = np.array([0, 0, 0, 1, 1, 1, 2, 2, 3, 3])
    trip = _triplets(lab)
    dist = lambda i, j: np.linalg.norm(e[i] - e[j])
    vals = [max(0.0, dist(a, p) - dist(a, n) + 0.5) for a, p, n in trip]
    loss, frac = batch_all_triplet_loss(e, lab, 0.5)
    assert abs(loss - np.mean(vals)) < 1e-12, f"expected loss {np.mean(vals):.10f}, got {loss:.10f}"
    want = np.mean([v > 0 for v in vals])
    assert abs(frac - want) < 1e-12, f"expected active fraction {want:.6f}, got {frac:.6f}"


def test_unsquared_distance():
    """Distances are Euclidean, not squared."""
    e = np.array([[0.0], [2.0], [3.0]])
    loss, _ = batch_all_triplet_loss(e, np.array([0, 0, 1]), margin=1.0)
    # (0,1,2): 2 - 3 + 1 = 0; (1,0,2): 2 - 1 + 1 = 2 -> mean 1.0 (squared distances would give 2.5)
    assert abs(loss - 1.0) < 1e-12, f"expected 1.0 with unsquared distances, got {loss}"


def test_identical_points_no_nan():
    """Duplicate embeddings give distance exactly 0: no nan from a negative value under the square root."""
    rng = np.random.default_rng(2)
    x = rng.normal(size=(1, 16)) * 10
    e = np.vstack([x, x, x + 1e-2, x])
    loss, frac = batch_all_triplet_loss(e, np.array([0, 0, 1, 1]), margin=0.1)
    assert np.isfinite(loss) and np.isfinite(frac), f"got non-finite output ({loss}, {frac})"
    trip = _triplets([0, 0, 1, 1])
    dist = lambda i, j: np.linalg.norm(e[i] - e[j])
    want = np.mean([max(0.0, dist(a, p) - dist(a, n) + 0.1) for a, p, n in trip])
    assert abs(loss - want) < 1e-5, f"expected {want:.6f}, got {loss:.6f}"


def test_all_same_label_and_singletons():
    """One class only (no negatives) or single-sample classes (no positives) -> (0.0, 0.0)."""
    e = np.arange(8.0).reshape(4, 2)
    assert tuple(batch_all_triplet_loss(e, np.zeros(4, dtype=int))) == (0.0, 0.0), "all labels equal: no negatives"
    assert tuple(batch_all_triplet_loss(e[:1], np.array([3]))) == (0.0, 0.0), "a batch of one has no triplet"


def test_translation_invariance():
    """Shifting every embedding by the same vector changes nothing."""
    rng = np.random.default_rng(3)
    e = rng.normal(size=(8, 3))
    lab = np.array([0, 0, 1, 1, 2, 2, 0, 1])
    a = batch_all_triplet_loss(e, lab, 0.7)
    b = batch_all_triplet_loss(e + np.array([5.0, -2.0, 1.0]), lab, 0.7)
    assert abs(a[0] - b[0]) < 1e-12 and abs(a[1] - b[1]) < 1e-12, f"loss changed under translation: {a} vs {b}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
