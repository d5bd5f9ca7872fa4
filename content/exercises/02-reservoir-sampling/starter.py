from typing import Any, Iterable

import numpy as np


def reservoir_sample(stream: Iterable[Any], k: int, rng: np.random.Generator) -> list[Any]:
    """Uniform random sample of k items from a stream of unknown length, in one pass (Algorithm R).

    The first k items fill the reservoir in order. For the item at 0-based position i >= k,
    draw j = rng.integers(0, i + 1) (uniform on 0..i); if j < k, the item replaces reservoir[j].
    No other use of rng. A stream shorter than k returns all its items; k = 0 returns []
    immediately, without reading the stream or using rng.
    Raises ValueError if k < 0.
    """
    raise NotImplementedError
