import math
from collections import Counter


def _ngram_counts(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def corpus_bleu(candidates: list[str], references: list[list[str]]) -> float:
    """Corpus-level BLEU-4 (uniform weights, clipped counts, brevity penalty, no smoothing).

    Args:
        candidates: list of S candidate sentences (strings), tokenised with str.split().
        references: list of S lists; references[s] holds one or more reference strings for candidate s.
    Returns:
        BLEU in [0, 1] as a Python float; 0.0 if some n-gram precision is 0 or undefined.
    """
    max_n = 4
    matches = [0] * max_n
    totals = [0] * max_n
    c_len = 0
    r_len = 0
    for cand_str, ref_strs in zip(candidates, references):
        cand = cand_str.split()
        refs = [r.split() for r in ref_strs]
        c_len += len(cand)
        # effective reference length: the closest to the candidate's, the shorter one on a tie
        r_len += min((abs(len(r) - len(cand)), len(r)) for r in refs)[1]
        for n in range(1, max_n + 1):
            cand_counts = _ngram_counts(cand, n)
            max_ref = Counter()
            for r in refs:
                max_ref |= _ngram_counts(r, n)          # element-wise max over the references
            # clip each candidate n-gram count at its maximum count in any single reference
            matches[n - 1] += sum(min(k, max_ref[g]) for g, k in cand_counts.items())
            totals[n - 1] += sum(cand_counts.values())
    # counts are pooled over the corpus before dividing
    if c_len == 0 or min(totals) == 0 or min(matches) == 0:
        return 0.0
    log_precision = sum(math.log(m / t) for m, t in zip(matches, totals)) / max_n
    bp = 1.0 if c_len > r_len else math.exp(1.0 - r_len / c_len)
    return float(bp * math.exp(log_precision))
