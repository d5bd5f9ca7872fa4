import random
from collections import Counter
from submission import train_bpe, bpe_encode


def _ref_train(text, n):
    words = Counter()
    for w in text.split():
        words[tuple(w) + ("</w>",)] += 1
    merges = []
    for _ in range(n):
        pc = Counter()
        for s, f in words.items():
            for i in range(len(s) - 1):
                pc[(s[i], s[i + 1])] += f
        if not pc:
            break
        top = max(pc.values())
        best = sorted(p for p, c in pc.items() if c == top)[0]
        merges.append(best)
        nw = Counter()
        for s, f in words.items():
            nw[_ref_apply(s, best)] += f
        words = nw
    return merges


def _ref_apply(s, pair):
    out, i = [], 0
    while i < len(s):
        if i < len(s) - 1 and (s[i], s[i + 1]) == pair:
            out.append(pair[0] + pair[1]); i += 2
        else:
            out.append(s[i]); i += 1
    return tuple(out)


def test_frequency_weighting():
    """A pair inside one very frequent word beats a pair spread over a few rare words."""
    text = " ".join(["xy"] * 5 + ["ab", "abc", "abd"])
    m = [tuple(p) for p in train_bpe(text, 1)]
    assert m == [("x", "y")], f"expected [('x', 'y')] (count 5 vs 3), got {m}"


def test_no_merge_across_words():
    """'ab' never appears inside a word here, so it is never merged."""
    m = [tuple(p) for p in train_bpe("a b a b a b", 10)]
    assert m == [("a", "</w>"), ("b", "</w>")], f"expected only end-of-word merges, got {m}"


def test_early_stop():
    """When every word is one symbol, training stops with fewer merges than asked."""
    m = train_bpe("ab ab", 50)
    assert [tuple(p) for p in m] == [("a", "b"), ("ab", "</w>")], f"expected 2 merges, got {m}"
    assert train_bpe("", 5) == [], "empty text gives no merges"


def test_encode_order_not_longest_match():
    """Encoding replays merges in order; it does not pick the longest vocabulary piece."""
    merges = [("b", "c"), ("a", "b")]
    got = bpe_encode("abc", merges)
    assert got == ["a", "bc", "</w>"], f"expected ['a', 'bc', '</w>'] (merge (b,c) first), got {got}"


def test_unseen_characters_stay_single():
    """Characters absent from training are left as single symbols; the pieces rebuild the word."""
    m = train_bpe("low lower lowest", 8)
    enc = bpe_encode("zlowz", m)
    assert enc[0] == "z" and "".join(enc) == "zlowz</w>", f"got {enc}"


def test_random_corpora_against_reference():
    """Seeded random corpora over a 3-letter alphabet: merges and encodings match a reference trainer."""
    rng = random.Random(70)
    for _ in range(6):
        words = ["".join(rng.choice("abc") for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(5, 40))]
        text = " ".join(words)
        n = rng.randint(1, 15)
        got = [tuple(p) for p in train_bpe(text, n)]
        want = _ref_train(text, n)
        assert got == want, f"corpus {text!r}, {n} merges:\nexpected {want}\ngot      {got}"
        for w in set(words[:5]) | {"abcabc", "ccc"}:
            s = tuple(w) + ("</w>",)
            for p in want:
                s = _ref_apply(s, p)
            assert bpe_encode(w, want) == list(s), f"encode({w!r}): expected {list(s)}, got {bpe_encode(w, want)}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
