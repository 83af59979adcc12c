"""The HTML report and Markdown briefs, built from inline export rows."""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from storyline.report import build_report_context, write_markdown_briefs, write_report

HOSTILE_TITLE = "Harbour <script>alert(1)</script> update </textarea>"
HOSTILE_BODY = (
    "Officials met on Tuesday.</textarea><script>alert(1)</script>\n"
    'A <img src=x onerror="alert(2)"> tag should stay text.'
)


def _article(aid, story_id, outlet, title, published, body, removed=(), duplicate_of=None):
    return {
        "id": aid,
        "source": f"demo/{aid}.txt",
        "external_id": None,
        "segment": 0,
        "outlet": outlet,
        "title": title,
        "published": published,
        "language": "en",
        "body": body,
        "removed": [{"text": t, "reason": r} for t, r in removed],
        "duplicate_of": duplicate_of,
        "story_id": story_id,
    }


@pytest.fixture
def data() -> dict[str, list[dict]]:
    articles = [
        _article(
            "a1",
            "s1",
            "The Coastal Ledger",
            "Chemical spill closes Port Aldmere harbour",
            "2026-03-10",
            "A tanker leaked solvent into the harbour on March 10.\n\n"
            "About 3,200 residents were evacuated, the mayor said.",
            removed=[("Listen to this story", "widget"), ("4 hours ago", "timestamp")],
        ),
        _article(
            "a2",
            "s1",
            "Aldmere Evening Post",
            "Thousands evacuated after Aldmeer spill",
            "2026-03-11",
            "Some 4,000 residents left their homes.\nThe harbour stays closed.",
            removed=[("Sign up for our morning newsletter", "widget")],
        ),
        _article("a3", "s1", None, HOSTILE_TITLE, "2026-03-12", HOSTILE_BODY),
        _article(
            "a4",
            "s1",
            "Harbour Wire",
            "Chemical spill closes Port Aldmere harbour",
            "2026-03-11",
            "A tanker leaked solvent into the harbour on March 10.",
            duplicate_of="a1",
        ),
        _article(
            "b1",
            "s2",
            "Inland Herald",
            "Library reopens after flood repairs",
            "2026-02-01",
            "The Veldt Street library reopened on Monday.",
        ),
        _article(
            "z1",
            None,
            "Inland Herald",
            "Weather: showers expected",
            "2026-03-01",
            "Showers are expected over the weekend.",
        ),
    ]
    stories = [
        {
            "id": "s2",
            "title": "Veldt Street library reopens",
            "article_ids": ["b1"],
            "first_published": "2026-02-01",
            "last_published": "2026-02-01",
        },
        {
            "id": "s1",
            "title": "Solvent spill in Port Aldmere harbour",
            "article_ids": ["a1", "a2", "a3", "a4"],
            "first_published": "2026-03-10",
            "last_published": "2026-03-12",
        },
    ]
    entities = [
        {
            "id": "e1",
            "name": "Port Aldmere",
            "type": "GPE",
            "aliases": ["Aldmeer", "Port Aldmere"],
            "mentions": [
                {"article_id": "a1", "start": 30, "end": 42},
                {"article_id": "a2", "start": 30, "end": 37},
            ],
        }
    ]
    quotes = [
        {
            "id": "q1",
            "article_id": "a1",
            "text": "We moved everyone out before noon",
            "speaker": "Mayor Ilse Brandt",
            "speaker_entity_id": "e2",
            "cue": "said",
            "kind": "direct",
            "start": 0,
            "end": 10,
        },
        {
            "id": "q2",
            "article_id": "a3",
            "text": "</textarea><script>alert(1)</script> is not a quote",
            "speaker": None,
            "speaker_entity_id": None,
            "cue": "wrote",
            "kind": "indirect",
            "start": 0,
            "end": 10,
        },
    ]
    events = [
        {
            "id": "ev2",
            "story_id": "s1",
            "date": "2026-03-11",
            "text": "Evacuation extended",
            "article_ids": ["a2"],
        },
        {
            "id": "ev1",
            "story_id": "s1",
            "date": "2026-03-10",
            "text": "Tanker leaks solvent into the harbour",
            "article_ids": ["a1", "a2", "a4"],
        },
        {
            "id": "ev3",
            "story_id": "s2",
            "date": "2026-02",
            "text": "Library reopens",
            "article_ids": ["b1"],
        },
    ]
    facts = [
        {
            "id": "f1",
            "story_id": "s1",
            "statement": "3,200 residents were evacuated",
            "article_ids": ["a1"],
            "conflicts": [{"article_ids": ["a2"], "statement": "4,000 residents were evacuated"}],
        },
        {
            "id": "f2",
            "story_id": "s1",
            "statement": "The harbour is closed",
            "article_ids": ["a1", "a2"],
            "conflicts": [],
        },
    ]
    framing = [
        {
            "story_id": "s1",
            "referent": "Port Aldmere",
            "variants": [
                {"term": "Aldmere", "outlets": ["The Coastal Ledger"], "article_ids": ["a1"]},
                {"term": "Aldmeer", "outlets": ["Aldmere Evening Post"], "article_ids": ["a2"]},
            ],
        }
    ]
    briefs = [
        {
            "story_id": "s1",
            "title": "Solvent spill in Port Aldmere harbour",
            "sentences": [
                {
                    "text": "A tanker leaked solvent into Port Aldmere harbour on March 10.",
                    "article_ids": ["a1", "a4"],
                    "section": "summary",
                },
                {
                    "text": "Outlets disagree on how many residents were evacuated.",
                    "article_ids": ["a1", "a2"],
                    "section": "conflicts",
                },
                {
                    "text": "One page carried <script>alert(1)</script> in its text.",
                    "article_ids": ["a3"],
                    "section": "facts",
                },
                {
                    "text": "The library story is cited here too.",
                    "article_ids": ["b1"],
                    "section": "coverage",
                },
            ],
        },
        {
            "story_id": "s2",
            "title": "Veldt Street library reopens",
            "sentences": [
                {"text": "The library reopened.", "article_ids": ["b1"], "section": "summary"}
            ],
        },
    ]
    return {
        "articles": articles,
        "stories": stories,
        "entities": entities,
        "quotes": quotes,
        "events": events,
        "facts": facts,
        "framing": framing,
        "briefs": briefs,
    }


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.cite_hrefs: list[str] = []
        self.tags: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
            if "cite" in (a.get("class") or "").split():
                self.cite_hrefs.append(a["href"])
        for key in ("src", "href"):
            value = a.get(key) or ""
            if value and not value.startswith("#"):
                self.external.append(f"{tag}[{key}]={value}")


