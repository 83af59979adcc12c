"""Ingest: turn inputs (files, folders, URLs) into Documents or IngestErrors.

The reader is picked by extension and, where the extension says nothing
useful, by content:

- ``.txt`` / ``.html`` / ``.htm``: one Document per file;
- ``.jsonl``: one Document per line (:func:`read_jsonl`);
- ``.warc`` / ``.warc.gz``: one Document per HTML response record (:mod:`.warc`);
- ``.xml`` / ``.rss`` / ``.atom``: one Document per feed item (:mod:`.feeds`);
- ``http(s)://`` inputs: fetched politely, one Document (:mod:`.urls`).

An input that cannot be read becomes an ``IngestError`` naming it and the
reason; it never stops the batch. :func:`iter_input` streams an input's
items (a WARC may hold tens of thousands of pages); :func:`read_input` and
:func:`read_file` return them as a list.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.records import Document, IngestError, content_id
from storyline.stages.ingest.feeds import looks_like_feed, read_feed
from storyline.stages.ingest.urls import Fetcher, UrlInput, is_url, read_url
from storyline.stages.ingest.warc import WarcStats, is_warc_name, iter_warc, sniff_warc

__all__ = [
    "Fetcher",
    "IngestError",
    "Item",
    "UrlInput",
    "WarcStats",
    "ingest",
    "iter_input",
    "iter_input_files",
    "iter_warc",
    "read_feed",
    "read_file",
    "read_input",
    "read_jsonl",
    "read_url",
]

TEXT_EXTENSIONS = {".txt", ".text"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
FEED_EXTENSIONS = {".xml", ".rss", ".atom"}
EXPECTED = ".txt, .html, .htm, .jsonl, .warc, .warc.gz, .xml, .rss or .atom"

#: A file larger than this is refused rather than read into memory (WARC is streamed).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Share of control characters above which a "text" file is judged binary.
BINARY_CONTROL_SHARE = 0.05
#: Bytes of a non-UTF-8 file that the charset guess looks at.
FALLBACK_SAMPLE_BYTES = 256 * 1024
JSONL_FORMS = ("body", "html", "text")  # precedence when a line has several
JSONL_META = ("title", "outlet", "url", "published", "language")

Item = Document | IngestError
Entry = Path | UrlInput


def iter_input_files(
    inputs: Iterable[str | os.PathLike[str] | UrlInput],
) -> Iterator[Path | UrlInput | IngestError]:
    """Expand folders recursively (sorted, symlink loops broken) into files; keep URLs."""
    for raw in inputs:
        if isinstance(raw, UrlInput):
            yield raw
            continue
        if is_url(str(raw)):
            yield UrlInput(str(raw))
            continue
        path = Path(raw)
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


def _fallback_decode(data: bytes) -> str | None:
    """Text that is not valid UTF-8: nearly-UTF-8 with a few bad bytes, or a legacy charset.

    A handful of stray bytes (under 1%) become U+FFFD. Otherwise the charset
    is guessed (cp1251, koi8-r, cp1252 ...) and kept only when the guess is
    sure: coherent words in a known language and no chaos. Short snippets
    and binary data stay refused.
    """
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= len(data) // 100:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data[:FALLBACK_SAMPLE_BYTES]).best()
    if best is None or best.chaos > 0.1 or best.coherence < 0.5:
        return None
    return data.decode(best.encoding, errors="replace")


def _decode(data: bytes, strict: bool = False) -> str | None:
    """Decode bytes as text (UTF-8 with or without BOM, UTF-16 with a BOM, else
    :func:`_fallback_decode`); None when they are not text.

    ``strict``: UTF-8 only and no binary check (JSONL, whose lines are judged one by one).
    """
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if strict:
            return None
        text = _fallback_decode(data)
        if text is None:
            return None
    if strict:
        return text
    if "\x00" in text:
        return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if text and controls / len(text) > BINARY_CONTROL_SHARE:
        return None
    return text


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _read_bytes(path: Path) -> bytes | IngestError:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return IngestError(source, f"file too large ({size} bytes; limit {MAX_FILE_BYTES})")
        return path.read_bytes()
    except OSError as exc:
        return IngestError(source, f"cannot read: {exc.strerror or exc}")


def _head(path: Path, size: int = 4096) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def iter_input(entry: Entry | str, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Stream the Documents and errors of one input: a file path or a URL.

    Never raises on bad input: whatever a reader trips on ends that input
    with an IngestError naming it, after the items read before.
    """
    try:
        for item in _iter_input(entry, fetcher):
            yield _scrub(item) if isinstance(item, Document) else item
    except Exception as exc:  # noqa: BLE001 - one bad input must not sink the run
        reason = f"{type(exc).__name__}: {exc}"[:200]
        yield IngestError(str(entry), f"cannot read: {reason}")


