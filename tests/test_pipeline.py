"""The whole pipeline on a made-up corpus: idempotence, incremental add, bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import storyline
from corpus import FERRY_3_JSONL, write_corpus, write_followup


def export_rows(db: Path, out: Path) -> dict[str, list[dict]]:
    storyline.export(db, out)
    return {
        p.stem: [json.loads(x) for x in p.read_text("utf-8").splitlines()]
        for p in sorted(out.glob("*.jsonl"))
    }


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("pipeline")
    corpus = write_corpus(tmp / "corpus")
    db = tmp / "s.db"
    summary = storyline.analyze([corpus], db)
    assert summary.ok, summary.errors
    assert summary.new_articles == 3
    return tmp, db


def test_two_stories(analyzed: tuple[Path, Path]) -> None:
    tmp, db = analyzed
    rows = export_rows(db, tmp / "out0")
    sizes = sorted(len(s["article_ids"]) for s in rows["stories"])
    assert sizes == [1, 2]


def test_analyze_twice_changes_nothing(analyzed: tuple[Path, Path]) -> None:
    tmp, db = analyzed
    before = export_rows(db, tmp / "out1")
    summary = storyline.analyze([tmp / "corpus"], db)
    assert summary.new_articles == 0 and summary.skipped_documents == 3
    after = export_rows(db, tmp / "out2")
    assert before == after


def test_incremental_add_joins_existing_story(analyzed: tuple[Path, Path]) -> None:
    tmp, db = analyzed
    before = export_rows(db, tmp / "out3")
    wire = write_followup(tmp / "later")
    summary = storyline.analyze([wire], db)
    assert summary.new_articles == 1
    after = export_rows(db, tmp / "out4")
    assert len(after["articles"]) == 4
    assert len(after["stories"]) == 2, "the wire story joins the ferry story"
    new_id = next(a["id"] for a in after["articles"] if a["external_id"] == "wire-0091")
    ferry = next(s for s in after["stories"] if new_id in s["article_ids"])
    assert len(ferry["article_ids"]) == 3
    # Stored articles are untouched by the later run.
    old = {a["id"]: a for a in before["articles"]}
    for a in after["articles"]:
        if a["id"] in old:
            assert a == old[a["id"]]
    assert ferry["first_published"] == "2026-03-03"
    assert ferry["last_published"] == "2026-03-04"


def test_bad_input_is_reported_and_good_input_stored(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    db = tmp_path / "s.db"
    storyline.analyze([corpus / "orchard.txt"], db)
    before = export_rows(db, tmp_path / "before")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (bad / "latin1.txt").write_bytes("Caf\xe9 news".encode("latin-1"))
    (bad / "broken.jsonl").write_text(
        '{"id": "x", "body": "Fine body text here."}\n{oops\n', encoding="utf-8"
    )
    (bad / "data.xyz").write_text("what is this", encoding="utf-8")
    summary = storyline.analyze([bad, corpus, tmp_path / "missing.txt"], db)
    failed = {Path(e.source.split(":")[0]).name for e in summary.errors}
    assert failed >= {
        "empty.txt",
        "binary.txt",
        "latin1.txt",
        "broken.jsonl",
        "data.xyz",
        "missing.txt",
    }
    after = export_rows(db, tmp_path / "after")
    assert len(after["articles"]) == 4  # orchard + two ferry pages + the good JSONL line
    old = {a["id"]: a for a in before["articles"]}
    assert all(a == old[a["id"]] for a in after["articles"] if a["id"] in old)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_exact_duplicate_is_linked_not_dropped(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    copy = tmp_path / "copy"
    copy.mkdir()
    # The same article re-published on another site: same body, different page furniture.
    text = (corpus / "orchard.txt").read_text("utf-8").replace("Valley Gazette", "Farm Daily")
    (copy / "orchard_copy.txt").write_text(text + "\nShare on social\n", encoding="utf-8")
    db = tmp_path / "s.db"
    storyline.analyze([corpus, copy], db)
    rows = export_rows(db, tmp_path / "out")
    dup = [a for a in rows["articles"] if a["duplicate_of"]]
    assert len(dup) == 1
    original = next(a for a in rows["articles"] if a["id"] == dup[0]["duplicate_of"])
    assert original["body"] == dup[0]["body"]
    story = next(s for s in rows["stories"] if original["id"] in s["article_ids"])
    assert dup[0]["id"] in story["article_ids"]


def _wire(record_id: str, outlet: str, day: str) -> str:
    return json.dumps({**FERRY_3_JSONL, "id": record_id, "outlet": outlet, "published": day})


def test_an_outlet_cased_two_ways_is_one_outlet(tmp_path: Path) -> None:
    # "Coastal Wire" and "COASTAL WIRE" (a feed that shouts its name) are one outlet:
    # every article takes the spelling stored first, in the same batch or a later run.
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "wire.jsonl").write_text(
        _wire("w1", "Coastal Wire", "2026-03-04") + "\n"
        + _wire("w2", "COASTAL WIRE", "2026-03-04").replace("second day", "second day, crews said")
        + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "wire.jsonl").write_text(
        _wire("w3", "coastal wire", "2026-03-05").replace("Tuesday", "Wednesday") + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    storyline.analyze([tmp_path / "a"], db)
    storyline.analyze([tmp_path / "b"], db)
    rows = export_rows(db, tmp_path / "out")
    assert len(rows["articles"]) == 3
    assert {a["outlet"] for a in rows["articles"]} == {"Coastal Wire"}
