"""The Dask recipe of docs/performance.md, run as written on a local ``distributed`` cluster with
two worker processes; results that cross process boundaries by pickle."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag", reason="dask is not installed: pip install 'quoteattr[dask]'")
distributed = pytest.importorskip("distributed",
                                  reason="dask.distributed is not installed: pip install 'quoteattr[dask]'")

import quoteattr  # noqa: E402
from quoteattr import extract  # noqa: E402

from _news import articles  # noqa: E402

DOC = Path(__file__).resolve().parents[1] / "docs" / "performance.md"


def recipe(name: str) -> str:
    """The code block right after ``<!-- recipe: NAME -->`` in docs/performance.md."""
    m = re.search(rf"^<!-- recipe: {re.escape(name)} -->\n```python\n(.*?)^```", DOC.read_text(encoding="utf-8"),
                  re.M | re.S)
    assert m, f"docs/performance.md has no '{name}' recipe"
    return m.group(1)


@pytest.fixture(scope="module")
def client():
    environ = dict(os.environ)  # the cluster sets PYTHONHASHSEED, MALLOC_TRIM_THRESHOLD_ ... here
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster, \
                distributed.Client(cluster) as c:
            yield c
    finally:
        os.environ.clear()
        os.environ.update(environ)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    """archive/*.jsonl in a scratch directory: three files of articles, one bad line, one record
    whose text is not a string. Returns id -> text (None for the bad ones)."""
    (tmp_path / "archive").mkdir()
    expected: dict[str, str | None] = {}
    for part in range(3):
        lines = []
        for i, text in enumerate(articles(5, seed=100 + part)):
            doc_id = f"p{part}-{i}"
            if part == 1 and i == 2:
                lines += ['{"id": "broken", "text": "no closing brace"', ""]  # and a blank line
                expected["unreadable: " + lines[-2][:60]] = None
            expected[doc_id] = text
            lines.append(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False))
        if part == 1:
            lines.append(json.dumps({"id": "number", "text": 17}))
            expected["number"] = None
        (tmp_path / "archive" / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return expected


def test_the_recipe_runs_on_worker_processes(client, archive: dict[str, str | None]) -> None:
    workers = client.run(os.getpid)
    assert len(workers) == 2 and os.getpid() not in workers.values()
    namespace: dict = {"__name__": "docs_performance"}
    with distributed.get_task_stream(client) as tasks:
        exec(recipe("partition"), namespace)
        exec(recipe("dask"), namespace)
    assert {t["worker"] for t in tasks.data} <= set(workers)
    assert any(t["worker"] in workers for t in tasks.data)

    outputs = sorted(Path("attributions").glob("*.jsonl"))
    assert len(outputs) == 3  # one file per input partition
    records = [json.loads(line) for path in outputs for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == list(archive)  # every article, in order
    for r in records:
        text = archive[r["id"]]
        if text is None:
            assert r["quotes"] == [] and r["error"].startswith("TypeError: extract() argument 'text'")
        else:
            assert r["error"] is None
            assert r["quotes"] == [q.to_dict() for q in extract(text).quotes]
    assert sum(len(r["quotes"]) for r in records) > 30
    back = quoteattr.Quote.from_dict(records[0]["quotes"][0])
    assert back.to_dict() == records[0]["quotes"][0]


def test_the_parquet_recipe(client, archive: dict[str, str | None]) -> None:
    pd = pytest.importorskip("pandas", reason="the Parquet recipe needs dask[dataframe] (pandas, pyarrow)")
    pytest.importorskip("pyarrow", reason="the Parquet recipe needs dask[dataframe] (pandas, pyarrow)")
    pytest.importorskip("dask.dataframe", reason="the Parquet recipe needs dask[dataframe]")
    namespace: dict = {"__name__": "docs_performance"}
    exec(recipe("partition"), namespace)
    namespace["lines"] = db.read_text("archive/*.jsonl")
    exec(recipe("dask-parquet"), namespace)
    table = pd.read_parquet("quotations.parquet")
    want = [(doc_id, q.kind.value, q.start, q.end, q.speaker.name if q.speaker else None)
            for doc_id, text in archive.items() if text is not None for q in extract(text).quotes]
    got = [(r.id, r.kind, r.start, r.end, None if pd.isna(r.speaker) else r.speaker)
           for r in table.itertuples()]
    assert got == want


def test_documents_and_batch_results_cross_processes(client) -> None:
    texts = articles(8, seed=3)
    docs = db.from_sequence(texts, npartitions=4).map(extract).compute()
    assert docs == [extract(t) for t in texts]  # built on the workers, pickled back
    futures = client.map(lambda t: next(quoteattr.extract_many([("k", t)])), texts[:3])
    results = client.gather(futures)
    assert [r.document for r in results] == [extract(t) for t in texts[:3]]
    assert all(r.id == "k" and r.ok for r in results)


def test_the_spark_recipe(archive: dict[str, str | None], monkeypatch: pytest.MonkeyPatch) -> None:
    """The PySpark recipe as written, on a local Spark (only where pyspark and Java are installed)."""
    pytest.importorskip("pyspark", reason="pyspark is not installed (the Spark recipe is optional)")
    import shutil
    import sys

    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime for Spark")
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    namespace: dict = {"__name__": "docs_performance"}
    exec(recipe("partition"), namespace)
    try:
        exec(recipe("spark"), namespace)
    finally:
        if "spark" in namespace:
            namespace["spark"].stop()
    records = [json.loads(line) for path in sorted(Path("attributions-spark").glob("part-*"))
               for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == list(archive)
    for r in records:
        text = archive[r["id"]]
        assert r["quotes"] == ([] if text is None else [q.to_dict() for q in extract(text).quotes])
