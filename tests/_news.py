"""Made-up news articles for the batch, CLI and Dask tests (our own sentences, no corpus text)."""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = ["Marta Kowalczyk", "Daniel Osei", "Ingrid Halvorsen", "Tomás Ferreira", "Aisha Rahman",
          "Peter Lindqvist", "Grace Mbeki", "Hiroshi Tanaka"]
ROLES = ["the city's housing commissioner", "a spokesperson for the port authority",
         "the union's regional secretary", "the state's chief economist"]
OUTLETS = ["Reuters", "the BBC", "the Associated Press", "Le Monde"]
TOPICS = ["the bridge repairs", "the new rail timetable", "the water tariff", "the school merger",
          "the harbour dredging", "the budget shortfall"]

TEMPLATES = [
    "“We will not let {topic} slip another year,” {person} said on Tuesday.",
    "{person}, {role}, said that {topic} would be finished before the winter.",
    "“The numbers do not add up,” {person} told {outlet}. “Someone has to say it.”",
    "According to {person}, {topic} has already cost twice the original estimate.",
    "{person} warned that the council was running out of options on {topic}.",
    "The council met on Monday evening to discuss {topic}, which residents have criticised for months.",
    "In a statement, {person} called the delay “entirely avoidable.”",
    "“I have seen nothing like it,” said {person}, who has worked on {topic} since 2019.",
    "Officials did not respond to a request for comment from {outlet}.",
    "Residents packed the hall, and several of them said they had not been consulted about {topic}.",
]

FILLER = [
    "the report runs to more than two hundred pages and includes several appendices on costs.",
    "work on the eastern approach was paused twice last year because of flooding.",
    "the figures were published late on a friday afternoon, after most offices had closed.",
    "a second consultation is planned for the spring, with meetings in each district.",
    "the contract was awarded in a closed tender, and the terms have not been made public.",
    "traffic on the main road has fallen by almost a third since the works began.",
]


def article(rng: random.Random, sentences: int = 8, *, filler: int = 0) -> str:
    """``sentences`` paragraphs of quotations and reporting, each followed by ``filler`` plain
    sentences that quote nobody (cheap to extract, so that tests can feed many characters)."""
    paras = []
    for _ in range(sentences):
        t = rng.choice(TEMPLATES)
        para = t.format(person=rng.choice(PEOPLE), role=rng.choice(ROLES),
                        outlet=rng.choice(OUTLETS), topic=rng.choice(TOPICS))
        for _ in range(filler):
            f = rng.choice(FILLER)
            para += " " + f[0].upper() + f[1:]
        paras.append(para)
    return "\n\n".join(paras)


def articles(n: int, *, seed: int = 7, sentences: int = 8, filler: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [article(rng, rng.randint(max(1, sentences - 4), sentences + 4), filler=filler) for _ in range(n)]


def write_jsonl(path: Path, texts: list[str], *, prefix: str = "doc") -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"{prefix}-{i}", "text": text}, ensure_ascii=False) + "\n")
    return path
