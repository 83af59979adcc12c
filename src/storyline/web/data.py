"""What the web pages show, read from a storyline database (read-only).

:class:`Site` opens a fresh read-only connection for every request it
answers, and reads in one transaction what that page shows. A story page is
the report's own view model (:func:`storyline.report.build_report_context`)
built from that one story's rows, so the story pages and the HTML report of
``storyline run`` render the very same structures through the same
templates. What the lists of stories and outlets need is read once, lightly,
and kept until the database file changes (its size or mtime, or its WAL's):
neither memory nor the time to answer grows with the corpus.

Every ``*_page`` method returns a plain dict: the template context of the
page and, through :mod:`storyline.web.schemas`, its JSON twin.
"""

from __future__ import annotations

import copy
import re
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

from storyline.records import Article
from storyline.report.html import (
    FRAMING_CITES_ELSEWHERE,
    UNKNOWN_OUTLET,
    UNTITLED,
    article_title,
    brief_cited_ids,
    build_report_context,
    loose_article_views,
    sorted_stories,
    story_article_lists,
    story_summary,
)
from storyline.store.db import Store
from storyline.store.export import article_row, entity_row, fact_rows
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


class _Index:
    """What the lists of stories show and what pages link by, from one light read of
    the store (the story rows; each article's story, outlet and date; counts), kept
    until the database changes. Everything else a page shows is read for that page
    alone, so neither memory nor the time to answer grows with the corpus: the whole
    export and the report's view model, which this replaced, took 270 MB and 4.5 s to
    rebuild at 6,000 articles after every change."""

    def __init__(self, store: Store) -> None:
        stories = [asdict(s) for s in store.stories()]
        #: id and title of every story, by id (what a link to a story shows)
        self.story_rows: dict[str, dict] = {
            s["id"]: {"id": s["id"], "title": s["title"]} for s in stories
        }
        articles = [
            dict(r)
            for r in store.conn.execute(
                "SELECT id, story_id, outlet, published, duplicate_of FROM articles ORDER BY seq"
            )
        ]
        story_articles = story_article_lists(stories, articles)
        self.outlets: dict[str, list[str]] = defaultdict(list)  # slug -> names
        #: outlet name (as shown) -> how many articles, first seen first
        self.outlet_counts: Counter[str] = Counter()
        #: outlet name -> the stored values shown under it (None for no outlet)
        self.outlet_values: dict[str, set[str | None]] = defaultdict(set)
        #: original article id -> its copies' ids, in store order
        self.copies: dict[str, list[str]] = defaultdict(list)
        for a in articles:
            name = _outlet(a)
            self.outlet_counts[name] += 1
            self.outlet_values[name].add(a["outlet"])
            if name not in self.outlets[outlet_slug(name)]:
                self.outlets[outlet_slug(name)].append(name)
            if a["duplicate_of"]:
                self.copies[a["duplicate_of"]].append(a["id"])
        quotes = dict(
            store.conn.execute(
                "SELECT a.story_id, COUNT(*) FROM quotes q JOIN articles a"
                " ON a.id = q.article_id WHERE a.story_id IS NOT NULL GROUP BY a.story_id"
            ).fetchall()
        )
        by_id = {a["id"]: a for a in articles}
        self.stories: list[dict[str, Any]] = []
        for s in sorted_stories(stories, story_articles):
            members = [by_id[a] for a in story_articles[s["id"]] if a in by_id]
            summary = story_summary(s, members)
            self.stories.append({"id": s["id"], **summary, "n_quotes": quotes.get(s["id"], 0)})
        self.story_of = {aid: sid for sid, aids in story_articles.items() for aid in aids}
        # Articles in no story: a story whose brief cites one shows it (the first such
        # story in the list's order); the others are listed apart.
        outside = [a["id"] for a in articles if a["id"] not in self.story_of]
        self.shown_by: dict[str, str] = {}
        if outside:
            order = {s["id"]: n for n, s in enumerate(self.stories)}
            for b in sorted(store.briefs(), key=lambda b: order.get(b.story_id, len(order))):
                if b.story_id not in order:
                    continue
                for sentence in b.sentences:
                    for aid in sentence.article_ids:
                        self.shown_by.setdefault(_text(aid), b.story_id)
        self.loose = [aid for aid in outside if aid not in self.shown_by]
        count = store.conn.execute
        self.counts = {
            "stories": len(stories),
            "articles": len(articles),
            "outlets": len(set(self.outlet_counts) - {UNKNOWN_OUTLET}),
            "duplicates": sum(len(copies) for copies in self.copies.values()),
            "entities": count("SELECT COUNT(*) FROM entities").fetchone()[0],
            "quotes": count(
                "SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
            ).fetchone()[0],
            "events": count("SELECT COUNT(*) FROM events").fetchone()[0],
            "facts": count("SELECT COUNT(*) FROM facts").fetchone()[0],
        }
        dates = sorted(_text(a["published"]) for a in articles if a["published"])
        self.date_range = [dates[0], dates[-1]] if dates else None
        #: The entities page's rows, counted when first asked for.
        self.entity_list: list[dict[str, Any]] | None = None
        #: The view models of the stories last shown (at most STORY_CONTEXTS), by id.
        self.contexts: OrderedDict[str, dict[str, Any] | None] = OrderedDict()


