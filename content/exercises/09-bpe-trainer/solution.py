from collections import Counter

EOW = "</w>"


def _merge_word(symbols: tuple, pair: tuple) -> tuple:
    """Replace non-overlapping occurrences of `pair`, scanning left to right."""
    a, b = pair
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
            out.append(a + b)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def train_bpe(text: str, n_merges: int) -> list[tuple[str, str]]:
    """Learn up to n_merges BPE merges from whitespace-separated text."""
    freqs = Counter(text.split())
    # each distinct word is a tuple of symbols; keep its corpus frequency
    words = {tuple(w) + (EOW,): f for w, f in freqs.items()}
    merges = []
    for _ in range(n_merges):
        pairs = Counter()
        for sym, f in words.items():
            for p in zip(sym, sym[1:]):      # every adjacent position counts (overlaps too)
                pairs[p] += f
        if not pairs:
            break                            # every word is a single symbol
        best = min(pairs, key=lambda p: (-pairs[p], p))   # highest count, ties -> smallest pair
        merges.append(best)
        new = Counter()
        for sym, f in words.items():
            new[_merge_word(sym, best)] += f
        words = dict(new)
    return merges


def bpe_encode(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Segment one word by replaying the merges in the order they were learned."""
    sym = tuple(word) + (EOW,)
    for pair in merges:
        sym = _merge_word(sym, pair)
    return list(sym)
