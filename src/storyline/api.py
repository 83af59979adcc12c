"""The Python API; the CLI is a thin layer over these functions."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.executors.local import BATCH_DOCUMENTS, AnalyzeSummary, LocalExecutor, ProgressFn
from storyline.records import Brief, Story
from storyline.report import REPORT_MAX_ARTICLES
from storyline.store.db import Store
from storyline.store.export import collect
from storyline.store.export import export as _export


def _ray_executor(*args: Any, **kwargs: Any) -> Any:
    """Imported on use, so the core works without Ray; raises with the install hint."""
    from storyline.executors.ray import RayExecutor

    return RayExecutor(*args, **kwargs)


EXECUTORS: dict[str, Callable[..., Any]] = {"local": LocalExecutor, "ray": _ray_executor}
#: Options only some executors take.
EXECUTOR_OPTIONS = {"ray": ("address", "keep_parquet")}
DEFAULT_DB = "storyline.db"


def analyze(
    inputs: Iterable[str | os.PathLike[str]],
    db: str | Path = DEFAULT_DB,
    *,
    executor: str = "local",
    batch_size: int = BATCH_DOCUMENTS,
    workers: int = 1,
    address: str | None = None,
    keep_parquet: bool = False,
    progress: ProgressFn | None = None,
    refresh_framing: bool = False,
) -> AnalyzeSummary:
    """Ingest ``inputs`` (files, folders) and run the full pipeline into ``db``.

    Idempotent: input already stored is skipped. New input joins existing
    stories or opens new ones. ``executor="ray"`` (``pip install
    'storyline[ray]'``) runs the per-article stages on the Ray cluster at
    ``address`` (a local Ray by default); ``keep_parquet`` keeps its
    per-article Parquet shards beside ``db`` for DuckDB.

    The framing across stories reads the whole corpus: past
    :data:`~storyline.pipeline.CORPUS_FRAMING_ALWAYS` articles it is recomputed
    only once the corpus has grown by
    :data:`~storyline.pipeline.CORPUS_FRAMING_GROWTH` since it last was, or when
    ``refresh_framing`` asks for it (``summary.framing_counts`` tells).
    """
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}; choose from {', '.join(EXECUTORS)}")
    given = {k: v for k, v in (("address", address), ("keep_parquet", keep_parquet)) if v}
    unsupported = set(given) - set(EXECUTOR_OPTIONS.get(executor, ()))
    if unsupported:
        raise ValueError(f"{', '.join(sorted(unsupported))} only apply to --executor ray")
    runner = EXECUTORS[executor](batch_size, workers, **given)
    with Store(db) as store:
        return runner.run(inputs, store, progress, refresh_framing=refresh_framing)


def export(db: str | Path, out_dir: str | Path) -> dict[str, int]:
    """Write the JSONL export contract into ``out_dir``; return row counts per file."""
    with Store(db, readonly=True) as store:
        return _export(store, out_dir)


def stories(db: str | Path) -> list[Story]:
    """Stories, biggest first, then most recent."""
    with Store(db, readonly=True) as store:
        found = store.stories()
    return rank_stories(found)


def rank_stories(found: list[Story]) -> list[Story]:
    """Biggest first; among equals, the most recently published first, undated last."""
    by_recency = sorted(found, key=lambda s: s.last_published or "", reverse=True)
    return sorted(by_recency, key=lambda s: -len(s.article_ids))


def brief(db: str | Path, story: str) -> tuple[Story, Brief] | None:
    """A story's brief, by story id or a unique id prefix."""
    with Store(db, readonly=True) as store:
        matches = [s for s in store.stories() if s.id.startswith(story)]
        if len(matches) != 1:
            return None
        found = store.briefs(matches[0].id)
        return (matches[0], found[0]) if found else None


def search(db: str | Path, query: str, limit: int = 20) -> list[dict]:
    """Full-text search over article titles and bodies."""
    with Store(db, readonly=True) as store:
        return store.search(query, limit)


@dataclass(slots=True)
class RunResult:
    summary: AnalyzeSummary
    report: Path
    briefs: list[Path]
    export_counts: dict[str, int]
    out_dir: Path


def run(
    inputs: Iterable[str | os.PathLike[str]],
    db: str | Path | None = None,
    out_dir: str | Path = "storyline-out",
    *,
    progress: ProgressFn | None = None,
    report_articles: int | None = REPORT_MAX_ARTICLES,
    refresh_framing: bool = False,
) -> RunResult:
    """The main job: analyze, then write the HTML report, Markdown briefs and the export
    (``report_articles``: the report renders the biggest stories up to this many
    articles and lists the others; None or 0 renders them all; ``refresh_framing``: as
    for :func:`analyze`)."""
    from storyline.report import write_markdown_briefs, write_report

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db_path = Path(db) if db is not None else out / DEFAULT_DB
    summary = analyze(inputs, db_path, progress=progress, refresh_framing=refresh_framing)
    counts = export(db_path, out / "export")
    with Store(db_path, readonly=True) as store:
        data = collect(store)
    report = write_report(data, out, max_articles=report_articles)
    briefs = write_markdown_briefs(data, out)
    return RunResult(summary, report, briefs, counts, out)
