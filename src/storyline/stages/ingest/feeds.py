"""RSS and Atom feeds: one Document per item/entry.

Parsed from bytes with feedparser (never given a URL, so it never fetches).
An entry carrying its full content (``content:encoded``, Atom ``content``)
becomes ``form="html"`` (``"body"`` when that content is plain text); an
entry with only a summary/description becomes ``form="body"`` with the
summary as plain text. Title, link, date, outlet (the feed's own title),
language and guid travel as the Document's metadata.
"""

from __future__ import annotations

import calendar
import html
import io
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

from storyline.records import Document, IngestError, content_id

Item = Document | IngestError

_PARTIAL_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
_ROOTS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)\b")
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "tr", "table", "section", "article", "figure", "figcaption", "pre",
}  # fmt: skip


def looks_like_feed(data: bytes) -> bool:
    """True when the first element of an XML document is rss, feed or rdf:RDF."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    # Skip the XML declaration, comments, processing instructions and doctype.
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head, flags=re.S).lstrip()
    found = _ROOTS.match(head)
    return found is not None


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    parser = _TextOf()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - a broken fragment still has its words
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _iso(entry, key: str) -> str | None:  # noqa: ANN001
    raw = entry.get(key)
    if isinstance(raw, str) and _PARTIAL_ISO.match(raw.strip()):
        return raw.strip()
    parsed = entry.get(f"{key}_parsed")
    if parsed:
        try:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
        except (OverflowError, ValueError, TypeError):
            return None
    return None


def _is_html(detail: dict | None) -> bool:
    kind = (detail or {}).get("type") or ""
    return "html" in kind


def _entry_content(entry, title: str | None) -> tuple[str, str] | None:  # noqa: ANN001
    """(form, content) of an entry: full content first, else its summary."""
    for detail in entry.get("content") or []:
        value = (detail.get("value") or "").strip()
        if not value:
            continue
        if _is_html(detail):
            heading = f"<h1>{html.escape(title)}</h1>\n" if title else ""
            page = (
                '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
                f"<title>{html.escape(title or '')}</title></head>\n"
                f"<body><article>\n{heading}{value}\n</article></body></html>"
            )
            return "html", page
        return "body", value
    summary = (entry.get("summary") or "").strip()
    if not summary:
        return None
    if _is_html(entry.get("summary_detail")) or "<" in summary:
        summary = html_to_text(summary)
    return ("body", summary) if summary.strip() else None


def read_feed(data: bytes, source: str, *, fetched: str | None = None) -> list[Item]:
    """One Document per item/entry of an RSS/Atom feed, or an IngestError."""
    import feedparser

    if not looks_like_feed(data):
        return [IngestError(source, "not an RSS/Atom feed")]
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True)
    except Exception as exc:  # noqa: BLE001 - a broken feed is an input error
        return [IngestError(source, f"not an RSS/Atom feed: {exc}")]
    if not parsed.get("version") and not parsed.entries:
        return [IngestError(source, "not an RSS/Atom feed")]
    feed = parsed.feed
    outlet = (feed.get("title") or "").strip() or None
    language = (feed.get("language") or "").split("-")[0].strip().lower() or None
    items: list[Item] = []
    for index, entry in enumerate(parsed.entries):
        title = (entry.get("title") or "").strip() or None
        found = _entry_content(entry, title)
        guid = (entry.get("id") or "").strip() or None
        if found is None:
            where = f"{source} (item {index + 1}{', id ' + guid if guid else ''})"
            items.append(IngestError(where, "feed item has neither content nor summary"))
            continue
        form, content = found
        meta = {
            "title": title,
            "outlet": outlet,
            "url": (entry.get("link") or "").strip() or None,
            "published": _iso(entry, "published") or _iso(entry, "updated"),
            "language": language,
        }
        items.append(
            Document(
                id=content_id(form, content, json.dumps(meta, sort_keys=True), guid or ""),
                source=source,
                content=content,
                form=form,
                record_index=index,
                external_id=guid,
                title=meta["title"],
                outlet=outlet,
                url=meta["url"],
                published=meta["published"],
                language=language,
                fetched=fetched,
            )
        )
    if not any(isinstance(i, Document) for i in items) and parsed.get("bozo"):
        problem = str(parsed.get("bozo_exception") or "unreadable")[:120]
        return [IngestError(source, f"feed is broken, no items read: {problem}")]
    if not items:
        items.append(IngestError(source, "feed has no items"))
    return items
