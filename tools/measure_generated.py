#!/usr/bin/env python3
"""Measure quoteattr on generated articles and claims (quoteattr.strategies).

    python tools/measure_generated.py [--articles 500] [--claims 500] [--seed 0] [--errors 10] [--json]

Prints:
- generation speed (100 articles, target < 2 s);
- over N generated articles, the share of planted direct and partial quotes that ``extract()``
  finds with the right speaker (every piece of a split or multi-paragraph quote must be found and
  carry the right speaker; target >= 99%), with a breakdown by construction, by how the speaker
  is mentioned, outlet accuracy, kind accuracy, indirect-speech recall and distractor quotes
  given a speaker;
- over N generated claims, the share that ``verify()`` answers with the expected verdict
  (target >= 98%), by verdict and by how the claim was made;
- ``--errors K`` examples of each kind of failure, as minimal text around the quote.

The examples come from Hypothesis with a fixed seed, so two runs print the same numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import quoteattr  # noqa: E402
from quoteattr import QuoteKind  # noqa: E402
from quoteattr.strategies import ExpectedAttribution, GeneratedArticle, articles, claims, examples  # noqa: E402


def sample(strategy: st.SearchStrategy[Any], n: int, rng_seed: int) -> list[Any]:
    """``n`` independent examples of ``strategy``, the same on every run for one seed."""
    return examples(strategy, n, seed=rng_seed)


def generation_time(n: int = 100) -> float:
    """Seconds to draw ``n`` articles in one ordinary Hypothesis run."""
    count = 0

    @seed(12345)
    @settings(max_examples=n, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    @given(articles())
    def draw_them(x: GeneratedArticle) -> None:
        nonlocal count
        count += 1

    t = time.perf_counter()
    draw_them()
    return time.perf_counter() - t


def mention_kind(a: ExpectedAttribution) -> str:
    m = a.mention
    if m.lower() in ("he", "she"):
        return "pronoun"
    if m == a.speaker:
        return "full name"
    if a.speaker in m:
        return "title/role + full name" if not m.startswith(a.speaker) else "full name + apposition"
    return "later reference (surname/title)"


def name_features(name: str) -> str:
    """What is unusual about a generated full name ("plain" when nothing is)."""
    words = name.split()
    feats = []
    if any(len(w) == 2 and w.endswith(".") and w[0].isupper() for w in words[1:]):
        feats.append("middle initial")
    if words[-1] in ("Jr.", "Sr.", "III"):
        feats.append("suffix")
    if any(w[:1].islower() for w in words[1:]):
        feats.append("particle")
    if any("-" in w for w in words[1:]):
        feats.append("hyphen")
    if any(c in name for c in "'\u2019"):
        feats.append("apostrophe")
    if not name.isascii():
        feats.append("diacritics")
    return "+".join(feats) or "plain"


def overlapping(doc: quoteattr.Document, s: int, e: int) -> list[quoteattr.Quote]:
    return [q for q in doc.quotes if q.start < e and q.end > s]


def best(doc: quoteattr.Document, s: int, e: int, kinds: set[QuoteKind]) -> quoteattr.Quote | None:
    qs = [q for q in overlapping(doc, s, e) if q.kind in kinds]
    if not qs:
        return None
    return max(qs, key=lambda q: min(q.end, e) - max(q.start, s))


def context(text: str, s: int, e: int, pad: int = 160) -> str:
    a = max(0, s - pad)
    b = min(len(text), e + pad)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


def measure_articles(arts: list[GeneratedArticle], errors: int) -> dict[str, Any]:
    total = ok = 0
    by_cons: dict[str, Counter[str]] = defaultdict(Counter)
    by_mention: dict[str, Counter[str]] = defaultdict(Counter)
    by_name: dict[str, Counter[str]] = defaultdict(Counter)
    outlet = Counter()
    kind = Counter()
    indirect = Counter()
    distractors = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    offsets_bad = 0
    for art in arts:
        doc = quoteattr.extract(art.text)
        for q in doc.quotes:
            if not (0 <= q.start <= q.end <= len(art.text)):
                offsets_bad += 1
        for a in art.attributions:
            if a.kind is QuoteKind.INDIRECT:
                s, e = a.spans[0]
                q = best(doc, s, e, {QuoteKind.INDIRECT})
                indirect["total"] += 1
                if q is not None:
                    indirect["found"] += 1
                    if q.speaker is not None and q.speaker.name == a.speaker:
                        indirect["right speaker"] += 1
                continue
            total += 1
            piece_ok = True
            reason = ""
            for s, e in a.spans:
                q = best(doc, s, e, {QuoteKind.DIRECT, QuoteKind.PARTIAL})
                if q is None:
                    piece_ok, reason = False, "quote not found"
                    break
                got = q.speaker.name if q.speaker else None
                if got != a.speaker:
                    piece_ok = False
                    reason = f"speaker {got!r} (mention {q.speaker.text!r})" if q.speaker else "no speaker"
                    reason += f", expected {a.speaker!r}"
                    break
            if piece_ok:
                ok += 1
                q0 = best(doc, *a.spans[0], {QuoteKind.DIRECT, QuoteKind.PARTIAL})
                assert q0 is not None
                kind["right" if q0.kind is a.kind else f"{a.kind.value}->{q0.kind.value}"] += 1
                got_outlet = q0.outlet.name if q0.outlet else None
                if a.outlet or got_outlet:
                    outlet["right" if got_outlet == a.outlet else
                           ("missed" if got_outlet is None else "wrong/extra")] += 1
            key = f"{a.kind.value}/{a.construction}"
            by_cons[key]["ok" if piece_ok else "bad"] += 1
            by_mention[mention_kind(a)]["ok" if piece_ok else "bad"] += 1
            by_name[name_features(a.speaker)]["ok" if piece_ok else "bad"] += 1
            if not piece_ok and len(failures[key]) < errors:
                s, e = a.spans[0][0], a.spans[-1][1]
                failures[key].append(f"{reason} [mention {a.mention!r}]\n      {context(art.text, s, e)!r}")
        for s, e in art.distractors:
            distractors["total"] += 1
            qs = [q for q in overlapping(doc, s, e) if q.speaker is not None]
            if qs:
                distractors["given a speaker"] += 1
                if len(failures["distractor"]) < errors:
                    failures["distractor"].append(
                        f"{art.text[s:e]!r} given to {qs[0].speaker.name!r}\n      {context(art.text, s, e)!r}")
    return {"planted": total, "found_with_speaker": ok, "share": ok / total if total else 1.0,
            "by_construction": {k: dict(v) for k, v in sorted(by_cons.items())},
            "by_mention": {k: dict(v) for k, v in sorted(by_mention.items())},
            "by_name": {k: dict(v) for k, v in sorted(by_name.items())},
            "outlet": dict(outlet), "kind": dict(kind), "indirect": dict(indirect),
            "distractors": dict(distractors), "bad_offsets": offsets_bad, "failures": failures}


def measure_claims(cls: list[Any], errors: int) -> dict[str, Any]:
    verify = getattr(quoteattr, "verify", None)
    if verify is None:
        return {"skipped": "quoteattr.verify does not exist yet"}
    ok = 0
    by_expected: dict[str, Counter[str]] = defaultdict(Counter)
    by_how: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    t = time.perf_counter()
    for c in cls:
        v = verify(c.text, c.quote, speaker=c.speaker, outlet=c.outlet)
        exp, got = str(c.expected), str(v.verdict)
        confusion[(exp, got)] += 1
        right = exp == got
        ok += right
        by_expected[exp]["ok" if right else "bad"] += 1
        by_how[f"{exp}/{c.how}"]["ok" if right else "bad"] += 1
        key = f"{exp}/{c.how} -> {got}"
        if not right and len(failures[key]) < errors:
            i = c.text.find(c.quote[:20])
            where = context(c.text, i, i + len(c.quote), 120) if i >= 0 else c.text[-300:]
            failures[key].append(f"claim {c.quote!r} speaker={c.speaker!r} outlet={c.outlet!r}\n"
                                 f"      reasons={list(getattr(v, 'reasons', ()))[:4]}\n      {where!r}")
    elapsed = time.perf_counter() - t
    return {"claims": len(cls), "as_expected": ok, "share": ok / len(cls) if cls else 1.0,
            "claims_per_s": len(cls) / elapsed if elapsed else 0.0,
            "by_expected": {k: dict(v) for k, v in sorted(by_expected.items())},
            "by_how": {k: dict(v) for k, v in sorted(by_how.items())},
            "confusion": {f"{a} -> {b}": n for (a, b), n in sorted(confusion.items())},
            "failures": failures}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--claims", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--errors", type=int, default=3, help="examples to print per failure kind")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()

    gen_time = generation_time(100)

    arts = sample(articles(), args.articles, args.seed)
    res = measure_articles(arts, args.errors)
    cls = sample(claims(), args.claims, args.seed) if args.claims else []
    cres = measure_claims(cls, args.errors) if cls else {"skipped": "--claims 0"}
    if args.json:
        print(json.dumps({"generation_100_s": gen_time, "articles": res, "claims": cres},
                         indent=2, ensure_ascii=False, default=str))
        return 0
    print(f"generation: 100 articles in {gen_time:.2f} s (target < 2 s)")
    print(f"\nextract() over {len(arts)} generated articles:")
    print(f"  planted direct+partial quotes found with the right speaker: "
          f"{res['found_with_speaker']}/{res['planted']} = {res['share']:.1%} (target >= 99%)")
    print(f"  quotes with bad offsets: {res['bad_offsets']}")
    print(f"  kind of found quotes: {res['kind']}")
    print(f"  outlet of found quotes: {res['outlet']}")
    print(f"  indirect speech: {res['indirect']}")
    print(f"  distractors (titles, scare quotes): {res['distractors']}")
    print("  by construction (ok/bad):")
    for k, v in res["by_construction"].items():
        print(f"    {k:32} {v.get('ok', 0):4d} / {v.get('bad', 0):3d}")
    print("  by speaker mention (ok/bad):")
    for k, v in res["by_mention"].items():
        print(f"    {k:32} {v.get('ok', 0):4d} / {v.get('bad', 0):3d}")
    print("  by speaker name (ok/bad):")
    for k, v in res["by_name"].items():
        print(f"    {k:32} {v.get('ok', 0):4d} / {v.get('bad', 0):3d}")
    if "skipped" in cres:
        print(f"\nverify(): skipped ({cres['skipped']})")
    else:
        print(f"\nverify() over {cres['claims']} generated claims: {cres['as_expected']}/{cres['claims']} "
              f"= {cres['share']:.1%} as expected (target >= 98%), {cres['claims_per_s']:.0f} claims/s")
        for k, v in cres["by_how"].items():
            print(f"    {k:40} {v.get('ok', 0):4d} / {v.get('bad', 0):3d}")
        print("  confusion (expected -> got):")
        for k, n in cres["confusion"].items():
            print(f"    {k:40} {n}")
    if args.errors:
        for title, fails in (("extract failures", res["failures"]), ("verify failures", cres.get("failures", {}))):
            if fails:
                print(f"\n{title}:")
                for k, exs in sorted(fails.items()):
                    print(f"  {k}:")
                    for ex in exs:
                        print(f"    - {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
