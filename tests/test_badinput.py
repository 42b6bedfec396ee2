"""Bad input (issue 2, item 9): wrong types, empty and pathological strings, linear time.

Timing tests compare a 100 KB and a 1 MB input and assert the ratio stays below ~20x (linear
time gives ~10x) instead of absolute times. Each run happens in a forked child process with a
time budget, so that an input that makes extraction quadratic fails in a few seconds instead of
hanging the suite.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from typing import Callable

import pytest

import quoteattr
from quoteattr import Document
from test_attribution import check_offsets

KB, MB = 100_000, 1_000_000
SMALL_BUDGET = 2.5
"""Seconds a 100 KB input may take (linear inputs take well under 0.5 s, even on a busy machine)."""
MAX_RATIO = 20.0
FLOOR = 0.05
"""Small timings are noisy: the ratio is taken against at least this many seconds."""


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


SEED_TEXT = open(__file__.rsplit("/", 2)[0] + "/seeds/000_6bc2e2e76518fdd8.txt", encoding="utf-8").read()

LINEAR: dict[str, Callable[[int], str]] = {
    "no_punctuation": _repeat("word "),
    "one_long_lowercase_word": lambda n: "a" * n,
    "one_long_capitalised_word": lambda n: "A" * n,
    "straight_quote_marks": lambda n: '"' * n,
    "curly_opening_marks": lambda n: "\u201c" * n,
    "mixed_marks": _repeat("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"),
    "news_paragraphs": _repeat(SEED_TEXT + "\n"),
    "zero_width_rtl_emoji": _repeat("\u200b\u200c\u200d\ufeff\u202e\u05e9\u05dc\u05d5\u05dd "
                                    "\u0645\u0631\u062d\u0628\u0627 \U0001f600 "),
    "control_characters": _repeat("\x00\x01\x1f\x7f\x85"),
    "newlines": lambda n: "\n" * n,
}
#: Linear, but slow per character: timed at 20 KB and 200 KB to keep the test short.
LINEAR_DENSE: dict[str, Callable[[int], str]] = {
    "titles_and_periods": _repeat("Mr. "),
    "according_to": _repeat("according to "),
    "many_quotes_many_paragraphs": _repeat("\u201cYes,\u201d said John Smith.\n"),
    "pronoun_sentences": _repeat("He said it. "),
    "quotes_in_short_paragraphs": _repeat("\u201cWe win,\u201d he said, \u201cand we stay.\u201d\n"),
}

#: Inputs that once made extraction quadratic (every rule rescanning the sentence or paragraph).
#: Still slow per character (tens of KB/s), so timed at 5 KB and 50 KB.
DEGENERATE: dict[str, Callable[[int], str]] = {
    "quote_then_word": _repeat('"a '),
    "single_quoted_words": _repeat("'a' "),
    "curly_quoted_words": _repeat("\u201ca\u201d "),
    "said_repeated": _repeat("said "),
    "he_said_colon": _repeat("He said: "),
    "quotes_in_one_paragraph": _repeat("\u201cYes,\u201d said John Smith. "),
    "names_and_told": _repeat("Ann Lee told Bob Ray "),
}


def _child(factory: Callable[[int], str], n: int, conn: mp.connection.Connection) -> None:
    text = factory(n)
    t0 = time.perf_counter()
    doc = quoteattr.extract(text)
    elapsed = time.perf_counter() - t0
    conn.send((elapsed, check_offsets(doc)[:5], len(doc.quotes)))
    conn.close()


def timed(factory: Callable[[int], str], n: int, budget: float) -> tuple[float, list[str], int] | None:
    """``(seconds, offset problems, number of quotes)``, or None if ``budget`` seconds ran out."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(factory, n, child), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(budget):
            return parent.recv()
        return None
    finally:
        if proc.is_alive():
            proc.kill()  # our own child, by its handle
        proc.join()
        parent.close()


def assert_linear(factory: Callable[[int], str], small_n: int = KB) -> None:
    """``factory(small_n)`` within SMALL_BUDGET, ``factory(10 * small_n)`` under MAX_RATIO times as long."""
    quoteattr.extract("Warm up. \u201cYes,\u201d he said.")  # lazy tables load before the fork, not in a timing
    small = timed(factory, small_n, SMALL_BUDGET)
    assert small is not None, f"{small_n:,} characters took over {SMALL_BUDGET} s"
    t_small, problems, _ = small
    assert not problems, problems
    budget = MAX_RATIO * max(t_small, FLOOR)
    big = timed(factory, 10 * small_n, budget + 0.5)
    if big is None or big[0] >= budget:
        # once more, in case a busy machine slowed the one run down (a quadratic input fails again)
        again = timed(factory, small_n, SMALL_BUDGET)
        if again is not None:
            budget = MAX_RATIO * max(again[0], t_small, FLOOR)
            big = timed(factory, 10 * small_n, budget + 0.5)
    assert big is not None, f"10x the input took over {budget:.2f} s ({t_small:.3f} s before): not linear"
    t_big, problems, _ = big
    assert not problems, problems
    assert t_big < budget, f"10x the input: {t_big:.2f} s vs {t_small:.3f} s"


