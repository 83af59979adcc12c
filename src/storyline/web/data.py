"""What the web pages show, read from a storyline database (read-only).

:class:`Site` opens a fresh read-only connection for every request it
answers. The export rows and the report's view model
(:func:`storyline.report.build_report_context`) are built once and kept
until the database file changes (its size or mtime, or its WAL's), so the
story pages and the HTML report of ``storyline run`` render the very same
structures through the same templates.

Every ``*_page`` method returns a plain dict: the template context of the
page and, through :mod:`storyline.web.schemas`, its JSON twin.
"""

from __future__ import annotations

import copy
import re
import threading
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

from storyline.report.html import (
    UNKNOWN_OUTLET,
    UNTITLED,
    article_title,
    brief_cited_ids,
    build_report_context,
)
from storyline.store.db import Store
from storyline.store.export import collect
from storyline.web.markup import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    best_sentence,
    highlight_snippet,
    render_body,
    snippet_highlights,
)

SORTS = ("size", "recent")
#: Longest fact label on the coverage chart's axis (the table has the full text).
CHART_LABEL = 70


class NotFound(LookupError):
    """No such story, article, entity or outlet."""


def story_href(story_id: str) -> str:
    return "/stories/" + quote(story_id, safe="")


def article_href(article_id: str, anchor: str | None = None) -> str:
    return "/articles/" + quote(article_id, safe="") + (f"#{anchor}" if anchor else "")


