"""``extract_many()``: many documents, in order, in one process or several.

The input is read lazily and only a bounded window of work is in flight, so a generator over an
archive of any size runs in constant memory. A document that fails gives a :class:`BatchResult`
carrying the error; the batch goes on.
"""

from __future__ import annotations

import gc
import os
import pickle
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Iterable, Iterator

from attrs import frozen

from ._model import Cue, Document, EntityKind, Evidence, Outlet, Quote, QuoteKind, Sentence, Speaker, Term
from ._pipeline import extract

__all__ = ["BatchResult", "extract_many"]

# Automatic chunks: this many documents, or fewer when they reach this many characters. A chunk
# is some 20 ms of work: a worker always has the next one waiting while this process, between
# documents of its own, hands it another (each hand-over waits for this process's threads to get
# the interpreter lock, up to a few milliseconds); with chunks half that size, a worker sat idle
# for 5-15% of a run over the PolNeAR train split.
AUTO_CHUNK_DOCS = 8
AUTO_CHUNK_CHARS = 32_000
# Chunks in flight per worker process (plus two): enough to keep every worker busy while the
# caller consumes results in order, few enough to bound memory.
WINDOW_PER_PROCESS = 2
# The whole window, chunks done in this process included, is this many times the chunks in
# flight: room to work ahead while the oldest chunk is still with a worker.
WINDOW_ROOM = 4