def _parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    c.close()
    return c


def test_report_written_and_self_contained(data, tmp_path: Path):
    path = write_report(data, tmp_path / "out")
    assert path == tmp_path / "out" / "report.html"
    html = path.read_text(encoding="utf-8")
    page = _parse(html)
    assert "style" in page.tags
    assert "script" not in page.tags
    assert "link" not in page.tags
    assert page.external == []  # no CDN, no external resource, only in-page anchors
    for story in data["stories"]:
        assert story["title"] in html


def test_citation_anchors_resolve(data, tmp_path: Path):
    html = write_report(data, tmp_path).read_text(encoding="utf-8")
    page = _parse(html)
    ids = set(page.ids)
    assert len(page.ids) == len(ids), "element ids must be unique"
    assert page.cite_hrefs, "brief sentences must carry citation markers"
    for href in page.hrefs:
        assert href.startswith("#") and href[1:] in ids, href
    for aid in ("a1", "a2", "a3", "a4", "b1", "z1"):
        assert f"a-{aid}-s" in ids
    assert 'href="#a-a1-s">[1]</a>' in html
    assert "#a-b1-s" in page.cite_hrefs  # cited across stories, still resolves


def test_hostile_text_is_escaped(data, tmp_path: Path):
    html = write_report(data, tmp_path).read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "</textarea>" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;/textarea&gt;" in html
    assert "script" not in _parse(html).tags


