"""The local executor: runs the default pipeline on this machine.

Inputs are read file by file and grouped into batches; each batch lands in
the store in one transaction (see :func:`storyline.pipeline.land_prepared`).
Stories whose membership changed are marked dirty in that same transaction
and re-analysed at the end, so an interrupted run is completed by the next.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from storyline.pipeline import (
    BatchResult,
    Prepared,
    corpus_framing_counts,
    land_prepared,
    prepare_documents,
    refresh_dirty_stories,
    select_fresh,
)
from storyline.records import Document, IngestError
from storyline.stages.ingest import iter_input, iter_input_files
from storyline.store.db import Store

#: Documents per batch: large enough for spaCy's nlp.pipe to pay off, small
#: enough that an interruption loses little.
BATCH_DOCUMENTS = 64

ProgressFn = Callable[[str, int, int], None]


@dataclass(slots=True)
class AnalyzeSummary:
    files: int = 0
    new_articles: int = 0
    skipped_documents: int = 0
    stories_updated: int = 0
    errors: list[IngestError] = field(default_factory=list)
    #: (articles stored, articles the framing across stories was last computed on, or
    #: None if never): it is recomputed only now and then on a big corpus.
    framing_counts: tuple[int, int | None] = (0, None)

    @property
    def ok(self) -> bool:
        return not self.errors


class LocalExecutor:
    """Runs the pipeline on this machine.

    With ``workers > 1`` the per-article stages (clean, enrich) of several
    batches run at once in a process pool, each worker loading spaCy once;
    the barrier stages still land batches one at a time in input order, so
    the result does not depend on the number of workers.
    """

    name = "local"

    def __init__(self, batch_documents: int = BATCH_DOCUMENTS, workers: int = 1) -> None:
        if batch_documents < 1:
            raise ValueError("batch size must be at least 1")
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.batch_documents = batch_documents
        self.workers = workers

    def run(
        self,
        inputs: Iterable[str | os.PathLike[str]],
        store: Store,
        progress: ProgressFn | None = None,
        *,
        refresh_framing: bool = False,
    ) -> AnalyzeSummary:
        summary = AnalyzeSummary()
        entries = list(iter_input_files(inputs))
        files = [e for e in entries if not isinstance(e, IngestError)]
        summary.errors.extend(e for e in entries if isinstance(e, IngestError))
        summary.files = len(files)

        def record(result: BatchResult) -> None:
            summary.new_articles += result.new_articles
            summary.skipped_documents += result.skipped_documents
            summary.errors.extend(result.errors)

        pool = (
            ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
            if self.workers > 1
            else None
        )
        in_flight: deque[tuple[Future[Prepared], BatchResult]] = deque()

        def land_oldest() -> None:
            future, result = in_flight.popleft()
            record(land_prepared(store, future.result(), result))

        try:
            done = 0
            for batch in self._batches(files):
                fresh, result = select_fresh(store, batch.items)
                if not fresh:
                    record(result)
                elif pool is None:
                    record(land_prepared(store, prepare_documents(fresh), result))
                else:
                    # Documents already in flight are selected again by a later
                    # batch only if repeated in the input; land_prepared drops them.
                    in_flight.append((pool.submit(prepare_documents, fresh), result))
                    while len(in_flight) > self.workers:
                        land_oldest()
                done = batch.files_done
                if progress:
                    progress("analyze", done, len(files))
            while in_flight:
                land_oldest()
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)

        summary.stories_updated = refresh_dirty_stories(
            store, progress, refresh_framing=refresh_framing
        )
        summary.framing_counts = corpus_framing_counts(store)
        return summary

    def _batches(self, files: list) -> Iterator[_Batch]:
        """Batches of ingested items; a WARC's pages stream in as batches fill."""
        pending: list[Document | IngestError] = []
        pending_docs = 0
        for done, entry in enumerate(files, start=1):
            for item in iter_input(entry):
                pending.append(item)
                if isinstance(item, Document):
                    pending_docs += 1
                    if pending_docs >= self.batch_documents:
                        yield _Batch(pending, done - 1)
                        pending, pending_docs = [], 0
            if pending and done == len(files):
                yield _Batch(pending, done)
                pending = []
            elif not pending:
                yield _Batch([], done)


@dataclass(slots=True)
class _Batch:
    items: list[Document | IngestError]
    files_done: int
