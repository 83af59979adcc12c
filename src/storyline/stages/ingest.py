"""Ingest: turn paths (files, folders) into Documents or IngestErrors.

The reader is picked by extension and, where the extension says nothing
useful, by content. A file that cannot be read becomes an ``IngestError``
naming the file and the reason; it never stops the batch.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.records import Document, IngestError, content_id

TEXT_EXTENSIONS = {".txt", ".text"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
#: Readers that exist in DESIGN.md but come with the cleaning issue.
NOT_YET_SUPPORTED = {".warc", ".gz", ".xml", ".rss", ".atom"}

#: A file larger than this is refused rather than read into memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Share of control characters above which a "text" file is judged binary.
BINARY_CONTROL_SHARE = 0.05
JSONL_FORMS = ("body", "html", "text")  # precedence when a line has several
JSONL_META = ("title", "outlet", "url", "published", "language")

Item = Document | IngestError


def iter_input_files(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """Expand folders recursively (sorted, symlink loops broken) into files."""
    for raw in inputs:
        path = Path(raw)
        if str(raw).startswith(("http://", "https://")):
            yield IngestError(
                str(raw), "URLs are not supported yet (coming with the cleaning issue)"
            )
            continue
        if not path.exists():
            yield IngestError(str(raw), "no such file or directory")
            continue
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(path, followlinks=True):
                stat = os.stat(root)
                key = (stat.st_dev, stat.st_ino)
                if key in seen:
                    dirs[:] = []
                    continue
                seen.add(key)
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    yield Path(root) / name
        else:
            yield path


def _decode(data: bytes) -> str | None:
    """Decode bytes as UTF-8 (with or without BOM); None when they are not text."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if text and controls / len(text) > BINARY_CONTROL_SHARE:
        return None
    return text


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def read_file(path: Path) -> list[Item]:
    """Read one file into Documents (one per JSONL line) or an IngestError."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in NOT_YET_SUPPORTED:
        return [IngestError(source, f"'{suffix}' files are not supported yet")]
    known = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS
    if suffix not in known:
        return [
            IngestError(
                source,
                f"unknown file type '{suffix or path.name}' (expected .txt, .html, .htm or .jsonl)",
            )
        ]
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return [IngestError(source, f"file too large ({size} bytes; limit {MAX_FILE_BYTES})")]
        data = path.read_bytes()
    except OSError as exc:
        return [IngestError(source, f"cannot read: {exc.strerror or exc}")]
    if not data.strip():
        return [IngestError(source, "empty file")]
    text = _decode(data)
    if text is None:
        return [IngestError(source, "not text: binary data or invalid UTF-8")]
    if suffix in JSONL_EXTENSIONS:
        return read_jsonl(text, source)
    form = "html" if suffix in HTML_EXTENSIONS or _looks_like_html(text) else "text"
    return [Document(id=content_id(form, text), source=source, content=text, form=form)]


def read_jsonl(text: str, source: str) -> list[Item]:
    """One Document per line; a broken line is an error naming its line number."""
    items: list[Item] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append(IngestError(where, f"invalid JSON: {exc.msg}"))
            continue
        if not isinstance(record, dict):
            items.append(IngestError(where, "a line must be a JSON object"))
            continue
        form = next((f for f in JSONL_FORMS if isinstance(record.get(f), str)), None)
        if form is None:
            items.append(IngestError(where, "no 'text', 'html' or 'body' string field"))
            continue
        content = record[form]
        if not content.strip():
            items.append(IngestError(where, f"empty '{form}' field"))
            continue
        meta: dict[str, str | None] = {}
        for key in JSONL_META:
            value = record.get(key)
            meta[key] = str(value) if isinstance(value, str | int | float) and value != "" else None
        ext = record.get("id")
        external_id = str(ext) if isinstance(ext, str | int) and not isinstance(ext, bool) else None
        items.append(
            Document(
                id=content_id(form, content, json.dumps(meta, sort_keys=True), external_id or ""),
                source=source,
                content=content,
                form=form,
                record_index=number - 1,
                external_id=external_id,
                title=meta["title"],
                outlet=meta["outlet"],
                url=meta["url"],
                published=meta["published"],
                language=meta["language"],
            )
        )
    if not items:
        items.append(IngestError(source, "no records in JSONL file"))
    return items


def ingest(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[list[Item]]:
    """Yield, per input file, the Documents and errors it gives."""
    for entry in iter_input_files(inputs):
        if isinstance(entry, IngestError):
            yield [entry]
        else:
            yield read_file(entry)
