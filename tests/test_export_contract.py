"""The export contract of DESIGN.md: every required field, with the right types."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import storyline
import storyline.store.export as export_module
from storyline.store.db import Store

ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

REQUIRED: dict[str, dict[str, tuple[type, ...]]] = {
    "articles": {
        "id": (str,),
        "source": (str,),
        "external_id": (str, type(None)),
        "segment": (int,),
        "outlet": (str, type(None)),
        "title": (str, type(None)),
        "published": (str, type(None)),
        "language": (str,),
        "body": (str,),
        "removed": (list,),
        "duplicate_of": (str, type(None)),
    },
    "stories": {
        "id": (str,),
        "title": (str,),
        "article_ids": (list,),
        "first_published": (str, type(None)),
        "last_published": (str, type(None)),
    },
    "entities": {
        "id": (str,),
        "name": (str,),
        "type": (str,),
        "aliases": (list,),
        "mentions": (list,),
    },
    "quotes": {
        "id": (str,),
        "article_id": (str,),
        "text": (str,),
        "speaker": (str, type(None)),
        "speaker_entity_id": (str, type(None)),
        "cue": (str, type(None)),
        "kind": (str,),
        "start": (int,),
        "end": (int,),
    },
    "events": {
        "id": (str,),
        "story_id": (str,),
        "date": (str,),
        "text": (str,),
        "article_ids": (list,),
    },
    "facts": {
        "id": (str,),
        "story_id": (str,),
        "statement": (str,),
        "article_ids": (list,),
        "conflicts": (list,),
    },
    "framing": {"story_id": (str,), "referent": (str,), "variants": (list,)},
    "briefs": {"story_id": (str,), "title": (str,), "sentences": (list,)},
}


def load(out: Path) -> dict[str, list[dict]]:
    return {
        name: [json.loads(line) for line in (out / f"{name}.jsonl").read_text("utf-8").splitlines()]
        for name in REQUIRED
    }


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    tmp = tmp_path_factory.mktemp("contract")
    storyline.analyze([seeds_dir], tmp / "s.db")
    return tmp / "s.db"


@pytest.fixture(scope="module")
def exported(analysed: Path) -> dict[str, list[dict]]:
    storyline.export(analysed, analysed.parent / "out")
    return load(analysed.parent / "out")


def test_streamed_export_is_the_collected_rows(
    analysed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # export() writes rows as it reads them, a few articles and entities at a time and
    # one story's facts at a time; the rows, and their order, are those collect() holds
    # in memory for the web UI. Chunks of 2 make every chunk boundary count.
    monkeypatch.setattr(export_module, "ARTICLE_CHUNK", 2)
    monkeypatch.setattr(export_module, "ENTITY_CHUNK", 2)
    with Store(analysed, readonly=True) as store:
        counts = export_module.export(store, tmp_path)
        collected = export_module.collect(store)
    assert counts == {name: len(rows) for name, rows in collected.items()}
    written = {
        name: [json.loads(line) for line in (tmp_path / f"{name}.jsonl").open(encoding="utf-8")]
        for name in export_module.EXPORT_FILES
    }
    assert written == json.loads(json.dumps(collected))
    assert sum(counts.values()) > 2 * len(counts)  # several chunks of most files


def test_every_file_has_rows(exported: dict[str, list[dict]]) -> None:
    for name in ("articles", "stories", "entities", "quotes", "events", "facts", "briefs"):
        assert exported[name], f"{name}.jsonl is empty"


@pytest.mark.parametrize("name", list(REQUIRED))
def test_required_fields_and_types(exported: dict[str, list[dict]], name: str) -> None:
    for row in exported[name]:
        for field, types in REQUIRED[name].items():
            assert field in row, f"{name}: missing {field}"
            assert isinstance(row[field], types), f"{name}.{field}: {type(row[field])}"


def test_nested_shapes(exported: dict[str, list[dict]]) -> None:
    articles = {a["id"]: a for a in exported["articles"]}
    for a in exported["articles"]:
        for r in a["removed"]:
            assert set(r) >= {"text", "reason"}
        if a["published"] is not None:
            assert ISO_PARTIAL.match(a["published"]), a["published"]
        if a["duplicate_of"] is not None:
            assert a["duplicate_of"] in articles
    for e in exported["entities"]:
        for m in e["mentions"]:
            assert set(m) >= {"article_id", "start", "end"}
            body = articles[m["article_id"]]["body"]
            assert 0 <= m["start"] < m["end"] <= len(body)
    for s in exported["stories"]:
        assert s["article_ids"] and all(i in articles for i in s["article_ids"])
    for ev in exported["events"]:
        assert ISO_PARTIAL.match(ev["date"]), ev["date"]
        assert ev["article_ids"] and all(i in articles for i in ev["article_ids"])
    for f in exported["facts"]:
        for c in f["conflicts"]:
            assert set(c) >= {"article_ids", "statement"}
    for fr in exported["framing"]:
        for v in fr["variants"]:
            assert set(v) >= {"term", "outlets", "article_ids"}
    for b in exported["briefs"]:
        assert b["sentences"]
        for s in b["sentences"]:
            assert s["text"] and s["article_ids"], s
            assert all(i in articles for i in s["article_ids"])


def test_quote_offsets_point_into_body(exported: dict[str, list[dict]]) -> None:
    articles = {a["id"]: a for a in exported["articles"]}
    for q in exported["quotes"]:
        assert q["kind"] in {"direct", "indirect", "mixed"}
        body = articles[q["article_id"]]["body"]
        assert body[q["start"] : q["end"]] == q["text"], q
