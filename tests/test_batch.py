"""extract_many: input order, lazy input, worker processes, per-document errors; results that
pickle and survive JSON."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import pickle
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import BatchResult, Document, Quote, Term, extract, extract_many
from quoteattr import _batch, strategies

from _news import articles

TEXTS = articles(24, seed=11)

FORK = multiprocessing.get_start_method() == "fork"
needs_fork = pytest.mark.skipif(not FORK, reason="patching extract in the parent reaches workers only with fork")


def test_exported_from_the_package() -> None:
    assert "extract_many" in quoteattr.__all__ and "BatchResult" in quoteattr.__all__
    assert quoteattr.extract_many is _batch.extract_many


@pytest.mark.parametrize("processes, chunksize", [(1, None), (2, None), (2, 1), (2, 5), (3, 2)])
def test_same_documents_in_input_order(processes: int, chunksize: int | None) -> None:
    results = list(extract_many(TEXTS, processes=processes, chunksize=chunksize))
    assert [r.index for r in results] == list(range(len(TEXTS)))
    assert [r.id for r in results] == list(range(len(TEXTS)))
    assert all(r.ok and r.error is None for r in results)
    assert [r.document for r in results] == [extract(t) for t in TEXTS]
    assert sum(len(r.document.quotes) for r in results) > len(TEXTS)  # the articles do have quotes


@pytest.mark.parametrize("processes", [1, 2])
def test_id_text_pairs_keep_their_ids(processes: int) -> None:
    pairs = [(f"wire-{i}", t) for i, t in enumerate(TEXTS[:7])]
    results = list(extract_many(pairs, processes=processes, chunksize=2))
    assert [r.id for r in results] == [p[0] for p in pairs]
    assert [r.document.text for r in results] == TEXTS[:7]


@pytest.mark.parametrize("processes", [1, 2])
def test_bad_items_are_errors_and_the_batch_goes_on(processes: int) -> None:
    items = [TEXTS[0], None, ("a", 42), TEXTS[1], ("b", "c", "d"), b"bytes", ("ok", TEXTS[2]), ""]
    results = list(extract_many(items, processes=processes, chunksize=2))
    assert [r.index for r in results] == list(range(len(items)))
    assert [r.ok for r in results] == [True, False, False, True, False, False, True, True]
    assert results[1].error == "TypeError: extract_many() items must be str or (id, text) pairs, not NoneType"
    assert results[2].id == "a"
    assert results[2].error == "TypeError: extract() argument 'text' must be str, not int"
    assert results[4].error.endswith("not tuple") and results[5].error.endswith("not bytes")
    assert results[0].document == extract(TEXTS[0]) and results[6].document == extract(TEXTS[2])
    assert results[6].id == "ok"
    assert results[7].document == Document(text="")
    assert all((r.document is None) == (r.error is not None) for r in results)


def _picky_extract(text: str, **kw: object) -> Document:
    if "PLEASE FAIL" in text:
        raise RuntimeError("a bug met this article")
    if "PLEASE CRASH" in text and multiprocessing.parent_process() is not None:
        os._exit(3)  # a worker killed outright: out of memory, a crash in C code
    return extract(text, **kw)


@pytest.mark.parametrize("processes", [1, pytest.param(2, marks=needs_fork)])
def test_an_exception_inside_extract_fails_only_that_document(monkeypatch: pytest.MonkeyPatch,
                                                              processes: int) -> None:
    monkeypatch.setattr(_batch, "extract", _picky_extract)
    items = TEXTS[:5] + ["“No,” he said. PLEASE FAIL"] + TEXTS[5:9]
    results = list(extract_many(items, processes=processes, chunksize=3))
    assert [r.ok for r in results] == [True] * 5 + [False] + [True] * 4
    assert results[5].error == "RuntimeError: a bug met this article"
    assert [r.document for r in results if r.ok] == [extract(t) for t in TEXTS[:9]]


@needs_fork
def test_a_worker_that_dies_fails_only_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_batch, "extract", _picky_extract)
    monkeypatch.setattr(_batch, "_STEAL", False)  # every chunk to the workers
    items = TEXTS[:6] + ["PLEASE CRASH"] + TEXTS[6:12]
    results = list(extract_many(items, processes=2, chunksize=2))
    assert [r.index for r in results] == list(range(len(items)))
    assert [r.ok for r in results] == [True] * 6 + [False] + [True] * 6
    assert "worker process died" in results[6].error
    assert [r.document for r in results if r.ok] == [extract(t) for t in TEXTS[:12]]


def _pid_extract(text: str, **kw: object) -> Document:
    """A document that says which process made it (in a term: what travels back from a worker)."""
    return Document(text=text, terms=(Term(str(os.getpid()), 0, 0, "pid"),))


@needs_fork
def test_the_caller_works_while_it_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """processes=3: two workers, and the calling process takes chunks nobody has started."""
    def slow_in_workers(text: str, **kw: object) -> Document:
        if multiprocessing.parent_process() is not None:
            time.sleep(0.01)
        return _pid_extract(text)

    monkeypatch.setattr(_batch, "extract", slow_in_workers)
    results = list(extract_many([str(i) for i in range(200)], processes=3, chunksize=4))
    pids = [int(r.document.terms[0].text) for r in results]
    assert [r.document.text for r in results] == [str(i) for i in range(200)]
    assert os.getpid() in pids and len(set(pids)) >= 2
    monkeypatch.setattr(_batch, "_STEAL", False)
    pids = [int(r.document.terms[0].text) for r in extract_many(map(str, range(40)), processes=3, chunksize=4)]
    assert os.getpid() not in pids


class Counting:
    """An endless stream of articles that counts how many were taken."""

    def __init__(self) -> None:
        self.taken = 0

    def __iter__(self):
        for text in itertools.cycle(TEXTS):
            self.taken += 1
            yield text


def test_serial_reads_one_item_at_a_time() -> None:
    source = Counting()
    results = extract_many(source)
    assert source.taken == 0  # nothing is read before the first result is asked for
    first = [next(results) for _ in range(3)]
    assert source.taken == 3
    assert [r.document.text for r in first] == TEXTS[:3]


@pytest.mark.parametrize("chunksize", [1, 4, None])
def test_parallel_reads_a_bounded_window_of_an_endless_stream(chunksize: int | None) -> None:
    source = Counting()
    results = extract_many(source, processes=2, chunksize=chunksize)
    got = list(itertools.islice(results, 40))
    results.close()
    per_chunk = chunksize or _batch.AUTO_CHUNK_DOCS
    in_flight = _batch.WINDOW_ROOM * (_batch.WINDOW_PER_PROCESS * 1 + 2) * per_chunk  # the window: one worker and this process
    assert [r.document.text for r in got] == [TEXTS[i % len(TEXTS)] for i in range(40)]
    assert 40 <= source.taken <= 40 + in_flight + per_chunk


def test_a_generator_over_a_file_is_consumed_as_results_are(tmp_path) -> None:
    path = tmp_path / "articles.txt"
    lines = [t.replace("\n", " ") for t in TEXTS] * 4  # more articles than the window holds
    path.write_text("\n".join(lines), encoding="utf-8")
    with path.open(encoding="utf-8") as fh:
        results = extract_many(iter(fh.readline, ""), processes=2, chunksize=2)
        first = next(results)
        assert not fh.closed and fh.tell() < path.stat().st_size  # not read to the end
        rest = list(results)
    assert first.ok and len(rest) == len(lines) - 1


def test_double_apostrophes_reaches_extract() -> None:
    text = "``We are not done yet,'' the mayor said. ``Not by a long way.''"
    for processes in (1, 2):
        [r] = extract_many([text], processes=processes, double_apostrophes=True)
        assert r.document == extract(text, double_apostrophes=True)
    [plain] = extract_many([text])
    assert plain.document == extract(text)


@pytest.mark.parametrize("texts", ["one article", b"bytes", 42, None])
def test_texts_must_be_an_iterable_of_items(texts: object) -> None:
    with pytest.raises(TypeError, match="argument 'texts'"):
        extract_many(texts)  # type: ignore[arg-type]


@pytest.mark.parametrize("kw, error, match", [
    ({"processes": 0}, ValueError, "'processes' must be at least 1"),
    ({"processes": "2"}, TypeError, "argument 'processes'"),
    ({"processes": True}, TypeError, "argument 'processes'"),
    ({"chunksize": 0}, ValueError, "'chunksize' must be at least 1"),
    ({"chunksize": 2.5}, TypeError, "argument 'chunksize'"),
    ({"double_apostrophes": 1}, TypeError, "argument 'double_apostrophes'"),
])
def test_bad_options_raise_at_the_call(kw: dict, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        extract_many(TEXTS, **kw)  # raised before any iteration


def test_processes_none_means_one_per_cpu() -> None:
    results = list(extract_many(TEXTS[:4], processes=None))
    assert [r.document for r in results] == [extract(t) for t in TEXTS[:4]]


# --------------------------------------------------------------------------- results travel


def test_results_and_documents_pickle() -> None:
    for r in extract_many([("x", TEXTS[3]), ("y", None)]):
        assert pickle.loads(pickle.dumps(r)) == r
    doc = extract(TEXTS[4])
    assert doc.quotes and pickle.loads(pickle.dumps(doc)) == doc


def test_what_the_workers_send_loads_as_the_same_documents() -> None:
    blob = _batch._work(TEXTS[:3], False)
    assert _batch._load(blob, TEXTS[:3]) == [(extract(t), None) for t in TEXTS[:3]]
    assert len(blob) < 0.7 * len(pickle.dumps([(extract(t), None) for t in TEXTS[:3]]))  # no texts, no objects


@given(strategies.articles(min_quotes=1, max_quotes=4))
@settings(max_examples=40, deadline=None)
def test_packed_documents_unpack_to_equal_documents(article) -> None:
    doc = extract(article.text)
    back = _batch._unpack(doc.text, _batch._pack(doc))
    assert back == doc and back.to_dict() == doc.to_dict()


def test_a_failed_document_travels_as_its_error(monkeypatch) -> None:
    real = _batch.extract

    def flaky(text: str, **options):
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, **options)

    monkeypatch.setattr(_batch, "extract", flaky)
    texts = ["“Yes,” Ruiz said.", "boom", "“No,” Lee said."]
    loaded = _batch._load(_batch._work(texts, False), texts)
    assert [error for _, error in loaded] == [None, "RuntimeError: boom", None]
    assert loaded[1][0] is None and loaded[2][0] == real(texts[2])


def test_batch_result_to_dict_is_json() -> None:
    ok, bad = extract_many([("a", TEXTS[5]), ("b", 7)])
    for r in (ok, bad):
        d = r.to_dict()
        assert json.loads(json.dumps(d)) == d
    assert ok.to_dict()["document"] == extract(TEXTS[5]).to_dict() and ok.to_dict()["error"] is None
    assert bad.to_dict() == {"index": 1, "id": "b", "document": None,
                             "error": "TypeError: extract() argument 'text' must be str, not int"}


def _round_trip(doc: Document) -> None:
    d = doc.to_dict()
    through_json = json.loads(json.dumps(d))
    assert through_json == d
    back = Document.from_dict(through_json)
    assert back.to_dict() == d
    assert back == doc  # confidences and weights are stored rounded, so nothing is lost
    assert back.text == doc.text and len(back.quotes) == len(doc.quotes)
    for q, b in zip(doc.quotes, back.quotes):
        assert (b.text, b.start, b.end, b.kind, b.speaker, b.cue, b.outlet, b.closed) == \
               (q.text, q.start, q.end, q.kind, q.speaker, q.cue, q.outlet, q.closed)
        assert b.confidence == pytest.approx(q.confidence, abs=1e-4)
        assert [e.rule for e in b.evidence] == [e.rule for e in q.evidence]
    assert back.terms == doc.terms
    assert [(s.start, s.end) for s in back.sentences] == [(s.start, s.end) for s in doc.sentences]


def test_documents_round_trip_through_json() -> None:
    for text in TEXTS[:8]:
        _round_trip(extract(text))


@given(st.lists(st.sampled_from(list("ab .,:;“”\"'‘’«»\n") + [" said ", "Ann Lee", " told AFP", "\n\n"]),
                max_size=60).map("".join))
@settings(max_examples=80)
def test_any_document_round_trips_through_json(text: str) -> None:
    _round_trip(extract(text))


def test_quote_from_dict_reads_cli_records() -> None:
    from quoteattr.cli import _quote_record

    doc = extract(TEXTS[6])
    assert doc.quotes
    for q in doc.quotes:
        back = Quote.from_dict(json.loads(json.dumps(_quote_record(q))))
        assert (back.text, back.start, back.end, back.kind) == (q.text, q.start, q.end, q.kind)
        assert (back.speaker.name, back.speaker.start) == (q.speaker.name, q.speaker.start) if q.speaker \
            else back.speaker is None
        assert back.evidence == () and back.confidence == pytest.approx(q.confidence, abs=1e-4)


@given(st.lists(st.text(max_size=60) | st.tuples(st.integers(), st.text(max_size=60)), max_size=12))
@settings(max_examples=40)
def test_serial_batch_is_extract_in_order(items: list) -> None:
    results = list(extract_many(items))
    assert [r.index for r in results] == list(range(len(items)))
    for item, r in zip(items, results):
        text = item if isinstance(item, str) else item[1]
        assert r.id == (r.index if isinstance(item, str) else item[0])
        assert r.document == extract(text)


def test_the_performance_page_examples_print_what_they_say() -> None:
    import doctest
    from pathlib import Path

    page = Path(__file__).resolve().parents[1] / "docs" / "performance.md"
    result = doctest.testfile(str(page), module_relative=False, verbose=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 8 and result.failed == 0
