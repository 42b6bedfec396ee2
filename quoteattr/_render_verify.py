"""Plain-English and HTML views of a verification, built from ``Verification.to_dict()``.

Both work on plain dicts, so a result read back from JSON explains and renders the same way.
The HTML puts the verdict first, then the claim beside the article's sentence with the words
that differ highlighted on both sides, then the speaker and outlet, then the reasons. Every
string is escaped; styles are inline; there is no JavaScript and nothing is fetched.
"""

from __future__ import annotations

import html
from typing import Any, Mapping, Sequence

__all__ = ["explain_verification", "verification_html"]

_VERDICT_COLOURS = {
    "supported": "#1e8449",
    "misattributed": "#b03a2e",
    "altered": "#ca6f1e",
    "paraphrased": "#2e86c1",
    "not_found": "#616a6b",
    "ambiguous": "#7d3c98",
}
_DIFF_STYLES = {
    "inserted": "background:#f5b7b1;",
    "replaced": "background:#f8c471;",
    "deleted": "background:#f5b7b1;text-decoration:line-through;",
    "elision": "background:#d5d8dc;",
    "editorial": "background:#d5d8dc;",
    "sic": "background:#d5d8dc;",
}
_MATCH_STYLE = "background:#fcf3cf;"

#: How each reason reads in a sentence; ``{detail}`` is the record's detail.
_REASONS: dict[str, str] = {
    "exact": "the claim's words are in the article, as written or re-typed",
    "aligned": "{detail}",
    "in_quotation": "they stand in a {detail} quotation",
    "in_marks": "they stand between quotation marks",
    "reported_speech": "the article reports them without quotation marks",
    "unquoted": "they are the article's own words, not a quotation",
    "speaker_match": "the article gives them to {detail}",
    "speaker_phrase": "the article gives them to {detail}",
    "speaker_nearby": "the article names the speaker next to a speech verb: \u201c{detail}\u201d",
    "extraction_overruled": "(not to {detail}, as automatic extraction had it)",
    "other_nearby": "the article names someone else next to a speech verb: \u201c{detail}\u201d",
    "speaker_other": "the article gives them to {detail}",
    "speaker_role": "the article gives them only to {detail}",
    "speaks_for": "the article's speaker speaks for the claimed one: {detail}",
    "outlet_as_speaker": "they came through {detail}",
    "reported_by": "the article cites them from \u201c{detail}\u201d",
    "outlet_describes": "they are the outlet's words about the speaker: {detail}",
    "article_no_speaker": "the article does not say who said them",
    "no_speaker_claimed": "no speaker was claimed",
    "outlet_match": "they came through {detail}, as claimed",
    "outlet_other": "they came through {detail}, not the claimed outlet",
    "outlet_unstated": "the article does not say which outlet they came through",
    "word_changed": "a word is changed: {detail}",
    "negation_changed": "a negation is added or dropped: {detail}",
    "number_changed": "a number is changed: {detail}",
    "order_changed": "words are reordered: {detail}",
    "repeated": "{detail}",
    "no_match": "no passage of the article matches the claim",
    "best_match": "the closest passage has {detail}",
    "no_words": "the claim has no words, only punctuation",
    "longer_than_article": "the claim is longer than the article ({detail})",
}

_HEADLINES = {
    "supported": "Supported",
    "misattributed": "Misattributed",
    "altered": "Altered",
    "paraphrased": "Paraphrased",
    "not_found": "Not found",
    "ambiguous": "Ambiguous",
}


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _str(d: Mapping[str, Any], key: str) -> str:
    v = d.get(key)
    return v if isinstance(v, str) else ""


def _num(d: Mapping[str, Any], key: str) -> float | None:
    v = d.get(key)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    return None


def _int(v: Any) -> int | None:
    return v if type(v) is int else None