def entity_href(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


def outlet_slug(name: str) -> str:
    """A URL-safe key of an outlet name ("The Harbour Post" -> "the-harbour-post")."""
    slug = re.sub(r"[^\w]+", "-", name.casefold(), flags=re.UNICODE).strip("-")
    return slug or "outlet"


def outlet_href(name: str) -> str:
    return "/outlets/" + quote(outlet_slug(name), safe="")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _one_line(value: Any) -> str:
    return " ".join(_text(value).split())


def _outlet(article: dict | None) -> str:
    return _one_line((article or {}).get("outlet")) or UNKNOWN_OUTLET


def _clip(text: str, limit: int) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Snapshot:
    def __init__(self, data: dict[str, list[dict]]) -> None:
        self.data = data
        self.context = build_report_context(data)
        self.articles = {a["id"]: a for a in data["articles"]}
        self.stories = {s["id"]: s for s in self.context["stories"]}
        self.story_rows = {s["id"]: s for s in data["stories"]}
        self.entities = {e["id"]: e for e in data["entities"]}
        # The article views the report renders in full, by article id.
        self.article_views: dict[str, dict] = {}
        for story in self.context["stories"]:
            for view in story["articles"]:
                if view["render_here"]:
                    self.article_views[view["id"]] = view
        for view in self.context["loose_articles"]:
            self.article_views.setdefault(view["id"], view)
        self.outlets: dict[str, list[str]] = defaultdict(list)  # slug -> names
        # What an article page and an entity page look up, indexed once rather than
        # scanned for on every request: the copies of each article, the quotes of each
        # speaker (both in store order).
        self.copies: dict[str, list[dict]] = defaultdict(list)
        # And what an outlet page looks up: its articles, their quotes, and the
        # framing variants it uses (by outlet name or by article), as positions
        # (row, variant) in the framing rows, so the page keeps their order.
        self.articles_of: dict[str, list[tuple[int, dict]]] = defaultdict(list)  # by outlet
        for i, a in enumerate(data["articles"]):
            name = _outlet(a)
            if name not in self.outlets[outlet_slug(name)]:
                self.outlets[outlet_slug(name)].append(name)
            self.articles_of[name].append((i, a))
            if a.get("duplicate_of"):
                self.copies[a["duplicate_of"]].append(a)
        self.quotes_by: dict[str, list[dict]] = defaultdict(list)  # speaker entity id
        self.quotes_in: dict[str, list[tuple[int, dict]]] = defaultdict(list)  # article id
        for i, q in enumerate(data["quotes"]):
            if q["speaker_entity_id"]:
                self.quotes_by[q["speaker_entity_id"]].append(q)
            self.quotes_in[q["article_id"]].append((i, q))
        self.framing_by_outlet: dict[str, set[tuple[int, int]]] = defaultdict(set)
        self.framing_by_article: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for r, f in enumerate(data["framing"]):
            for v, variant in enumerate(f["variants"]):
                for name in variant.get("outlets") or []:
                    self.framing_by_outlet[name].add((r, v))
                for aid in variant["article_ids"]:
                    self.framing_by_article[aid].add((r, v))


class Site:
    """The read-only data behind every page, for one database file."""

    def __init__(self, db: str | Path) -> None:
        self.db = Path(db)
        # Fail early (and clearly) when the file is not a storyline database.
        Store(self.db, readonly=True).close()
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._snapshot: _Snapshot | None = None

    # -- plumbing -----------------------------------------------------------
    def open(self) -> Store:
        """A fresh read-only connection (one per request)."""
        return Store(self.db, readonly=True)

    def _stamp(self) -> tuple:
        parts = []
        for path in (self.db, self.db.with_name(self.db.name + "-wal")):
            try:
                st = path.stat()
                parts.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                parts.append(None)
        return tuple(parts)

    def snapshot(self) -> _Snapshot:
        stamp = self._stamp()
        with self._lock:
            if self._snapshot is None or stamp != self._key:
                with self.open() as store:
                    self._snapshot = _Snapshot(collect(store))
                self._key = stamp
            return self._snapshot

    # -- story list -----------------------------------------------------------
    def stories_page(self, sort: str = "size") -> dict[str, Any]:
        snap = self.snapshot()
        rows = []
        for s in snap.context["stories"]:
            rows.append(
                {
                    "id": s["id"],
                    "title": s["title"],
                    "href": story_href(s["id"]),
                    "n_articles": s["n_articles"],
                    "n_outlets": s["n_outlets"],
                    "n_quotes": s["n_quotes"],
                    "outlets": [o for o in s["outlets"] if o != UNKNOWN_OUTLET],
                    "first_published": s["first_published"],
                    "last_published": s["last_published"],
                }
            )
        if sort == "recent":
            rows.sort(key=lambda r: -r["n_articles"])
            rows.sort(key=lambda r: _text(r["last_published"]), reverse=True)
        counts = {c["label"]: c["value"] for c in snap.context["counts"]}
        return {
            "sort": sort,
            "stories": rows,
            "counts": counts,
            "date_range": list(snap.context["date_range"] or []) or None,
            "loose_articles": [
                {
                    "id": a["id"],
                    "title": a["title"],
                    "outlet": a["outlet"],
                    "published": a["published"],
                    "href": article_href(a["id"]),
                }
                for a in snap.context["loose_articles"]
            ],
        }

    # -- story page -------------------------------------------------------------
    def story_page(self, story_id: str) -> dict[str, Any]:
        snap = self.snapshot()
        if story_id not in snap.stories:
            raise NotFound(f"no story {story_id}")
        story = copy.deepcopy(snap.stories[story_id])
        _link_cites(story)
        cited = brief_cited_ids(story)
        with self.open() as store:
            sentences = _sentences(store, sorted(cited))
        for section in story["brief_sections"]:
            for s in section["sentences"]:
                for c in s["cites"]:
                    found = sentences.get(c["article_id"])
                    if found is None:
                        continue
                    index = best_sentence(s["text"], *found)
                    if index is not None:
                        c["href"] = article_href(c["article_id"], f"s-{index}")
                        c["sentence"] = index
        for view in story["articles"]:
            view["render_here"] = False
            view["href"] = article_href(view["id"])
            view["outlet_href"] = outlet_href(view["outlet"])
        story["back_href"] = "/stories"
        story["outlet_links"] = [
            {"name": o, "href": outlet_href(o)} for o in story["outlets"] if o != UNKNOWN_OUTLET
        ]
        story["charts"] = {
            "timeline": _timeline_spec(story, snap),
            "coverage": _coverage_spec(story),
        }
        entity_ids = _entity_ids_by_name(snap, story["id"])
        for e in story["entities"]:
            e["href"] = entity_ids.get(e["name"])
        return story

    # -- article page -------------------------------------------------------------
    def article_page(self, article_id: str) -> dict[str, Any]:
        snap = self.snapshot()
        with self.open() as store:
            found = store.load_articles("id = ?", (article_id,))
        if not found or article_id not in snap.article_views:
            raise NotFound(f"no article {article_id}")
        article = found[0]
        view = copy.deepcopy(snap.article_views[article_id])
        _link_cites(view)
        view["render_here"] = True
        view["href"] = article_href(article_id)
        view["outlet_href"] = outlet_href(view["outlet"])
        view["body_html"] = render_body(
            article.body, article.sentences, article.mentions, article.quotes
        )
        story = snap.story_rows.get(article.story_id or "")
        entity_counts = Counter(m.entity_id for m in article.mentions if m.entity_id)
        entities = []
        for eid, n in entity_counts.most_common():
            e = snap.entities.get(eid)
            if e:
                entities.append(
                    {
                        "id": eid,
                        "name": e["name"],
                        "type": e["type"],
                        "mentions": n,
                        "href": entity_href(eid),
                    }
                )
        duplicates = [
            {
                "id": a["id"],
                "title": article_title(a),
                "outlet": _outlet(a),
                "href": article_href(a["id"]),
            }
            for a in snap.copies.get(article_id, [])
        ]
        return {
            "article": view,
            "id": article.id,
            "title": view["title"],
            "outlet": view["outlet"],
            "published": article.published,
            "language": article.language,
            "source": article.source,
            "url": article.url,
            "byline": article.byline,
            "story": (
                {"id": story["id"], "title": story["title"], "href": story_href(story["id"])}
                if story
                else None
            ),
            "duplicate_of": article.duplicate_of,
            "duplicates": duplicates,
            "body": article.body,
            "sentences": [
                {"id": f"s-{i}", "start": s, "end": e} for i, (s, e) in enumerate(article.sentences)
            ],
            "mentions": [
                {
                    "entity_id": m.entity_id,
                    "text": m.text,
                    "label": m.label,
                    "start": m.start,
                    "end": m.end,
                }
                for m in article.mentions
            ],
            "quotes": [
                {
                    "id": q.id,
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_entity_id": q.speaker_entity_id,
                    "speaker_href": entity_href(q.speaker_entity_id)
                    if q.speaker_entity_id
                    else None,
                    "cue": q.cue,
                    "kind": q.kind,
                    "start": q.start,
                    "end": q.end,
                }
                for q in article.quotes
            ],
            "entities": entities,
            "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        }

    # -- entities -------------------------------------------------------------
    def entities_page(self) -> dict[str, Any]:
        snap = self.snapshot()
        rows = []
        for e in snap.data["entities"]:
            articles = {m["article_id"] for m in e["mentions"]}
            if not articles:
                continue
            rows.append(
                {
                    "id": e["id"],
                    "name": e["name"],
                    "type": e["type"],
                    "href": entity_href(e["id"]),
                    "mentions": len(e["mentions"]),
                    "articles": len(articles),
                }
            )
        rows.sort(key=lambda r: (-r["articles"], -r["mentions"], r["name"].casefold()))
        return {"entities": rows}

    def entity_page(self, entity_id: str) -> dict[str, Any]:
        snap = self.snapshot()
        e = snap.entities.get(entity_id)
        if e is None:
            raise NotFound(f"no entity {entity_id}")
        by_article: dict[str, list[dict]] = defaultdict(list)
        for m in e["mentions"]:
            by_article[m["article_id"]].append(m)
        articles = []
        story_ids: list[str] = []
        for aid, mentions in by_article.items():
            a = snap.articles.get(aid)
            if a is None:
                continue
            body = a["body"]
            contexts = []
            for m in mentions[:5]:
                start, end = int(m["start"]), int(m["end"])
                left = max(0, start - 80)
                right = min(len(body), end + 80)
                text = body[left:right].replace("\n", " ")
                prefix = "…" if left else ""
                mark = [[len(prefix) + start - left, len(prefix) + end - left]]
                text = prefix + text + ("…" if right < len(body) else "")
                contexts.append(
                    {"text": text, "highlights": mark, "html": highlight_snippet(text, mark)}
                )
            sid = a.get("story_id")
            if sid and sid not in story_ids:
                story_ids.append(sid)
            articles.append(
                {
                    "id": aid,
                    "title": article_title(a),
                    "outlet": _outlet(a),
                    "published": a["published"],
                    "href": article_href(aid),
                    "mentions": len(mentions),
                    "contexts": contexts,
                }
            )
        quotes = [_quote_row(q, snap) for q in snap.quotes_by.get(entity_id, [])]
        return {
            "id": e["id"],
            "name": e["name"],
            "type": e["type"],
            "aliases": [a for a in e["aliases"] if a != e["name"]],
            "n_mentions": len(e["mentions"]),
            "articles": articles,
            "stories": [_story_ref(snap, sid) for sid in story_ids if sid in snap.story_rows],
            "quotes": quotes,
        }

    # -- outlets ---------------------------------------------------------------
    def outlets_page(self) -> dict[str, Any]:
        snap = self.snapshot()
        counts = Counter({name: len(rows) for name, rows in snap.articles_of.items()})
        rows = [
            {"name": name, "slug": outlet_slug(name), "href": outlet_href(name), "articles": n}
            for name, n in counts.most_common()
        ]
        return {"outlets": rows}

    def outlet_page(self, slug: str) -> dict[str, Any]:
        snap = self.snapshot()
        names = snap.outlets.get(slug)
        if not names:
            raise NotFound(f"no outlet {slug}")
        # (positions in the store order: an outlet slug can stand for several names)
        articles = [a for _i, a in sorted(x for n in names for x in snap.articles_of.get(n, []))]
        aids = [a["id"] for a in articles]
        story_ids = []
        for a in sorted(articles, key=lambda a: _text(a["published"])):
            if a.get("story_id") and a["story_id"] not in story_ids:
                story_ids.append(a["story_id"])
        terms = []
        used = set().union(
            *(snap.framing_by_outlet.get(name, set()) for name in names),
            *(snap.framing_by_article.get(aid, set()) for aid in aids),
        )
        for r, v in sorted(used):
            f = snap.data["framing"][r]
            terms.append(
                {
                    "referent": f["referent"],
                    "term": f["variants"][v]["term"],
                    "story": _story_ref(snap, f["story_id"]),
                }
            )
        return {
            "name": names[0],
            "names": names,
            "slug": slug,
            "articles": [
                {
                    "id": a["id"],
                    "title": article_title(a),
                    "published": a["published"],
                    "href": article_href(a["id"]),
                    "story": _story_ref(snap, a.get("story_id")),
                    "duplicate_of": a.get("duplicate_of"),
                }
                for a in sorted(articles, key=lambda a: _text(a["published"]), reverse=True)
            ],
            "stories": [_story_ref(snap, sid) for sid in story_ids if sid in snap.story_rows],
            "quotes": [
                _quote_row(q, snap)
                for _i, q in sorted(x for aid in aids for x in snap.quotes_in.get(aid, []))
            ],
            "framing": terms,
        }

    # -- search ----------------------------------------------------------------
    def search_page(self, query: str, limit: int = 50) -> dict[str, Any]:
        query = _one_line(query)[:200]
        results = []
        if query:
            snap = self.snapshot()
            with self.open() as store:
                rows = _fts(store, query, limit)
            for r in rows:
                text, marks = snippet_highlights(r["snippet"] or "")
                title, tmarks = snippet_highlights(r["title"] or "")
                article = snap.articles.get(r["article_id"], {})
                results.append(
                    {
                        "article_id": r["article_id"],
                        "title": _one_line(title) or article_title(article),
                        "title_html": highlight_snippet(title, tmarks) if title else None,
                        "outlet": _outlet(article),
                        "published": article.get("published"),
                        "href": article_href(r["article_id"]),
                        "story": _story_ref(snap, r["story_id"]),
                        "snippet": text,
                        "highlights": marks,
                        "snippet_html": highlight_snippet(text, marks),
                    }
                )
        return {"query": query, "results": results}


# --------------------------------------------------------------------------- helpers


def _story_ref(snap: _Snapshot, story_id: str | None) -> dict[str, Any] | None:
    row = snap.story_rows.get(story_id or "")
    if row is None:
        return None
    return {
        "id": row["id"],
        "title": _one_line(row["title"]) or UNTITLED,
        "href": story_href(row["id"]),
    }


def _quote_row(q: dict, snap: _Snapshot) -> dict[str, Any]:
    a = snap.articles.get(q["article_id"], {})
    return {
        "id": q["id"],
        "text": q["text"],
        "speaker": q["speaker"],
        "kind": q["kind"],
        "cue": q["cue"],
        "article_id": q["article_id"],
        "article_title": article_title(a),
        "outlet": _outlet(a),
        "href": article_href(q["article_id"], "q-" + re.sub(r"[^A-Za-z0-9_.:-]", "_", q["id"])),
    }


def _link_cites(node: Any) -> None:
    """Point every citation of a report view at the cited article's page."""
    if isinstance(node, dict):
        if {"n", "article_id", "href", "label"} <= node.keys():
            node["href"] = article_href(node["article_id"])
            return
        for value in node.values():
            _link_cites(value)
    elif isinstance(node, list):
        for value in node:
            _link_cites(value)


def _sentences(store: Store, article_ids: list[str]) -> dict[str, tuple[str, list]]:
    out = {}
    for i in range(0, len(article_ids), 500):
        chunk = article_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for a in store.load_articles(f"id IN ({marks})", tuple(chunk)):
            out[a.id] = (a.body, a.sentences)
    return out


def _entity_ids_by_name(snap: _Snapshot, story_id: str) -> dict[str, str]:
    members = set(snap.story_rows[story_id]["article_ids"])
    out: dict[str, str] = {}
    for e in snap.context["entity_index"].mentioned_in(members):
        out.setdefault(_one_line(e["name"]), entity_href(e["id"]))
    return out


def _fts(store: Store, query: str, limit: int) -> list[dict]:
    """FTS5 search with private-use highlight markers (escaped later, then marked).

    The query is taken as words, never as FTS syntax, as in Store.search.
    """
    words = [w for w in re.split(r"\s+", query.replace('"', " ")) if w]
    if not words:
        return []
    match = " ".join(f'"{w}"' for w in words)
    rows = store.conn.execute(
        "SELECT f.article_id, a.story_id,"
        " highlight(articles_fts, 1, ?, ?) AS title,"
        " snippet(articles_fts, 2, ?, ?, '…', 24) AS snippet"
        " FROM articles_fts f JOIN articles a ON a.id = f.article_id"
        " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
        (HIGHLIGHT_START, HIGHLIGHT_END, HIGHLIGHT_START, HIGHLIGHT_END, match, limit),
    )
    return [dict(r) for r in rows]


# --------------------------------------------------------------------------- charts

_STATUS_COLOURS = {"reports": "#1d7a46", "differs": "#d9822b", "silent": "#eceef1"}


def _timeline_spec(story: dict, snap: _Snapshot) -> dict[str, Any] | None:
    """Vega-Lite: dated events and each outlet's articles on one time axis."""
    values = []
    for e in story["events"]:
        if e["date"]:
            values.append(
                {
                    "date": e["date"],
                    "lane": "Events",
                    "kind": "event",
                    "label": _clip(e["text"], 160),
                    "sources": len(e["cites"]),
                }
            )
    for view in story["articles"]:
        a = snap.articles.get(view["id"], {})
        if a.get("published") and view.get("in_story"):
            values.append(
                {
                    "date": a["published"],
                    "lane": view["outlet"],
                    "kind": "article",
                    "label": _clip(view["title"], 160),
                    "sources": 1,
                }
            )
    if not values:
        return None
    lanes = ["Events"] + sorted({v["lane"] for v in values} - {"Events"}, key=str.casefold)
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "description": "Dated events and publication dates",
        "width": "container",
        "height": max(80, 34 * len(lanes)),
        "data": {"values": values},
        "mark": {"type": "point", "filled": True, "size": 140, "opacity": 0.85},
        "encoding": {
            "x": {
                "field": "date",
                "type": "temporal",
                "title": None,
                "axis": {"labelOverlap": True, "grid": True},
            },
            "y": {
                "field": "lane",
                "type": "nominal",
                "title": None,
                "sort": lanes,
                "axis": {"labelLimit": 200},
            },
            "color": {
                "field": "kind",
                "type": "nominal",
                "title": None,
                "scale": {"domain": ["event", "article"], "range": ["#1f5fa8", "#9aa0a8"]},
                "legend": {"orient": "top"},
            },
            "shape": {
                "field": "kind",
                "type": "nominal",
                "title": None,
                "scale": {"domain": ["event", "article"], "range": ["diamond", "circle"]},
            },
            "tooltip": [
                {"field": "date", "type": "nominal", "title": "Date"},
                {"field": "lane", "type": "nominal", "title": "Lane"},
                {"field": "label", "type": "nominal", "title": "What"},
            ],
        },
        "config": {"view": {"stroke": None}, "font": "system-ui, sans-serif"},
    }


def _coverage_spec(story: dict) -> dict[str, Any] | None:
    """Vega-Lite: the outlet × fact matrix (reports / reports a different version / silent).

    A cell holds only its fact's number, its column and its status; the fact's words (and,
    by article, the article's title) are looked up once per fact and per column: written
    into every cell, a story of 45 articles and a hundred facts made a 1.8 MB chart."""
    coverage = story["coverage"]
    if not coverage["rows"]:
        return None
    values = []
    real = [o for o in coverage["outlets"] if o != UNKNOWN_OUTLET]
    # With fewer than two named outlets an outlet matrix says nothing: show articles.
    by_article = len(real) < 2
    members = [a for a in story["articles"] if a["in_story"]]
    columns = [
        f"[{a['n']}] " + (a["outlet"] if a["outlet"] != UNKNOWN_OUTLET else _clip(a["title"], 28))
        for a in members
    ]
    facts = []
    for i, row in enumerate(coverage["rows"]):
        facts.append(
            {
                "order": i,
                "fact": f"{i + 1}. {_clip(row['statement'], CHART_LABEL)}",
                "statement": _clip(row["statement"], 300),
            }
        )
        if by_article:
            yes = {c["article_id"] for c in row["cites"]}
            differs = {c["article_id"] for k in row["conflicts"] for c in k["cites"]}
            for a, column in zip(members, columns, strict=True):
                status = (
                    "reports" if a["id"] in yes else "differs" if a["id"] in differs else "silent"
                )
                values.append({"order": i, "outlet": column, "status": status})
            continue
        for outlet, cell in zip(coverage["outlets"], row["cells"], strict=False):
            status = {"yes": "reports", "differs": "differs"}.get(cell["kind"], "silent")
            values.append({"order": i, "outlet": outlet, "status": status, "detail": cell["title"]})
    transform: list[dict[str, Any]] = [
        {
            "lookup": "order",
            "from": {"data": {"values": facts}, "key": "order", "fields": ["fact", "statement"]},
        }
    ]
    if by_article:
        titles = [
            {"outlet": column, "title": a["title"]}
            for a, column in zip(members, columns, strict=True)
        ]
        transform += [
            {
                "lookup": "outlet",
                "from": {"data": {"values": titles}, "key": "outlet", "fields": ["title"]},
            },
            {"calculate": "datum.title + ': ' + datum.status", "as": "detail"},
        ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "description": "Which article reports which fact"
        if by_article
        else "Which outlet reports which fact",
        "width": {"step": 90},
        "height": {"step": 24},
        "data": {"values": values},
        "transform": transform,
        "mark": {"type": "rect", "stroke": "#ffffff", "strokeWidth": 2, "cornerRadius": 3},
        "encoding": {
            "x": {
                "field": "outlet",
                "type": "nominal",
                "title": "Article" if by_article else None,
                "sort": columns if by_article else "ascending",
                "axis": {"orient": "top", "labelAngle": -30, "labelLimit": 160},
            },
            "y": {
                "field": "fact",
                "type": "nominal",
                "title": None,
                "sort": {"field": "order"},
                "axis": {"labelLimit": 420},
            },
            "color": {
                "field": "status",
                "type": "nominal",
                "title": None,
                "scale": {"domain": list(_STATUS_COLOURS), "range": list(_STATUS_COLOURS.values())},
                "legend": {"orient": "bottom"},
            },
            "tooltip": [
                {"field": "statement", "type": "nominal", "title": "Fact"},
                {"field": "outlet", "type": "nominal", "title": "Outlet"},
                {"field": "detail", "type": "nominal", "title": "Status"},
            ],
        },
        "config": {"view": {"stroke": None}, "font": "system-ui, sans-serif"},
    }
