EOW = "</w>"


def train_bpe(text: str, n_merges: int) -> list[tuple[str, str]]:
    """Learn up to n_merges BPE merges from whitespace-separated text.

    Words start as characters + "</w>"; pair counts are weighted by word frequency;
    ties go to the smallest (a, b) tuple; stop early when no pair is left.
    Returns the ordered list of merged pairs.
    """
    raise NotImplementedError


def bpe_encode(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Segment one word (characters + "</w>") by applying the merges in learned order."""
    raise NotImplementedError