@pytest.mark.parametrize("name", sorted(LINEAR))
def test_linear_time(name: str) -> None:
    assert_linear(LINEAR[name])


@pytest.mark.parametrize("name", sorted(LINEAR_DENSE))
def test_linear_time_dense(name: str) -> None:
    assert_linear(LINEAR_DENSE[name], 20_000)


@pytest.mark.parametrize("name", sorted(DEGENERATE))
def test_linear_time_degenerate(name: str) -> None:
    assert_linear(DEGENERATE[name], 5_000)


def test_timer_catches_a_quadratic_function(monkeypatch: pytest.MonkeyPatch) -> None:
    """The harness itself: a quadratic extract() is reported, not waited for."""
    def slow(text: str) -> Document:
        n = len(text) // 100
        sum(i * j for i in range(n) for j in range(n))
        return Document(text=text)

    monkeypatch.setattr(quoteattr, "extract", slow)
    with pytest.raises(AssertionError, match="not linear|took over|10x the input"):
        assert_linear(lambda n: "a" * n)


# --------------------------------------------------------------------------- types


@pytest.mark.parametrize("value", [None, b"He said \xe2\x80\x9cyes\xe2\x80\x9d.", bytearray(b"x"), 42, 3.5,
                                   ["a", "b"], ("a",), {"text": "a"}, memoryview(b"x")])
def test_non_str_raises_type_error_naming_the_argument(value: object) -> None:
    with pytest.raises(TypeError, match="text"):
        quoteattr.extract(value)  # type: ignore[arg-type]


def test_type_error_names_the_type() -> None:
    with pytest.raises(TypeError, match="bytes"):
        quoteattr.extract(b"abc")  # type: ignore[arg-type]


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        quoteattr.extract("x", True)  # type: ignore[misc]


def test_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    text = Text("\u201cWe will win,\u201d Senator Maria Alvarez said.")
    doc = quoteattr.extract(text)
    assert doc.text == text and len(doc.quotes) == 1


# --------------------------------------------------------------------------- odd strings


def test_empty_string_gives_empty_document() -> None:
    doc = quoteattr.extract("")
    assert isinstance(doc, Document)
    assert doc.text == "" and doc.quotes == () and doc.sentences == () and len(doc) == 0
    assert doc.to_dict()["quotes"] == []


@pytest.mark.parametrize("text", [" ", "\n\n\n", "\t \r\n \u2028 \u00a0", "\u200b\u200b", "\ufeff"])
def test_blank_strings_have_no_quotes(text: str) -> None:
    doc = quoteattr.extract(text)
    assert doc.text == text and doc.quotes == ()


@pytest.mark.parametrize("text", [
    "\u201c" * 10_000,
    "\u201d" * 10_000,
    "\u201c\u201d" * 5_000,
    "'" * 10_000,
    "\u00ab" * 3_000 + "a" + "\u00bb" * 3_000,
    "\ud800\udc00\ud83d",                              # lone and paired surrogates
    "\u202e\u201cdias I\u201d ,Peskov said\u202c",     # right-to-left override around a quote
    "\x00" * 1000 + "\u201cA,\u201d said Bob Ray.",
    "\u201cA" + "\n\u201c" * 2000,                     # a quotation reopened over 2000 paragraphs
    "Mr. " * 2000 + "said \u201cyes\u201d",
    "a\u0301" * 5000,
    "\U0001f600\u201c\U0001f600\u201d said \U0001f600 Peskov." * 200,
])
def test_deeply_odd_inputs_give_valid_documents(text: str) -> None:
    doc = quoteattr.extract(text)
    assert doc.text == text
    assert check_offsets(doc) == []


def test_one_megabyte_without_punctuation() -> None:
    text = ("lorem ipsum dolor sit amet " * 40_000)[:MB]
    doc = quoteattr.extract(text)
    assert doc.quotes == () and check_offsets(doc) == []
    assert all(0 <= s.start < s.end <= len(text) for s in doc.sentences)


def test_hundred_thousand_quote_marks() -> None:
    text = '"' * 100_000
    doc = quoteattr.extract(text)
    assert check_offsets(doc) == []


def test_multi_paragraph_quote_offsets_with_crlf() -> None:
    text = "Osei said:\r\n\u201cWe cut costs.\r\n\u201cFares stay.\u201d\r\n"
    doc = quoteattr.extract(text)
    assert check_offsets(doc) == []
    (q,) = [q for q in doc.quotes if q.kind.value != "indirect"]
    assert text[q.start:q.end] == "\u201cWe cut costs.\r\n\u201cFares stay.\u201d"


@pytest.mark.parametrize("text", ["Peskov said \u201c\u201d twice.", 'He said "" and left.'])
def test_empty_marks_are_not_quotations(text: str) -> None:
    assert all(q.text.strip() for q in quoteattr.extract(text).quotes)


def test_spaced_empty_marks_close() -> None:
    doc = quoteattr.extract("\u201c \u201d, he said. Then \u201cyes,\u201d she said.")
    assert all(q.closed for q in doc.quotes)
