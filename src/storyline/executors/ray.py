"""The Ray executor: the same stages as the local executor, spread over a Ray cluster.

Three steps, each resumable on its own:

1. **plan** (driver): the inputs are read with the same readers as the local
   executor and cut into shards of ``batch_documents`` documents, in input
   order, exactly where the local executor cuts its batches. A shard is named
   by its position and a hash of its document ids.
2. **prepare** (cluster): the per-article stages run as one Ray Data
   ``map_batches`` over the shards not completed yet; each call is
   :func:`storyline.pipeline.prepare_documents`, the function the local
   executor calls, on one shard. What it made is encoded as two Parquet
   files (articles, documents) and written under ``<db>.shards/`` with a
   completion marker written last, so a killed run re-uses every shard that
   has its marker (the datatrove habit).
3. **land** (driver): the global stages (dedup, entity linking, clustering,
   story merges) land the shards into the SQLite store in shard order with
   :func:`storyline.pipeline.land_prepared`; then the stories that changed
   are compared and briefed again. Landing skips documents already stored,
   so a re-run after a crash here is safe too.

The shards are deleted after a successful run unless ``keep_parquet`` is set;
kept, ``<db>.shards/articles/*.parquet`` is one row per cleaned and enriched
article (entities, quotes, dates, quantities), readable with DuckDB.

Ray is an optional dependency (``pip install 'storyline[ray]'``); this module
imports it only when an executor is built.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import pickle
import shutil
import socket
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import storyline
from storyline.executors.local import BATCH_DOCUMENTS, AnalyzeSummary, ProgressFn
from storyline.pipeline import (
    BatchResult,
    Prepared,
    corpus_framing_counts,
    land_prepared,
    prepare_documents,
    refresh_dirty_stories,
    select_fresh,
)
from storyline.records import Article, Document, IngestError, content_id
from storyline.stages.ingest import iter_input, iter_input_files
from storyline.store.db import Store

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'storyline[ray]'"
#: Bumped when the shard files or the records in them change: shards written by
#: another format are prepared again instead of being misread.
SHARD_FORMAT = 1
#: Shards handed to Ray in one Dataset run. Bounds the driver's memory (the
#: documents of a wave are pickled in the driver) on inputs of any size; a
#: wave of 256 shards of 64 documents is minutes of work, so the per-wave
#: start-up (a second or two) stays under 1%.
WAVE_SHARDS = 256


class MissingExtraError(RuntimeError):
    """An optional dependency of the selected executor is not installed."""


def _require_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - ray without the [data] extra lacks pyarrow/pandas
    except ImportError as exc:
        raise MissingExtraError(
            f"the ray executor needs Ray Data, which is not installed: {INSTALL_HINT}"
        ) from exc
    return ray


@dataclass(slots=True)
class Shard:
    """A run of input documents, processed and marked complete as one unit."""

    key: str
    docs: list[Document]  # those not stored yet when the run was planned
    doc_ids: list[str]  # every document of the shard, stored or not


@dataclass(slots=True)
class RaySummary(AnalyzeSummary):
    shards: int = 0
    shards_prepared: int = 0
    shards_reused: int = 0  # completed by an earlier, interrupted run
    seconds: dict[str, float] = field(default_factory=dict)  # per step


class RayExecutor:
    """Runs the pipeline with the per-article stages on a Ray cluster.

    ``address`` is that of a running cluster (``ray start --head``, or
    ``auto``); without one a local Ray is started with one CPU per core and
    shut down at the end. ``workers`` > 1 caps the concurrent shards;
    by default every CPU of the cluster prepares a shard.
    """

    name = "ray"

    def __init__(
        self,
        batch_documents: int = BATCH_DOCUMENTS,
        workers: int = 1,
        *,
        address: str | None = None,
        keep_parquet: bool = False,
        shard_dir: str | os.PathLike[str] | None = None,
        num_cpus: int | None = None,
    ) -> None:
        if batch_documents < 1:
            raise ValueError("batch size must be at least 1")
        if workers < 1:
            raise ValueError("workers must be at least 1")
        _require_ray()
        self.batch_documents = batch_documents
        self.workers = workers
        self.address = address
        self.keep_parquet = keep_parquet
        self.shard_dir = Path(shard_dir) if shard_dir is not None else None
        self.num_cpus = num_cpus

    # -- the whole run ------------------------------------------------------
    def run(
        self,
        inputs: Iterable[str | os.PathLike[str]],
        store: Store,
        progress: ProgressFn | None = None,
        *,
        refresh_framing: bool = False,
    ) -> RaySummary:
        summary = RaySummary()
        folder = self.shards_for(store)
        started = time.perf_counter()
        shards = list(self.plan(inputs, store, summary))
        summary.seconds["plan"] = time.perf_counter() - started
        summary.shards = len(shards)

        started = time.perf_counter()
        pending = [s for s in shards if s.docs and not _is_complete(folder, s)]
        summary.shards_reused = sum(1 for s in shards if s.docs) - len(pending)
        if pending:
            self.prepare(pending, folder, progress)
        summary.shards_prepared = len(pending)
        summary.seconds["prepare"] = time.perf_counter() - started

        started = time.perf_counter()
        self.land(shards, folder, store, summary, progress)
        summary.seconds["land"] = time.perf_counter() - started

        started = time.perf_counter()
        summary.stories_updated = refresh_dirty_stories(
            store, progress, refresh_framing=refresh_framing
        )
        summary.framing_counts = corpus_framing_counts(store)
        summary.seconds["compare"] = time.perf_counter() - started
        if not self.keep_parquet:
            shutil.rmtree(folder, ignore_errors=True)
        return summary

    def shards_for(self, store: Store) -> Path:
        return self.shard_dir or store.path.with_name(store.path.name + ".shards")

    # -- step 1: plan ---------------------------------------------------------
    def plan(
        self, inputs: Iterable[str | os.PathLike[str]], store: Store, summary: AnalyzeSummary
    ) -> Iterator[Shard]:
        """Shards of the input, cut where the local executor cuts its batches."""
        entries = list(iter_input_files(inputs))
        files = [e for e in entries if not isinstance(e, IngestError)]
        summary.errors.extend(e for e in entries if isinstance(e, IngestError))
        summary.files = len(files)
        pending: list[Document | IngestError] = []
        pending_docs = index = 0

        def cut() -> Shard:
            nonlocal index
            doc_ids = [i.id for i in pending if isinstance(i, Document)]
            fresh, result = select_fresh(store, pending)
            summary.skipped_documents += result.skipped_documents
            summary.errors.extend(result.errors)
            shard = Shard(f"{index:06d}-{content_id(*doc_ids, length=12)}", fresh, doc_ids)
            index += 1
            return shard

        for entry in files:
            for item in iter_input(entry):
                pending.append(item)
                pending_docs += isinstance(item, Document)
                if pending_docs >= self.batch_documents:
                    yield cut()
                    pending, pending_docs = [], 0
        if pending:
            yield cut()

    # -- step 2: prepare, on the cluster -------------------------------------
    def prepare(
        self, shards: Sequence[Shard], folder: Path, progress: ProgressFn | None = None
    ) -> None:
        """Run the per-article stages of ``shards`` on Ray; write each shard and its marker."""
        ray = _require_ray()
        for sub in ("articles", "documents", "done"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        started_here = self._start(ray)
        try:
            concurrency = self._concurrency(ray)
            done = 0
            for start in range(0, len(shards), WAVE_SHARDS):
                wave = shards[start : start + WAVE_SHARDS]
                for row in _run_wave(wave, concurrency):
                    _write_shard(folder, row)
                    done += 1
                    if progress:
                        progress("shards", done, len(shards))
        finally:
            if started_here:
                ray.shutdown()

    def _start(self, ray: Any) -> bool:
        """Connect to (or start) Ray quietly; True when this call started it."""
        if ray.is_initialized():
            return False
        options: dict[str, Any] = {
            "log_to_driver": False,
            "include_dashboard": False,
            "logging_level": logging.ERROR,
            "configure_logging": True,
        }
        if self.address:
            ray.init(address=self.address, **options)
        else:
            # Unix socket paths are limited to ~107 bytes: keep the session dir short.
            temp = Path(tempfile.gettempdir()) / f"storyline-ray-{os.getuid()}"
            ray.init(
                num_cpus=self.num_cpus or os.cpu_count() or 1,
                _temp_dir=str(temp),
                **options,
            )
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        return True

    def _concurrency(self, ray: Any) -> int:
        cpus = int(ray.cluster_resources().get("CPU", 1))
        return max(1, min(self.workers, cpus) if self.workers > 1 else cpus)

    # -- step 3: land, on the driver -----------------------------------------
    def land(
        self,
        shards: Sequence[Shard],
        folder: Path,
        store: Store,
        summary: AnalyzeSummary,
        progress: ProgressFn | None = None,
    ) -> None:
        """The global stages: land every shard into the store, in shard order."""
        for i, shard in enumerate(shards, start=1):
            if shard.docs:
                known = store.known_documents(shard.doc_ids)
                if any(d.id not in known for d in shard.docs):
                    result = land_prepared(store, read_shard(folder, shard.key), BatchResult())
                    summary.new_articles += result.new_articles
                    summary.skipped_documents += result.skipped_documents
                    summary.errors.extend(result.errors)
                else:  # landed by the run that was interrupted
                    summary.skipped_documents += len(shard.docs)
            if progress:
                progress("land", i, len(shards))


# -- the Ray Data step ----------------------------------------------------------
def _run_wave(wave: Sequence[Shard], concurrency: int) -> Iterator[dict[str, Any]]:
    import ray.data

    rows = [{"key": s.key, "documents": pickle.dumps(s.docs)} for s in wave]
    ds = ray.data.from_items(rows, override_num_blocks=len(rows))
    ds = ds.map_batches(
        prepare_shard_batch,
        batch_size=1,
        batch_format="pyarrow",
        compute=ray.data.TaskPoolStrategy(size=concurrency),
        num_cpus=1,
    )
    yield from ds.iter_rows()


def prepare_shard_batch(batch: pa.Table) -> pa.Table:
    """The ``map_batches`` function: :func:`prepare_documents` on each shard of the batch.

    Runs on a Ray worker; returns each shard's Parquet files as bytes so the
    driver writes them (no file system shared with the workers is needed).
    """
    import pyarrow as pa

    out: dict[str, list] = {"key": [], "articles": [], "documents": [], "marker": []}
    for key, blob in zip(
        batch.column("key").to_pylist(), batch.column("documents").to_pylist(), strict=True
    ):
        docs: list[Document] = pickle.loads(blob)
        started = time.perf_counter()
        prepared = prepare_documents(docs)
        seconds = time.perf_counter() - started
        out["key"].append(key)
        out["articles"].append(_parquet_bytes(_articles_table(key, prepared)))
        out["documents"].append(_parquet_bytes(_documents_table(key, prepared)))
        marker = {
            "format": SHARD_FORMAT,
            "storyline": storyline.__version__,
            "documents": len(docs),
            "articles": len(prepared.articles),
            "errors": [[e.source, e.reason] for e in prepared.errors],
            "seconds": round(seconds, 3),
            "host": socket.gethostname(),
            "pid": os.getpid(),
        }
        out["marker"].append(json.dumps(marker))
    return pa.table(
        {
            "key": pa.array(out["key"], pa.string()),
            "articles": pa.array(out["articles"], pa.binary()),
            "documents": pa.array(out["documents"], pa.binary()),
            "marker": pa.array(out["marker"], pa.string()),
        }
    )


# -- shard files ------------------------------------------------------------------
def _marker_path(folder: Path, key: str) -> Path:
    return folder / "done" / f"{key}.json"


def _is_complete(folder: Path, shard: Shard) -> bool:
    path = _marker_path(folder, shard.key)
    try:
        marker = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return marker.get("format") == SHARD_FORMAT and all(
        (folder / sub / f"{shard.key}.parquet").exists() for sub in ("articles", "documents")
    )


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _write_shard(folder: Path, row: dict[str, Any]) -> None:
    """Both Parquet files, then the marker: a shard with a marker is whole."""
    key = row["key"]
    _write_atomic(folder / "articles" / f"{key}.parquet", row["articles"])
    _write_atomic(folder / "documents" / f"{key}.parquet", row["documents"])
    _write_atomic(_marker_path(folder, key), row["marker"].encode("utf-8"))


def read_shard(folder: Path, key: str) -> Prepared:
    """A completed shard back as the :class:`Prepared` that ``prepare_documents`` returned."""
    import pyarrow.parquet as pq

    marker = json.loads(_marker_path(folder, key).read_text("utf-8"))
    articles_t = pq.read_table(folder / "articles" / f"{key}.parquet", columns=["record", "terms"])
    docs_t = pq.read_table(folder / "documents" / f"{key}.parquet", columns=["record"])
    articles: list[Article] = [pickle.loads(b) for b in articles_t.column("record").to_pylist()]
    terms = {
        a.id: json.loads(t)
        for a, t in zip(articles, articles_t.column("terms").to_pylist(), strict=True)
    }
    docs: list[Document] = [pickle.loads(b) for b in docs_t.column("record").to_pylist()]
    errors = [IngestError(source, reason) for source, reason in marker["errors"]]
    return Prepared(docs, articles, terms, errors)


def _parquet_bytes(table: pa.Table) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def _schemas() -> tuple[pa.Schema, pa.Schema]:
    import pyarrow as pa

    s, i32 = pa.string(), pa.int32()
    span = [("text", s), ("start", i32), ("end", i32)]
    articles = pa.schema(
        [
            ("shard", s),
            ("id", s),
            ("doc_id", s),
            ("source", s),
            ("segment", i32),
            ("external_id", s),
            ("outlet", s),
            ("title", s),
            ("byline", s),
            ("url", s),
            ("published", s),
            ("published_precision", s),
            ("language", s),
            ("fetched", s),
            ("body", s),
            ("sentences", i32),
            ("removed", pa.list_(pa.struct([("text", s), ("reason", s)]))),
            ("entities", pa.list_(pa.struct([*span, ("label", s), ("canonical", s)]))),
            (
                "quotes",
                pa.list_(pa.struct([*span, ("id", s), ("speaker", s), ("cue", s), ("kind", s)])),
            ),
            (
                "times",
                pa.list_(
                    pa.struct([*span, ("date", s), ("precision", s), ("relative", pa.bool_())])
                ),
            ),
            (
                "quantities",
                pa.list_(
                    pa.struct(
                        [
                            *span,
                            ("value", pa.float64()),
                            ("unit", s),
                            ("measured", s),
                            ("approx", pa.bool_()),
                        ]
                    )
                ),
            ),
            ("terms", s),  # JSON: the clustering terms and their weights
            ("record", pa.binary()),  # the Article, pickled: what landing reads back
        ]
    )
    documents = pa.schema(
        [
            ("shard", s),
            ("id", s),
            ("source", s),
            ("form", s),
            ("record_index", i32),
            ("external_id", s),
            ("title", s),
            ("outlet", s),
            ("url", s),
            ("published", s),
            ("language", s),
            ("fetched", s),
            ("record", pa.binary()),  # the Document without its raw content, pickled
        ]
    )
    return articles, documents


def _pick(obj: Any, names: Sequence[str]) -> dict[str, Any]:
    return {n: getattr(obj, n) for n in names}


def _articles_table(key: str, prepared: Prepared) -> pa.Table:
    import pyarrow as pa

    schema = _schemas()[0]
    span = ("text", "start", "end")
    rows = []
    for a in prepared.articles:
        row = _pick(a, [n for n in schema.names if hasattr(a, n) and n != "sentences"])
        row.update(
            shard=key,
            sentences=len(a.sentences),
            removed=[_pick(r, ("text", "reason")) for r in a.removed],
            entities=[_pick(m, (*span, "label", "canonical")) for m in a.mentions],
            quotes=[_pick(q, (*span, "id", "speaker", "cue", "kind")) for q in a.quotes],
            times=[_pick(t, (*span, "date", "precision", "relative")) for t in a.times],
            quantities=[
                _pick(q, (*span, "value", "unit", "measured", "approx")) for q in a.quantities
            ],
            terms=json.dumps(prepared.terms[a.id], sort_keys=True),
            record=pickle.dumps(a),
        )
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=schema)


def _documents_table(key: str, prepared: Prepared) -> pa.Table:
    import pyarrow as pa

    schema = _schemas()[1]
    rows = []
    for d in prepared.docs:
        row = _pick(d, [n for n in schema.names if hasattr(d, n)])
        row.update(shard=key, record=pickle.dumps(dataclasses.replace(d, content="")))
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=schema)


__all__ = [
    "INSTALL_HINT",
    "MissingExtraError",
    "RayExecutor",
    "RaySummary",
    "Shard",
    "prepare_shard_batch",
    "read_shard",
]
