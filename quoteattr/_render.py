"""HTML view of a document: the text with its quotations, speakers, cues and outlets marked.

Built from plain dicts (``Document.to_dict()``), as spaCy's displaCy is, so that a result read
back from JSON renders the same way. Everything is escaped; styles are inline; there is no
JavaScript and nothing is fetched.

Spans may overlap or nest in any way (a speaker mention inside reported speech, one mention
shared by two quotations, "the Post" that is both speaker and outlet). The text is cut at every
span boundary and the elements are opened and closed as a stack: a span that ends while spans
opened after it are still open closes them first and reopens them after, so the markup is
always well formed.
"""

from __future__ import annotations

import html
from typing import Any, Mapping

__all__ = ["document_html"]

_KIND_COLOURS = {
    "direct": "#ffe08a",
    "partial": "#c9efc4",
    "indirect": "#cfe2ff",
}
_UNKNOWN_KIND_COLOUR = "#e4e4e4"
_SPAN_STYLES = {
    "speaker": "font-weight:bold;border-bottom:2px solid #c0392b;",
    "outlet": "border-bottom:2px dashed #7d3c98;",
    "cue": "font-style:italic;text-decoration:underline dotted #555;",
}
#: Which element is outermost when spans start and end at the same places.
_PRIORITY = {"quote": 0, "term": 0, "speaker": 1, "outlet": 2, "cue": 3}
_TERM_STYLE = "background:#f0f0f0;color:inherit;outline:1px dashed #999;"
_QUOTE_CHARS = 80


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _offsets(obj: Any, n: int) -> tuple[int, int] | None:
    """``(start, end)`` of a span dict, or None when it does not describe a span of the text."""
    if not isinstance(obj, Mapping):
        return None
    s, e = obj.get("start"), obj.get("end")
    if type(s) is not int or type(e) is not int:  # bools are not offsets
        return None
    if not 0 <= s < e <= n:
        return None
    return s, e


def _confidence(q: Mapping[str, Any]) -> str:
    c = q.get("confidence")
    if isinstance(c, (int, float)) and not isinstance(c, bool):
        return f"{float(c):.2f}"
    return "?"


def _name(obj: Any) -> str:
    if isinstance(obj, Mapping):
        name = obj.get("name")
        if name is None:
            name = obj.get("text")
        if name is not None:
            return str(name)
    return ""


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


class _Span:
    __slots__ = ("start", "end", "role", "kind", "titles", "quotes")

    def __init__(self, start: int, end: int, role: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.role = role
        self.kind = kind
        self.titles: list[str] = []
        self.quotes: list[int] = []

    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, _PRIORITY[self.role])

    def open_tag(self) -> str:
        title = _esc("\n".join(self.titles))
        refs = _esc(" ".join(str(i) for i in self.quotes))
        if self.role == "quote":
            colour = _KIND_COLOURS.get(self.kind, _UNKNOWN_KIND_COLOUR)
            return (f'<mark class="qa-quote qa-{_esc(self.kind)}" data-quotes="{refs}" '
                    f'style="background:{colour};color:inherit;padding:0 1px;border-radius:2px;" '
                    f'title="{title}">')
        if self.role == "term":
            return (f'<mark class="qa-term" style="{_TERM_STYLE}" title="{title}">')
        return (f'<span class="qa-{self.role}" data-quotes="{refs}" '
                f'style="{_SPAN_STYLES[self.role]}" title="{title}">')

    def close_tag(self) -> str:
        return "</mark>" if self.role in ("quote", "term") else "</span>"


def _collect(text: str, quotes: list[Any], terms: list[Any]) -> list[_Span]:
    n = len(text)
    spans: dict[tuple[str, int, int, str], _Span] = {}

    def add(role: str, kind: str, obj: Any, number: int, title: str) -> None:
        off = _offsets(obj, n)
        if off is None:
            return
        key = (role, off[0], off[1], kind)
        span = spans.get(key)
        if span is None:
            span = spans[key] = _Span(off[0], off[1], role, kind)
        if title not in span.titles:
            span.titles.append(title)
        if number and number not in span.quotes:
            span.quotes.append(number)

    for i, q in enumerate(quotes, 1):
        if not isinstance(q, Mapping):
            continue
        kind = str(q.get("kind") or "unknown")
        speaker = _name(q.get("speaker")) or "no speaker found"
        outlet = _name(q.get("outlet"))
        via = f" via {outlet}" if outlet else ""
        add("quote", kind, q, i, f"#{i} {kind} quotation: {speaker}{via}, confidence {_confidence(q)}")
        add("speaker", "", q.get("speaker"), i, f"speaker of #{i}: {speaker}")
        add("outlet", "", q.get("outlet"), i, f"outlet of #{i}: {outlet}")
        add("cue", "", q.get("cue"), i, f"cue of #{i}")
    for t in terms:
        if isinstance(t, Mapping):
            reason = str(t.get("reason") or "term")
            add("term", "", t, 0, f"{reason}: quoted words nobody is reported to have said")
    return sorted(spans.values(), key=_Span.sort_key)