def test_story_order_sections_and_details(data, tmp_path: Path):
    html = write_report(data, tmp_path).read_text(encoding="utf-8")
    # Larger story first in the story list and in the body.
    assert html.index("Solvent spill in Port Aldmere harbour") < html.index(
        "Veldt Street library reopens"
    )
    # Timeline sorted by date.
    assert html.index("Tanker leaks solvent into the harbour") < html.index("Evacuation extended")
    assert "Unattributed" in html and "Mayor Ilse Brandt" in html
    assert "Aldmeer" in html and "Where outlets differ" in html
    assert "✓" in html and "≠" in html
    assert "<details" in html and "Listen to this story" in html
    assert "Articles not in any story" in html and "Weather: showers expected" in html
    assert "Unknown outlet" in html


def test_context_numbering_and_coverage(data):
    ctx = build_report_context(data)
    assert [s["id"] for s in ctx["stories"]] == ["s1", "s2"]
    spill = ctx["stories"][0]
    assert ctx["numbering"]["s1"]["a1"] == 1 and ctx["numbering"]["s1"]["a4"] == 2
    assert spill["n_articles"] == 4 and spill["n_outlets"] == 3
    outlets = spill["coverage"]["outlets"]
    row = spill["coverage"]["rows"][0]
    marks = dict(zip(outlets, (c["mark"] for c in row["cells"]), strict=True))
    assert marks["The Coastal Ledger"] == "✓"
    assert marks["Aldmere Evening Post"] == "≠"
    assert marks["Harbour Wire"] == ""
    # b1 is rendered in its own story; the spill story only links to it.
    b1 = next(a for a in spill["articles"] if a["id"] == "b1")
    assert not b1["render_here"]


def test_markdown_briefs(data, tmp_path: Path):
    paths = write_markdown_briefs(data, tmp_path)
    assert sorted(p.name for p in paths) == ["s1.md", "s2.md"]
    md = (tmp_path / "briefs" / "s1.md").read_text(encoding="utf-8")
    assert md.startswith("# Solvent spill in Port Aldmere harbour\n")
    assert "A tanker leaked solvent into Port Aldmere harbour on March 10. [1][2]" in md
    assert "## Where outlets differ" in md
    assert "## Sources" in md
    first = r"^1\. Chemical spill closes Port Aldmere harbour — The Coastal Ledger"
    assert re.search(first, md, re.M)
    assert "`a1`" in md and "`a4`" in md
    assert "<script" not in md
    # Every marker used in the text has a numbered source.
    used = {int(n) for n in re.findall(r"\[(\d+)\]", md)}
    listed = {int(n) for n in re.findall(r"^(\d+)\. ", md, re.M)}
    assert used and used <= listed
    assert "\n_4 articles · 3 outlets" in md
    md2 = (tmp_path / "briefs" / "s2.md").read_text(encoding="utf-8")
    assert "The library reopened. [1]" in md2
    assert "\n_1 article · 1 outlet" in md2  # not "1 articles · 1 outlets"
    for a in data["articles"]:
        a["outlet"] = None
    write_markdown_briefs(data, tmp_path)
    md2 = (tmp_path / "briefs" / "s2.md").read_text(encoding="utf-8")
    assert "\n_1 article · no named outlet" in md2  # not "0 outlets"
    assert "no named outlet" in write_report(data, tmp_path).read_text(encoding="utf-8")