def _shorten(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _reasons(d: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    rs = d.get("reasons")
    if not isinstance(rs, Sequence) or isinstance(rs, (str, bytes)):
        return []
    return [r for r in rs if isinstance(r, Mapping) and isinstance(r.get("rule"), str)]


def _reason_text(r: Mapping[str, Any]) -> str:
    rule = str(r.get("rule"))
    detail = r.get("detail")
    detail = "" if detail is None else str(detail)
    template = _REASONS.get(rule)
    if template is None:
        return rule.replace("_", " ") + (f" ({detail})" if detail else "")
    return template.format(detail=detail)


def explain_verification(d: Mapping[str, Any]) -> str:
    """A plain-English paragraph: the verdict, the article's words, and the reasons."""
    verdict = _str(d, "verdict") or "unknown"
    conf = _num(d, "confidence")
    head = _HEADLINES.get(verdict, verdict)
    if conf is not None:
        head += f" (confidence {conf:.2f})"
    claim = _shorten(_str(d, "claim"), 120)
    speaker = _str(d, "speaker")
    outlet = _str(d, "outlet")
    said = f"{speaker} said \u201c{claim}\u201d" if speaker else f"\u201c{claim}\u201d"
    if outlet:
        said += f" (via {outlet})"
    source = _shorten(_str(d, "source_text"), 160)
    who = _str(d, "attributed_to")
    parts = [f"{head}: the claim that {said}."]
    if verdict == "supported":
        parts.append(f"The article quotes \u201c{source}\u201d" + (f" and gives it to {who}." if who else "."))
    elif verdict == "misattributed":
        parts.append(f"The article has \u201c{source}\u201d" + (f", but gives it to {who}." if who else
                                                               ", but not from the claimed speaker."))
    elif verdict == "altered":
        parts.append(f"The article's words are \u201c{source}\u201d" + (f" ({who})." if who else "."))
        changes = _changes(d)
        if changes:
            parts.append("The claim " + "; ".join(changes) + ".")
    elif verdict == "paraphrased":
        sentence = _shorten(_str(d, "sentence") or source, 200)
        parts.append(f"The article has this only as reported speech, without quotation marks: \u201c{sentence}\u201d.")
    elif verdict == "not_found":
        parts.append("No passage of this article matches it. That means the words are not in this text, "
                     "not that they were never said.")
    elif verdict == "ambiguous":
        parts.append(f"The article has \u201c{source}\u201d but cannot settle who said it.")
    reasons = [_reason_text(r) for r in _reasons(d)]
    if reasons:
        parts.append("Evidence: " + "; ".join(reasons) + ".")
    return " ".join(parts)


def _changes(d: Mapping[str, Any]) -> list[str]:
    out = []
    diffs = d.get("differences")
    if not isinstance(diffs, Sequence) or isinstance(diffs, (str, bytes)):
        return out
    for x in diffs:
        if not isinstance(x, Mapping):
            continue
        kind, cat = x.get("kind"), x.get("category")
        if cat in ("mark", "minor"):
            continue
        c, s = str(x.get("claim_text", "")), str(x.get("source_text", ""))
        what = "negation " if cat == "negation" else "number " if cat == "number" else ""
        if kind == "inserted":
            out.append(f"adds the {what}\u201c{c}\u201d".replace("the \u201c", "\u201c"))
        elif kind == "deleted":
            out.append(f"drops the {what}\u201c{s}\u201d".replace("the \u201c", "\u201c"))
        elif kind == "replaced":
            out.append(f"has \u201c{c}\u201d where the article has \u201c{s}\u201d")
    return out


# --------------------------------------------------------------------------- HTML


def _highlight(text: str, spans: list[tuple[int, int, str]], base: int = 0) -> str:
    """``text`` escaped, with ``[(start, end, style)]`` (offsets minus ``base``) wrapped in marks."""
    n = len(text)
    clean = []
    for s, e, style in spans:
        s, e = s - base, e - base
        if 0 <= s < e <= n:
            clean.append((s, e, style))
    clean.sort()
    out, pos = [], 0
    for s, e, style in clean:
        if s < pos:  # overlapping highlights: keep the first
            continue
        out.append(_esc(text[pos:s]))
        out.append(f'<mark style="{style}padding:0 1px;">{_esc(text[s:e])}</mark>')
        pos = e
    out.append(_esc(text[pos:]))
    return "".join(out)


def _diff_spans(d: Mapping[str, Any], side: str) -> list[tuple[int, int, str]]:
    diffs = d.get("differences")
    out: list[tuple[int, int, str]] = []
    if not isinstance(diffs, Sequence) or isinstance(diffs, (str, bytes)):
        return out
    for x in diffs:
        if not isinstance(x, Mapping):
            continue
        s, e = _int(x.get(f"{side}_start")), _int(x.get(f"{side}_end"))
        if s is None or e is None or e <= s:
            continue
        style = _DIFF_STYLES.get(str(x.get("kind")), "background:#f8c471;")
        if x.get("category") == "minor":
            style = "background:#eaeded;"
        out.append((s, e, style))
    return out


def verification_html(d: Mapping[str, Any]) -> str:
    """An HTML block for a notebook: verdict, claim beside source, speaker, outlet, reasons."""
    verdict = _str(d, "verdict") or "unknown"
    colour = _VERDICT_COLOURS.get(verdict, "#555")
    conf = _num(d, "confidence")
    sim = _num(d, "similarity")
    badge = (f'<span style="background:{colour};color:#fff;padding:2px 8px;border-radius:3px;'
             f'font-weight:bold;">{_esc(_HEADLINES.get(verdict, verdict))}</span>')
    meta = []
    if conf is not None:
        meta.append(f"confidence {conf:.2f}")
    if sim is not None:
        meta.append(f"similarity {sim:.2f}")
    claim = _str(d, "claim")
    claim_html = _highlight(claim, _diff_spans(d, "claim"))
    sentence = _str(d, "sentence")
    sent_start = _int(d.get("sentence_start"))
    src_s, src_e = _int(d.get("source_start")), _int(d.get("source_end"))
    if sentence and sent_start is not None:
        spans = _diff_spans(d, "source")
        if src_s is not None and src_e is not None:
            # the matched words, under the differences
            inner = [(s, e, st) for s, e, st in spans if src_s <= s and e <= src_e]
            outer = [(s, e, st) for s, e, st in spans if not (src_s <= s and e <= src_e)]
            source_html = _nested(sentence, sent_start, src_s, src_e, inner, outer)
        else:
            source_html = _highlight(sentence, spans, sent_start)
    else:
        source_html = '<span style="color:#888;">(no matching passage in the article)</span>'
    who = _str(d, "attributed_to")
    rows = [
        ("claimed speaker", _esc(_str(d, "speaker") or "\u2014")),
        ("article's speaker", _esc(who or "\u2014")),
    ]
    if _str(d, "outlet") or _str(d, "attributed_outlet"):
        rows.append(("claimed outlet", _esc(_str(d, "outlet") or "\u2014")))
        rows.append(("article's outlet", _esc(_str(d, "attributed_outlet") or "\u2014")))
    table = "".join(f'<tr><td style="color:#666;padding-right:8px;">{k}</td><td>{v}</td></tr>' for k, v in rows)
    reasons = "".join(
        f"<li>{_esc(_reason_text(r))}"
        + (f' <span style="color:#888;">[{float(r["weight"]):+.2f}]</span>'
           if isinstance(r.get("weight"), (int, float)) and not isinstance(r.get("weight"), bool)
           and r.get("weight") else "")
        + "</li>"
        for r in _reasons(d))
    cell = 'style="vertical-align:top;padding:6px;border:1px solid #ddd;width:50%;"'
    return (
        '<div class="quoteattr-verification" style="font-family:sans-serif;line-height:1.5;">'
        f'<div>{badge} <span style="color:#555;">{_esc(", ".join(meta))}</span></div>'
        '<table style="border-collapse:collapse;margin:6px 0;width:100%;"><tr>'
        f'<th style="text-align:left;">Claim</th><th style="text-align:left;">Article</th></tr><tr>'
        f"<td {cell}>\u201c{claim_html}\u201d</td><td {cell}>{source_html}</td></tr></table>"
        f'<table style="border-collapse:collapse;">{table}</table>'
        + (f'<ul style="margin:4px 0;">{reasons}</ul>' if reasons else "")
        + "</div>"
    )


def _nested(sentence: str, base: int, s: int, e: int, inner: list[tuple[int, int, str]],
            outer: list[tuple[int, int, str]]) -> str:
    """The sentence with the matched words ``[s, e)`` shaded and the differences marked inside."""
    n = len(sentence)
    a, b = max(0, s - base), min(n, e - base)
    if not 0 <= a < b <= n:
        return _highlight(sentence, inner + outer, base)
    before = _highlight(sentence[:a], outer, base)
    middle = _highlight(sentence[a:b], inner, base + a)
    after = _highlight(sentence[b:], outer, base + b)
    return f'{before}<span style="{_MATCH_STYLE}">{middle}</span>{after}'
