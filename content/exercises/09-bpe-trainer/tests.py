from submission import train_bpe, bpe_encode

TEXT = "hug hug hug pug pug pun bun bun hugs"


def test_train_example():
    """README example: six merges with a three-way tie at step 3."""
    m = [tuple(p) for p in train_bpe(TEXT, 6)]
    want = [("u", "g"), ("ug", "</w>"), ("h", "ug</w>"), ("n", "</w>"), ("u", "n</w>"), ("b", "un</w>")]
    assert m == want, f"expected {want}, got {m}"


def test_encode_example():
    """README example: encode 'hugs' and 'bug' with the learned merges."""
    m = train_bpe(TEXT, 6)
    assert bpe_encode("hugs", m) == ["h", "ug", "s", "</w>"], f"got {bpe_encode('hugs', m)}"
    assert bpe_encode("bug", m) == ["b", "ug</w>"], f"got {bpe_encode('bug', m)}"


def test_repeated_characters():
    """README example: overlapping pairs in 'aaaa'."""
    m = [tuple(p) for p in train_bpe("aaaa", 3)]
    want = [("a", "a"), ("aa", "</w>"), ("aa", "aa</w>")]
    assert m == want, f"expected {want}, got {m}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
