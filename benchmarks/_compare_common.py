"""Shared helpers of benchmarks/compare.py: run the real pipeline into a
temporary database and read back articles grouped by a gold key."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import storyline
from storyline.records import Article, Story
from storyline.store.db import Store


def run_pipeline(records: list[dict], workdir: Path | None = None) -> Path:
    """Write ``records`` (``body`` JSONL records) and ``storyline.analyze`` them.

    Returns the database path; the caller reads it with :class:`Store`.
    """
    workdir = Path(workdir or tempfile.mkdtemp(prefix="storyline-compare-"))
    workdir.mkdir(parents=True, exist_ok=True)
    src = workdir / "input.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    db = workdir / "bench.db"
    storyline.analyze([src], db)
    return db


def gold_groups(db: Path, key_of: dict[str, str]) -> tuple[list[Article], dict[str, list[Article]]]:
    """All stored articles, and those grouped by the gold key of their external id."""
    with Store(db) as store:
        articles = store.load_articles()
    groups: dict[str, list[Article]] = {}
    for a in articles:
        k = key_of.get(a.external_id or "")
        if k is not None:
            groups.setdefault(k, []).append(a)
    return articles, groups


def gold_story(key: str, articles: list[Article]) -> Story:
    ids = sorted(a.id for a in articles)
    return Story(id="gold-" + key, title=key, article_ids=ids)
