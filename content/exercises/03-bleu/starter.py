import math
from collections import Counter


def corpus_bleu(candidates: list[str], references: list[list[str]]) -> float:
    """Corpus-level BLEU-4 (uniform weights, clipped counts, brevity penalty, no smoothing).

    Args:
        candidates: list of S candidate sentences (strings), tokenised with str.split().
        references: list of S lists; references[s] holds one or more reference strings for candidate s.
    Returns:
        BLEU in [0, 1] as a Python float; 0.0 if c == 0 or some n-gram precision is 0 or undefined.
    """
    raise NotImplementedError
