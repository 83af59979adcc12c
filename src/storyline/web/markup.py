"""Escape-first HTML for article bodies and search snippets.

Every function here escapes the untrusted text piece by piece and only then
wraps the pieces in our own elements, so no byte of article text ever reaches
the page unescaped. The results are :class:`markupsafe.Markup`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

__all__ = [
    "BIDI_CONTROLS",
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "best_sentence",
    "isolate_bidi",
    "highlight_snippet",
    "render_body",
    "snippet_highlights",
]

#: Markers FTS5's snippet() puts around matched words (private-use characters).
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"

#: Embeddings, overrides and isolates: scraped text may use them to reorder what follows it.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def isolate_bidi(text: str) -> str:
    """Wrap ``text`` in FSI…PDI when it holds bidi controls, so they end where it ends.

    The text is kept as it was (a right-to-left override still reverses its
    own words) but cannot reorder the page around it: at the closing PDI every
    embedding and override opened inside is terminated, as with ``<bdi>``.
    """
    if BIDI_CONTROLS.search(text):
        return "\u2068" + text + "\u2069"
    return text


def _esc(text: str) -> str:
    return str(escape(isolate_bidi(text)))


_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset(
    "a an and are as at be been but by for from had has have he her his in into is it its "
    "of on or said says she that the their they this to was were which who will with".split()
)


def _words(text: str) -> set[str]:
    return {w for w in (m.group().casefold() for m in _WORD.finditer(text)) if w not in _STOP}


def best_sentence(text: str, body: str, sentences: Sequence[Sequence[int]]) -> int | None:
    """Index of the sentence of ``body`` sharing the most words with ``text``.

    Ties go to the earlier sentence; ``None`` when no sentence shares a word.
    """
    wanted = _words(text)
    if not wanted:
        return None
    best: tuple[float, float] = (0.0, 0.0)
    found = None
    for i, (start, end) in enumerate(sentences):
        have = _words(body[start:end])
        shared = len(wanted & have)
        if not shared:
            continue
        score = (shared / len(wanted), shared / len(wanted | have))
        if score > best:
            best, found = score, i
    return found


def _entity_href(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


def render_body(
    body: str,
    sentences: Sequence[Sequence[int]],
    mentions: Iterable[Any],
    quotes: Iterable[Any],
) -> Markup:
    """The article body as paragraphs of sentence spans, with entities and quotes marked.

    Sentence ``i`` is ``<span class="sent" id="s-i">``; a quote is a
    ``<span class="quote">`` (split at sentence ends when it spans several);
    an entity mention links to its entity page. Text outside every sentence
    is kept, escaped. Paragraphs are the body's lines.
    """
    n = len(body)
    spans = sorted(
        (max(0, int(s)), min(n, int(e)), i)
        for i, (s, e) in enumerate(sentences)
        if 0 <= int(s) < int(e)
    )
    quote_spans = sorted(
        (max(0, q.start), min(n, q.end), q) for q in quotes if 0 <= q.start < q.end
    )
    mention_spans = sorted(
        (max(0, m.start), min(n, m.end), m) for m in mentions if 0 <= m.start < m.end
    )

    def inline(start: int, end: int) -> str:
        """Escaped text of [start, end) with quote and mention wrappers."""
        cuts = {start, end}
        for s, e, _ in quote_spans:
            if s < end and e > start:
                cuts.update((max(s, start), min(e, end)))
        for s, e, _ in mention_spans:
            if s < end and e > start:
                cuts.update((max(s, start), min(e, end)))
        points = sorted(cuts)
        out = []
        for a, b in zip(points, points[1:], strict=False):
            piece = _esc(body[a:b])
            mention = next((m for s, e, m in mention_spans if s <= a and b <= e), None)
            if mention is not None and mention.entity_id:
                label = f"{mention.canonical or mention.text} ({mention.label})"
                piece = (
                    f'<a class="ent ent-{escape(mention.label.lower())}" '
                    f'href="{escape(_entity_href(mention.entity_id))}" '
                    f'title="{escape(label)}">{piece}</a>'
                )
            q = next((q for s, e, q in quote_spans if s <= a and b <= e), None)
            if q is not None:
                who = q.speaker or "unattributed"
                title = f"{q.kind} quote — {who}" + (f", “{q.cue}”" if q.cue else "")
                first = a == max(q.start, 0)
                ident = f' id="q-{escape(_anchor(q.id))}"' if first else ""
                piece = (
                    f'<span class="qm qm-{escape(q.kind)}"{ident} '
                    f'title="{escape(title)}">{piece}</span>'
                )
            out.append(piece)
        return "".join(out)

    html: list[str] = []
    pos = 0
    for line in body.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        parts: list[str] = []
        cursor = start
        for s, e, i in spans:
            if e <= start or s >= end:
                continue
            s, e = max(s, cursor), min(e, end)
            if s >= e:
                continue
            if s > cursor:
                parts.append(inline(cursor, s))
            parts.append(f'<span class="sent" id="s-{i}">{inline(s, e)}</span>')
            cursor = e
        if cursor < end:
            parts.append(inline(cursor, end))
        html.append("<p>" + "".join(parts) + "</p>")
    return Markup("\n".join(html))


def _anchor(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.:-]", "_", str(value))


def snippet_highlights(snippet: str) -> tuple[str, list[list[int]]]:
    """Plain snippet text and the [start, end) offsets of its highlighted words."""
    plain: list[str] = []
    marks: list[list[int]] = []
    length = 0
    start = None
    for ch in snippet:
        if ch == HIGHLIGHT_START:
            start = length
        elif ch == HIGHLIGHT_END:
            if start is not None and length > start:
                marks.append([start, length])
            start = None
        else:
            plain.append(ch)
            length += 1
    return "".join(plain), marks


def highlight_snippet(text: str, marks: Sequence[Sequence[int]]) -> Markup:
    """Escape ``text`` piece by piece, wrapping the ``marks`` ranges in ``<mark>``."""
    out: list[str] = []
    cursor = 0
    for start, end in marks:
        if start < cursor:
            continue
        out.append(_esc(text[cursor:start]))
        out.append(f"<mark>{_esc(text[start:end])}</mark>")
        cursor = end
    out.append(_esc(text[cursor:]))
    return Markup("".join(out))
