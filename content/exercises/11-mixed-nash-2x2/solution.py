import numpy as np


def nash_2x2(A: np.ndarray, B: np.ndarray) -> list[tuple[float, float]]:
    """Pure equilibria (cell order) followed by the fully mixed one, as (p, q) pairs.

    p = probability that the row player plays row 0, q = probability that the column player plays column 0.
    """
    A = np.asarray(A, dtype=np.float64)
    B = np.asarray(B, dtype=np.float64)
    out = []
    for i in (0, 1):
        for j in (0, 1):
            row_ok = A[i, j] >= A[1 - i, j]          # row player cannot gain by switching rows
            col_ok = B[i, j] >= B[i, 1 - j]          # column player cannot gain by switching columns
            if row_ok and col_ok:
                out.append((1.0 - i, 1.0 - j))
    # fully mixed: each player makes the OTHER indifferent
    den_q = A[0, 0] - A[0, 1] - A[1, 0] + A[1, 1]    # row's payoff difference is linear in q
    den_p = B[0, 0] - B[1, 0] - B[0, 1] + B[1, 1]
    if den_q != 0 and den_p != 0:
        q = (A[1, 1] - A[0, 1]) / den_q
        p = (B[1, 1] - B[1, 0]) / den_p
        if 0 < p < 1 and 0 < q < 1:
            out.append((float(p), float(q)))
    return out
