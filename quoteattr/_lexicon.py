"""Word lists the pipeline reads: reporting verbs, titles, roles, pronouns, abbreviations.

Lexicons are data. Logic elsewhere asks these constants questions; it never spells words out
itself. Outlet names and their aliases live in ``data/outlets.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Final

# --------------------------------------------------------------------------- reporting verbs

#: Irregular verbs of saying: lemma -> (3rd person, past, participle, gerund).
_IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "read": ("reads", "read", "reading"),
    "sing": ("sings", "sang", "sung", "singing"),
    "predict": ("predicts", "predicted", "predicting"),
    "swear": ("swears", "swore", "sworn", "swearing"),
}

#: Verbs of a manner of speaking, weak evidence of speech: "“...!” beamed Carla Mendes".
_MANNER_OF_SPEAKING: Final[tuple[str, ...]] = (
    "beam", "exult", "enthuse", "smile", "snort", "hiss", "snarl", "cackle", "tease", "gasp")

#: Regular verbs that introduce speech or writing (past tense is lemma + "ed" after spelling rules).
_REGULAR: Final[tuple[str, ...]] = (
    "add", "acknowledge", "admit", "advise", "affirm", "agree", "allege", "announce", "answer",
    "argue", "ask", "assert", "assure", "bemoan", "blast", "boast", "caution", "charge", "chide",
    "claim", "comment", "complain", "concede", "conclude", "confirm", "contend", "continue",
    "counter", "cry", "declare", "demand", "deny", "describe", "declare", "emphasize", "emphasise",
    "estimate", "exclaim", "explain", "fume", "grumble", "insist", "inform", "joke", "lament",
    "maintain", "mention", "mock", "mourn", "muse", "note", "object", "observe", "opine", "plead",
    "pledge", "point", "post", "praise", "proclaim", "promise", "propose", "protest", "quip",
    "recall", "recount", "reflect", "reiterate", "remark", "remind", "repeat", "reply", "report",
    "respond", "retort", "reveal", "scoff", "scream", "shout", "sigh", "state", "stress",
    "suggest", "testify", "tweet", "urge", "vow", "warn", "whisper", "wonder", "yell", "criticize",
    "criticise", "accuse", "blame", "question", "query", "predict", "acknowledge", "brag",
    "caution", "clarify", "concur", "confide", "confess", "declare", "disclose", "dismiss",
    "elaborate", "echo", "indicate", "interject", "mutter", "narrate", "surmise", "specify",
    "summarize", "summarise", "underline", "underscore", "conclude", "joke", "text", "email",
    "tout", "threaten", "recommend", "hint", "complain", "decry", "denounce", "slam", "rip",
    "lash", "hit", "snap", "thunder", "rage", "call", "dub", "label", "term", "cite", "quote",
    "write", "assert", "contend", "reason", "posit", "theorize", "explain", "acknowledge",
    "chant", "cheer", "herald", "hail", "welcome", "applaud", "condemn", "deride", "dismiss",
    "press", "react", "bark", "growl", "gush", "rave", "sneer", "sniff", "groan", "murmur", "crow", "laugh",
    "chuckle", "beg", "marvel", "gripe", "huff", "scold", "fret", "wail", "rant", "bellow",
    "exhort", "intone", "implore", "gloat", "lecture", "reassure", "stammer", "vent",
    "riff", "deadpan", "snipe", "grouse", "holler", "mumble", "speculate", "taunt", "retaliate",
    *_MANNER_OF_SPEAKING,
)

#: Verbs of saying made of several words, every form listed, mapped to a lemma.
PHRASAL_SPEECH_VERBS: Final[dict[str, str]] = {
    **{f"{v} back": "retort" for v in ("shot", "shoots", "shoot", "shooting", "fired", "fires",
                                       "fire", "firing", "hit", "hits", "hitting", "pushed",
                                       "pushes", "pushing", "wrote", "writes", "texted", "tweeted")},
    **{f"{v} in": "comment" for v in ("chimed", "chimes", "chiming", "weighed", "weighs",
                                      "weighing", "cut", "cuts", "cutting", "jumped", "jumps",
                                      "broke", "breaks")},
    **{f"{v} on": "continue" for v in ("went", "goes", "going")},
    **{f"{v} out": "note" for v in ("pointed", "points", "pointing", "spoke", "speaks",
                                    "speaking", "lashed", "lashes", "lashing", "called")},
    **{f"{v} a statement": "state" for v in ("issued", "issues", "issuing", "released",
                                             "releases", "releasing", "put out", "puts out")},
    **{f"{v} up": "sum" for v in ("summed", "sums", "summing")},
    **{f"{v} it": "put" for v in ("put", "puts", "putting")},
}

#: Words that introduce speech without being verbs of saying in the lexicon above.
CUE_PHRASES: Final[tuple[str, ...]] = (
    "according to", "in a statement", "in a written statement", "in an interview", "in an email",
    "in a tweet", "in a post", "in a letter", "in a speech", "in remarks", "in a comment to",
    "in comments to", "in an op-ed", "in a memo", "in a video", "with the caption",
    "as saying", "as telling",
)

#: Cues that are only speech when a speaker is next to them ("called", "described").
NAMING_VERBS: Final[frozenset[str]] = frozenset(
    {"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels",
     "labeled", "labelled", "labeling", "term", "terms", "termed", "describe", "describes",
     "described", "describing"})

#: Cues that say a publication reported something.
REPORT_VERBS: Final[frozenset[str]] = frozenset(
    {"report", "reports", "reported", "reporting", "post", "posts", "posted", "posting",
     "publish", "publishes", "published", "tweet", "tweets", "tweeted", "write", "writes",
     "wrote", "broadcast", "broadcasts", "aired"})


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif lemma in {"quip", "rip", "snap", "slam", "plan", "chat", "admit", "text"}:
        if lemma == "text":
            past, ing = "texted", "texting"
        else:
            past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    elif lemma == "hit":
        past, ing = "hit", "hitting"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma == "label":
        return ("labels", "labeled", "labelled", "labeling", "labelling")
    return (third, past, ing)


def _speech_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma, inflected in _IRREGULAR.items():
        forms[lemma] = lemma
        for f in inflected:
            forms[f] = lemma
    for lemma in _REGULAR:
        forms.setdefault(lemma, lemma)
        for f in _regular_forms(lemma):
            forms.setdefault(f, lemma)
    return forms


#: Every inflected form of a verb of saying, mapped to its lemma.
SPEECH_VERB_FORMS: Final[dict[str, str]] = _speech_forms()

#: Verbs of saying that are weak evidence: usable as cues only with a speaker right next to them.
WEAK_SPEECH_LEMMAS: Final[frozenset[str]] = frozenset(
    {"press", "bark", "growl", "gush", "rave", "sneer", "sniff", "groan", "murmur", "crow", "laugh",
     *_MANNER_OF_SPEAKING,
     "chuckle", "beg", "marvel", "gripe", "huff", "scold", "fret", "wail", "rant", "bellow",
    "exhort", "intone", "implore", "gloat", "lecture", "reassure", "stammer", "vent", "read", "sing", "cheer", "herald", "hail", "welcome", "applaud", "condemn", "deride", "think", "feel", "hold", "foresee", "continue", "point", "hit", "rip", "lash", "call",
     "dub", "label", "term", "describe", "cite", "quote", "post", "question", "reflect", "mock",
     "praise", "blame", "accuse", "criticize", "criticise", "dismiss", "echo", "indicate",
     "reason", "recommend", "hint", "threaten", "tout", "text", "email", "speak", "swear",
     "estimate", "predict", "wonder", "mention", "answer", "rage", "thunder", "snap", "sigh",
     "mourn", "scoff", "object", "underline", "underscore", "specify", "elaborate", "inform",
     "remind", "advise", "agree", "concur", "plead", "narrate", "query", "comment",
     "decry", "denounce", "slam", "summarize", "summarise", "theorize", "posit", "surmise"})

#: Verbs of saying that take a bare clause ("said the plan failed"); the others need "that".
BARE_CLAUSE_LEMMAS: Final[frozenset[str]] = frozenset({
    "say", "tell", "add", "claim", "argue", "insist", "warn", "contend", "maintain", "assert",
    "write", "tweet", "report", "predict", "estimate", "admit", "acknowledge", "concede",
    "complain", "boast", "promise", "vow", "swear", "think", "feel", "explain", "note",
    "declare", "testify", "recall", "joke", "quip", "muse", "speculate", "reply", "respond",
    "suggest", "state", "announce", "confirm", "reiterate", "stress", "emphasize", "emphasise",
})

#: Forms of verbs of saying that are also nouns: cues only when no determiner precedes them.
NOUN_FORMS: Final[frozenset[str]] = frozenset({
    "state", "states", "post", "posts", "report", "reports", "point", "points", "note", "notes",
    "comment", "comments", "answer", "answers", "question", "questions", "claim", "claims",
    "charge", "charges", "demand", "demands", "email", "emails", "text", "texts", "tweet",
    "tweets", "quote", "quotes", "call", "calls", "label", "labels", "term", "terms", "estimate",
    "estimates", "object", "objects", "hit", "hits", "protest", "protests", "promise", "promises",
    "reply", "replies", "remark", "remarks", "cry", "cries", "joke", "jokes", "boast", "boasts",
    "vow", "vows", "pledge", "pledges", "blast", "counter", "mention", "mentions", "praise",
    "blame", "query", "echo", "echoes", "rage", "snap", "sigh", "rip", "slam", "lash", "thunder",
    "response", "warning", "statement", "complaint", "complaints", "plea", "pleas", "retort",
    "whisper", "yell", "shout", "scream", "muse", "admission", "testimony", "record", "insist",
    "chant", "chants", "cheer", "cheers", "quip", "quips", "rant", "rants", "taunt", "taunts",
    "laugh", "laughs", "groan", "groans", "shouts", "screams", "whispers", "yells",
})

#: Words that make the noun form after them a noun ("the post", "his remarks", "in comments"),
#: also with one of NOUN_FORM_MODIFIERS between ("a brief statement"); any letter case.
NOUN_FORM_DETERMINERS: Final[tuple[str, ...]] = (
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "every", "each", "no", "any", "some", "of", "in", "on", "for", "with", "by", "from",
    "whose", "one", "two", "three", "several", "many", "first", "last", "new", "recent", "latest",
)

#: Modifiers between a NOUN_FORM_DETERMINERS word and a noun form ("a rare comment").
NOUN_FORM_MODIFIERS: Final[tuple[str, ...]] = (
    "rare", "brief", "short", "long", "formal", "official", "written", "public", "private", "joint",
    "separate", "lengthy", "prepared", "final", "personal", "angry", "sharp", "stern", "strong",
    "terse", "early", "late", "new", "recent", "similar", "different", "single", "second", "third",
    "further", "follow-up", "online", "televised", "radio", "tv",
)

#: Determiners of "<determiner> <any word> <noun form>" ("a phone call", "his snappy retort").
NOUN_FORM_WORD_DETERMINERS: Final[tuple[str, ...]] = (
    "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "every", "each",
    "one",
)

#: Verbs for what a publication does with a story; with an outlet as subject, their object is
#: what the outlet reports ("The Globe exposed the scandal", "CNN aired the debate").
PUBLICATION_VERBS: Final[frozenset[str]] = frozenset({
    "report", "reveal", "expose", "note", "observe", "list", "describe", "detail", "publish",
    "air", "quote", "cite", "characterize", "characterise", "call", "dub", "question", "query",
    "ask", "claim", "tell", "conclude", "find", "show", "estimate", "rate", "deem", "confirm",
    "obtain", "review", "analyze", "analyse", "count", "tally", "project", "declare", "say",
    "write", "add", "explain", "argue", "suggest", "allege", "highlight", "point", "uncover",
    "break", "learn", "discover", "document", "chronicle", "summarize", "summarise", "tweet",
    "post", "print", "run", "feature", "profile", "interview", "poll", "survey", "predict",
    "label", "brand", "portray", "depict", "frame", "accuse", "criticize", "criticise", "praise",
    "endorse", "editorialize", "opine", "warn", "insist", "acknowledge", "admit", "correct",
    "retract", "clarify", "update", "announce", "identify", "name", "calculate", "reckon",
    "replay", "rerun", "broadcast", "stream", "cover", "carry", "headline", "reprint", "excerpt",
    "examine", "unearth", "investigate", "verify", "track", "compile",
})

#: What an outlet publishes, standing between the outlet and its verb: "a CNN poll found ...".
PUBLICATION_NOUNS: Final[frozenset[str]] = frozenset({
    "poll", "polls", "survey", "report", "analysis", "investigation", "review", "story", "editorial",
    "article", "study", "count", "tally", "projection", "projections", "estimate", "fact-check",
    "column", "headline", "piece", "exit", "reporting", "reporters", "reporter", "correspondent",
})

#: Nouns for works whose titles stand in quotation marks: 'the book “Backfire”', 'author of “...”'.
WORK_NOUNS: Final[frozenset[str]] = frozenset({
    "book", "books", "film", "films", "movie", "movies", "documentary", "show", "shows", "program",
    "programme", "podcast", "song", "songs", "album", "novel", "memoir", "series", "segment",
    "essay", "play", "musical", "author", "host", "hosts", "co-host", "anchor", "episode", "sitcom",
    "hit", "single", "poem", "opera", "painting", "exhibit", "exhibition",
})

#: Present participles that open a clause whose subject is the main clause's subject
#: ("Cheung declined to comment, saying ...").
PARTICIPLE_CUES: Final[frozenset[str]] = frozenset(
    f for f, lemma in SPEECH_VERB_FORMS.items() if f.endswith("ing"))

# --------------------------------------------------------------------------- people and roles

#: Determiners that stand alone for people: "tweeted another", "Several said".
PRONOMINAL_DETERMINERS: Final[frozenset[str]] = frozenset(
    {"another", "one", "others", "several", "many", "some", "both", "most", "few", "all", "each",
     "none", "either", "neither"})

#: Titles and honorifics that may precede a name. Lower-case, without the final period.
TITLES: Final[frozenset[str]] = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "cpt", "maj", "adm", "cmdr", "rev", "prof", "pres", "hon", "sir", "dame", "lord", "lady",
    "president", "senator", "governor", "representative", "congressman", "congresswoman",
    "secretary", "chancellor", "minister", "judge", "justice", "mayor", "speaker", "chairman",
    "chairwoman", "sheriff", "ambassador", "pope", "king", "queen", "prince", "princess",
    "general", "commissioner", "director", "chief", "leader", "coach", "cardinal", "bishop",
    "father", "sister", "brother", "rabbi", "imam", "detective", "officer", "sergeant",
    "archbishop", "reverend", "pastor", "sheikh", "ayatollah", "alderman", "alderwoman", "ceo",
    "principal", "recorder",
    "captain", "colonel", "lieutenant", "admiral", "attorney", "premier", "vice", "deputy",
    "former", "acting", "candidate", "nominee", "president-elect", "spokesperson",
    "spokesman", "spokeswoman", "advisor", "adviser", "billionaire", "businessman",
    "businesswoman", "activist", "professor", "dean", "councilman", "councilwoman",
    "councilmember", "assemblyman", "assemblywoman", "delegate", "lady", "vice-president",
    "strategist", "pollster", "economist", "analyst", "host", "anchor", "author", "rapper",
    "singer", "actor", "actress", "comedian", "director", "executive", "founder", "chair",
    "superintendent", "commander", "marshal", "justice", "magistrate", "nominee", "whip",
    "counsel", "consultant", "operative", "organizer", "cofounder", "co-founder", "coordinator",
    "commentator", "pundit", "lobbyist", "lawyer", "attorney", "economist", "columnist",
    "correspondent", "reporter", "editor", "publisher", "producer", "chairperson", "treasurer",
    "surrogate", "aide", "staffer", "diplomat", "envoy", "negotiator", "prosecutor", "lawmaker",
    "legislator", "senator-elect", "governor-elect", "mayor-elect", "representative-elect",
})

#: Name suffixes that tell two people with the same name apart.
NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})

#: Common nouns that name a person or body by its role ("a spokesman", "officials").
ROLE_NOUNS: Final[frozenset[str]] = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "official",
    "officials", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "lawyer",
    "lawyers", "attorney", "attorneys", "source", "sources", "analyst", "analysts", "expert",
    "experts", "strategist", "strategists", "economist", "economists", "professor", "researcher",
    "researchers", "campaign", "manager", "director", "chairman", "chairwoman", "chair",
    "president", "senator", "candidate", "nominee", "governor", "mayor", "secretary", "minister",
    "voter", "voters", "supporter", "supporters", "critic", "critics", "resident", "residents",
    "officer", "officers", "police", "prosecutor", "prosecutors", "judge", "witness", "witnesses",
    "organizer", "organizers", "activist", "activists", "leader", "leaders", "representative",
    "representatives", "member", "members", "staffer", "staffers", "executive", "executives",
    "investigator", "investigators", "diplomat", "diplomats", "administration", "government",
    "ministry", "department", "agency", "committee", "group", "company", "firm", "report",
    "statement", "study", "survey", "poll", "polls", "memo", "letter", "email", "ad", "video",
    "newspaper", "paper", "outlet", "network", "magazine", "site", "website", "channel",
    "broadcaster", "agency", "author", "authors", "writer", "reporter", "reporters",
    "correspondent", "editor", "editors", "columnist", "host", "anchor", "moderator",
    "pollster", "pollsters", "historian", "scientist", "scientists", "doctor", "doctors",
    "chief", "head", "founder", "owner", "ceo", "coach", "player", "fan", "fans", "worker",
    "workers", "teacher", "student", "students", "parent", "parents", "mother", "father",
    "son", "daughter", "wife", "husband", "brother", "sister", "friend", "friends",
    "colleague", "colleagues", "ally", "allies", "rival", "rivals", "opponent", "opponents",
    "delegate", "delegates", "superdelegate", "lawmaker", "lawmakers", "legislator",
    "legislators", "congressman", "congresswoman", "republicans", "democrats", "conservatives",
    "liberals", "protesters", "protestors", "demonstrators", "people", "americans", "party",
    "court", "ruling", "filing", "lawsuit", "complaint", "release", "tweet", "post", "book",
    "speech", "interview", "article", "story", "editorial", "column", "documents", "document",
    "data", "figures", "record", "records", "transcript", "ads", "commercial", "council",
    "board", "panel", "commission", "caucus", "office", "bureau", "service", "union",
    "association", "foundation", "institute", "center", "centre", "organization",
    "organisation", "coalition", "pac", "super", "staff", "team", "spokespersons", "operatives",
    "operative", "surrogate", "surrogates", "advocate", "advocates", "groups", "observers",
    "insiders", "person", "man", "woman", "men", "women", "someone", "anyone", "everyone",
    "nobody", "others", "many", "some", "most", "few", "both", "all", "kremlin",
    "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandmother",
    "grandfather", "widow", "widower", "fiance", "fiancee", "fiancé", "fiancée", "partner",
    "spouse", "neighbor", "neighbour", "neighbors", "relative", "relatives", "child", "children",
    "boy", "girl", "kid", "kids", "teenager", "veteran", "veterans", "delegation", "crowd",
    "audience", "protester", "demonstrator", "attendee", "attendees", "commenter", "commenters",
    "reader", "readers", "viewer", "viewers", "user", "users", "narrator", "voice-over",
    "spokesperson", "publication", "organization", "group", "team", "panelist", "panelists",
    "assistant", "assistants", "deputy", "deputies", "secretary", "clerk", "intern", "coach",
})

#: Nouns for texts rather than people: "a statement", "the letter". A participle after one of
#: them hangs on the clause's subject: "Trump issued a statement saying ...".
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset({
    "statement", "report", "letter", "memo", "email", "release", "tweet", "post", "ad", "ads",
    "video", "book", "article", "story", "editorial", "column", "filing", "lawsuit", "complaint",
    "transcript", "record", "records", "document", "documents", "data", "study", "survey",
    "poll", "polls", "ruling", "speech", "interview", "commercial", "message", "note", "op-ed",
    "remarks", "comments", "headline", "caption", "photo", "page", "website", "site",
})

#: Things that carry words and so "say" them: "held a sign saying “...”", "a hat reading “...”".
TEXT_CARRIER_NOUNS: Final[frozenset[str]] = frozenset({
    "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "shirt",
    "shirts", "t-shirt", "t-shirts", "hat", "hats", "cap", "caps", "button", "buttons", "sticker",
    "stickers", "billboard", "billboards", "card", "cards", "mug", "mugs", "flag", "flags",
})

#: Endings of nouns for people: "spectators", "marchers", "guitarist", "participant".
PERSON_NOUN_ENDINGS: Final[tuple[str, ...]] = ("er", "or", "ist", "ian", "ant", "ent", "ee")
#: Endings of agent nouns that can be a title before a name: "speechwriter Noam Neusner",
#: "congresswoman Ana Ruiz", "executive Lee Park".
AGENT_SUFFIXES: Final[tuple[str, ...]] = PERSON_NOUN_ENDINGS + ("man", "woman", "ive")

#: Nouns for things said; their owner is the speaker: "her comment that “...”", "Trump's claim".
SPEECH_NOUNS: Final[frozenset[str]] = frozenset({
    "claim", "claims", "comment", "comments", "remark", "remarks", "statement", "promise",
    "pledge", "call", "vow", "warning", "argument", "assertion", "response", "answer", "reply",
    "words", "description", "characterization", "suggestion", "insistence", "contention",
    "complaint", "criticism", "charge", "accusation", "quip", "joke", "tweet", "post", "message",
    "speech", "retort", "threat", "demand", "plea", "question", "admission", "boast",
    "prediction", "phrase", "catchphrase", "slogan", "mantra", "refrain", "motto", "term",
    "label", "nickname", "assessment", "verdict", "conclusion", "reaction", "explanation",
    "declaration", "announcement", "insult", "attack", "praise", "advice", "message", "view",
    "belief", "position", "stance", "assurance", "denial", "defense", "defence", "rhetoric",
    "tirade", "rant", "riff", "line", "lines", "pitch", "case", "appeal", "request", "order",
    "assumption", "broadside", "dictum", "notion", "theory", "thesis", "observation", "salvo",
    "jab", "dig", "swipe", "barb", "critique", "rebuke", "quote", "idea",
})

#: Common nouns an article uses for an outlet it has named: "the newspaper said".
OUTLET_NOUNS: Final[frozenset[str]] = frozenset({
    "newspaper", "paper", "outlet", "network", "magazine", "site", "website", "broadcaster",
    "channel", "publication", "daily", "tabloid", "weekly", "agency", "station", "newsroom",
    "board", "editors", "editorial", "wire",
})

#: Every kind of outlet but a platform: what "the outlet" or "the publication" may stand for.
_NEWS_KINDS: Final[frozenset[str]] = frozenset({"newspaper", "wire", "broadcaster", "magazine", "website"})

#: Common nouns for an outlet after "told the", "in a statement to the" ("told the newspaper"),
#: with the kinds of outlet (``data/outlets.json``) each may stand for: a newspaper is no network.
OUTLET_NOUN_KINDS: Final[dict[str, frozenset[str]]] = {
    "newspaper": frozenset({"newspaper"}), "paper": frozenset({"newspaper"}),
    "daily": frozenset({"newspaper"}), "tabloid": frozenset({"newspaper"}),
    "broadsheet": frozenset({"newspaper"}), "weekly": frozenset({"newspaper", "magazine"}),
    "magazine": frozenset({"magazine"}), "news magazine": frozenset({"magazine"}),
    "network": frozenset({"broadcaster"}), "broadcaster": frozenset({"broadcaster"}),
    "channel": frozenset({"broadcaster"}), "station": frozenset({"broadcaster"}),
    "news channel": frozenset({"broadcaster"}), "news network": frozenset({"broadcaster"}),
    "news agency": frozenset({"wire"}), "wire service": frozenset({"wire"}), "wire": frozenset({"wire"}),
    "website": frozenset({"website"}), "site": frozenset({"website"}), "news site": frozenset({"website"}),
    "news website": frozenset({"website"}),
    "outlet": _NEWS_KINDS, "news outlet": _NEWS_KINDS, "publication": _NEWS_KINDS,
    "news organization": _NEWS_KINDS, "news organisation": _NEWS_KINDS, "news service": _NEWS_KINDS,
}

#: The forms of "tell", whose object is the one told: "told the newspaper".
TELL_FORMS: Final[tuple[str, ...]] = ("tell", *_IRREGULAR["tell"])

#: Verbs whose "to the"/"with the" names the outlet spoken to: "spoke to the paper".
OUTLET_TO_VERBS: Final[frozenset[str]] = frozenset({
    "speaking", "spoke", "speak", "speaks", "talking", "talked", "talk", "talks", "said", "says",
    "explained", "confirmed", "admitted", "insisted", "wrote", "writes", "writing", "complained",
})

#: Nouns for what is said to an outlet: "in a statement to the newspaper", "in an interview with
#: the network", "in an op-ed for the paper".
OUTLET_STATEMENT_NOUNS: Final[frozenset[str]] = frozenset({
    "statement", "statements", "interview", "interviews", "comment", "comments", "remarks", "email",
    "e-mail", "emails", "letter", "message", "conversation", "call", "op-ed", "column", "essay",
    "exchange",
})

#: Lower-case words that may join the words of an outlet's longer name ("This Week with George
#: Stephanopoulos", "Welt am Sonntag"); any other lower-case word is a common noun ("Time magazine").
OUTLET_NAME_LINK_WORDS: Final[frozenset[str]] = frozenset({
    "with", "and", "of", "the", "de", "am", "on",
})

#: Personal pronouns that can stand for a speaker, with the kind of antecedent they take.
PRONOUNS: Final[dict[str, str]] = {
    "he": "male", "she": "female", "they": "plural", "it": "thing", "i": "self", "we": "plural",
    "him": "male", "her": "female", "them": "plural",
    "his": "male", "their": "plural", "its": "thing", "my": "self", "our": "plural",
}

#: First names whose gender is nearly certain, to resolve "he" and "she" (data file).
def _load_json(name: str) -> object:
    with resources.files("quoteattr").joinpath("data", name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """``{"hillary": "female", "barack": "male", ...}`` from ``data/first_names.json``."""
    data = _load_json("first_names.json")
    assert isinstance(data, dict)
    out: dict[str, str] = {}
    for gender, names in data.items():
        for n in names:
            out[n.lower()] = gender
    return out


#: Titles that tell a person's gender.
GENDERED_TITLES: Final[dict[str, str]] = {
    "mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
    "dame": "female", "lord": "male", "lady": "female", "king": "male", "queen": "female",
    "prince": "male", "princess": "female", "congressman": "male", "congresswoman": "female",
    "spokesman": "male", "spokeswoman": "female", "chairman": "male", "chairwoman": "female",
    "businessman": "male", "businesswoman": "female", "councilman": "male",
    "councilwoman": "female", "assemblyman": "male", "assemblywoman": "female",
    "father": "male", "brother": "male", "sister": "female", "mother": "female",
    "son": "male", "daughter": "female", "wife": "female", "husband": "male",
}

# --------------------------------------------------------------------------- capitalised words that are not names

#: Capitalised words that start sentences or headlines but never begin a name.
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "if", "in", "on", "at",
    "by", "to", "of", "from", "with", "without", "as", "after", "before", "since", "until",
    "while", "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "that",
    "this", "these", "those", "there", "here", "then", "now", "also", "still", "even", "just",
    "only", "not", "no", "yes", "it", "its", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "your", "him", "them", "us", "me", "one", "some", "many",
    "most", "all", "both", "each", "every", "any", "few", "several", "more", "less", "much",
    "such", "other", "another", "because", "although", "though", "despite", "during",
    "against", "about", "over", "under", "between", "among", "into", "through", "meanwhile",
    "however", "instead", "indeed", "still", "later", "earlier", "today", "yesterday",
    "tomorrow", "tonight", "last", "next", "first", "second", "third", "asked", "speaking",
    "according", "asked", "said", "says", "told", "do", "does", "did", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "let", "please", "like", "unlike", "once", "well", "oh", "ok",
    "okay", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "advertisement", "getty", "via", "but", "so", "if", "yes", "no",
    "again", "already", "almost", "nearly", "perhaps", "maybe", "rather", "thus", "hence",
    "therefore", "why", "never", "always", "often", "sometimes", "whether", "either",
    "neither", "ever", "anyway", "besides", "regardless", "regarding", "following",
    "including", "considering", "given", "amid", "amongst", "upon", "within", "toward",
    "towards", "around", "across", "behind", "beyond", "near", "off", "out", "up", "down",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "dozens", "immediately", "here", "there",
    "hours", "days", "weeks", "months", "years", "minutes", "moments", "seconds", "decades",
})

#: US states, countries and a few capitals: names that are places, not people.
#: Party labels that stand before a full name as a label, not as part of the name: "Democrat Hillary Clinton".
PARTY_LABELS: Final[frozenset[str]] = frozenset({
    "democrat", "republican", "independent", "libertarian", "conservative",
    "liberal", "progressive", "socialist", "labour", "tory", "green",
})

#: Words before a bare common-word outlet name that make it an outlet: "told Slate", "in Time".
OUTLET_CONTEXT_WORDS: Final[frozenset[str]] = frozenset({
    "on", "in", "to", "told", "tells", "telling", "for", "from", "with", "by", "via", "according to",
    "wrote", "said", "reported", "writes", "cite", "cites", "cited", "citing",
})
#: Of those, the ones that make the outlet the party spoken to: "told Slate the plan was ...".
OUTLET_SPOKEN_TO_WORDS: Final[frozenset[str]] = frozenset({
    "told", "tells", "telling", "according to", "cite", "cites", "cited", "citing",
})
#: Capitalised words that may follow an outlet's name without making it part of a longer name.
OUTLET_CAPITAL_FOLLOWERS: Final[frozenset[str]] = frozenset({"news", "reported", "said"})
#: Lower-case words that may follow a common-word outlet ("Slate reported", "the Nation and ...");
#: any other ("the Australian government") makes it an adjective. Speech verbs count too.
OUTLET_LOWER_FOLLOWERS: Final[frozenset[str]] = frozenset({
    "magazine", "newspaper", "reported", "and", "or", "on", "in", "that", "was", "has",
})

PLACES: Final[frozenset[str]] = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "America", "United States", "U.S.", "US", "USA", "Britain", "Great Britain", "England",
    "Scotland", "Wales", "Ireland", "France", "Germany", "Italy", "Spain", "Portugal", "Russia",
    "Ukraine", "China", "Japan", "Korea", "North Korea", "South Korea", "India", "Pakistan",
    "Afghanistan", "Iran", "Iraq", "Syria", "Israel", "Egypt", "Turkey", "Saudi Arabia",
    "Mexico", "Canada", "Brazil", "Argentina", "Cuba", "Venezuela", "Colombia", "Australia",
    "Europe", "Asia", "Africa", "Latin America", "Middle East", "Crimea", "Kyiv", "Kiev",
    "Moscow", "Beijing", "London", "Paris", "Berlin", "Brussels", "Tehran", "Jerusalem",
    "Chicago", "Los Angeles", "Boston", "Philadelphia", "Miami", "Atlanta", "Houston",
    "Dallas", "Denver", "Seattle", "San Francisco", "Detroit", "Cleveland", "Orlando",
    "Las Vegas", "Phoenix", "Manhattan", "Brooklyn", "Capitol Hill", "Wall Street",
})

#: US state abbreviations in news style, without their final period: "of Flint, Mich., said".
STATE_ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M",
    "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va",
    "Wash", "W.Va", "Wis", "Wyo", "D.C"})

#: Prepositions of a comma-set hometown after a name: "Cory Bell, 22, of Flint, Mich., said".
HOMETOWN_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "from"})

#: First words that make a two-word name a place: "Port Ellis", "Fort Worth", "Lake Placid".
PLACE_PREFIXES: Final[frozenset[str]] = frozenset({
    "port", "fort", "ft.", "mount", "mt.", "lake", "cape", "san", "los", "las", "saint",
    "st.", "point", "glen", "palm", "east", "west", "north", "south", "new",
})

#: Lower-case words that can stand in a title between a quotation and a name:
#: “...,” public defender Shannon Quill wrote.
TITLE_MODIFIERS: Final[frozenset[str]] = frozenset({
    "former", "public", "senior", "chief", "deputy", "top", "longtime", "then", "acting",
    "interim", "state", "federal", "assistant", "associate", "executive", "general", "vice",
    "campaign", "press", "communications", "political", "national", "local", "retired",
    "veteran", "freshman", "junior", "lead", "head", "special", "regional", "district",
    "county", "city", "party", "union", "defense", "foreign", "security", "policy", "white",
    "house", "senate", "congressional", "undecided", "republican", "democratic",
})

#: Words that make a capitalised name an organisation.
ORGANIZATION_WORDS: Final[frozenset[str]] = frozenset({
    "department", "committee", "party", "association", "institute", "university", "college",
    "council", "agency", "ministry", "commission", "foundation", "center", "centre", "inc",
    "corp", "corporation", "company", "co", "ltd", "llc", "group", "campaign", "administration",
    "office", "bureau", "service", "union", "house", "senate", "congress", "court", "board",
    "federation", "coalition", "network", "alliance", "fund", "trust", "bank", "pac",
    "organization", "organisation", "society", "club", "church", "school", "hospital",
    "police", "army", "navy", "force", "forces", "guard", "government", "kremlin", "pentagon",
    "parliament", "cabinet", "caucus", "conference", "chamber", "project", "initiative",
    "watch", "international", "federal", "national", "republicans", "democrats", "gop", "dnc",
    "rnc", "fbi", "cia", "nsa", "epa", "irs", "doj", "un", "nato", "eu", "isis", "nra",
    "aclu", "polls", "poll", "survey", "study", "report", "research", "state", "states",
    "republic", "kingdom", "nations", "times", "post", "news", "journal", "magazine", "media",
    "foundation", "institution", "museum", "library", "airport", "street", "avenue",
    "county", "city", "center", "stadium", "arena", "convention", "district", "authority",
    "partnership", "alliance", "network", "institute", "council", "association",
})

#: Abbreviations Punkt must not end a sentence at (lower-case, without the final period).
ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col",
    "sgt", "capt", "cpt", "maj", "adm", "cmdr", "rev", "prof", "pres", "hon", "st", "jr", "sr",
    "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "u.s.a", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "nos",
    "vs", "v", "etc", "e.g", "i.e", "a.m", "p.m", "calif", "fla", "ariz", "mass", "pa", "tex",
    "wis", "mich", "ill", "ind", "ky", "la", "md", "minn", "mo", "nev", "okla", "ore", "tenn",
    "va", "wash", "conn", "colo", "del", "ga", "ala", "ark", "kan", "neb", "miss", "n.j", "n.h",
    "n.c", "s.c", "w.va", "r.i", "vt", "wyo", "mont", "s.d", "n.d", "n.m", "ft", "mt", "ave",
    "blvd", "dept", "univ", "assn", "bros", "approx", "est", "fig", "gov't", "sec", "op",
    "ph.d", "b.a", "m.a", "m.d", "d-n.y", "r-fla", "r-texas", "d-calif", "r-ky", "d-mass",
    "r-wis", "r-s.c", "d-vt", "r-ohio", "r-ariz", "d-ill", "d-ore", "d-mo", "d-minn",
    "d-wash", "d-conn", "d-md", "d-nev", "d-pa", "r-la", "r-ga", "r-tenn", "r-utah", "r-n.c",
    "r-ala", "r-iowa", "r-okla", "r-neb", "r-ind", "r-mich", "r-pa", "r-va", "d-va", "d-n.j",
    *"abcdefghijklmnopqrstuvwxyz",
})


# --------------------------------------------------------------------------- outlets


@lru_cache(maxsize=1)
def outlets() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """``((full name, aliases, short forms), ...)`` from ``data/outlets.json``."""
    data = _load_json("outlets.json")
    assert isinstance(data, list)
    return tuple((o["name"], tuple(o.get("aliases", ())), tuple(o.get("short", ()))) for o in data)


@lru_cache(maxsize=1)
def common_word_outlets() -> frozenset[str]:
    """Outlets whose name is an ordinary word ("The Hill", "Time"): matched only in context."""
    data = _load_json("outlets.json")
    assert isinstance(data, list)
    return frozenset(o["name"] for o in data if o.get("common"))


@lru_cache(maxsize=1)
def outlet_kinds() -> dict[str, str]:
    """``{full name: kind}`` where kind is newspaper, wire, broadcaster, magazine, website or platform."""
    data = _load_json("outlets.json")
    assert isinstance(data, list)
    return {o["name"]: o.get("kind", "") for o in data}


@lru_cache(maxsize=1)
def one_letter_outlets() -> frozenset[str]:
    """Outlets named by a single letter ("X"): "posted on X." ends a sentence, it is no initial."""
    return frozenset(f for name, aliases, _ in outlets() for f in (name, *aliases) if len(f) == 1)


# --------------------------------------------------------------------------- grammar words
# Closed-class words the speaker and attribution stages read clauses with.

#: Words that may stand between a subject and its verb ("Trump also said", "he has said").
SUBJECT_VERB_FILLERS: Final[frozenset[str]] = frozenset({
    "also", "later", "then", "has", "had", "have", "would", "will", "once", "recently", "further",
    "repeatedly", "again", "publicly", "privately", "simply", "flatly", "quickly", "reportedly",
    "never", "often", "still", "even", "already", "frequently", "first", "last", "earlier",
    "previously", "subsequently", "initially", "finally", "now", "just", "long", "was", "is",
    "were", "are", "did", "does", "do", "not", "could", "can", "may", "might", "should", "must",
    "had", "himself", "herself", "themselves", "itself", "always", "pointedly", "bluntly",
    "angrily", "told", "soon", "today", "yesterday", "tonight", "shall", "ever", "being",
    "be", "been", "who", "n't", "once", "both", "all", "together", "jointly", "separately",
    "proudly", "happily", "sadly", "falsely", "correctly", "wrongly", "baselessly", "widely",
    "only", "merely",
})

#: Surnames that are also common words, kept after a given name: "George Will", "Theresa May".
WORD_SURNAMES: Final[frozenset[str]] = frozenset({"will", "may", "well", "march", "still", "most", "more"})

#: Days of the week: "Priebus Thursday told Fox News" — a bare day between subject and verb.
WEEKDAYS: Final[frozenset[str]] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

TIME_WORDS: Final[frozenset[str]] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
    "month", "year", "earlier", "later", "recently", "last", "this", "next", "on", "in", "at",
    "during", "after", "before", "late", "early", "then", "again", "also", "once", "repeatedly",
    "privately", "publicly", "frequently", "often", "previously", "flatly", "simply",
})

TIME_PREPOSITIONS: Final[frozenset[str]] = frozenset({"on", "in", "at", "during", "after", "before"})

DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "two", "three", "four", "five", "several", "some", "many", "other", "another",
    "one", "both", "all", "most", "few", "no", "each", "every",
})

SUBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "it", "i", "we", "you"})

INTRODUCTORY_WORDS: Final[frozenset[str]] = frozenset({
    "on", "in", "at", "during", "after", "before", "meanwhile", "however", "but", "and", "still",
    "yet", "so", "then", "later", "earlier", "last", "this", "when", "while", "as", "since",
    "although", "though", "because", "for", "speaking", "asked", "writing", "instead", "also",
    "now", "today", "separately", "elsewhere", "finally", "indeed", "again", "over", "under",
    "with", "without", "by", "from", "amid", "despite", "following", "according", "in", "if",
    "moreover", "furthermore", "additionally", "nevertheless", "nonetheless", "consequently",
    "likewise", "overall", "otherwise", "accordingly", "hence", "thus", "besides", "anyway",
    "afterward", "afterwards", "tomorrow", "tonight", "yesterday", "first", "second", "third",
    "lastly", "too", "plus", "meantime", "there", "here", "once", "whether", "though", "until",
    "unlike", "like", "beyond", "throughout", "inside", "outside", "at", "on", "to", "upon",
    "late", "early",
})

NAME_PARTICLES: Final[frozenset[str]] = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
                        "bin", "ibn", "al", "el", "la", "le", "dos", "das", "y"})

ORDINALS: Final[frozenset[str]] = frozenset({"first", "second", "third", "fourth", "fifth", "last", "other", "same", "new"})

PREPOSITIONS: Final[frozenset[str]] = frozenset({"to", "with", "on", "at", "by", "from", "for", "about", "of", "in",
                           "into", "against", "toward", "towards", "over", "under"})

#: Adjectives that follow a noun and take a prepositional object: "a source close to the talks".
POSTMODIFIERS: Final[frozenset[str]] = frozenset({"familiar", "close", "knowledgeable", "briefed", "involved", "informed",
                            "loyal", "sympathetic", "opposed", "aligned", "allied", "linked", "tied"})

POSSESSIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"his", "her", "their", "its", "my", "our"})

#: Nouns ending in "-ly" for people, bodies and publications, which are no adverbs: the head of
#: a subject before its verb, "a person close to the family said", "the assembly voted", "the
#: elderly say", "the daily reported".
LY_NOUNS: Final[frozenset[str]] = frozenset({
    "family", "assembly", "elderly", "daily", "weekly", "monthly", "quarterly"})

#: Words that open a short phrase of time between a subject or clause and its verb: "on Friday",
#: "last week", "this morning".
TIME_PHRASE_OPENERS: Final[tuple[str, ...]] = ("on", "last", "this")

#: Pronouns that open a relative clause about the noun before them: "a man who said ...", "a
#: group that represents ...", "the union, which spoke for ...".
RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "that", "which"})

#: Words that ask for or grant anonymity, ending a source's aside: "who spoke on condition of
#: anonymity", "speaking anonymously", "who asked not to be named". The verb before them ("spoke",
#: "asked") is not the cue of the sentence's reported words: the main verb after the aside is.
ANONYMITY_MARKERS: Final[tuple[str, ...]] = (
    "anonymity", "anonymously", "not to be named", "not to be identified", "not to be quoted",
    "not be named", "not be identified", "name not be used", "names not be used",
)

#: Substrings one of which every text holding an :data:`ANONYMITY_MARKERS` phrase contains: a
#: cheap test before the phrases are searched.
ANONYMITY_NEEDLES: Final[tuple[str, ...]] = ("anonym", " be named", " be identified", " be quoted", " be used")

#: Auxiliaries that may stand between a relative pronoun and its verb: "who had spoken", "who
#: was speaking".
RELATIVE_AUXILIARIES: Final[frozenset[str]] = frozenset({"had", "has", "have", "was", "were", "is", "are"})

#: Adverbs that may open or sit inside a verb group: "later voted", "has since been fired".
VERB_GROUP_ADVERBS: Final[frozenset[str]] = frozenset({
    "later", "also", "then", "since", "now", "still", "never", "not", "already", "eventually", "first",
})

#: Conjunctions that join a second verb to the same clause: "he was a farmer and had lost his land".
VERB_COORDINATORS: Final[frozenset[str]] = frozenset({"and", "or", "but", "nor"})

#: Words that continue a verb group after its first verb: "has been fired", "was not told".
VERB_GROUP_CONTINUERS: Final[frozenset[str]] = frozenset({"be", "been", "being"})

#: Marks that set off a relative clause from its antecedent, as a comma does: "The senator — who
#: has called ...", "the mayor (who ...)".
RELATIVE_OPENING_MARKS: Final[frozenset[str]] = frozenset({",", "\u2014", "\u2013", "("})

BARE_NP_OPENERS: Final[frozenset[str]] = frozenset({"what", "as", "which", "that", ",", "and", "but", "while", "when"})

ADDRESSEE_CUE_LEMMAS: Final[frozenset[str]] = frozenset({"tell", "inform", "remind", "advise", "ask", "urge", "warn", "assure"})

CLAUSE_STARTERS: Final[frozenset[str]] = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "there", "this", "the", "a", "an", "his", "her",
    "their", "its", "our", "some", "many", "most", "no", "all", "both", "if", "whether", "those",
    "these", "every", "each", "any", "nobody", "none", "one", "two", "such", "people", "trump",
})

#: Verbs that put the speaker after them ("..., said O'Brien") rather than take an object.
INVERTING_CUE_LEMMAS: Final[frozenset[str]] = frozenset({"say", "add", "write", "explain", "continue", "note", "recall", "insist",
                             "ask", "answer", "reply", "respond", "state", "observe", "argue", "tweet"})

#: Verbs whose clause reports someone else's words or deeds: "Trump said [Fox executives ...]".
REPORTING_LEMMAS: Final[frozenset[str]] = frozenset({"say", "tell", "claim", "insist", "argue", "write", "add", "note",
                               "contend", "allege", "explain", "recall", "suggest", "complain"})

#: Small words that stay lower-case inside a title: "The Art of the Deal".
TITLE_SMALL_WORDS: Final[frozenset[str]] = frozenset({"of", "the", "a", "an", "and", "for", "to", "in", "on", "at", "or", "with"})

ORG_TITLE_LINKS: Final[frozenset[str]] = frozenset({"for", "of", "and", "the", "&"})

NOT_IN_OBJECT: Final[frozenset[str]] = frozenset({"on", "for", "to", "upon", "out", "be", "being", "that", "in", "at",
                            "with", "from", "by", "about", "of", "into", "is", "was", "were", "are"})

REPORT_AUXILIARIES: Final[frozenset[str]] = frozenset({"not", "never", "didn't", "didn\u2019t", "doesn't", "doesn\u2019t", "hasn't",
                          "hasn\u2019t", "won't", "won\u2019t", "wouldn't", "wouldn\u2019t", "can't",
                          "can\u2019t", "has", "had", "have", "also", "first", "previously", "recently", "later",
                          "then", "again", "was", "is", "did", "does", "will", "would", "just",
                          "even", "still", "initially", "originally", "separately"})

FINITE_WORDS: Final[frozenset[str]] = frozenset({"is", "was", "are", "were", "will", "would", "has", "had", "have", "can",
                     "could", "should", "did", "does", "do", "may", "might", "must", "shall",
                     "isn't", "wasn't", "won't", "wouldn't", "hasn't", "can't", "didn't", "doesn't",
                     "isn\u2019t", "wasn\u2019t", "won\u2019t", "wouldn\u2019t", "hasn\u2019t",
                     "can\u2019t", "didn\u2019t", "doesn\u2019t"})

#: Irregular past tenses that make "the meeting took place" a clause, not a noun phrase.
IRREGULAR_PAST: Final[frozenset[str]] = frozenset({"took", "went", "came", "made", "got", "gave", "saw", "knew", "thought",
                             "told", "said", "left", "lost", "won", "ran", "felt", "held", "kept",
                             "met", "paid", "sent", "spent", "stood", "fell", "began", "became",
                             "broke", "brought", "bought", "chose", "drove", "grew", "hid", "led",
                             "meant", "put", "rose", "set", "shut", "sold", "spoke", "struck", "threw",
                             "wrote", "found", "heard", "hit", "let", "cut", "read"})

#: Time-phrase openers after a verb of saying: "said on Sunday", "told reporters last week".
ADVERBIAL_OPENERS: Final[frozenset[str]] = frozenset({
    "on", "in", "at", "during", "last", "this", "earlier", "late", "early"})

#: Words that open a phrase of time or place set off by a comma at the head of a sentence, not a
#: clause: "On Friday,", "Late Tuesday,", "Earlier this week,", "In Washington,", "After the vote,".
INTRODUCTORY_PHRASE_OPENERS: Final[frozenset[str]] = frozenset({
    "on", "in", "at", "during", "after", "before", "following", "amid", "late", "early", "earlier",
    "later", "last", "this", "yesterday", "today", "tonight", "from", "outside", "inside", "near",
    "throughout", "since", "by", "over"})

#: Words after such an opener that make it no time phrase: "at least", "in most".
NOT_ADVERBIAL_AFTER: Final[frozenset[str]] = frozenset({"least", "most", "times", "first"})

#: Adverbials skipped between a verb of saying and its clause: "said Monday", "told reporters privately".
REPORTING_ADVERBIALS: Final[frozenset[str]] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "recently", "repeatedly", "also", "again", "privately",
    "publicly", "previously", "earlier", "later", "flatly", "simply", "only", "merely",
    "just", "firmly", "quietly", "openly", "bluntly", "separately",
})

#: Words of an addressee after "told": "told reporters", "told The Washington Post".
ADDRESSEE_WORDS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "his", "her", "their", "reporters", "journalists", "supporters", "him",
    "them", "me", "us", "you", "voters", "people", "'s", "\u2019s", ".",
})

#: Irregular forms of publication verbs: "wrote" -> "write".
IRREGULAR_LEMMAS: Final[dict[str, str]] = {
    "said": "say", "told": "tell", "wrote": "write", "found": "find", "broke": "break",
    "ran": "run", "learned": "learn", "shown": "show",
}

#: Verbs of saying whose clause may start without "that" and with a lower-case word:
#: "Ortiz said flu cases were rising."
BARE_VERB_CLAUSE_LEMMAS: Final[frozenset[str]] = frozenset({
    "say", "tell", "add", "warn", "claim", "argue", "insist", "note", "write"})

#: Conjunctions that may open a sentence before a quotation that goes on: "But “...”".
QUOTE_CONJUNCTIONS: Final[frozenset[str]] = frozenset({
    "But", "And", "Yet", "Still", "Also", "Then", "Or", "So", "Plus"})

#: Articles: after "said the ...", a plural or irregular past verb marks a clause.
ARTICLES: Final[frozenset[str]] = frozenset({"the", "a", "an"})
#: The articles that open a description rather than a name: "The employee, a registered
#: Republican, said" — a Republican, not someone called Republican.
INDEFINITE_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})

#: Words that open either a clause or a noun phrase after a verb: "said his campaign would ...".
CLAUSE_OR_NP_OPENERS: Final[frozenset[str]] = frozenset({
    "his", "her", "its", "their", "our", "my", "your", "the", "a", "an"})

#: Given names that are also common words ("Will", "May"): a name only where a surname follows,
#: as in "said Will Doyle".
WORD_GIVEN_NAMES: Final[frozenset[str]] = frozenset({
    "will", "may", "hope", "rich", "june", "april", "joy", "dawn", "chase", "grant", "mark",
    "bill", "sue", "pat", "art", "faith", "jack", "rob", "guy", "sky", "summer", "autumn",
})

#: Endings of adjectives that may stand in a row with a comma: "the bespectacled, 71-year-old diplomat".
ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("ed", "ful", "ous", "ive", "ic", "al", "ish", "less", "ing", "ent", "ant")

#: Adjective endings that a verb has too ("attacked", "saying"): not read as a title's adjective.
VERB_LIKE_ENDINGS: Final[tuple[str, ...]] = ("ed", "ing")

#: Words after a role noun that carry its title on to a name: "secretary of state Hillary Clinton",
#: "prosecutor and Mayor Rudy Giuliani".
TITLE_CONTINUATIONS: Final[frozenset[str]] = frozenset({"of", "and"})

#: Words that open a subordinate clause before the main one: "When he returned he began ...".
SUBORDINATORS: Final[frozenset[str]] = frozenset({
    "when", "after", "before", "as", "while", "since", "if", "because", "although", "though",
    "once", "until", "whenever", "where",
})

#: Pronouns that stand for the person speaking in a nearer clause: "..., even as he raised doubts, saying".
NEAR_SUBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "i", "we"})

#: Prepositions whose object does not speak: "posted a video on Facebook saying ...".
OBJECT_PREPOSITIONS: Final[frozenset[str]] = frozenset({
    "for", "in", "from", "at", "on", "into", "to", "about", "over"})

#: Prepositions that open an absolute phrase with a participle: "with Reed tweeting that ...".
ABSOLUTE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"with"})

#: Pronouns that never stand for a speaker as a clause subject: "It's “this new journalism.”"
IMPERSONAL_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "you"})

#: Numbers that stand for people after a determiner: "the two wrote", "all three said".
NUMBER_WORDS: Final[frozenset[str]] = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"})

#: Sentence adverbs set off by commas that may stand between a quotation and its speaker:
#: "“...,” though, Reyes said".
COMMA_ADVERBS: Final[frozenset[str]] = frozenset({"though", "however", "meanwhile", "too", "moreover"})

# --- Signals for the confidence model (each name is a feature with a fitted weight) ---------

#: (at most this many characters between speaker mention and quotation, signal name), in order.
SPEAKER_GAPS: Final[tuple[tuple[float, str], ...]] = (
    (3, "speaker_gap_3"), (30, "speaker_gap_30"), (80, "speaker_gap_80"),
    (200, "speaker_gap_200"), (600, "speaker_gap_600"), (float("inf"), "speaker_gap_more"))

#: Signal names for the speaker's mention 0, 1, 2 and 3 or more sentences from the quotation.
SENTENCE_GAPS: Final[tuple[str, ...]] = (
    "speaker_same_sentence", "speaker_next_sentence", "speaker_2_sentences", "speaker_3_sentences")

# --- verify(): contractions read as their words ----------------------------------------------

#: Contraction endings that always stand for one word: "we're" = "we are", "I've" = "I have".
CONTRACTION_ENDINGS: Final[dict[str, str]] = {"'re": "are", "'ve": "have", "'ll": "will", "'m": "am"}

#: Words whose "'s" is "is" (or "has" before a participle), never a possessive: "it's", "that's".
CONTRACTION_S_STEMS: Final[frozenset[str]] = frozenset({
    "it", "he", "she", "that", "there", "here", "what", "who", "where", "how", "when", "why"})

#: Words whose "'s" is "us": "let's" = "let us".
CONTRACTION_US_STEMS: Final[frozenset[str]] = frozenset({"let"})

#: Words whose "'d" is "would" (or "had" before a participle): "I'd", "they'd".
CONTRACTION_D_STEMS: Final[frozenset[str]] = frozenset({
    "i", "you", "he", "she", "it", "we", "they", "that", "there", "who"})

#: Words after "'s" / "'d" that make it "has" / "had": "it's been", "we'd gone".
CONTRACTION_PERFECT_NEXT: Final[frozenset[str]] = frozenset({
    "been", "got", "gotten", "had", "done", "gone", "made", "seen", "taken", "given", "become",
    "said", "told", "known", "never", "already", "always", "just", "ever"})

#: Roles whose holder speaks for a body: "Kremlin spokesman Dmitry Peskov" speaks for the Kremlin.
SPOKESPERSON_NOUNS: Final[frozenset[str]] = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "press secretary", "representative"})
