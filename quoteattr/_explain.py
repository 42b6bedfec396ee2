"""Plain-English explanations, built from the evidence records of an attribution."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lexicon import RELATIVE_PRONOUNS

if TYPE_CHECKING:  # pragma: no cover
    from ._model import Quote

_RULES: dict[str, str] = {
    "cue_after": "the cue {detail!r} follows the quotation",
    "cue_before": "the cue {detail!r} introduces the quotation",
    "cue_in_sentence": "the cue {detail!r} governs the sentence the quotation is in",
    "cue_far": "the cue {detail!r} comes later in the sentence",
    "according_to": "the sentence says \"according to\" the speaker",
    "participle_subject": "the speaker is the subject of the clause that {detail!r} hangs on",
    "phrase_subject": "the cue {detail!r} hangs on the subject of the sentence",
    "apposition": "the speaker is described in an apposition ({detail})",
    "inverted": "the speaker follows the cue",
    "colon_intro": "the previous sentence introduces it with {detail!r}",
    "colon_cue": "a name and a colon introduce it",
    "continuation": "it continues the previous paragraph's quotation",
    "continuation_same_paragraph": "it continues a quotation split around its cue",
    "continuation_no_cue": "it sits in a sentence with no cue and no new speaker, after {detail}",
    "shared_cue_after": "it shares the cue after the next quotation of the list ({detail})",
    "pronoun_resolved": "the pronoun refers back to a named person ({detail})",
    "pronoun_unresolved": "the pronoun {detail!r} could not be resolved to a name",
    "name_resolved": "the short name refers to the full name given earlier ({detail})",
    "speaker_name": "the speaker is named: {detail}",
    "speaker_role": "the speaker is a role: {detail}",
    "speaker_outlet": "the speaker is a news outlet: {detail}",
    "outlet": "the words came through {detail}",
    "weak_cue": "the cue {detail!r} is only weak evidence of speech",
    "unclosed": "the quotation has no closing mark",
    "multi_paragraph": "the quotation {detail}",
    "title_or_term": "short quoted words with no cue: a title or a term, said by no one",
    "no_speaker": "no cue or speaker was found near it",
    "capped": "{detail}",
    "kind_direct": "it is a direct quotation",
    "kind_partial": "it is a partial quotation",
    "kind_indirect": "it is reported speech",
    "no_speaker_found": "it has no speaker",
    "speaker_is_person": "the speaker is a person",
    "speaker_is_role": "the speaker is named by a role",
    "speaker_is_organization": "the speaker is an organisation",
    "speaker_is_outlet": "the speaker is a news outlet",
    "speaker_is_unknown": "what sort of speaker this is is unknown",
    "single_marks": "it is in single quotation marks, as in headlines",
    "headline": "it stands in a short line without final punctuation, like a headline",
    "long_quote": "it is a long quotation",
    "short_quote": "it is three words or fewer",
    "far_cue": "the cue is far from the quotation ({detail})",
    "name_in_between": "another name stands between the speaker and the quotation",
    "single_unknown_name": "the speaker is one capitalised word the article never names in full",
    "recent_speaker": "it stands alone, after its speaker's last quotation",
    "relative_pronoun": "the speaker is named through a relative clause ({detail})",
    "coordinated_subject": "the cue shares its subject with an earlier verb ({detail})",
    "shared_cue": "it shares its cue with an earlier quotation in the sentence",
    "parenthetical_cue": "a reporting clause set off by commas ({detail}) governs the sentence",
    "preceding_cue": "the sentence before introduces the speaker with {detail!r}",
    "preceding_subject": "the sentence before is about the speaker",
    "clause_subject": "with no cue, the subject of its clause is taken as speaker",
    "sole_quotation": "it is {detail}",
    "outer_reporter": "the clause it stands in is reported with {detail!r}, by the speaker",
    "colon_clause": "a clause ending in a colon introduces it",
    "dash_attribution": "a dash and a name follow it",
    "passive_agent": "the speaker is the agent of a passive cue ({detail})",
    "speech_noun": "the speaker owns the noun {detail!r}",
    "outlet_report": "an outlet reports it ({detail!r})",
    "outlet_noun": "the outlet is referred to by a common noun ({detail})",
    "cue_next_sentence": "the next sentence attributes it with {detail!r}",
    "reporting_clause_after": "reported speech followed by {detail!r}",
    "reporting_clause_before": "reported speech introduced by {detail!r}",
    "that_clause": "a that-clause carries the reported words",
    "bare_clause": "a clause carries the reported words",
    "speaker_gap_3": "the speaker is named right next to the quotation",
    "speaker_gap_30": "the speaker is named within 30 characters of the quotation",
    "speaker_gap_80": "the speaker is named within 80 characters of the quotation",
    "speaker_gap_200": "the speaker is named within 200 characters of the quotation",
    "speaker_gap_600": "the speaker is named within 600 characters of the quotation",
    "speaker_gap_more": "the speaker is named more than 600 characters from the quotation",
    "speaker_same_sentence": "the speaker is named in the same sentence",
    "speaker_next_sentence": "the speaker is named one sentence away",
    "speaker_2_sentences": "the speaker is named two sentences away",
    "speaker_3_sentences": "the speaker is named three or more sentences away",
    "relayed": "a second source follows the reporting clause (\"according to\", \"reports\"), who may be the one credited",
    "lowercase_start": "it starts in lowercase, a fragment of a sentence",
}


#: Templates for a rule whose detail is a relative pronoun ("who", "that", "which") rather than
#: the antecedent it names.
_PRONOUN_RULES: dict[str, str] = {
    "relative_pronoun": "the speaker is named through the relative pronoun \"{detail}\"",
}


def explain_rule(rule: str, detail: str) -> str:
    """The plain-English reason for one evidence record: its rule's template, filled in with
    the detail (the pronoun itself, "that", when the detail is one)."""
    template = _RULES.get(rule)
    if rule in _PRONOUN_RULES and detail.lower() in RELATIVE_PRONOUNS:
        template, detail = _PRONOUN_RULES[rule], detail.lower()
    if template is None:
        return f"{rule.replace('_', ' ')}" + (f" ({detail})" if detail else "")
    return template.format(detail=detail)


def explain_quote(q: Quote) -> str:
    words = q.text if len(q.text) <= 80 else q.text[:77] + "..."
    if q.speaker is None:
        head = f"{q.kind.value.capitalize()} quotation “{words}”: no speaker found"
    else:
        head = f"{q.kind.value.capitalize()} quotation “{words}” attributed to {q.speaker.name}"
        if q.speaker.text and q.speaker.text != q.speaker.name:
            head += f" (mentioned as “{q.speaker.text}”)"
        if q.outlet is not None:
            head += f" via {q.outlet.name}"
    reasons = [
        explain_rule(e.rule, e.detail) + (f" [{e.weight:+.2f}]" if e.weight else "")
        for e in q.evidence
    ]
    body = "; ".join(reasons) if reasons else "no evidence recorded"
    from ._confidence import weights

    base = weights().get("bias", 0.0)
    return f"{head}, confidence {q.confidence:.2f} (log-odds {base:+.2f} to start): {body}."
