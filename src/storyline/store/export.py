"""The export contract: one JSON object per line, fields as DESIGN.md states.

Fields may be added here; the contract's fields may never be renamed or
dropped (tests/test_export_contract.py holds the list).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

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
)


def collect(store: Store) -> dict[str, list[dict]]:
    """Every exported row, grouped by file name (without ``.jsonl``), in a stable order."""
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
    data["facts"] = [asdict(f) for f in store.facts()]
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
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        tmp.replace(out / f"{name}.jsonl")
        counts[name] = len(rows)
    return counts
