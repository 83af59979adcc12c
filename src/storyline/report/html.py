"""Build the report's view model from export rows and render it.

Input is the ``data`` mapping of export rows (``articles``, ``stories``,
``entities``, ``quotes``, ``events``, ``facts``, ``framing``, ``briefs``),
each a list of dicts as in the export contract. Nothing here trusts the text
it is given: article text is scraped web text, so every template renders with
autoescape on and the only ``|safe`` value is our own stylesheet.

Citation numbers are per story: the articles a story's brief cites are
numbered in order of first citation (brief sections in their fixed order),
then the story's remaining articles by publication date. The HTML report and
the Markdown briefs use the same numbering, so ``[2]`` means the same article
in both.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

__all__ = [
    "SECTION_ORDER",
    "SECTION_TITLES",
    "article_anchor",
    "build_report_context",
    "make_environment",
    "render_report",
    "write_markdown_briefs",
    "write_report",
]

_HERE = Path(__file__).resolve().parent
TEMPLATE_DIR = _HERE / "templates"
CSS_PATH = _HERE / "static" / "report.css"

#: Brief sections, in the order they are shown.
SECTION_ORDER: tuple[str, ...] = ("summary", "facts", "conflicts", "quotes", "timeline", "coverage")
SECTION_TITLES: dict[str, str] = {
    "summary": "Summary",
    "facts": "Key facts",
    "conflicts": "Where outlets differ",
    "quotes": "Who said what",
    "timeline": "Timeline",
    "coverage": "Coverage",
}
UNKNOWN_OUTLET = "Unknown outlet"
UNATTRIBUTED = "Unattributed"
UNTITLED = "(untitled)"

Row = Mapping[str, Any]
Data = Mapping[str, list[dict[str, Any]]]


# --------------------------------------------------------------------------- helpers


def _anchor_part(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.:-]", "_", str(value))


def article_anchor(article_id: str) -> str:
    """The HTML id of an article's section in the report (``a-<id>-s``)."""
    return f"a-{_anchor_part(article_id)}-s"


def story_anchor(story_id: str) -> str:
    """The HTML id of a story's section in the report."""
    return f"story-{_anchor_part(story_id)}"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _one_line(value: Any) -> str:
    return " ".join(_text(value).split())


def _outlet(article: Row | None) -> str:
    if not article:
        return UNKNOWN_OUTLET
    return _one_line(article.get("outlet")) or UNKNOWN_OUTLET


def _date_key(value: Any) -> str:
    return _text(value)


def _paragraphs(body: str) -> list[str]:
    """Body paragraphs: blank-line separated blocks, else one per line."""
    body = _text(body).replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n\s*\n", body):
        blocks = re.split(r"\n\s*\n", body)
        return [" ".join(b.split()) for b in blocks if b.strip()]
    return [line.strip() for line in body.split("\n") if line.strip()]


