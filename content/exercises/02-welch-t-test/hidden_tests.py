import math
import warnings

import numpy as np
from scipy import stats

from submission import welch_t_test


def test_matches_scipy_ttest_ind_welch():
    """t and p match scipy.stats.ttest_ind(equal_var=False) on seeded samples of many shapes."""
    rng = np.random.default_rng(0)
    for na, nb, sa, sb, shift in [(2, 2, 1, 1, 0.5), (10, 50, 3, 1, 0.0), (30, 8, 0.5, 4, 1.0), (200, 150, 1, 1.2, 0.1)]:
        a = rng.normal(shift, sa, na)
        b = rng.normal(0.0, sb, nb)
        t, df, p = welch_t_test(a, b)
        r = stats.ttest_ind(a, b, equal_var=False)
        assert math.isclose(t, r.statistic, rel_tol=1e-10), f"n=({na},{nb}): t {t:.8f} vs scipy {r.statistic:.8f}"
        assert math.isclose(p, r.pvalue, rel_tol=1e-8), f"n=({na},{nb}): p {p:.6g} vs scipy {r.pvalue:.6g}"
        assert min(na, nb) - 1 - 1e-9 <= df <= na + nb - 2 + 1e-9, f"df {df:.4f} outside [min(n)-1, n_a+n_b-2]"


def test_df_formula():
    """Welch–Satterthwaite df against the formula (not the pooled n_a + n_b - 2)."""
    a = np.array([1.0, 3.0, 2.0, 8.0, 6.0])
    b = np.array([2.0, 2.1, 1.9, 2.2, 2.0, 1.8, 2.05, 1.95])
    va, vb = a.var(ddof=1) / 5, b.var(ddof=1) / 8
    want = (va + vb) ** 2 / (va ** 2 / 4 + vb ** 2 / 7)
    _, df, _ = welch_t_test(a, b)
    assert math.isclose(df, want, rel_tol=1e-12), f"expected df {want:.6f}, got {df:.6f}"


def test_tiny_p_value_not_zero():
    """A huge t gives a tiny but positive p (use the survival function)."""
    x = np.array([100.0, 100.1, 99.9, 100.05, 99.95])
    y = np.array([0.0, 0.1, -0.1, 0.05, -0.05])
    t, df, p = welch_t_test(x, y)
    want = stats.ttest_ind(x, y, equal_var=False).pvalue
    assert p > 0 and math.isclose(p, want, rel_tol=1e-6), f"expected p≈{want:.3e}, got {p:.3e} (1 - cdf underflows to 0)"


def test_antisymmetry():
    """Swapping the samples flips the sign of t and keeps df and p."""
    rng = np.random.default_rng(1)
    a, b = rng.normal(0, 1, 12), rng.normal(0.4, 2, 9)
    t1, d1, p1 = welch_t_test(a, b)
    t2, d2, p2 = welch_t_test(b, a)
    assert math.isclose(t1, -t2, rel_tol=1e-12) and math.isclose(d1, d2) and math.isclose(p1, p2), "swap should give (-t, df, p)"


def test_one_constant_sample_is_fine():
    """One sample with zero variance is a valid input (df = n_other - 1)."""
    a = np.array([3.0, 3.0, 3.0])
    b = np.array([1.0, 2.0, 4.0, 5.0])
    t, df, p = welch_t_test(a, b)
    with warnings.catch_warnings():        # scipy warns about the constant sample; the result is still exact
        warnings.simplefilter("ignore", RuntimeWarning)
        r = stats.ttest_ind(a, b, equal_var=False)
    assert math.isclose(df, 3.0, rel_tol=1e-12), f"expected df = 3, got {df}"
    assert math.isclose(t, r.statistic, rel_tol=1e-10) and math.isclose(p, r.pvalue, rel_tol=1e-8), f"expected ({r.statistic}, {r.pvalue}), got ({t}, {p})"


def test_too_small_sample_raises():
    """A sample of size 1 raises ValueError."""
    try:
        welch_t_test(np.array([1.0]), np.array([1.0, 2.0, 3.0]))
    except ValueError:
        return
    raise AssertionError("expected ValueError when a sample has fewer than 2 observations")


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
