"""Long texts are cut at a word, with an ellipsis, never beyond the limit."""

from __future__ import annotations

from dialogs.read_problem import cut


def test_cut_leaves_short_text_alone() -> None:
    assert cut("printeren virker ikke") == ("printeren virker ikke", False)
    assert cut("x" * 4000) == ("x" * 4000, False)
    assert cut("") == ("", False)


def test_cut_ends_at_a_word() -> None:
    text, was_cut = cut("printeren virker ikke igen i dag", 20)
    assert (text, was_cut) == ("printeren virker…", True)


def test_cut_inside_one_long_word_when_there_is_no_space_near() -> None:
    assert cut("a" * 100, 10) == ("a" * 9 + "…", True)
    assert cut("ab " + "c" * 100, 20) == ("ab " + "c" * 16 + "…", True)


def test_cut_never_gives_more_than_the_limit() -> None:
    texts = ["ord " * 2000, "x" * 5000, "a b " * 1500, "æøå\n" * 1200, "lang" + " " * 3000 + "x"]
    for text in texts:
        for limit in (*range(40), 99, 100, 1000, 3999, 4000, 4001):
            shortened, was_cut = cut(text, limit)
            assert len(shortened) <= max(limit, 0), (limit, shortened)
            assert was_cut == (len(text) > limit)
            if was_cut and limit > 0:
                assert shortened.endswith("…")
    assert len(cut("y" * 9000)[0]) == 4000
