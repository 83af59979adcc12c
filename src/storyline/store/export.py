"""The export contract: one JSON object per line, fields as DESIGN.md states.

Fields may be added here; the contract's fields may never be renamed or
dropped (tests/test_export_contract.py holds the list).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

from storyline.records import Article, Entity, Fact
from storyline.stages.compare import coverage_matrix, shared_quotes
from storyline.store.db import Store

EXPORT_FILES = (
    "articles",
    "stories",
    "entities",
    "quotes",
    "events",
    "facts",
    "framing",
    "briefs",
    "shared_quotes",  # added beyond the contract: one quote carried by several outlets
)


#: Articles read from the store at a time while writing ``articles.jsonl``: the export
#: holds one chunk of bodies, and one story's articles, never the whole corpus.
ARTICLE_CHUNK = 500
#: Entities read at a time, with their mentions.
ENTITY_CHUNK = 500


def collect(store: Store) -> dict[str, list[dict]]:
    """Every exported row, grouped by file name (without ``.jsonl``), in a stable order:
    the rows :func:`export` writes, held in memory (the web UI builds its pages on them).

    Read in one transaction, so one snapshot: a batch an ``analyze`` lands
    meanwhile is in all of the rows or in none (``serve`` reads while it writes).
    """
    with store.read_snapshot():
        articles = store.load_articles()
        by_story: dict[str, list[Article]] = {}
        for a in articles:
            if a.story_id:
                by_story.setdefault(a.story_id, []).append(a)
        rows = _rows(store, articles, lambda sid: by_story.get(sid, []))
        return {name: list(rows[name]()) for name in EXPORT_FILES}


def export(store: Store, out_dir: str | Path) -> dict[str, int]:
    """Write ``<name>.jsonl`` for every contract file; return row counts.

    The rows are written as they are read, in one read snapshot, so memory holds one
    chunk of articles (or one story's) at a time, not the corpus: exporting 2,000 and
    6,000 synthetic articles peaks at 67 and 70 MB for the whole process, where holding
    every row took 127 and 267 MB (docs/benchmarks.md). A file appears under its name
    only once it is complete.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    with store.read_snapshot():
        rows = _rows(
            store,
            store.iter_articles(ARTICLE_CHUNK),
            lambda sid: store.load_articles("story_id = ?", (sid,)),
        )
        for name in EXPORT_FILES:
            tmp = out / f".{name}.jsonl.tmp"
            count = 0
            with tmp.open("w", encoding="utf-8") as fh:
                for row in rows[name]():
                    fh.write(_one_line(json.dumps(row, ensure_ascii=False, sort_keys=False)) + "\n")
                    count += 1
            tmp.replace(out / f"{name}.jsonl")
            counts[name] = count
    return counts


def _rows(
    store: Store,
    every_article: Iterable[Article],
    articles_of: Callable[[str], list[Article]],
) -> dict[str, Callable[[], Iterator[dict]]]:
    """For each export file, a generator of its rows; ``every_article``: the articles in
    store order, ``articles_of``: one story's articles (asked for a story with facts, and
    again for one with quotes)."""
    stories = store.stories()

    def articles() -> Iterator[dict]:
        for a in every_article:
            yield article_row(a)

    def per_story(table: str, read: Callable[[str], list]) -> Iterator[dict]:
        # A table's rows story by story, in the order of the table's reader.
        for sid in store.analysed_stories(table):
            for row in read(sid):
                yield asdict(row)

    def quotes() -> Iterator[dict]:
        for first, last in store.article_ranges(ARTICLE_CHUNK):
            for q in store.quotes("a.seq BETWEEN ? AND ?", (first, last)):
                yield asdict(q)

    def entities() -> Iterator[dict]:
        for e, mentions in store.entities(ENTITY_CHUNK):
            yield entity_row(e, mentions)

    def facts() -> Iterator[dict]:
        # Facts come in story id order.
        for sid in store.analysed_stories("facts"):
            yield from fact_rows(store.facts(sid), articles_of(sid))

    def shared() -> Iterator[dict]:
        # Added beyond the contract: one quote carried by several outlets.
        for st in stories:
            if store.story_has_quotes(st.id):
                for q in shared_quotes(st, articles_of(st.id)):
                    yield asdict(q)

    return {
        "articles": articles,
        "stories": lambda: (asdict(s) for s in stories),
        "entities": entities,
        "quotes": quotes,
        "events": lambda: per_story("events", store.events),
        "facts": facts,
        "framing": lambda: per_story("framing", store.framing),
        "briefs": lambda: per_story("briefs", store.briefs),
        "shared_quotes": shared,
    }


def entity_row(e: Entity, mentions: list[tuple[str, int, int]]) -> dict:
    """An entity's row of ``entities.jsonl``, with its mentions (article id, start, end)."""
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": e.aliases,
        "mentions": [{"article_id": a, "start": s, "end": t} for a, s, t in mentions],
    }


def fact_rows(facts: list[Fact], articles: list[Article]) -> list[dict]:
    """One story's rows of ``facts.jsonl`` (its ``articles`` give the outlets). Added
    beyond the contract: each fact's row of the outlet x fact coverage matrix
    ("reports" / "differs" / "silent")."""
    matrix = coverage_matrix(facts, articles)
    return [{**asdict(f), "coverage": matrix.get(f.id, {})} for f in facts]


def article_row(a: Article) -> dict:
    """An article's row of ``articles.jsonl``."""
    return {
        "id": a.id,
        "source": a.source,
        "external_id": a.external_id,
        "segment": a.segment,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        "language": a.language,
        "body": a.body,
        "removed": [asdict(r) for r in a.removed],
        "duplicate_of": a.duplicate_of,
        # Added fields, beyond the contract:
        "published_precision": a.published_precision,
        "byline": a.byline,
        "url": a.url,
        "story_id": a.story_id,
        "times": [asdict(t) for t in a.times],
        "quantities": [asdict(q) for q in a.quantities],
        "fetched": a.fetched,
    }


#: Line breaks other than "\n" that JSON leaves raw but str.splitlines() and
#: many JSONL readers split on; written escaped so one row stays one line.
_LINE_BREAKS = str.maketrans({ch: f"\\u{ord(ch):04x}" for ch in "\x85\u2028\u2029"})


def _one_line(text: str) -> str:
    if text.isascii():
        return text
    return text.translate(_LINE_BREAKS)
