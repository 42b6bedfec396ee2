"""``extract()``: the pipeline, one stage per module.

segment → quotes → cues → mentions / outlets → attribution → confidence
"""

from __future__ import annotations

from itertools import starmap

from . import _attribution, _confidence, _cues, _mentions, _outlets, _quotes, _segment
from ._attribution import Link
from ._model import Cue, Document, EntityKind, Evidence, Outlet, Quote, Sentence, Speaker, Term


def extract(text: str, *, double_apostrophes: bool = False) -> Document:
    """Find every quotation in ``text`` with its speaker, cue, outlet and confidence.

    ``double_apostrophes``: treat ``''`` as a double quotation mark, as in corpora converted
    from ````…''`` markup (the NYT archive, LaTeX). Off by default: in text from the web, ``''``
    is rarely a quotation mark, and the PolNeAR gold standard does not count it as one.

    >>> doc = extract('“We will win,” Trump said.')
    >>> doc.quotes[0].speaker.name
    'Trump'
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() argument 'text' must be str, not {type(text).__name__}")
    if not text:
        return Document(text="")
    paras = _segment.paragraphs(text)
    raw_quotes = _quotes.find_quotes(text, paras, double_apostrophes=double_apostrophes)
    sents = _segment.merge_inside_quotes(
        _segment.sentences(text, paras), [(q.start, q.end) for q in raw_quotes])
    cues = _cues.find_cues(text)
    outlets = _outlets.find_outlets(text)
    names = _mentions.find_names(text)
    entities = _mentions.EntityIndex(_mark_outlets(names, outlets), text)
    ctx = _attribution.Context(text, paras, sents, raw_quotes, cues, entities, outlets)
    quoted = _attribution.link_quotes(ctx)
    reported = _attribution.link_indirect(ctx, quoted)
    reported += _attribution.link_outlet_reports(ctx, quoted + reported)
    links = sorted(quoted + reported, key=lambda lk: lk.start)
    _attribution.speaker_evidence(links)
    return Document(
        text=text,
        sentences=tuple(starmap(Sentence, sents)),
        quotes=tuple(_freeze(text, lk) for lk in links if not lk.term),
        paragraphs=tuple(paras),
        terms=tuple(Term(text[lk.inner_start:lk.inner_end], lk.start, lk.end, lk.term)
                    for lk in quoted if lk.term),
    )


def _mark_outlets(names: list[_mentions.Name], outlets: list[_outlets.OutletMention]) -> list[_mentions.Name]:
    """Names that are outlets ("Washington Post") are never people."""
    if not outlets:
        return names
    starts = [o.start for o in outlets]
    n_outlets = len(outlets)
    out = []
    # names come sorted, so the outlet after each one is found by walking on from the last
    # (``bisect_right(starts, name_start)``; it starts over should a name come out of order)
    k = 0
    prev = -1
    for n in names:
        name_start = n.name_start
        if name_start < prev:
            k = 0
        prev = name_start
        while k < n_outlets and starts[k] <= name_start:
            k += 1
        if k and outlets[k - 1].end > name_start or k < n_outlets and starts[k] < n.end:
            n = n._replace(kind=_OUTLET)
        out.append(n)
    return out


_OUTLET = EntityKind.OUTLET

_NO_SPEAKER_CAP = 0.05


def _freeze(text: str, lk: Link) -> Quote:
    # positional arguments, in field order: this runs once per quotation
    speaker = None
    if lk.speaker is not None:
        p = lk.speaker
        mention = text[p.start:p.end]
        speaker = Speaker(lk.speaker_name or mention, p.start, p.end, mention, lk.speaker_kind)
    cue = Cue(text[lk.cue[0]:lk.cue[1]], lk.cue[0], lk.cue[1]) if lk.cue else None
    outlet = None
    if lk.outlet is not None:
        o = lk.outlet
        outlet = Outlet(o.name, o.start, o.end, text[o.start:o.end])
    confidence, evidence = _confidence.score(lk.rules, lk.kind.value, speaker is not None)
    if speaker is None and confidence > _NO_SPEAKER_CAP:
        # with no speaker there is no attribution to be right about: say so in the evidence
        confidence = _NO_SPEAKER_CAP
        evidence += (_CAPPED,)
    return Quote(text[lk.inner_start:lk.inner_end], lk.start, lk.end, lk.kind, speaker, cue, outlet,
                 round(confidence, 4), evidence, lk.closed)


_CAPPED = Evidence(rule="capped", detail=f"no speaker: confidence capped at {_NO_SPEAKER_CAP}")


__all__ = ["extract"]