def _marked_text(text: str, spans: list[_Span]) -> str:
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starting: dict[int, list[_Span]] = {}
    for s in spans:  # already in nesting order
        starting.setdefault(s.start, []).append(s)
    out: list[str] = []
    stack: list[_Span] = []
    for k, pos in enumerate(bounds):
        # close every span that ends here; spans opened inside it close too and reopen after
        lowest = next((j for j, s in enumerate(stack) if s.end == pos), None)
        if lowest is not None:
            reopen = [s for s in stack[lowest:] if s.end != pos]
            for s in reversed(stack[lowest:]):
                out.append(s.close_tag())
            del stack[lowest:]
            for s in reopen:
                out.append(s.open_tag())
                stack.append(s)
        for s in starting.get(pos, ()):
            out.append(s.open_tag())
            stack.append(s)
        if k + 1 < len(bounds):
            out.append(_esc(text[pos:bounds[k + 1]]))
    for s in reversed(stack):  # pragma: no cover - every span ends at a boundary
        out.append(s.close_tag())
    return "".join(out)


def _table(quotes: list[Any]) -> str:
    head = "".join(f'<th style="text-align:left;padding:2px 6px;border-bottom:1px solid #999;">{h}</th>'
                   for h in ("#", "kind", "speaker", "outlet", "confidence", "quotation"))
    rows = []
    cell = 'style="padding:2px 6px;vertical-align:top;"'
    for i, q in enumerate(quotes, 1):
        if not isinstance(q, Mapping):
            continue
        kind = str(q.get("kind") or "unknown")
        colour = _KIND_COLOURS.get(kind, _UNKNOWN_KIND_COLOUR)
        speaker = _name(q.get("speaker")) or "\u2014"
        outlet = _name(q.get("outlet")) or "\u2014"
        words = _shorten(str(q.get("text") or ""), _QUOTE_CHARS)
        rows.append(
            f"<tr><td {cell}>{i}</td>"
            f'<td style="padding:2px 6px;vertical-align:top;background:{colour};">{_esc(kind)}</td>'
            f"<td {cell}>{_esc(speaker)}</td><td {cell}>{_esc(outlet)}</td>"
            f'<td style="padding:2px 6px;vertical-align:top;text-align:right;">{_confidence(q)}</td>'
            f"<td {cell}>{_esc(words)}</td></tr>")
    return ('<table class="qa-table" style="border-collapse:collapse;font-size:90%;margin-top:0.8em;">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _legend() -> str:
    items = [f'<mark style="background:{c};color:inherit;padding:0 2px;">{k}</mark>'
             for k, c in _KIND_COLOURS.items()]
    items += [f'<span style="{_SPAN_STYLES[r]}">{r}</span>' for r in ("speaker", "cue", "outlet")]
    items.append(f'<mark style="{_TERM_STYLE}padding:0 2px;">term (not a quotation)</mark>')
    return f'<div class="qa-legend" style="font-size:85%;margin-bottom:0.5em;">{" ".join(items)}</div>'


def document_html(data: Mapping[str, Any]) -> str:
    """An HTML fragment showing ``data`` (the output of ``Document.to_dict()``).

    Quotations are highlighted by kind (direct, partial, indirect), speaker mentions, cues and
    outlets are marked in the text (and ``terms`` — titles, scare quotes nobody said — if the
    dict has them), and a table lists every quotation with its kind, speaker,
    outlet and confidence. Spans whose offsets do not fit the text are left out of the markup
    but still listed in the table.

    >>> html_ = document_html({"text": "a < b", "quotes": []})
    >>> "a &lt; b" in html_
    True
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"document_html() argument 'data' must be a mapping, not {type(data).__name__}")
    text = data.get("text") or ""
    if not isinstance(text, str):
        raise TypeError(f"document_html() data['text'] must be str, not {type(text).__name__}")
    quotes = data.get("quotes") or []
    if not isinstance(quotes, (list, tuple)):
        quotes = []
    quotes = list(quotes)
    terms = data.get("terms") or []
    terms = list(terms) if isinstance(terms, (list, tuple)) else []
    body = _marked_text(text, _collect(text, quotes, terms))
    summary = f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''}"
    return (
        '<div class="quoteattr" style="font-family:sans-serif;line-height:1.6;">'
        f"{_legend()}"
        '<div class="qa-text" style="white-space:pre-wrap;">'
        f"{body}</div>"
        f'<div class="qa-summary" style="font-size:85%;margin-top:0.5em;color:#555;">{summary}</div>'
        f"{_table(quotes) if quotes else ''}"
        "</div>"
    )
