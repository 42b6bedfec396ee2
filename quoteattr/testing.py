"""Assertions for testing software that handles quotations: summarizers, news bots, fact-checkers.

>>> from quoteattr.testing import assert_attributed, assert_not_attributed
>>> article = '“We will not raise taxes,” Gov. Lena Ortiz said on Tuesday.'
>>> assert_attributed(article, "We will not raise taxes", "Lena Ortiz")
>>> assert_not_attributed(article, "We will raise taxes", "Lena Ortiz")

When an assertion fails, the :class:`AssertionError` carries :func:`quoteattr.verify`'s account of
the article: the verdict, whom the article gives the words to instead, the article's own words
and the words that differ. Both work in plain pytest and inside Hypothesis tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ._model import Document

__all__ = ["assert_attributed", "assert_not_attributed"]


def _verify(fn: str, text: str | Document, quote: str, speaker: str | None,
            outlet: str | None) -> Any:
    from ._verify import check_arguments, verify

    check_arguments(fn, "text", text, quote, speaker, outlet)
    return verify(text, quote, speaker=speaker, outlet=outlet)


def _claim(quote: str, speaker: str | None, outlet: str | None) -> str:
    who = repr(speaker) if speaker else "anyone"
    via = f" through {outlet!r}" if outlet else ""
    return f"{who} said {_q(quote)}{via}"


def _q(s: str, limit: int = 300) -> str:
    s = " ".join(s.split())
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return "\u201c" + s + "\u201d"


def _account(v: Any) -> str:
    """What the article says, from the Verification's fields (and its explain(), when it has one)."""
    lines: list[str] = []
    verdict = getattr(v.verdict, "value", str(v.verdict))
    lines.append(f"verify() says: {verdict} (confidence {v.confidence:.2f})")
    attributed = getattr(v, "attributed_to", None)
    if attributed:
        lines.append(f"the article gives these words to {attributed!r}")
    elif v.quote is not None:
        lines.append("the article gives these words to no one it names")
    via = getattr(v, "attributed_outlet", None)
    if via:
        lines.append(f"through {via!r}")
    source = getattr(v, "source_text", "") or (v.quote.text if v.quote is not None else "")
    if source:
        lines.append(f"the article's words: {_q(source)}")
    sentence = getattr(v, "sentence", "")
    if sentence and sentence.strip() != source.strip():
        lines.append("in the sentence: " + " ".join(sentence.split()))
    diffs = [d for d in getattr(v, "differences", ()) if getattr(d, "substantive", True)]
    if diffs:
        shown = []
        for d in diffs[:8]:
            if not d.claim_text:
                shown.append(f"the claim drops {d.source_text!r}")
            elif not d.source_text:
                shown.append(f"the claim adds {d.claim_text!r}")
            else:
                shown.append(f"the claim has {d.claim_text!r} where the article has {d.source_text!r}")
            shown[-1] += f" ({d.category})"
        lines.append("differing words: " + "; ".join(shown))
    try:
        explanation = v.explain().strip()
    except Exception:  # the explanation is a bonus; the fields above carry the facts
        explanation = ""
    if explanation:
        lines.append(explanation)
    else:
        reasons = [f"{r.rule}: {r.detail}" if r.detail else r.rule for r in getattr(v, "reasons", ())]
        if reasons:
            lines.append("evidence: " + "; ".join(reasons[:8]))
    return "\n  ".join(lines)


def assert_attributed(text: str | Document, quote: str, speaker: str | None, *,
                      outlet: str | None = None) -> None:
    """Assert that the article quotes ``quote`` as said by ``speaker`` (through ``outlet``, if given).

    ``text`` is the article (a string or a :class:`quoteattr.Document`). The words may be re-typed
    (quote marks, apostrophes, case) or a contiguous fragment of the quotation; ``speaker`` may be
    written as people write names ("Lena Ortiz", "Ortiz", "Gov. Ortiz"). Raises
    :class:`AssertionError` explaining what the article says instead.
    """
    __tracebackhide__ = True
    v = _verify("assert_attributed", text, quote, speaker, outlet)
    if not v.supported:
        raise AssertionError(f"expected the article to say that {_claim(quote, speaker, outlet)}\n  "
                             + _account(v))


def assert_not_attributed(text: str | Document, quote: str, speaker: str | None, *,
                          outlet: str | None = None) -> None:
    """Assert that the article does *not* support that ``speaker`` said ``quote``.

    Passes when the words are missing, changed, given to someone else or only paraphrased;
    raises :class:`AssertionError` (with verify()'s evidence) when the article does support it.
    """
    __tracebackhide__ = True
    v = _verify("assert_not_attributed", text, quote, speaker, outlet)
    if v.supported:
        raise AssertionError(f"expected the article not to say that {_claim(quote, speaker, outlet)}, "
                             "but it does\n  " + _account(v))
