from typing import Any, Iterable

import numpy as np


def reservoir_sample(stream: Iterable[Any], k: int, rng: np.random.Generator) -> list[Any]:
    """Uniform random sample of k items from a stream of unknown length, in one pass (Algorithm R).

    The first k items fill the reservoir in order. For the item at 0-based position i >= k,
    draw j = rng.integers(0, i + 1) (uniform on 0..i); if j < k, the item replaces reservoir[j].
    No other use of rng. A stream shorter than k returns all its items; k = 0 returns []
    immediately, without reading the stream or using rng. Raises ValueError if k < 0.
    """
    if k < 0:
        raise ValueError("k must be >= 0")
    reservoir: list[Any] = []
    if k == 0:
        return reservoir
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
        else:
            j = int(rng.integers(0, i + 1))   # item i is kept with probability k / (i + 1)
            if j < k:
                reservoir[j] = item           # and evicts a uniformly chosen current member
    return reservoir