@frozen
class BatchResult:
    """What :func:`extract_many` yields for one input item, in input order.

    Exactly one of ``document`` and ``error`` is set.
    """

    index: int
    """Position of the item in the input, from 0."""
    id: Any
    """The id given with an ``(id, text)`` pair; the index for a plain string."""
    document: Document | None = None
    """The extraction, or None when it failed."""
    error: str | None = None
    """``"TypeError: ..."``: why this item gave no document, or None."""

    @property
    def ok(self) -> bool:
        """True when the item gave a document."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "id": self.id,
                "document": self.document.to_dict() if self.document is not None else None,
                "error": self.error}


def extract_many(texts: Iterable[str | tuple[Any, str]], *, processes: int | None = 1,
                 chunksize: int | None = None, double_apostrophes: bool = False) -> Iterator[BatchResult]:
    """:func:`quoteattr.extract` over many texts: one :class:`BatchResult` per item, in input order.

    ``texts`` is any iterable of strings or ``(id, text)`` pairs, read lazily: only a bounded
    window of documents is held at any time, so a generator over a file of any size runs in
    constant memory. An item that cannot be extracted (not a string, or an error inside the
    pipeline) gives a result with ``error`` set, and the batch goes on.

    ``processes``: how many processes extract (None: one per CPU). With 1, everything runs in
    this process, one document at a time; with N > 1, N - 1 worker processes are started and
    this process works alongside them while it waits for their results. ``chunksize``: documents
    handed out at a time; by default up to 8 documents or 32,000 characters, whichever comes
    first.
    ``double_apostrophes`` is passed to :func:`quoteattr.extract`.

    >>> results = list(extract_many(["“Yes,” she said.", ("b", 42)]))
    >>> results[0].document.quotes[0].text, results[0].id
    ('Yes,', 0)
    >>> results[1].id, results[1].error
    ('b', "TypeError: extract() argument 'text' must be str, not int")
    """
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise TypeError("extract_many() argument 'texts' must be an iterable of str or (id, text) pairs, "
                        f"not {type(texts).__name__}")
    if processes is None:
        processes = os.cpu_count() or 1
    if isinstance(processes, bool) or not isinstance(processes, int):
        raise TypeError(f"extract_many() argument 'processes' must be int or None, not {type(processes).__name__}")
    if processes < 1:
        raise ValueError(f"extract_many() argument 'processes' must be at least 1, not {processes}")
    if chunksize is not None:
        if isinstance(chunksize, bool) or not isinstance(chunksize, int):
            raise TypeError(f"extract_many() argument 'chunksize' must be int or None, not {type(chunksize).__name__}")
        if chunksize < 1:
            raise ValueError(f"extract_many() argument 'chunksize' must be at least 1, not {chunksize}")
    if not isinstance(double_apostrophes, bool):
        raise TypeError("extract_many() argument 'double_apostrophes' must be bool, not "
                        f"{type(double_apostrophes).__name__}")
    items = _items(texts)
    if processes == 1:
        return _serial(items, double_apostrophes)
    return _parallel(items, processes, chunksize, double_apostrophes)


# An item on its way: (index, id, text or None, error or None).
_Item = tuple[int, Any, "str | None", "str | None"]


def _items(texts: Iterable[Any]) -> Iterator[_Item]:
    for index, item in enumerate(texts):
        if isinstance(item, str):
            yield index, index, item, None
        elif isinstance(item, tuple) and len(item) == 2:
            doc_id, text = item
            if isinstance(text, str):
                yield index, doc_id, text, None
            else:
                yield index, doc_id, None, ("TypeError: extract() argument 'text' must be str, not "
                                            f"{type(text).__name__}")
        else:
            yield index, index, None, ("TypeError: extract_many() items must be str or (id, text) pairs, "
                                       f"not {type(item).__name__}")


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _extract_one(text: str, double_apostrophes: bool) -> tuple[Document | None, str | None]:
    try:
        return extract(text, double_apostrophes=double_apostrophes), None
    except Exception as exc:  # a bug in one document must not stop the batch
        return None, _describe(exc)


def _serial(items: Iterator[_Item], double_apostrophes: bool) -> Iterator[BatchResult]:
    for index, doc_id, text, error in items:
        if text is None:
            yield BatchResult(index, doc_id, None, error)
        else:
            doc, error = _extract_one(text, double_apostrophes)
            yield BatchResult(index, doc_id, doc, error)


# --------------------------------------------------------------------------- worker processes


def _chunks(items: Iterator[_Item], chunksize: int | None) -> Iterator[list[_Item]]:
    if chunksize is not None:
        while chunk := list(islice(items, chunksize)):
            yield chunk
        return
    chunk: list[_Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item[2] or "")
        if len(chunk) >= AUTO_CHUNK_DOCS or chars >= AUTO_CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


# What a worker sends back for one document: its fields as plain tuples, without the text (the
# calling process has it). Plain tuples take half the bytes and about 60% of the time to load
# that the result objects would, each with its own pickle opcodes and memo entries; the calling
# process, which also extracts, builds the objects from them directly.
_Packed = tuple[tuple[int, ...], tuple[Any, ...], tuple[tuple[int, int], ...], tuple[Any, ...]]


def _pack(doc: Document) -> _Packed:
    """``doc`` as plain tuples, less its text: :func:`_unpack` is the inverse."""
    sentences: list[int] = []
    for s in doc.sentences:
        sentences += (s.start, s.end, s.paragraph)
    quotes = tuple(
        (q.text, q.start, q.end, q.kind.value,
         None if (p := q.speaker) is None else (p.name, p.start, p.end, p.text, p.kind.value),
         None if (c := q.cue) is None else (c.text, c.start, c.end),
         None if (o := q.outlet) is None else (o.name, o.start, o.end, o.text),
         q.confidence, tuple((e.rule, e.detail, e.weight, e.start, e.end) for e in q.evidence), q.closed)
        for q in doc.quotes)
    terms = tuple((t.text, t.start, t.end, t.reason) for t in doc.terms)
    return tuple(sentences), quotes, doc.paragraphs, terms


_QUOTE_KINDS = {k.value: k for k in QuoteKind}
_ENTITY_KINDS = {k.value: k for k in EntityKind}


def _unpack(text: str, packed: _Packed) -> Document:
    """The :class:`Document` :func:`_pack` made ``packed`` from, for ``text``."""
    sentences, quotes, paragraphs, terms = packed
    fields = iter(sentences)
    records: dict[tuple[Any, ...], Evidence] = {}  # one record for the rules' shared ones
    out = []
    for q_text, start, end, kind, p, c, o, confidence, evidence, closed in quotes:
        made = []
        for e in evidence:
            record = records.get(e)
            if record is None:
                record = records[e] = Evidence(*e)
            made.append(record)
        out.append(Quote(q_text, start, end, _QUOTE_KINDS[kind],
                         None if p is None else Speaker(p[0], p[1], p[2], p[3], _ENTITY_KINDS[p[4]]),
                         None if c is None else Cue(*c), None if o is None else Outlet(*o),
                         confidence, tuple(made), closed))
    return Document(text, tuple(map(Sentence, fields, fields, fields)), tuple(out), paragraphs,
                    tuple(Term(*t) for t in terms))


def _work(texts: list[str], double_apostrophes: bool) -> bytes:
    """In a worker: extract a chunk; each outcome is ``(packed document or None, error or None)``."""
    out = []
    for text in texts:
        doc, error = _extract_one(text, double_apostrophes)
        out.append((None if doc is None else _pack(doc), error))
    return pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)


def _load(blob: bytes, texts: list[str]) -> list[tuple[Document | None, str | None]]:
    """In this process: the outcomes of :func:`_work` for ``texts``."""
    return [(None if packed is None else _unpack(text, packed), error)
            for text, (packed, error) in zip(texts, pickle.loads(blob))]


class _Slot:
    """A chunk in the window: sent to the workers (``future``) or done here (``outcomes``)."""

    __slots__ = ("chunk", "future", "outcomes")

    def __init__(self, chunk: list[_Item]) -> None:
        self.chunk = chunk
        self.future: Future[bytes] | None = None
        self.outcomes: list[tuple[Document | None, str | None]] | None = None


# Tests turn this off to send every chunk to the workers.
_STEAL = True


def _texts(chunk: list[_Item]) -> list[str]:
    return [text for _, _, text, _ in chunk if text is not None]


def _pool(workers: int) -> ProcessPoolExecutor:
    # gc.freeze in each worker: the objects it inherits from this process are never traversed by
    # its garbage collector (less work, and no copy-on-write of pages it never uses).
    return ProcessPoolExecutor(max_workers=workers, initializer=gc.freeze)


def _parallel(items: Iterator[_Item], processes: int, chunksize: int | None,
              double_apostrophes: bool) -> Iterator[BatchResult]:
    """``processes - 1`` worker processes, and this one. The workers always have a few chunks
    queued; whenever the next result in order is not ready, this process extracts a chunk itself
    instead of waiting: the next one from the input while the window has room, else one that no
    worker has started, taken back from the pool. It also unpickles what the workers send, so it
    does less of the extraction when that is slow, and more when it is not."""
    workers = processes - 1
    queued = WINDOW_PER_PROCESS * workers + 2  # for the workers: more than the pool has started
    room = WINDOW_ROOM * queued  # the whole window, done here or not: bounds memory
    chunks = _chunks(items, chunksize)
    window: deque[_Slot] = deque()
    pool = _pool(workers)
    more = True

    def take() -> _Slot | None:
        nonlocal more
        chunk = next(chunks, None) if more else None
        if chunk is None:
            more = False
            return None
        slot = _Slot(chunk)
        window.append(slot)
        return slot

    def top_up() -> None:
        waiting = sum(1 for s in window if s.future is not None and not s.future.done())
        while waiting < queued and len(window) < room:
            slot = take()
            if slot is None:
                return
            texts = _texts(slot.chunk)
            if not texts:
                slot.outcomes = []
                continue
            try:
                slot.future = pool.submit(_work, texts, double_apostrophes)
            except BrokenProcessPool as exc:  # a worker died since the last result: handled below
                slot.future = Future()
                slot.future.set_exception(exc)
            waiting += 1

    def work_here() -> bool:
        """Extract one chunk in this process: a new one, or one taken back from the pool."""
        slot = take() if len(window) < room else None
        if slot is None:
            slot = next((s for s in reversed(window) if s.outcomes is None and s.future is not None
                         and s.future.cancel()), None)
            if slot is None:
                return False
        slot.outcomes = [_extract_one(t, double_apostrophes) for t in _texts(slot.chunk)]
        return True

    try:
        top_up()
        while window:
            head = window[0]
            while _STEAL and head.outcomes is None and head.future is not None and not head.future.done():
                if not work_here():
                    break
                top_up()
            window.popleft()
            if head.outcomes is not None:
                yield from _merge(head.chunk, head.outcomes)
            else:
                assert head.future is not None
                try:
                    outcomes = _load(head.future.result(), _texts(head.chunk))
                except BrokenProcessPool:
                    # A worker died (killed for memory, a crash in C code): start a new pool and
                    # run the documents in flight one at a time, so that only the culprit fails.
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _pool(workers)
                    retry = [head, *window]
                    window.clear()
                    for slot in retry:
                        if slot.outcomes is not None:
                            yield from _merge(slot.chunk, slot.outcomes)
                        else:
                            results, pool = _one_by_one(slot.chunk, pool, workers, double_apostrophes)
                            yield from results
                except Exception as exc:  # e.g. a result that cannot be pickled
                    yield from _merge(head.chunk, [(None, _describe(exc))] * len(head.chunk))
                else:
                    yield from _merge(head.chunk, outcomes)
            top_up()
    except BaseException:  # closed early (GeneratorExit), interrupted, or the input raised
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)  # all done: let the workers exit and be reaped


def _merge(chunk: list[_Item], outcomes: list[tuple[Document | None, str | None]]) -> Iterator[BatchResult]:
    it = iter(outcomes)
    for index, doc_id, text, error in chunk:
        if text is None:
            yield BatchResult(index, doc_id, None, error)
        else:
            doc, error = next(it)
            yield BatchResult(index, doc_id, doc, error)


def _one_by_one(chunk: list[_Item], pool: ProcessPoolExecutor, workers: int,
                double_apostrophes: bool) -> tuple[list[BatchResult], ProcessPoolExecutor]:
    results = []
    for index, doc_id, text, error in chunk:
        if text is None:
            results.append(BatchResult(index, doc_id, None, error))
            continue
        try:
            [(doc, error)] = _load(pool.submit(_work, [text], double_apostrophes).result(), [text])
        except BrokenProcessPool:
            doc, error = None, "WorkerError: the worker process died on this document"
            pool.shutdown(wait=False, cancel_futures=True)
            pool = _pool(workers)
        results.append(BatchResult(index, doc_id, doc, error))
    return results, pool
