"""Readers: the right Document for each form, a named error for each bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

from storyline.records import Document, IngestError
from storyline.stages.ingest import iter_input_files, read_file


def _one(items):
    assert len(items) == 1
    return items[0]


def test_text_file_becomes_text_document(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Harbour reopens\nThe harbour at Velmora reopened on Monday.", encoding="utf-8")
    doc = _one(read_file(path))
    assert isinstance(doc, Document)
    assert doc.form == "text"
    assert doc.source == str(path)
    assert "Velmora" in doc.content


def test_html_by_extension_and_by_content(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "<!DOCTYPE html><html><body><p>x</p></body></html>", encoding="utf-8"
    )
    assert _one(read_file(tmp_path / "a.html")).form == "html"
    assert _one(read_file(tmp_path / "b.txt")).form == "html"


def test_same_content_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same words here.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same words here.", encoding="utf-8")
    assert _one(read_file(tmp_path / "a.txt")).id == _one(read_file(tmp_path / "b.txt")).id


def test_jsonl_forms_metadata_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "id": "r1",
                "body": "Clean body.",
                "title": "T",
                "outlet": "The Ledger",
                "published": "2026-03-12",
                "url": "https://ledger.example/a",
            }
        ),
        "{not json",
        json.dumps({"id": 7, "text": "Page text\nwith furniture"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "r4", "html": "<html><body><p>x</p></body></html>"}),
        json.dumps({"id": "r5", "title": "no content field"}),
        json.dumps({"id": "r6", "body": 42}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_file(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [d.form for d in docs] == ["body", "text", "html"]
    assert docs[0].external_id == "r1" and docs[0].outlet == "The Ledger"
    assert docs[0].published == "2026-03-12" and docs[0].title == "T"
    assert docs[1].external_id == "7"
    assert [d.record_index for d in docs] == [0, 2, 4]
    assert {e.source for e in errors} == {f"{path}:2", f"{path}:4", f"{path}:6", f"{path}:7"}
    assert all(e.reason for e in errors)


def test_bad_files_are_named_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 cr\xe8me".encode("latin-1"))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    for name, needle in [
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("binary.txt", "not text"),
        ("latin1.txt", "UTF-8"),
        ("nul.txt", "not text"),
        ("notes.docx", "unknown file type"),
    ]:
        err = _one(read_file(tmp_path / name))
        assert isinstance(err, IngestError), name
        assert err.source == str(tmp_path / name)
        assert needle in err.reason, (name, err.reason)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Harbour news from Velmora.".encode("utf-16"))
    doc = _one(read_file(path))
    assert isinstance(doc, Document) and doc.content.startswith("Harbour")


def test_folders_are_walked_and_missing_paths_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("h", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    found = list(iter_input_files([tmp_path, tmp_path / "missing.txt"]))
    paths = [f for f in found if isinstance(f, Path)]
    assert paths == [tmp_path / "a.txt", tmp_path / "sub" / "b.txt"]
    errors = [f for f in found if isinstance(f, IngestError)]
    assert errors[0].source.endswith("missing.txt") and "no such file" in errors[0].reason
