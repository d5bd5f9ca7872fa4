import math
import random

from submission import corpus_bleu


def _ref_bleu(cands, refss):
    # independent reference: plain dict counting
    num = [0, 0, 0, 0]; den = [0, 0, 0, 0]; c = 0; r = 0
    for cand, refs in zip(cands, refss):
        ct = cand.split(); rts = [x.split() for x in refs]
        c += len(ct)
        best = None
        for rt in rts:
            key = (abs(len(rt) - len(ct)), len(rt))
            if best is None or key < best:
                best = key
        r += best[1]
        for n in range(1, 5):
            grams = [tuple(ct[i:i + n]) for i in range(len(ct) - n + 1)]
            den[n - 1] += len(grams)
            for g in set(grams):
                cap = max(sum(1 for i in range(len(rt) - n + 1) if tuple(rt[i:i + n]) == g) for rt in rts)
                num[n - 1] += min(grams.count(g), cap)
    if c == 0 or min(den) == 0 or min(num) == 0:
        return 0.0
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(sum(math.log(a / b) for a, b in zip(num, den)) / 4)


def test_clipping_repeated_word():
    """'the' repeated is clipped at its count in one reference (Papineni's example, padded to get 4-grams)."""
    cand = "the the the the the the the cat is on"
    refs = ["the cat is on the mat"]
    got, want = corpus_bleu([cand], [refs]), _ref_bleu([cand], [refs])
    assert abs(got - want) < 1e-12, f"expected {want:.6f} with clipped counts, got {got:.6f}"


def test_clip_is_max_over_references_not_sum():
    """The clip is the maximum count in any single reference, not the sum over references."""
    cand = "a a a b c d"
    refs = ["a b c d x", "a b c d y"]          # 'a' occurs once in each reference: clip at 1, not 2
    got = corpus_bleu([cand], [refs])
    want = (4 / 6 * 3 / 5 * 2 / 4 * 1 / 3) ** 0.25     # c = 6 > r = 5, BP = 1
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}"


def test_effective_reference_length_closest_shorter_on_tie():
    """r uses the closest reference length per sentence, the shorter one on a tie."""
    cand = "w x y z v"                         # c = 5
    refs = ["w x y z", "w x y z v u"]          # lengths 4 and 6, both at distance 1 -> r = 4, BP = 1
    got = corpus_bleu([cand], [refs])
    want = (1 * 1 * 1 * 1) ** 0.25             # every n-gram of the candidate is in the 6-token reference
    assert abs(got - want) < 1e-12, f"expected {want:.6f} (r = 4, no penalty), got {got:.6f}"
    cand2 = "w x y z"                          # c = 4 against lengths 3 and 8 -> r = 3, BP = 1
    got2 = corpus_bleu([cand2], [["w x y", "w x y z a b c d"]])
    assert abs(got2 - 1.0) < 1e-12, f"expected 1.0 (closest reference is 3 tokens), got {got2:.6f}"


def test_brevity_penalty_pooled_over_corpus():
    """The brevity penalty uses corpus totals c and r, not a per-sentence average."""
    cands = ["a b c d e f g h", "p q r s"]
    refs = [["a b c d e f g h"], ["p q r s t u v w"]]
    got = corpus_bleu(cands, refs)
    want = math.exp(1 - 16 / 12)               # all precisions 1, c = 12, r = 16
    assert abs(got - want) < 1e-12, f"expected {want:.6f}, got {got:.6f}"


def test_zero_cases():
    """No 4-gram match, too-short candidates, and an empty candidate all give 0.0."""
    assert corpus_bleu(["the cat sat on the mat"], [["the cat is on the mat"]]) == 0.0, "no matching 4-gram -> 0.0"
    assert corpus_bleu(["a b c"], [["a b c"]]) == 0.0, "a 3-token corpus has no 4-grams -> 0.0"
    assert corpus_bleu([""], [["a b c d"]]) == 0.0, "empty candidate -> 0.0"


def test_case_sensitive_whitespace_tokens():
    """Tokens are whitespace-split and case-sensitive; repeated spaces do not create empty tokens."""
    got = corpus_bleu(["The  cat is on the mat"], [["the cat is on the mat"]])
    want = _ref_bleu(["The  cat is on the mat"], [["the cat is on the mat"]])
    assert abs(got - want) < 1e-12 and got < 1.0, f"expected {want:.6f} ('The' != 'the'), got {got:.6f}"


def test_random_corpora_against_reference():
    """Seeded random corpora with small vocabularies and several references agree with a direct count."""
    rnd = random.Random(2024)
    vocab = ["a", "b", "c"]
    nonzero = 0
    for trial in range(30):
        cands, refss = [], []
        for _ in range(rnd.randint(1, 5)):
            cands.append(" ".join(rnd.choice(vocab[:2]) for _ in range(rnd.randint(2, 14))))
            refss.append([" ".join(rnd.choice(vocab) for _ in range(rnd.randint(3, 14)))
                          for _ in range(rnd.randint(1, 3))])
        got, want = corpus_bleu(cands, refss), _ref_bleu(cands, refss)
        nonzero += want > 0
        assert abs(got - want) < 1e-12, f"trial {trial}: expected {want:.9f}, got {got:.9f}"
    assert nonzero >= 12  # the seeded corpora exercise the non-degenerate path


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
