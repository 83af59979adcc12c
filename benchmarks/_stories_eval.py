"""Helpers for benchmarks/stories.py: data, B-cubed, and the online run.

The online run feeds dev records through the real ``storyline.analyze``
(ingest, clean, dedup, enrich, link, cluster, merge) into a temp SQLite
file, without the per-story compare pass that runs after clustering.
spaCy output depends only on an article's text, so ``enrich_cache``
memoises it by (title, body) across shuffles: the first shuffle pays for
spaCy, the others replay its output through the same pipeline code.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections import Counter, defaultdict
from contextlib import contextmanager
from copy import deepcopy
from pathlib import Path

import storyline
import storyline.executors.local as local
import storyline.pipeline as pipeline
from storyline.store.db import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = {
    "ecbplus": SHARED / "data" / "ecbplus" / "dev.jsonl",
    "basil": SHARED / "data" / "basil" / "dev.jsonl",
}
#: Records per input file: the executor cuts batches at file boundaries once
#: 64 documents are pending, so small files give the real 64-document batches.
RECORDS_PER_FILE = 8


def load(name: str) -> list[dict]:
    """The dev records of ``name``, each with an id of its own: BASIL's dev file gives
    three different articles the id "empty", and B-cubed is scored by id, so a repeated
    id gets its line number appended (they had been scored as one item)."""
    records = [json.loads(line) for line in DATA[name].read_text("utf-8").splitlines() if line]
    counts = Counter(r["id"] for r in records)
    for number, record in enumerate(records):
        if counts[record["id"]] > 1:
            record["id"] = f"{record['id']}#{number}"
    return records


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of cluster labels ``pred`` against ``gold`` (by item)."""
    items = sorted(gold)
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        same = len(by_pred[pred[i]] & by_gold[gold[i]])
        p += same / len(by_pred[pred[i]])
        r += same / len(by_gold[gold[i]])
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_ENRICH_CACHE: dict[tuple[str, str], dict] = {}
#: What enrich fills on an article (those the Article record has).
ENRICHED = ("sentences", "mentions", "quotes", "times", "quantities")


@contextmanager
def enrich_cache():
    """Memoise the enrich stage's output by article text (see module docstring)."""
    real = pipeline.enrich_articles

    def cached(batch):
        todo = [a for a in batch if (a.title or "", a.body) not in _ENRICH_CACHE]
        if todo:
            real(todo)
            for a in todo:
                _ENRICH_CACHE[(a.title or "", a.body)] = deepcopy(
                    {f: getattr(a, f) for f in ENRICHED if hasattr(a, f)}
                )
        for a in batch:
            for f, value in deepcopy(_ENRICH_CACHE[(a.title or "", a.body)]).items():
                setattr(a, f, value)
            for x in a.quotes:
                x.article_id = a.id
        return batch

    pipeline.enrich_articles = cached
    try:
        yield
    finally:
        pipeline.enrich_articles = real


@contextmanager
def without_story_analysis():
    """Skip the compare/brief pass that follows clustering (its cost is not measured here).

    ``refresh_dirty_stories`` runs after every batch has landed and only
    reads story membership, so story ids are the same with or without it; it
    was three quarters of a shuffle's time.
    """
    real = local.refresh_dirty_stories
    local.refresh_dirty_stories = lambda store, progress=None, **_options: 0
    try:
        yield
    finally:
        local.refresh_dirty_stories = real


def to_input(rec: dict) -> dict:
    # A few ECB+ records are one sentence long: held as the title, body empty.
    out = {"id": rec["id"], "body": rec["body"].strip() or rec.get("title") or ""}
    for k in ("title", "outlet", "published", "url"):
        if rec.get(k):
            out[k] = rec[k]
    return out


@contextmanager
def analyzed(records: list[dict], seed: int, workdir: Path | None = None):
    """Shuffle ``records`` with ``seed``, analyze them into a temp SQLite file and
    yield it opened read-only (deleted on exit)."""
    order = list(records)
    random.Random(seed).shuffle(order)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        tmp = Path(tmp)
        files = []
        for n in range(0, len(order), RECORDS_PER_FILE):
            f = tmp / "in" / f"{n // RECORDS_PER_FILE:05d}.jsonl"
            f.parent.mkdir(exist_ok=True)
            chunk = order[n : n + RECORDS_PER_FILE]
            f.write_text("".join(json.dumps(to_input(r)) + "\n" for r in chunk), "utf-8")
            files.append(f)
        with enrich_cache(), without_story_analysis():
            summary = storyline.analyze(files, tmp / "bench.db")
        if summary.errors:
            raise RuntimeError(f"analyze failed on {summary.errors[:3]}")
        with Store(tmp / "bench.db", readonly=True) as store:
            yield store


def run_online(records: list[dict], seed: int, workdir: Path | None = None) -> dict[str, str]:
    """Shuffle ``records`` with ``seed``, analyze them, return {record id: story id}."""
    with analyzed(records, seed, workdir) as store:
        rows = store.conn.execute("SELECT external_id, story_id FROM articles").fetchall()
    return {r[0]: r[1] for r in rows}
