"""Escape-first markup of bodies and snippets, and citation-to-sentence matching."""

from __future__ import annotations

from types import SimpleNamespace

from storyline.web.markup import (
    best_sentence,
    highlight_snippet,
    isolate_bidi,
    render_body,
    snippet_highlights,
)


def test_render_body_escapes_and_marks() -> None:
    body = 'Mayor Ann Lee said "<b>no</b> <script>x</script>" today.\nSecond line here.'
    sentences = [(0, len(body.split("\n")[0])), (body.index("Second"), len(body))]
    mention = SimpleNamespace(
        entity_id="e<1>", text="Ann Lee", label="PERSON", canonical="Ann Lee", start=6, end=13
    )
    q_start = body.index("<b>")
    quote = SimpleNamespace(
        id="q1",
        text="…",
        speaker="Ann Lee",
        cue="said",
        kind="direct",
        start=q_start,
        end=body.index('" today'),
    )
    html = str(render_body(body, sentences, [mention], [quote]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert '<span class="sent" id="s-0">' in html and '<span class="sent" id="s-1">' in html
    assert 'href="/entities/e%3C1%3E"' in html
    assert '<span class="qm qm-direct" id="q-q1"' in html
    assert html.count("<p>") == 2


def test_best_sentence() -> None:
    body = "The ferry stopped on Monday. Crews want better pay. The mayor was silent."
    sentences = [(0, 28), (29, 51), (52, len(body))]
    assert best_sentence("Crews are striking for better pay", body, sentences) == 1
    assert best_sentence("Nothing in common here", body, sentences) is None


def test_snippet_highlights_escape_first() -> None:
    text, marks = snippet_highlights("a <b>\ue000alum\ue001 & \ue000x\ue001")
    assert text == "a <b>alum & x"
    assert marks == [[5, 9], [12, 13]]
    html = str(highlight_snippet(text, marks))
    assert html == "a &lt;b&gt;<mark>alum</mark> &amp; <mark>x</mark>"


def test_isolate_bidi() -> None:
    assert isolate_bidi("plain") == "plain"
    assert isolate_bidi("a\u202eb") == "\u2068a\u202eb\u2069"