def test_markdown_sources_are_what_the_brief_can_cite(data, tmp_path: Path):
    # The corpus-wide framing can cite an article of another story, or of none; the
    # report numbers it for its framing table, but a Markdown brief, which shows no
    # framing, does not list it among its sources (and keeps its numbers 1..n).
    data["framing"][0]["variants"].append(
        {"term": "the port", "outlets": [], "article_ids": ["z1"]}
    )
    numbering = build_report_context(data)["numbering"]["s1"]
    assert numbering["z1"] == 6
    write_markdown_briefs(data, tmp_path)
    md = (tmp_path / "briefs" / "s1.md").read_text(encoding="utf-8")
    sources = md.split("## Sources", 1)[1]
    assert "Weather: showers expected" not in sources
    assert re.findall(r"^(\d+)\. ", sources, re.M) == ["1", "2", "3", "4", "5"]


def test_framing_across_the_corpus_cites_the_story_own_articles(data, tmp_path: Path):
    # A framing row across the corpus names every article anywhere that uses a term: the
    # story cites its own; a term none of them uses, three from elsewhere and a count.
    for n in range(2, 6):
        data["articles"].append({**data["articles"][-1], "id": f"z{n}", "title": f"Other {n}"})
    data["framing"][0]["variants"] += [
        {"term": "Aldmere port", "outlets": [], "article_ids": ["a4", "z1", "z2"]},
        {"term": "the port", "outlets": [], "article_ids": ["z1", "z2", "z3", "z4", "z5"]},
    ]
    spill = build_report_context(data)["stories"][0]
    variants = {v["term"]: v for v in spill["framing"][0]["variants"]}
    assert [c["article_id"] for c in variants["Aldmere port"]["cites"]] == ["a4"]
    assert variants["Aldmere port"]["more"] == 2
    assert [c["article_id"] for c in variants["the port"]["cites"]] == ["z1", "z2", "z3"]
    assert variants["the port"]["more"] == 2
    assert {a["id"] for a in spill["articles"]} == {"a1", "a2", "a3", "a4", "b1", "z1", "z2", "z3"}
    html = write_report(data, tmp_path).read_text(encoding="utf-8")
    assert "and 2 more articles" in html


def test_coverage_without_two_named_outlets_lists_the_facts(data, tmp_path: Path):
    # An outlet x fact matrix of one "Unknown outlet" column is a column of ticks.
    html = write_report(data, tmp_path).read_text(encoding="utf-8")
    assert html.count('<table class="matrix">') == 1  # the spill story, of three outlets
    for a in data["articles"]:
        a["outlet"] = None
    html = write_report(data, tmp_path).read_text(encoding="utf-8")
    assert '<table class="matrix">' not in html
    assert "No named outlet: nothing to set side by side" in html
    spill = build_report_context(data)["stories"][0]
    for row in spill["coverage"]["rows"]:
        assert row["statement"] in html


def test_empty_data(tmp_path: Path):
    empty = {
        k: []
        for k in (
            "articles",
            "stories",
            "entities",
            "quotes",
            "events",
            "facts",
            "framing",
            "briefs",
        )
    }
    html = write_report(empty, tmp_path).read_text(encoding="utf-8")
    assert "No stories." in html
    assert write_markdown_briefs(empty, tmp_path) == []


def _reference_entity_views(entities, article_ids, limit=20):
    """A story's entities as first written: every entity's mentions filtered to the
    story's articles. The index must give the same list."""
    from storyline.report.html import _one_line, _text, _unique

    views = []
    for e in entities:
        mentions = [m for m in e.get("mentions") or [] if _text(m.get("article_id")) in article_ids]
        if not mentions:
            continue
        name = _one_line(e.get("name"))
        aliases = [
            a for a in _unique(_one_line(x) for x in e.get("aliases") or []) if a and a != name
        ]
        views.append(
            {
                "name": name,
                "type": _text(e.get("type")) or None,
                "aliases": aliases,
                "mentions": len(mentions),
                "articles": len({_text(m.get("article_id")) for m in mentions}),
                "href": None,
            }
        )
    views.sort(key=lambda v: (-v["mentions"], v["name"].casefold()))
    return views[:limit]