def _unique(values: Iterable[Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for v in values:
        if v is None or v in seen:
            continue
        seen.add(v)
        out.append(v)
    return out


def _safe_filename(story_id: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", _text(story_id)).strip(".")
    return name or "story"


#: How much of an untitled article's opening stands in for its title, in characters.
UNTITLED_OPENING_CHARS = 60


def article_title(article: Row) -> str:
    """An article's title; for one without (a page dump with no headline line) its
    opening words after "(untitled)", so that a list of sources tells it apart:
    "(untitled) Moscow has expressed willingness to collaborate with…"."""
    title = _one_line(article.get("title"))
    if title:
        return title
    opening = _one_line(article.get("body"))
    if not opening:
        return UNTITLED
    if len(opening) > UNTITLED_OPENING_CHARS:
        cut = opening[: UNTITLED_OPENING_CHARS + 1]
        cut = cut[: cut.rfind(" ")] if " " in cut else cut[:UNTITLED_OPENING_CHARS]
        opening = cut.rstrip(" ,;:—–-") + "…"
    return f"{UNTITLED} {opening}"


# --------------------------------------------------------------------------- numbering


class _Citations:
    """Per-story numbering of articles, shared by the HTML and Markdown briefs."""

    def __init__(self, articles_by_id: Mapping[str, Row], rendered_in: Mapping[str, str]):
        self._articles = articles_by_id
        self._rendered_in = rendered_in  # article id -> story id whose section renders it
        self.numbers: dict[str, int] = {}

    def number(self, article_id: str) -> int:
        if article_id not in self.numbers:
            self.numbers[article_id] = len(self.numbers) + 1
        return self.numbers[article_id]

    def cite(self, article_id: Any) -> dict[str, Any]:
        article_id = _text(article_id)
        article = self._articles.get(article_id)
        label = article_id
        if article:
            label = f"{article_title(article)} — {_outlet(article)}"
        return {
            "n": self.number(article_id),
            "article_id": article_id,
            "href": ("#" + article_anchor(article_id)) if article_id in self._rendered_in else None,
            "label": label,
        }

    def cites(self, article_ids: Iterable[Any] | None) -> list[dict[str, Any]]:
        items = [self.cite(a) for a in _unique(_text(x) for x in (article_ids or []))]
        return sorted(items, key=lambda c: c["n"])


# --------------------------------------------------------------------------- view model


def _group_by(rows: Iterable[Row], key: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        out[_text(row.get(key))].append(row)
    return out


def sorted_stories(stories: list[Row], story_articles: Mapping[str, list[str]]) -> list[Row]:
    # Largest first, then most recent; title as a stable tie-break.
    by_recency = sorted(stories, key=lambda s: _text(s.get("title")))
    by_recency.sort(key=lambda s: _date_key(s.get("last_published")), reverse=True)
    by_recency.sort(key=lambda s: len(story_articles.get(_text(s.get("id")), [])), reverse=True)
    return by_recency


def _brief_sections(brief: Row | None, cit: _Citations) -> list[dict[str, Any]]:
    if not brief:
        return []
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    order = list(SECTION_ORDER)
    for sentence in brief.get("sentences") or []:
        section = _text(sentence.get("section")) or "summary"
        if section not in order:
            order.append(section)
        grouped[section].append(sentence)
    sections = []
    for key in order:
        if not grouped.get(key):
            continue
        sentences = [
            {"text": _text(s.get("text")), "cites": cit.cites(s.get("article_ids"))}
            for s in grouped[key]
        ]
        sections.append(
            {"key": key, "title": SECTION_TITLES.get(key, key.title()), "sentences": sentences}
        )
    return sections


def _article_view(
    article: Row, cit: _Citations, render_here: bool, in_story: bool
) -> dict[str, Any]:
    aid = _text(article.get("id"))
    dup = article.get("duplicate_of")
    return {
        "id": aid,
        "anchor": article_anchor(aid),
        "n": cit.number(aid),
        "title": article_title(article),
        "has_title": bool(_one_line(article.get("title"))),
        "outlet": _outlet(article),
        "published": _text(article.get("published")) or None,
        "language": _text(article.get("language")) or None,
        "source": _text(article.get("source")) or None,
        "segment": article.get("segment"),
        "external_id": _text(article.get("external_id")) or None,
        "url": _text(article.get("url")) or None,
        "paragraphs": _paragraphs(_text(article.get("body"))),
        "removed": [
            {"text": _text(r.get("text")), "reason": _text(r.get("reason")) or "boilerplate"}
            for r in (article.get("removed") or [])
        ],
        "duplicate_of": cit.cite(dup) if dup else None,
        "render_here": render_here,
        "in_story": in_story,
        # Set by the web UI: the article's own page, and the body marked up.
        "href": None,
        "body_html": None,
    }


#: A framing row across the corpus names every article, in any story, that uses each
#: variant. A story cites those of its own; a variant none of its articles uses cites
#: this many from elsewhere, and counts the rest.
FRAMING_CITES_ELSEWHERE = 3


def _framing_variant_view(variant: Row, member_ids: set[str], cit: _Citations) -> dict[str, Any]:
    ids = _unique(_text(a) for a in variant.get("article_ids") or [])
    shown = [a for a in ids if a in member_ids] or ids[:FRAMING_CITES_ELSEWHERE]
    return {
        "term": _text(variant.get("term")),
        "outlets": _unique(_one_line(o) for o in variant.get("outlets") or []),
        "cites": cit.cites(shown),
        "more": len(ids) - len(shown),
    }


def _coverage(
    facts: list[Row], outlets: list[str], articles_by_id: Mapping[str, Row], cit: _Citations
) -> dict[str, Any]:
    rows = []
    for fact in facts:
        reporting = {_outlet(articles_by_id.get(_text(a))) for a in fact.get("article_ids") or []}
        conflicts = []
        differing: dict[str, list[str]] = defaultdict(list)
        for c in fact.get("conflicts") or []:
            statement = _text(c.get("statement"))
            conflicts.append({"statement": statement, "cites": cit.cites(c.get("article_ids"))})
            for a in c.get("article_ids") or []:
                differing[_outlet(articles_by_id.get(_text(a)))].append(statement)
        cells = []
        for outlet in outlets:
            if outlet in reporting:
                cells.append({"mark": "✓", "kind": "yes", "title": f"{outlet} reports this"})
            elif outlet in differing:
                cells.append(
                    {
                        "mark": "≠",
                        "kind": "differs",
                        "title": f"{outlet} says: " + "; ".join(differing[outlet]),
                    }
                )
            else:
                cells.append({"mark": "", "kind": "no", "title": f"{outlet} does not report this"})
        rows.append(
            {
                "id": _text(fact.get("id")),
                "statement": _text(fact.get("statement")),
                "cites": cit.cites(fact.get("article_ids")),
                "conflicts": conflicts,
                "cells": cells,
            }
        )
    return {"outlets": outlets, "rows": rows}


def _quote_groups(quotes: list[Row], cit: _Citations) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        speaker = _one_line(q.get("speaker")) or UNATTRIBUTED
        cite = cit.cite(q.get("article_id"))
        groups[speaker].append(
            {
                "text": _text(q.get("text")),
                "kind": _text(q.get("kind")) or "direct",
                "cue": _text(q.get("cue")) or None,
                "cites": [cite],
                "_order": (cite["n"], q.get("start") or 0),
            }
        )
    for items in groups.values():
        items.sort(key=lambda item: item["_order"])
        for item in items:
            del item["_order"]
    names = sorted(groups, key=lambda s: (s == UNATTRIBUTED, -len(groups[s]), s.casefold()))
    return [{"speaker": name, "quotes": groups[name]} for name in names]


class _EntityIndex:
    """Which entities each article mentions, and how often, built once: a story's
    entities are then read from its own articles, not from every mention in the corpus
    (which made the report quadratic: 37 s for the 834 stories of 6,000 articles)."""

    def __init__(self, entities: list[Row]) -> None:
        self.entities = entities
        self.by_article: dict[str, list[int]] = defaultdict(list)  # entity index per mention
        for index, e in enumerate(entities):
            for m in e.get("mentions") or []:
                self.by_article[_text(m.get("article_id"))].append(index)

    def mentioned_in(self, article_ids: Iterable[str]) -> list[Row]:
        """The entities the articles mention, in the entities' order."""
        found = {index for aid in article_ids for index in self.by_article.get(aid, ())}
        return [self.entities[index] for index in sorted(found)]

    def views(self, article_ids: set[str], limit: int = 20) -> list[dict[str, Any]]:
        mentions: Counter[int] = Counter()
        articles: dict[int, set[str]] = defaultdict(set)
        for aid in article_ids:
            for index in self.by_article.get(aid, ()):
                mentions[index] += 1
                articles[index].add(aid)
        views = []
        for index in sorted(mentions):  # in the entities' order, as ties keep it
            e = self.entities[index]
            name = _one_line(e.get("name"))
            aliases = [
                a for a in _unique(_one_line(x) for x in e.get("aliases") or []) if a and a != name
            ]
            views.append(
                {
                    "name": name,
                    "type": _text(e.get("type")) or None,
                    "aliases": aliases,
                    "mentions": mentions[index],
                    "articles": len(articles[index]),
                    "href": None,  # the entity's page, in the web UI
                }
            )
        views.sort(key=lambda v: (-v["mentions"], v["name"].casefold()))
        return views[:limit]


def loose_article_views(
    loose: list[Row],
    articles_by_id: Mapping[str, Row],
    rendered_in: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The views of the articles in no story (``loose``), oldest first, numbered among
    themselves (``articles_by_id``: every article a view may cite, such as the original of
    a copy; ``rendered_in``: where each article is rendered, for the citations' links)."""
    cit = _Citations(articles_by_id, rendered_in or {})
    return [
        _article_view(a, cit, render_here=True, in_story=False)
        for a in sorted(loose, key=lambda a: (_date_key(a.get("published")), _text(a["id"])))
    ]


def story_article_lists(stories: list[Row], articles: Iterable[Row]) -> dict[str, list[str]]:
    """Which articles belong to which story, by story id: the story rows' lists first,
    then any article whose own story_id names a story."""
    story_articles: dict[str, list[str]] = {}
    for s in stories:
        story_articles[_text(s["id"])] = _unique(_text(a) for a in s.get("article_ids") or [])
    listed = {sid: set(aids) for sid, aids in story_articles.items()}
    for a in articles:
        sid = _text(a.get("story_id"))
        if sid in story_articles and _text(a["id"]) not in listed[sid]:
            story_articles[sid].append(_text(a["id"]))
            listed[sid].add(_text(a["id"]))
    return story_articles


def story_summary(story: Row, members: list[Row]) -> dict[str, Any]:
    """What a list of stories shows of one with these member articles: its title, how
    many articles and named outlets, every outlet (an article without one as
    :data:`UNKNOWN_OUTLET`), and its first and last publication (the row's, else its
    articles')."""
    outlets = sorted({_outlet(a) for a in members}, key=lambda o: (o.casefold(), o))
    dated = [_text(a.get("published")) for a in members if a.get("published")]
    return {
        "title": _one_line(story.get("title")) or UNTITLED,
        "n_articles": len(members),
        "n_outlets": len([o for o in outlets if o != UNKNOWN_OUTLET]),
        "outlets": outlets,
        "first_published": story.get("first_published") or min(dated, default=None),
        "last_published": story.get("last_published") or max(dated, default=None),
    }


def build_report_context(data: Data, max_articles: int | None = None) -> dict[str, Any]:
    """The view model the templates render: header counts, stories, articles.

    Exposed so a web UI can render ``_story.html.j2`` / ``_article.html.j2``
    from the same structures. With ``max_articles``, only the first stories (biggest
    first) holding that many articles in all are rendered (always the first one); the
    others are only listed (``more_stories``), and no citation links to their articles.
    """
    articles = [a for a in data.get("articles") or [] if a.get("id") is not None]
    articles_by_id = {_text(a["id"]): a for a in articles}
    stories = [s for s in data.get("stories") or [] if s.get("id") is not None]

    story_articles = story_article_lists(stories, articles)
    story_of: dict[str, str] = {}
    for sid, aids in story_articles.items():
        for aid in aids:
            story_of.setdefault(aid, sid)

    briefs = {_text(b.get("story_id")): b for b in reversed(data.get("briefs") or [])}
    events = _group_by(data.get("events") or [], "story_id")
    facts = _group_by(data.get("facts") or [], "story_id")
    framing = _group_by(data.get("framing") or [], "story_id")
    quotes_by_story: dict[str, list[Row]] = defaultdict(list)
    for q in data.get("quotes") or []:
        aid = _text(q.get("article_id"))
        sid = story_of.get(aid) or _text(articles_by_id.get(aid, {}).get("story_id"))
        if sid:
            quotes_by_story[sid].append(q)
    entities = list(data.get("entities") or [])
    entity_index = _EntityIndex(entities)

    ordered = sorted_stories(stories, story_articles)
    more: list[Row] = []
    if max_articles is not None and max_articles > 0:
        total, shown = 0, 0
        for s in ordered:
            size = len(story_articles[_text(s["id"])])
            if shown and total + size > max_articles:
                break
            total, shown = total + size, shown + 1
        ordered, more = ordered[:shown], ordered[shown:]
    listed_only = {aid for s in more for aid in story_articles[_text(s["id"])]}

    # Every article's full text is rendered exactly once, so anchors are unique:
    # in its story's section, else in the first story whose brief cites it,
    # else under "Other articles".
    rendered_in: dict[str, str] = {}
    for s in ordered:
        sid = _text(s["id"])
        for aid in story_articles[sid]:
            if aid in articles_by_id:
                rendered_in.setdefault(aid, sid)
    for s in ordered:
        sid = _text(s["id"])
        brief = briefs.get(sid)
        for sentence in (brief or {}).get("sentences") or []:
            for aid in sentence.get("article_ids") or []:
                if _text(aid) in articles_by_id:
                    rendered_in.setdefault(_text(aid), sid)
    loose = [
        a
        for a in articles
        if _text(a["id"]) not in rendered_in and _text(a["id"]) not in listed_only
    ]
    for a in loose:
        rendered_in[_text(a["id"])] = ""

    story_views = []
    numbering: dict[str, dict[str, int]] = {}
    for s in ordered:
        sid = _text(s["id"])
        cit = _Citations(articles_by_id, rendered_in)
        brief_sections = _brief_sections(briefs.get(sid), cit)
        # Then the story's other articles, oldest first.
        members = [articles_by_id[a] for a in story_articles[sid] if a in articles_by_id]
        for a in sorted(members, key=lambda a: (_date_key(a.get("published")), _text(a["id"]))):
            cit.number(_text(a["id"]))
        member_ids = {_text(a["id"]) for a in members}
        summary = story_summary(s, members)
        outlets = summary["outlets"]

        event_views = [
            {
                "date": _text(e.get("date")),
                "text": _text(e.get("text")),
                "cites": cit.cites(e.get("article_ids")),
            }
            for e in sorted(events.get(sid, []), key=lambda e: _date_key(e.get("date")))
        ]
        framing_views = [
            {
                "referent": _text(f.get("referent")),
                "variants": [
                    _framing_variant_view(v, member_ids, cit) for v in f.get("variants") or []
                ],
            }
            for f in framing.get(sid, [])
        ]
        quote_groups = _quote_groups(quotes_by_story.get(sid, []), cit)
        coverage = _coverage(facts.get(sid, []), outlets, articles_by_id, cit)

        article_views = []
        done = 0
        while done < len(cit.numbers):  # an article's duplicate_of may number one more
            aid = next(a for a, n in cit.numbers.items() if n == done + 1)
            done += 1
            article = articles_by_id.get(aid)
            if article is None:
                continue
            article_views.append(
                _article_view(
                    article,
                    cit,
                    render_here=rendered_in.get(aid) == sid,
                    in_story=aid in member_ids,
                )
            )
        story_views.append(
            {
                "id": sid,
                "anchor": story_anchor(sid),
                **summary,
                "brief_sections": brief_sections,
                "has_brief": sid in briefs,
                "events": event_views,
                "quote_groups": quote_groups,
                "n_quotes": len(quotes_by_story.get(sid, [])),
                "framing": framing_views,
                "coverage": coverage,
                "entities": entity_index.views(member_ids),
                "articles": article_views,
                # Set by the web UI: Vega-Lite specs, outlet page links, the way back.
                "charts": None,
                "outlet_links": None,
                "back_href": "#stories",
            }
        )
        numbering[sid] = dict(cit.numbers)

    loose_views = loose_article_views(loose, articles_by_id, rendered_in)

    all_outlets = {_outlet(a) for a in articles} - {UNKNOWN_OUTLET}
    dates = sorted(_text(a.get("published")) for a in articles if a.get("published"))
    counts = [
        ("stories", len(stories)),
        ("articles", len(articles)),
        ("outlets", len(all_outlets)),
        ("duplicates", sum(1 for a in articles if a.get("duplicate_of"))),
        ("entities", len(entities)),
        ("quotes", len(data.get("quotes") or [])),
        ("events", len(data.get("events") or [])),
        ("facts", len(data.get("facts") or [])),
    ]
    return {
        "counts": [{"label": label, "value": value} for label, value in counts],
        "date_range": (dates[0], dates[-1]) if dates else None,
        "stories": story_views,
        "more_stories": [
            {
                "id": _text(s["id"]),
                "title": _one_line(s.get("title")) or UNTITLED,
                "n_articles": len(story_articles[_text(s["id"])]),
                "first_published": s.get("first_published"),
                "last_published": s.get("last_published"),
            }
            for s in more
        ],
        "loose_articles": loose_views,
        "numbering": numbering,
        # For the web UI: which entities each article mentions (its story pages link them).
        "entity_index": entity_index,
    }


# --------------------------------------------------------------------------- rendering


def make_environment() -> jinja2.Environment:
    """The Jinja2 environment of the report templates (autoescape always on)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["section_titles"] = SECTION_TITLES
    return env


def _stylesheet() -> str:
    css = CSS_PATH.read_text(encoding="utf-8")
    # The stylesheet is ours, but never let it close the <style> element.
    return css.replace("</", "<\\/")


#: The report is one self-contained page: past this many articles (biggest stories
#: first) the rest of the stories are listed, not rendered. 6,000 articles in full made
#: a 55 MB page; the web UI (``storyline serve``) shows any story of any corpus.
REPORT_MAX_ARTICLES = 1500


def render_report(
    data: Data, title: str = "storyline report", max_articles: int | None = REPORT_MAX_ARTICLES
) -> str:
    """The report page as a string (``max_articles``: see :data:`REPORT_MAX_ARTICLES`;
    None or 0 renders every story)."""
    context = build_report_context(data, max_articles)
    template = make_environment().get_template("report.html.j2")
    return template.render(page_title=title, css=Markup(_stylesheet()), **context)


def write_report(
    data: dict[str, list[dict]], out_dir: Path, max_articles: int | None = REPORT_MAX_ARTICLES
) -> Path:
    """Write ``out_dir/report.html`` (one self-contained page) and return its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "report.html"
    path.write_text(render_report(data, max_articles=max_articles), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- markdown


def _md_text(value: Any) -> str:
    """One line of untrusted text made inert in Markdown (no raw HTML)."""
    return _one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _md_markers(cites: list[dict[str, Any]]) -> str:
    return "".join(f"[{c['n']}]" for c in cites)


def brief_cited_ids(story: dict[str, Any]) -> set[str]:
    """The ids of the articles a story view's brief cites."""
    return {
        c["article_id"]
        for section in story["brief_sections"]
        for sentence in section["sentences"]
        for c in sentence["cites"]
    }


def _markdown_brief(story: dict[str, Any], articles_by_id: Mapping[str, Row]) -> str:
    lines = [f"# {_md_text(story['title'])}", ""]
    n_articles, n_outlets = story["n_articles"], story["n_outlets"]
    meta = [
        f"{n_articles} article{'s' if n_articles != 1 else ''}",
        f"{n_outlets} outlet{'s' if n_outlets != 1 else ''}" if n_outlets else "no named outlet",
    ]
    if story["first_published"]:
        span = _text(story["first_published"])
        if story["last_published"] and story["last_published"] != story["first_published"]:
            span += f" – {_text(story['last_published'])}"
        meta.append(span)
    lines += [f"_{' · '.join(_md_text(m) for m in meta)}_", ""]
    if not story["brief_sections"]:
        lines += ["_No brief was generated for this story._", ""]
    for section in story["brief_sections"]:
        lines += [f"## {section['title']}", ""]
        for sentence in section["sentences"]:
            markers = _md_markers(sentence["cites"])
            text = _md_text(sentence["text"])
            bullet = "" if section["key"] == "summary" else "- "
            lines.append(f"{bullet}{text} {markers}".rstrip())
        lines.append("")
    # The sources are the story's own articles and those the brief cites (numbered
    # first, so 1..n without gaps); the report numbers further articles after them, for
    # its framing and coverage tables, which a Markdown brief does not show.
    cited = brief_cited_ids(story)
    sources = [a for a in story["articles"] if a["in_story"] or a["id"] in cited]
    if sources:
        lines += ["## Sources", ""]
        for article in sources:
            row = articles_by_id.get(article["id"], {})
            parts = [_md_text(article["title"]), _md_text(article["outlet"])]
            if article["published"]:
                parts.append(_md_text(article["published"]))
            url = _text(row.get("url")) or _text(row.get("source"))
            if re.match(r"https?://", url):
                parts.append(f"<{_md_text(url)}>")
            parts.append(f"article `{_md_text(article['id']).replace('`', '')}`")
            lines.append(f"{article['n']}. " + " — ".join(parts))
        lines.append("")
    return "\n".join(lines)


def write_markdown_briefs(data: dict[str, list[dict]], out_dir: Path) -> list[Path]:
    """Write ``out_dir/briefs/<story_id>.md`` per story; return the paths written.

    Each file has the story title, the brief by section with ``[n]`` markers
    after every sentence, and a numbered sources list (same numbers as the
    HTML report).
    """
    context = build_report_context(data)
    articles_by_id = {_text(a.get("id")): a for a in data.get("articles") or []}
    briefs_dir = Path(out_dir) / "briefs"
    briefs_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    used: Counter[str] = Counter()
    for story in context["stories"]:
        name = _safe_filename(story["id"])
        used[name] += 1
        if used[name] > 1:
            name = f"{name}-{used[name]}"
        path = briefs_dir / f"{name}.md"
        path.write_text(_markdown_brief(story, articles_by_id), encoding="utf-8")
        paths.append(path)
    return paths