_SURROGATE = re.compile("[\ud800-\udfff]")
_TEXT_FIELDS = ("content", "external_id", "title", "outlet", "url", "published", "language")


def _scrub(doc: Document) -> Document:
    """Lone surrogates (a JSONL "\\ud800" escape) cannot be stored as UTF-8: U+FFFD."""
    for name in _TEXT_FIELDS:
        value = getattr(doc, name)
        if isinstance(value, str) and not value.isascii():
            setattr(doc, name, _SURROGATE.sub("\ufffd", value))
    return doc


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode cannot be read as a file (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _iter_input(entry: Entry | str, fetcher: Fetcher | None = None) -> Iterator[Item]:
    if isinstance(entry, UrlInput) or is_url(entry):
        yield from read_url(str(entry), fetcher)
        return
    path = Path(entry)
    source = str(path)
    try:
        kind = _not_regular(path.stat().st_mode)
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")
        return
    if kind is not None:
        # Opening a named pipe would block for ever; a device may never end.
        yield IngestError(source, f"not a regular file ({kind})")
        return
    suffix = path.suffix.lower()
    known = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | FEED_EXTENSIONS
    if is_warc_name(path) or (suffix not in known and sniff_warc(path)):
        yield from iter_warc(path)
        return
    if suffix not in known:
        if looks_like_feed(_head(path)):
            suffix = ".xml"
        else:
            kind = "'.gz' file that is not a WARC" if suffix == ".gz" else None
            yield IngestError(
                source,
                f"unknown file type {kind or repr(suffix or path.name)} (expected {EXPECTED})",
            )
            return
    data = _read_bytes(path)
    if isinstance(data, IngestError):
        yield data
        return
    if not data.strip():
        yield IngestError(source, "empty file")
        return
    if suffix in FEED_EXTENSIONS:
        yield from read_feed(data, source)
        return
    text = _decode(data, strict=suffix in JSONL_EXTENSIONS)
    if text is None:
        yield IngestError(source, "not text: binary data or invalid UTF-8")
        return
    if suffix in JSONL_EXTENSIONS:
        yield from read_jsonl(text, source)
        return
    form = "html" if suffix in HTML_EXTENSIONS or _looks_like_html(text) else "text"
    yield Document(id=content_id(form, text), source=source, content=text, form=form)


def read_input(entry: Entry | str, fetcher: Fetcher | None = None) -> list[Item]:
    """All the Documents and errors of one input, as a list."""
    return list(iter_input(entry, fetcher))


def read_file(path: Entry | str) -> list[Item]:
    """Read one file (or URL) into Documents or IngestErrors."""
    return read_input(path)


def read_jsonl(text: str, source: str) -> list[Item]:
    """One Document per line; a broken line is an error naming its line number."""
    items: list[Item] = []
    # Lines end at "\n" only: JSON strings may hold U+2028, U+0085 ... unescaped.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append(IngestError(where, f"invalid JSON: {exc.msg}"))
            continue
        except (ValueError, RecursionError) as exc:  # a 5,000-digit number, deep nesting
            items.append(IngestError(where, f"invalid JSON: {type(exc).__name__}"))
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


def ingest(
    inputs: Iterable[str | os.PathLike[str] | UrlInput], fetcher: Fetcher | None = None
) -> Iterator[list[Item]]:
    """Yield, per input (file or URL), the Documents and errors it gives."""
    for entry in iter_input_files(inputs):
        if isinstance(entry, IngestError):
            yield [entry]
        else:
            yield read_input(entry, fetcher)