def test_story_entities_from_the_index_match_a_scan_of_every_mention():
    import random

    from storyline.report.html import _EntityIndex

    rng = random.Random(4)
    articles = [f"a{n}" for n in range(60)]
    names = ["Ilse Marwick", "Tomas Brell", "Harbour Board", "Quay Union", "Odile Sand"]
    entities = [
        {
            "id": f"e{n}",
            "name": f"{rng.choice(names)} {n % 7}",  # repeated names: ties keep entity order
            "type": rng.choice(["PERSON", "ORG"]),
            "aliases": [rng.choice(names)],
            "mentions": [
                {"article_id": rng.choice(articles), "start": 0, "end": 4}
                for _ in range(rng.randint(0, 6))
            ],
        }
        for n in range(80)
    ]
    index = _EntityIndex(entities)
    for _ in range(30):
        story = set(rng.sample(articles, rng.randint(1, 12)))
        assert index.views(story) == _reference_entity_views(entities, story)
    assert index.views(set(articles), limit=200) == _reference_entity_views(
        entities, set(articles), limit=200
    )


def test_report_past_its_article_limit_lists_the_other_stories(data, tmp_path: Path):
    """Past the limit the biggest story is rendered and the others only listed: their
    titles and ids are on the page, their articles are not (unless a rendered brief
    cites them), nor filed under "not in any story", and every link still lands."""
    data = copy.deepcopy(data)
    data["articles"].append(
        _article("c1", "s3", "Inland Herald", "Ferry timetable changes", "2026-01-05", "Ferries.")
    )
    data["stories"].append(
        {
            "id": "s3",
            "title": "Ferry timetable changes",
            "article_ids": ["c1"],
            "first_published": "2026-01-05",
            "last_published": "2026-01-05",
        }
    )
    full = build_report_context(data)
    first = full["stories"][0]
    ctx = build_report_context(data, max_articles=first["n_articles"])
    assert [s["id"] for s in ctx["stories"]] == [first["id"]]
    assert [s["id"] for s in ctx["more_stories"]] == [s["id"] for s in full["stories"][1:]]
    assert ctx["loose_articles"] == full["loose_articles"]
    html = write_report(data, tmp_path, max_articles=first["n_articles"]).read_text("utf-8")
    page = _parse(html)
    ids = set(page.ids)
    for href in page.hrefs:
        assert href.startswith("#") and href[1:] in ids, href
    for story in full["stories"][1:]:
        assert story["title"] in html and story["id"][:8] in html
    assert "storyline serve" in html
    assert "a-c1-s" not in ids  # its story is only listed, and no rendered brief cites it
    assert "a-b1-s" in ids  # cited by the rendered story's brief: rendered there
    # No limit (None or 0) renders every story, as before.
    everything = write_report(data, tmp_path / "all", max_articles=None).read_text("utf-8")
    assert everything == write_report(data, tmp_path / "zero", max_articles=0).read_text("utf-8")
    assert "more-stories" not in everything and 'id="a-c1-s"' in everything


def test_an_untitled_article_is_told_by_its_opening_words(data, tmp_path: Path):
    # A page dump with no headline line: "(untitled)" alone would list several sources
    # the same way; its opening words tell them apart.
    a2 = next(a for a in data["articles"] if a["id"] == "a2")
    a2["title"] = None
    a2["body"] = (
        "Some 4,000 residents of the old quarter left their homes overnight, the council"
        " said.\nThe harbour stays closed."
    )
    story = build_report_context(data)["stories"][0]
    view = next(v for v in story["articles"] if v["id"] == "a2")
    assert view["title"] == "(untitled) Some 4,000 residents of the old quarter left their homes…"
    assert not view["has_title"]
    write_markdown_briefs(data, tmp_path)
    md = (tmp_path / "briefs" / "s1.md").read_text(encoding="utf-8")
    assert "(untitled) Some 4,000 residents of the old quarter left their homes… —" in md
    a2["body"] = ""
    story = build_report_context(data)["stories"][0]
    assert next(v for v in story["articles"] if v["id"] == "a2")["title"] == "(untitled)"
