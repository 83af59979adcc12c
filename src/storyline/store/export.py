"""The export contract: one JSON object per line, fields as DESIGN.md states.

Fields may be added here; the contract's fields may never be renamed or
dropped (tests/test_export_contract.py holds the list).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

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


def collect(store: Store) -> dict[str, list[dict]]:
    """Every exported row, grouped by file name (without ``.jsonl``), in a stable order.

    Read in one transaction, so one snapshot: a batch an ``analyze`` lands
    meanwhile is in all of the rows or in none (``serve`` reads while it writes).
    """
    if store.conn.in_transaction:
        return _collect(store)
    store.conn.execute("BEGIN")
    try:
        return _collect(store)
    finally:
        store.conn.rollback()  # nothing was written; ends the read snapshot


def _collect(store: Store) -> dict[str, list[dict]]:
    articles = store.load_articles()
    stories = store.stories()
    data: dict[str, list[dict]] = {}
    data["articles"] = [
        {
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
        for a in articles
    ]
    data["stories"] = [asdict(s) for s in stories]
    data["entities"] = [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": e.aliases,
            "mentions": [{"article_id": a, "start": s, "end": t} for a, s, t in mentions],
        }
        for e, mentions in store.entities()
    ]
    data["quotes"] = [asdict(q) for q in store.quotes()]
    data["events"] = [asdict(e) for e in store.events()]
    # Added beyond the contract: each fact's row of the outlet x fact coverage
    # matrix ("reports" / "differs" / "silent"), and the shared quotes.
    by_story: dict[str, list] = {}
    for a in articles:
        if a.story_id:
            by_story.setdefault(a.story_id, []).append(a)
    facts = store.facts()
    facts_of: dict[str, list] = {}  # by story, in one pass (not one scan per story)
    for f in facts:
        facts_of.setdefault(f.story_id, []).append(f)
    matrix: dict[str, dict[str, str]] = {}
    for sid in sorted(facts_of):
        matrix.update(coverage_matrix(facts_of[sid], by_story.get(sid, [])))
    data["facts"] = [{**asdict(f), "coverage": matrix.get(f.id, {})} for f in facts]
    data["shared_quotes"] = [
        asdict(q) for st in stories for q in shared_quotes(st, by_story.get(st.id, []))
    ]
    data["framing"] = [asdict(f) for f in store.framing()]
    data["briefs"] = [asdict(b) for b in store.briefs()]
    return data


def export(store: Store, out_dir: str | Path) -> dict[str, int]:
    """Write ``<name>.jsonl`` for every contract file; return row counts."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = collect(store)
    counts = {}
    for name in EXPORT_FILES:
        rows = data[name]
        tmp = out / f".{name}.jsonl.tmp"
        with tmp.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(_one_line(json.dumps(row, ensure_ascii=False, sort_keys=False)) + "\n")
        tmp.replace(out / f"{name}.jsonl")
        counts[name] = len(rows)
    return counts


#: Line breaks other than "\n" that JSON leaves raw but str.splitlines() and
#: many JSONL readers split on; written escaped so one row stays one line.
_LINE_BREAKS = str.maketrans({ch: f"\\u{ord(ch):04x}" for ch in "\x85\u2028\u2029"})


def _one_line(text: str) -> str:
    if text.isascii():
        return text
    return text.translate(_LINE_BREAKS)
