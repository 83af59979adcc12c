"""The local executor: runs the default pipeline in this process.

Inputs are read file by file and grouped into batches; each batch lands in
the store in one transaction (see :func:`storyline.pipeline.analyze_batch`).
Stories whose membership changed are marked dirty in that same transaction
and re-analysed at the end, so an interrupted run is completed by the next.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storyline.pipeline import analyze_batch, refresh_corpus_framing, refresh_story
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

    @property
    def ok(self) -> bool:
        return not self.errors


class LocalExecutor:
    name = "local"

    def __init__(self, batch_documents: int = BATCH_DOCUMENTS) -> None:
        if batch_documents < 1:
            raise ValueError("batch size must be at least 1")
        self.batch_documents = batch_documents

    def run(
        self,
        inputs: Iterable[str | os.PathLike[str]],
        store: Store,
        progress: ProgressFn | None = None,
    ) -> AnalyzeSummary:
        summary = AnalyzeSummary()
        entries = list(iter_input_files(inputs))
        files = [e for e in entries if not isinstance(e, IngestError)]
        summary.errors.extend(e for e in entries if isinstance(e, IngestError))
        summary.files = len(files)
        pending: list[Document | IngestError] = []
        pending_docs = 0
        done = 0

        def flush() -> None:
            nonlocal pending, pending_docs
            if pending:
                result = analyze_batch(store, pending)
                summary.new_articles += result.new_articles
                summary.skipped_documents += result.skipped_documents
                summary.errors.extend(result.errors)
            pending, pending_docs = [], 0

        for entry in files:
            # Streamed: a WARC may hold thousands of pages; flush as batches fill.
            for item in iter_input(entry):
                pending.append(item)
                if isinstance(item, Document):
                    pending_docs += 1
                    if pending_docs >= self.batch_documents:
                        flush()
            done += 1
            if progress:
                progress("analyze", done, len(files))
        flush()

        dirty = store.dirty_stories()
        for i, story_id in enumerate(dirty, start=1):
            refresh_story(store, story_id)
            if progress:
                progress("compare", i, len(dirty))
        if dirty:
            refresh_corpus_framing(store)
        summary.stories_updated = len(dirty)
        return summary
