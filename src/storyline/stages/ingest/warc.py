"""WARC files (``.warc``, ``.warc.gz``; Common Crawl CC-NEWS style).

Each ``response`` record whose HTTP status is 200 and whose payload is HTML
(or plain text) becomes one Document, ``source=f"{path}#{offset}"`` (the
record's byte offset in the file, compressed offset for ``.warc.gz``),
``url`` the WARC-Target-URI and ``fetched`` the WARC-Date. Other record
types (request, metadata, warcinfo, revisit) and other responses (non-200,
images, scripts, oversize payloads) are skipped and counted in a
:class:`WarcStats`, never reported as errors.

The file is streamed, record by record, so a crawl file of any size is
never held in memory. A truncated or garbled file gives the records read
before the damage plus exactly one ``IngestError`` naming the file.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storyline.records import Document, IngestError, content_id
from storyline.stages.ingest.urls import (
    HTML_TYPES,
    TEXT_TYPES,
    decode_web_text,
    looks_like_html,
    media_type,
)

log = logging.getLogger(__name__)

Item = Document | IngestError

#: A payload larger than this is skipped (a page is never this big).
MAX_RECORD_BYTES = 10 * 1024 * 1024
_BUFF = 64 * 1024


@dataclass(slots=True)
class WarcStats:
    """What a WARC held: documents made and records skipped, by reason."""

    documents: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def is_warc_name(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def sniff_warc(path: Path) -> bool:
    """True when the file (gzipped or not) starts with a WARC version line."""
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
        if head.startswith(b"\x1f\x8b"):
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except (OSError, zlib.error):
        return False
    return head.startswith(b"WARC/")


def _iterator_class():  # noqa: ANN202 - built lazily so importing ingest stays cheap
    from warcio.archiveiterator import ArchiveIterator

    class CheckedIterator(ArchiveIterator):
        """Remembers, on close, whether a gzip member was cut short or corrupt."""

        gzip_incomplete = False
        #: warcio writes this warning (with raw garbage bytes) straight to
        #: stderr; silenced, and counted in ``err_count`` instead.
        INC_RECORD = ""

        def close(self) -> None:
            decompressor = getattr(self.reader, "decompressor", None)
            if decompressor is not None and hasattr(decompressor, "eof"):
                self.gzip_incomplete = not decompressor.eof
            super().close()

    return CheckedIterator


def _payload_kind(record) -> str | None:  # noqa: ANN001
    """'html', 'text', or None (skip) from the HTTP header, WARC hint or the bytes."""
    declared = media_type(record.http_headers.get_header("Content-Type"))
    if not declared:
        declared = media_type(record.rec_headers.get_header("WARC-Identified-Payload-Type"))
    if declared in HTML_TYPES:
        return "html"
    if declared in TEXT_TYPES:
        return "text"
    return "sniff" if not declared else None


def iter_warc(path: Path, stats: WarcStats | None = None) -> Iterator[Item]:
    """Stream the Documents of a WARC file, then at most one IngestError."""
    stats = stats if stats is not None else WarcStats()
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")
        return
    error: str | None = None
    records = 0
    with fh:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            yield IngestError(source, "empty file")
            return
        iterator = _iterator_class()(fh)
        try:
            for index, record in enumerate(iterator):
                if record.format not in ("warc", "arc2warc") or not record.rec_type:
                    error = "not a WARC file" if index == 0 else "garbled record"
                    break
                records += 1
                declared = record.rec_headers.get_header("Content-Length") or ""
                if record.length is None or not declared.strip().isdigit():
                    error = "record without a valid Content-Length"
                    break
                item, skip, truncated = _read_record(record)
                offset = iterator.get_record_offset()
                if truncated:
                    error = f"truncated record at offset {offset}"
                    break
                if skip:
                    stats.skipped[skip] += 1
                    continue
                if item is not None:
                    stats.documents += 1
                    yield _document(item, f"{source}#{offset}", index)
        except Exception as exc:  # noqa: BLE001 - garbled input, never a crash
            # warcio quotes the offending line: raw bytes, no help to a reader.
            detail = str(exc).split(", first line")[0][:120]
            error = f"garbled WARC: {type(exc).__name__}: {detail}".strip()
        if error is None and getattr(iterator, "err_count", 0):
            error = "garbled data between records (a Content-Length is wrong)"
        if error is None and iterator.gzip_incomplete:
            error = "truncated or corrupt gzip data"
        if error is None and records and iterator.offset < size:
            error = f"truncated or garbled data at offset {iterator.offset}"
    if error is None and records == 0:
        error = "not a WARC file (no records)"
    if stats.skipped:
        log.info(
            "%s: %d documents, skipped %s",
            source,
            stats.documents,
            ", ".join(f"{n} {why}" for why, n in sorted(stats.skipped.items())),
        )
    if error is not None:
        n = stats.documents
        read = f" ({n} document{'' if n == 1 else 's'} read before it)" if n else ""
        yield IngestError(source, f"{error}{read}")


@dataclass(slots=True)
class _Page:
    form: str
    text: str
    url: str | None
    fetched: str | None


def _drain(record) -> bool:  # noqa: ANN001
    """Read the rest of the record block; True when the file ended before it did."""
    raw = record.raw_stream
    while raw.read(_BUFF):
        pass
    return getattr(raw, "limit", 0) > 0


def _read_record(record) -> tuple[_Page | None, str | None, bool]:  # noqa: ANN001
    """(page, skip reason, truncated) of one record; the block is always read to its end."""
    if record.rec_type != "response":
        return None, record.rec_type or "untyped", _drain(record)
    if record.http_headers is None:
        return None, "response without HTTP headers", _drain(record)
    status = record.http_headers.get_statuscode()
    if status != "200":
        return None, f"HTTP {status}", _drain(record)
    kind = _payload_kind(record)
    if kind is None:
        return None, "not HTML", _drain(record)
    try:
        payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        log.debug("undecodable payload: %s", exc)
        return None, "undecodable payload", _drain(record)
    truncated = _drain(record)
    if truncated:
        return None, None, True
    if len(payload) > MAX_RECORD_BYTES:
        return None, "too large", False
    if not payload.strip():
        return None, "empty payload", False
    text = decode_web_text(payload, record.http_headers.get_header("Content-Type"))
    if kind == "sniff":
        if looks_like_html(text):
            kind = "html"
        else:
            return None, "not HTML", False
    headers = record.rec_headers
    return (
        _Page(
            form=kind,
            text=text,
            url=headers.get_header("WARC-Target-URI"),
            fetched=headers.get_header("WARC-Date"),
        ),
        None,
        False,
    )


def _document(page: _Page, source: str, index: int) -> Document:
    return Document(
        id=content_id(page.form, page.text),
        source=source,
        content=page.text,
        form=page.form,  # type: ignore[arg-type]
        record_index=index,
        url=page.url,
        fetched=page.fetched,
    )


__all__ = ["MAX_RECORD_BYTES", "WarcStats", "is_warc_name", "iter_warc", "sniff_warc"]