#: Story view models kept with the index, the most recently shown.
STORY_CONTEXTS = 64
#: Entities listed on one page of the entity index.
ENTITIES_PER_PAGE = 500
#: Articles listed on one page of an outlet.
ARTICLES_PER_PAGE = 500


def _articles_by_id(store: Store, ids: Iterable[str]) -> list[Article]:
    """The articles of these ids that exist, read 500 ids at a time."""
    ids = sorted(set(ids))
    found: list[Article] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found += store.load_articles(f"id IN ({','.join('?' * len(chunk))})", tuple(chunk))
    return found


def _with_originals(store: Store, rows: dict[str, dict]) -> dict[str, dict]:
    """``rows`` (export rows of articles, by id) with the rows of the articles they are
    copies of, and of theirs, read as needed."""
    wanted = {r["duplicate_of"] for r in rows.values() if r["duplicate_of"]} - set(rows)
    while wanted:
        found = {a.id: article_row(a) for a in _articles_by_id(store, wanted)}
        rows.update(found)
        wanted = {r["duplicate_of"] for r in found.values() if r["duplicate_of"]} - set(rows)
    return rows


def _page(rows: list, page: int, per_page: int, what: str) -> tuple[list, int]:
    """Page ``page`` (from 1) of ``rows`` at ``per_page`` a page, and how many pages
    there are (one, if there are no rows); NotFound past the last."""
    pages = max(1, -(-len(rows) // per_page))
    if not 1 <= page <= pages:
        raise NotFound(f"no page {page} of {what} ({pages} in all)")
    return rows[(page - 1) * per_page : page * per_page], pages


def _story_data(store: Store, story_id: str) -> dict[str, list[dict]] | None:
    """The export rows one story's page is made of: the story, its articles and the
    articles it cites (with the originals of copies among them), its articles' quotes,
    its analyses, and the entities its articles mention (with those mentions, in the
    entities' order of the whole export, which the view model keeps for ties)."""
    story = store.story(story_id)
    if story is None:
        return None
    members = store.load_articles("story_id = ?", (story_id,))
    member_ids = {a.id for a in members}
    facts = store.facts(story_id)
    events = store.events(story_id)
    framing = store.framing(story_id)
    briefs = store.briefs(story_id)
    cited: set[str] = set()
    for b in briefs:
        for sentence in b.sentences:
            cited.update(sentence.article_ids)
    for e in events:
        cited.update(e.article_ids)
    for f in facts:
        cited.update(f.article_ids)
        for c in f.conflicts:
            cited.update(c.article_ids)
    for fr in framing:
        for v in fr.variants:
            ids = list(dict.fromkeys(v.article_ids))
            cited.update([a for a in ids if a in member_ids] or ids[:FRAMING_CITES_ELSEWHERE])
    rows = {a.id: article_row(a) for a in members}
    rows.update((a.id, article_row(a)) for a in _articles_by_id(store, cited - set(rows)))
    rows = _with_originals(store, rows)
    return {
        "articles": list(rows.values()),
        "stories": [asdict(story)],
        "entities": [entity_row(e, m) for e, m in store.entities_in(sorted(member_ids))],
        "quotes": [asdict(q) for q in store.quotes("a.story_id = ?", (story_id,))],
        "events": [asdict(e) for e in events],
        "facts": fact_rows(facts, members),
        "framing": [asdict(f) for f in framing],
        "briefs": [asdict(b) for b in briefs],
    }


class Site:
    """The read-only data behind every page, for one database file."""

    def __init__(self, db: str | Path) -> None:
        self.db = Path(db)
        # Fail early (and clearly) when the file is not a storyline database.
        Store(self.db, readonly=True).close()
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._index: _Index | None = None

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

    def index(self) -> _Index:
        stamp = self._stamp()
        with self._lock:
            if self._index is None or stamp != self._key:
                with self.open() as store, store.read_snapshot():
                    self._index = _Index(store)
                self._key = stamp
            return self._index

    # -- story list -----------------------------------------------------------
    def stories_page(self, sort: str = "size") -> dict[str, Any]:
        index = self.index()
        rows = []
        for s in index.stories:
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
        loose = []
        if index.loose:
            with self.open() as store, store.read_snapshot():
                views = _loose_views(store, index.loose)
            loose = [
                {
                    "id": a["id"],
                    "title": a["title"],
                    "outlet": a["outlet"],
                    "published": a["published"],
                    "href": article_href(a["id"]),
                }
                for a in views.values()
            ]
        return {
            "sort": sort,
            "stories": rows,
            "counts": dict(index.counts),
            "date_range": list(index.date_range or []) or None,
            "loose_articles": loose,
        }

    # -- story page -------------------------------------------------------------
    def _story_context(self, store: Store, index: _Index, story_id: str) -> dict | None:
        """The report's view model of one story, from that story's rows alone; the last
        :data:`STORY_CONTEXTS` are kept with the index (so until the database changes).
        Read only: a page copies what it changes."""
        with self._lock:
            if story_id in index.contexts:
                index.contexts.move_to_end(story_id)
                return index.contexts[story_id]
        data = _story_data(store, story_id)
        context = None
        if data is not None:
            context = build_report_context(data)
            context["published"] = {a["id"]: a.get("published") for a in data["articles"]}
        with self._lock:
            index.contexts[story_id] = context
            while len(index.contexts) > STORY_CONTEXTS:
                index.contexts.popitem(last=False)
        return context

    def story_page(self, story_id: str) -> dict[str, Any]:
        index = self.index()
        with self.open() as store, store.read_snapshot():
            context = self._story_context(store, index, story_id)
            if context is None:
                raise NotFound(f"no story {story_id}")
            story = copy.deepcopy(next(s for s in context["stories"] if s["id"] == story_id))
            _link_cites(story)
            cited = brief_cited_ids(story)
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
            "timeline": _timeline_spec(story, context["published"]),
            "coverage": _coverage_spec(story),
        }
        entity_ids: dict[str, str] = {}
        members = {v["id"] for v in story["articles"] if v["in_story"]}
        for e in context["entity_index"].mentioned_in(members):
            entity_ids.setdefault(_one_line(e["name"]), entity_href(e["id"]))
        for e in story["entities"]:
            e["href"] = entity_ids.get(e["name"])
        return story

    # -- article page -------------------------------------------------------------
    def _article_view(self, store: Store, index: _Index, article_id: str) -> dict | None:
        """The article's view as the report renders it in full: in its story (or the
        story whose brief cites it), else among the articles of no story."""
        sid = index.story_of.get(article_id) or index.shown_by.get(article_id)
        if sid is not None:
            context = self._story_context(store, index, sid)
            views = [v for s in (context or {}).get("stories", []) for v in s["articles"]]
            found = next((v for v in views if v["id"] == article_id), None)
            return copy.deepcopy(found)
        if article_id in index.loose:
            return _loose_views(store, index.loose).get(article_id)
        return None

    def article_page(self, article_id: str) -> dict[str, Any]:
        index = self.index()
        with self.open() as store, store.read_snapshot():
            found = store.load_articles("id = ?", (article_id,))
            view = self._article_view(store, index, article_id) if found else None
            if not found or view is None:
                raise NotFound(f"no article {article_id}")
            article = found[0]
            entity_counts = Counter(m.entity_id for m in article.mentions if m.entity_id)
            named = store.entity_rows(sorted(entity_counts))
            copied = index.copies.get(article_id, [])
            found_copies = store.article_summaries(copied) if copied else {}
            copies = [found_copies[c] for c in copied if c in found_copies]
        _link_cites(view)
        view["render_here"] = True
        view["href"] = article_href(article_id)
        view["outlet_href"] = outlet_href(view["outlet"])
        view["body_html"] = render_body(
            article.body, article.sentences, article.mentions, article.quotes
        )
        story = index.story_rows.get(article.story_id or "")
        entities = []
        for eid, n in entity_counts.most_common():
            e = named.get(eid)
            if e:
                entities.append(
                    {
                        "id": eid,
                        "name": e.name,
                        "type": e.type,
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
            for a in copies
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
    def entities_page(self, page: int = 1) -> dict[str, Any]:
        """The entities, most widely mentioned first, :data:`ENTITIES_PER_PAGE` a page (a
        corpus names far more than one page can list)."""
        index = self.index()
        rows = index.entity_list
        if rows is None:  # counted on first ask, then kept with the index
            with self.open() as store, store.read_snapshot():
                counted = store.entity_counts()
            rows = [
                {
                    "id": e.id,
                    "name": e.name,
                    "type": e.type,
                    "href": entity_href(e.id),
                    "mentions": mentions,
                    "articles": articles,
                }
                for e, mentions, articles in counted
            ]
            rows.sort(key=lambda r: (-r["articles"], -r["mentions"], r["name"].casefold()))
            index.entity_list = rows
        shown, pages = _page(rows, page, ENTITIES_PER_PAGE, "entities")
        return {
            "entities": [dict(r) for r in shown],
            "page": page,
            "pages": pages,
            "total": len(rows),
        }

    def entity_page(self, entity_id: str) -> dict[str, Any]:
        index = self.index()
        with self.open() as store, store.read_snapshot():
            found = store.entity_rows([entity_id])
            if entity_id not in found:
                raise NotFound(f"no entity {entity_id}")
            e = found[entity_id]
            every = store.entity_mentions(entity_id)
            by_article: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for aid, start, end in every:
                by_article[aid].append((start, end))
            rows = store.article_summaries(by_article, body_chars=None)
            quotes = store.quotes("q.speaker_entity_id = ?", (entity_id,))
            quoted = store.article_summaries(q.article_id for q in quotes)
        articles = []
        story_ids: list[str] = []
        for aid, mentions in by_article.items():
            a = rows.get(aid)
            if a is None:
                continue
            body = a["body"]
            contexts = []
            for start, end in mentions[:5]:
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
        return {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": [a for a in e.aliases if a != e.name],
            "n_mentions": len(every),
            "articles": articles,
            "stories": [_story_ref(index, sid) for sid in story_ids if sid in index.story_rows],
            "quotes": [_quote_row(asdict(q), quoted) for q in quotes],
        }

    # -- outlets ---------------------------------------------------------------
    def outlets_page(self) -> dict[str, Any]:
        index = self.index()
        rows = [
            {"name": name, "slug": outlet_slug(name), "href": outlet_href(name), "articles": n}
            for name, n in index.outlet_counts.most_common()
        ]
        return {"outlets": rows}

    def outlet_page(self, slug: str, page: int = 1) -> dict[str, Any]:
        """An outlet's articles, newest first, :data:`ARTICLES_PER_PAGE` a page, with the
        quotes they carry; its stories and the terms it chooses, all of them."""
        index = self.index()
        names = index.outlets.get(slug)
        if not names:
            raise NotFound(f"no outlet {slug}")
        values = set().union(*(index.outlet_values[name] for name in names))
        with self.open() as store, store.read_snapshot():
            articles = store.outlet_article_rows(sorted(values, key=_text))
            articles = [a for a in articles if _outlet(a) in names]
            newest = sorted(articles, key=lambda a: _text(a["published"]), reverse=True)
            shown, pages = _page(newest, page, ARTICLES_PER_PAGE, slug)
            aids = [a["id"] for a in articles]
            quotes = store.quotes_in([a["id"] for a in shown])  # read back in store order
            n_quotes = store.quote_count(aids)
            framing = store.framing()
        by_id = {a["id"]: a for a in articles}
        story_ids = []
        for a in sorted(articles, key=lambda a: _text(a["published"])):
            if a.get("story_id") and a["story_id"] not in story_ids:
                story_ids.append(a["story_id"])
        mine = set(aids)
        terms = []
        for f in framing:
            for v in f.variants:
                if set(v.outlets) & set(names) or mine.intersection(v.article_ids):
                    terms.append(
                        {
                            "referent": f.referent,
                            "term": v.term,
                            "story": _story_ref(index, f.story_id),
                        }
                    )
        return {
            "name": names[0],
            "names": names,
            "slug": slug,
            "page": page,
            "pages": pages,
            "n_articles": len(articles),
            "n_quotes": n_quotes,
            "articles": [
                {
                    "id": a["id"],
                    "title": article_title(a),
                    "published": a["published"],
                    "href": article_href(a["id"]),
                    "story": _story_ref(index, a.get("story_id")),
                    "duplicate_of": a.get("duplicate_of"),
                }
                for a in shown
            ],
            "stories": [_story_ref(index, sid) for sid in story_ids if sid in index.story_rows],
            "quotes": [_quote_row(asdict(q), by_id) for q in quotes],
            "framing": terms,
        }

    # -- search ----------------------------------------------------------------
    def search_page(self, query: str, limit: int = 50) -> dict[str, Any]:
        query = _one_line(query)[:200]
        results = []
        if query:
            index = self.index()
            with self.open() as store, store.read_snapshot():
                rows = _fts(store, query, limit)
                found = store.article_summaries(r["article_id"] for r in rows)
            for r in rows:
                text, marks = snippet_highlights(r["snippet"] or "")
                title, tmarks = snippet_highlights(r["title"] or "")
                article = found.get(r["article_id"], {})
                results.append(
                    {
                        "article_id": r["article_id"],
                        "title": _one_line(title) or article_title(article),
                        "title_html": highlight_snippet(title, tmarks) if title else None,
                        "outlet": _outlet(article),
                        "published": article.get("published"),
                        "href": article_href(r["article_id"]),
                        "story": _story_ref(index, r["story_id"]),
                        "snippet": text,
                        "highlights": marks,
                        "snippet_html": highlight_snippet(text, marks),
                    }
                )
        return {"query": query, "results": results}


# --------------------------------------------------------------------------- helpers


def _loose_views(store: Store, loose: list[str]) -> dict[str, dict]:
    """The views of the articles in no story, by id, in the order the report lists them."""
    rows = _with_originals(store, {a.id: article_row(a) for a in _articles_by_id(store, loose)})
    views = loose_article_views([rows[a] for a in loose if a in rows], rows)
    return {v["id"]: v for v in views}


def _story_ref(index: _Index, story_id: str | None) -> dict[str, Any] | None:
    row = index.story_rows.get(story_id or "")
    if row is None:
        return None
    return {
        "id": row["id"],
        "title": _one_line(row["title"]) or UNTITLED,
        "href": story_href(row["id"]),
    }


def _quote_row(q: dict, articles: dict[str, dict]) -> dict[str, Any]:
    a = articles.get(q["article_id"], {})
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
    return {a.id: (a.body, a.sentences) for a in _articles_by_id(store, article_ids)}


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


def _timeline_spec(story: dict, published: dict[str, Any]) -> dict[str, Any] | None:
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
        date = published.get(view["id"])
        if date and view.get("in_story"):
            values.append(
                {
                    "date": date,
                    "lane": view["outlet"],
                    "kind": "article",
                    "label": _clip(view["title"], 160),
                    "sources": 1,
                }
            )
    if not values:
        return None
    lanes = ["Events"] + sorted(
        {v["lane"] for v in values} - {"Events"}, key=lambda o: (o.casefold(), o)
    )
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
