"""The SQLite store: one file, WAL, numbered migrations, FTS5 over articles.

The store is the only thing that knows SQL. Stages never see it; the
barrier stages get a read view (:class:`StoreView`) with the few lookups
they need.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.records import (
    Article,
    Brief,
    BriefSentence,
    Conflict,
    Document,
    Entity,
    Event,
    Fact,
    Framing,
    FramingVariant,
    Mention,
    Quantity,
    Quote,
    RemovedSpan,
    Story,
    TimeMention,
)

#: How long a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT_SECONDS = 60


class StoreError(Exception):
    """A database problem worth one clear line to the user."""


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("storyline.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def _surname(etype: str, key: str) -> str | None:
    """The ``surname`` column of an entity: the last word of a person's key of several
    words (as migration 0009 fills it for stored ones), else None."""
    if etype != "PERSON" or " " not in key:
        return None
    return key.rsplit(" ", 1)[1]


@functools.cache
def _known_versions() -> frozenset[int]:
    return frozenset(version for version, _, _ in _migrations())


class Store:
    """A storyline database file."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError(f"no database at {self.path}")
        try:
            if readonly:
                # A handle that refuses writes (query_only) rather than a read-only one
                # (mode=ro): the last connection to close a WAL database checkpoints it and
                # removes its -wal and -shm files, which a read-only one cannot do, and
                # left them beside the file after every report and export. "mode=rw" never
                # creates a file, and SQLite opens one the user may not write read-only.
                uri = f"{self.path.resolve().as_uri()}?mode=rw"
                self.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
                self.conn.execute("PRAGMA query_only = ON")
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            else:
                self._check_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable storyline database ({exc})") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------
    def _migrate(self) -> None:
        """Apply the numbered migrations not yet recorded, under the write lock.

        Two processes opening a new database at once must not both create the
        schema: the version check and the migration share one IMMEDIATE
        transaction, so the second waits and then finds the work done.
        """
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        self.conn.commit()
        with self.transaction():
            done = {row[0] for row in self.conn.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in _migrations():
                if version in done:
                    continue
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations"
                    " VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                    (version, name),
                )

    def _check_schema(self) -> None:
        try:
            applied = {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: not a storyline database") from exc
        # Read-only opens (serve, export) cannot migrate: say so, not fail on a missing column.
        missing = _known_versions() - applied
        if missing:
            raise StoreError(
                f"{self.path}: written by an older storyline (schema {max(applied, default=0)},"
                f" this version needs {max(_known_versions())}); run 'storyline analyze --db"
                f" {self.path}' once to upgrade it"
            )

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """One read transaction around the block (or the caller's, when one is open), so
        several reads see one state of the database while another process writes."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.rollback()  # nothing was written; ends the read snapshot

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def _select_in(
        self, sql: str, values: Iterable[str], tail: Sequence[str] = ()
    ) -> Iterator[sqlite3.Row]:
        """Rows of ``sql`` whose ``{marks}`` placeholder takes ``values``, in chunks
        small enough for SQLite's limit on bound parameters; ``tail`` binds the
        placeholders that follow it, the same for every chunk."""
        values = list(values)
        for chunk in _chunks(values, 500):
            yield from self.conn.execute(
                sql.format(marks=",".join("?" * len(chunk))), [*chunk, *tail]
            )

    # -- documents --------------------------------------------------------
    def known_documents(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        found.update(
            r[0] for r in self._select_in("SELECT id FROM documents WHERE id IN ({marks})", ids)
        )
        return found

    def add_document(self, doc: Document, article_count: int) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO documents VALUES (?,?,?,?,?,?)",
            (
                doc.id,
                doc.source,
                doc.form,
                doc.record_index,
                article_count,
                time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            ),
        )

    def next_segment(self, source: str) -> int:
        row = self.conn.execute(
            "SELECT MAX(segment) FROM articles WHERE source = ?", (source,)
        ).fetchone()
        return 0 if row[0] is None else row[0] + 1

    # -- articles ---------------------------------------------------------
    def article_by_body_hash(self, body_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE body_hash = ? AND duplicate_of IS NULL"
            " ORDER BY seq LIMIT 1",
            (body_hash,),
        ).fetchone()
        return row[0] if row else None

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_article(self, article: Article, terms: dict[str, float]) -> None:
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        self.conn.execute(
            "INSERT INTO articles (id, doc_id, source, external_id, segment, outlet, title,"
            " byline, url, published, published_precision, language, body, body_hash, removed,"
            " duplicate_of, sentences, times, terms, story_id, seq, quantities, fetched)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                article.doc_id,
                article.source,
                article.external_id,
                article.segment,
                article.outlet,
                article.title,
                article.byline,
                article.url,
                article.published,
                article.published_precision,
                article.language,
                article.body,
                article.body_hash,
                json.dumps([asdict(r) for r in article.removed], ensure_ascii=False),
                article.duplicate_of,
                json.dumps(article.sentences),
                json.dumps([asdict(t) for t in article.times], ensure_ascii=False),
                json.dumps(terms, ensure_ascii=False, sort_keys=True),
                article.story_id,
                seq,
                json.dumps([asdict(q) for q in article.quantities], ensure_ascii=False),
                article.fetched,
            ),
        )
        self.conn.execute(
            "INSERT INTO articles_fts (article_id, title, body) VALUES (?,?,?)",
            (article.id, article.title or "", article.body),
        )
        for m in article.mentions:
            self.conn.execute(
                "INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?,?,?)",
                (article.id, m.entity_id, m.text, m.label, m.canonical, m.start, m.end),
            )
        self.conn.execute(
            "INSERT INTO entity_df SELECT DISTINCT entity_id, 1 FROM mentions WHERE article_id = ?"
            " AND true ON CONFLICT(entity_id) DO UPDATE SET df = df + 1",
            (article.id,),
        )
        for q in article.quotes:
            self.conn.execute(
                "INSERT OR IGNORE INTO quotes VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    q.id,
                    q.article_id,
                    q.text,
                    q.speaker,
                    q.speaker_entity_id,
                    q.cue,
                    q.kind,
                    q.start,
                    q.end,
                ),
            )
        self.conn.executemany(
            "INSERT INTO term_df VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(t,) for t in terms],
        )

    def set_story(self, article_id: str, story_id: str) -> None:
        self.conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))

    def stored_outlet_spellings(self, names: Iterable[str]) -> dict[str, str]:
        """For each of ``names`` stored under another case ("FOX" for "fox"), the
        spelling stored first (ASCII letters folded, as SQLite's NOCASE does)."""
        out: dict[str, str] = {}
        for name in names:
            row = self.conn.execute(
                "SELECT outlet FROM articles WHERE outlet = ? COLLATE NOCASE ORDER BY seq LIMIT 1",
                (name,),
            ).fetchone()
            if row is not None:
                out[name] = row[0]
        return out

    def article_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # -- facts about the database as a whole --------------------------------
    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def load_articles(self, where: str = "1", params: tuple = ()) -> list[Article]:
        rows = self.conn.execute(
            f"SELECT * FROM articles WHERE {where} ORDER BY seq", params
        ).fetchall()
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        mentions: dict[str, list[Mention]] = {i: [] for i in ids}
        quotes: dict[str, list[Quote]] = {i: [] for i in ids}
        for m in self._select_in(
            "SELECT * FROM mentions WHERE article_id IN ({marks}) ORDER BY start",
            ids,
        ):
            mentions[m["article_id"]].append(
                Mention(m["text"], m["label"], m["start"], m["end"], m["canonical"], m["entity_id"])
            )
        for q in self._select_in(
            "SELECT * FROM quotes WHERE article_id IN ({marks}) ORDER BY start", ids
        ):
            quotes[q["article_id"]].append(_quote(q))
        return [
            Article(
                id=r["id"],
                doc_id=r["doc_id"],
                source=r["source"],
                segment=r["segment"],
                body=r["body"],
                external_id=r["external_id"],
                outlet=r["outlet"],
                title=r["title"],
                byline=r["byline"],
                url=r["url"],
                published=r["published"],
                published_precision=r["published_precision"],
                language=r["language"],
                removed=[RemovedSpan(**x) for x in json.loads(r["removed"])],
                duplicate_of=r["duplicate_of"],
                body_hash=r["body_hash"],
                sentences=[tuple(s) for s in json.loads(r["sentences"])],
                mentions=mentions[r["id"]],
                quotes=quotes[r["id"]],
                times=[TimeMention(**t) for t in json.loads(r["times"])],
                story_id=r["story_id"],
                quantities=[Quantity(**q) for q in json.loads(r["quantities"])],
                fetched=r["fetched"],
            )
            for r in rows
        ]

    def article_ranges(self, chunk: int, order: str = "seq") -> list[tuple[Any, Any]]:
        """Every article in ``order`` ("seq", the store's order, or "id") cut into runs of
        ``chunk`` articles: the first and last key of each run."""
        if order not in ("seq", "id"):
            raise ValueError(f"articles are read by seq or by id, not by {order}")
        keys = [r[0] for r in self.conn.execute(f"SELECT {order} FROM articles ORDER BY {order}")]
        return [(keys[i], keys[min(i + chunk, len(keys)) - 1]) for i in range(0, len(keys), chunk)]

    def iter_articles(self, chunk: int = 500, order: str = "seq") -> Iterator[Article]:
        """Every article, in ``order`` (see :meth:`article_ranges`), read ``chunk`` at a
        time: a caller that uses each as it comes holds one chunk, not the corpus."""
        for first, last in self.article_ranges(chunk, order):
            part = self.load_articles(f"{order} BETWEEN ? AND ?", (first, last))
            if order == "id":  # (load_articles keeps the store's order within the run)
                part.sort(key=lambda a: a.id)
            yield from part

    def story_digest(self, story_id: str) -> tuple[list[Article], dict[str, dict[str, float]]]:
        """A story's members, light: what naming a story needs, without annotations.

        Members carry id, title, dates, ``duplicate_of`` and the first 400
        characters of the body; the second value is their stored clustering
        terms. Reading this per landed batch stays cheap for big stories.
        """
        rows = self.conn.execute(
            "SELECT id, doc_id, source, segment, substr(body, 1, 400) AS body, outlet, title,"
            " published, duplicate_of, terms FROM articles WHERE story_id = ? ORDER BY seq",
            (story_id,),
        ).fetchall()
        members = [
            Article(
                id=r["id"],
                doc_id=r["doc_id"],
                source=r["source"],
                segment=r["segment"],
                body=r["body"],
                outlet=r["outlet"],
                title=r["title"],
                published=r["published"],
                duplicate_of=r["duplicate_of"],
                story_id=story_id,
            )
            for r in rows
        ]
        return members, {r["id"]: json.loads(r["terms"]) for r in rows}

    def article_terms(self, ids: list[str]) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for r in self._select_in(
            "SELECT id, terms FROM articles WHERE id IN ({marks})",
            ids,
        ):
            out[r[0]] = json.loads(r[1])
        return out

    # -- entities ---------------------------------------------------------
    def entity_by_key(self, etype: str, key: str) -> Entity | None:
        row = self.conn.execute(
            "SELECT * FROM entities WHERE type = ? AND key = ? ORDER BY id LIMIT 1", (etype, key)
        ).fetchone()
        return _entity(row) if row else None

    def entities_with_surname(self, surname_key: str) -> list[Entity]:
        """The persons whose key has more than one word, the last being ``surname_key``."""
        rows = self.conn.execute(
            "SELECT * FROM entities WHERE surname = ? AND type = 'PERSON'", (surname_key,)
        ).fetchall()
        return [_entity(r) for r in rows]

    def upsert_entity(self, entity: Entity, key: str) -> None:
        row = self.conn.execute(
            "SELECT aliases FROM entities WHERE id = ?", (entity.id,)
        ).fetchone()
        if row is None:
            self.conn.execute(
                "INSERT INTO entities (id, name, type, key, aliases, surname) VALUES (?,?,?,?,?,?)",
                (
                    entity.id,
                    entity.name,
                    entity.type,
                    key,
                    json.dumps(sorted(set(entity.aliases)), ensure_ascii=False),
                    _surname(entity.type, key),
                ),
            )
            return
        aliases = sorted(set(json.loads(row[0])) | set(entity.aliases))
        self.conn.execute(
            "UPDATE entities SET aliases = ? WHERE id = ?",
            (json.dumps(aliases, ensure_ascii=False), entity.id),
        )

    def entities_of(self, article_ids: list[str], labels: Iterable[str]) -> dict[str, set[str]]:
        """The entities of each article among its mentions labelled one of ``labels`` (the
        clusterer asks for the types that name a story's actors and places)."""
        wanted = sorted(labels)
        out: dict[str, set[str]] = {a: set() for a in article_ids}
        for r in self._select_in(
            "SELECT article_id, entity_id FROM mentions WHERE article_id IN ({marks})"
            f" AND label IN ({', '.join('?' * len(wanted))})",
            article_ids,
            tail=wanted,
        ):
            out[r[0]].add(r[1])
        return out

    def persons_of(self, article_ids: list[str]) -> dict[str, dict[str, str]]:
        """The persons each article names: {article: {entity id: the entity's name}}."""
        out: dict[str, dict[str, str]] = {a: {} for a in article_ids}
        for r in self._select_in(
            "SELECT m.article_id, m.entity_id, e.name FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id"
            " WHERE m.article_id IN ({marks}) AND m.label = 'PERSON'",
            article_ids,
        ):
            out[r[0]][r[1]] = r[2]
        return out

    # -- clustering lookups -------------------------------------------------
    def entity_df(self, entity_ids: Iterable[str]) -> dict[str, int]:
        """In how many stored articles each entity is mentioned (kept as articles are
        added, so a lookup costs the same however often the entity was named)."""
        ids = list(entity_ids)
        out: dict[str, int] = {}
        for r in self._select_in(
            "SELECT entity_id, df FROM entity_df WHERE entity_id IN ({marks})", ids
        ):
            out[r[0]] = r[1]
        return out

    def term_df(self, terms: Iterable[str]) -> dict[str, int]:
        terms = list(terms)
        out: dict[str, int] = {}
        for r in self._select_in(
            "SELECT term, df FROM term_df WHERE term IN ({marks})",
            terms,
        ):
            out[r[0]] = r[1]
        return out

    def story_of(self, article_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for r in self._select_in(
            "SELECT id, story_id FROM articles WHERE id IN ({marks})",
            article_ids,
        ):
            out[r[0]] = r[1]
        return out

    def published_of(self, article_ids: list[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for r in self._select_in(
            "SELECT id, published FROM articles WHERE id IN ({marks})",
            article_ids,
        ):
            out[r[0]] = r[1]
        return out

    def story_article_ids(self, story_id: str) -> list[str]:
        return [article_id for article_id, _ in self.story_members(story_id)]

    # -- near-duplicate signatures (issue 5) ---------------------------------
    def add_minhash(self, article_id: str, sig: bytes, n_shingles: int, bands: list[int]) -> None:
        """Store an article's MinHash signature and its LSH band keys."""
        self.conn.execute(
            "INSERT OR REPLACE INTO minhash VALUES (?,?,?)", (article_id, n_shingles, sig)
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO minhash_bands VALUES (?,?,?)",
            [(band, key, article_id) for band, key in enumerate(bands)],
        )

    def near_duplicate_candidates(self, band_keys: list[int]) -> list[str]:
        """Stored articles sharing at least one LSH band key, in the order they were stored."""
        found: set[str] = set()
        for band, key in enumerate(band_keys):
            found.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT article_id FROM minhash_bands WHERE band = ? AND key = ?", (band, key)
                )
            )
        if not found:
            return []
        seq: dict[str, int] = {}
        for r in self._select_in(
            "SELECT id, seq FROM articles WHERE id IN ({marks})",
            sorted(found),
        ):
            seq[r[0]] = r[1]
        return sorted(seq, key=seq.__getitem__)

    def minhash_signatures(
        self, article_ids: list[str]
    ) -> dict[str, tuple[bytes, int, str | None]]:
        """{article id: (signature blob, shingle count, duplicate_of)}, in the order asked."""
        rows: dict[str, tuple[bytes, int, str | None]] = {}
        for r in self._select_in(
            "SELECT m.article_id, m.sig, m.n_shingles, a.duplicate_of FROM minhash m"
            " JOIN articles a ON a.id = m.article_id WHERE m.article_id IN ({marks})",
            article_ids,
        ):
            rows[r[0]] = (r[1], r[2], r[3])
        return {a: rows[a] for a in article_ids if a in rows}

    def add_recent_postings(self, article_id: str, keys: list[str]) -> None:
        """Index an article under its clustering keys, by insertion order."""
        row = self.conn.execute("SELECT seq FROM articles WHERE id = ?", (article_id,)).fetchone()
        self.conn.executemany(
            "INSERT OR IGNORE INTO recent_postings VALUES (?,?,?)",
            [(k, row[0], article_id) for k in sorted(set(keys))],
        )

    def recent_candidates(self, keys: list[str], per_key: int, limit: int) -> list[str]:
        """Articles (with a story) among the ``per_key`` most recent under each key.

        Most keys shared first. Each key is one index range read, so the cost
        does not grow with the corpus.
        """
        counts: dict[str, int] = {}
        for key in keys:
            for r in self.conn.execute(
                "SELECT article_id FROM recent_postings WHERE key = ? ORDER BY seq DESC LIMIT ?",
                (key, per_key),
            ):
                counts[r[0]] = counts.get(r[0], 0) + 1
        ranked = sorted(counts, key=lambda a: (-counts[a], a))[:limit]
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        rows = self.conn.execute(
            f"SELECT id FROM articles WHERE id IN ({marks}) AND story_id IS NOT NULL", ranked
        )
        keep = {r[0] for r in rows}
        return [a for a in ranked if a in keep]

    # -- stories ------------------------------------------------------------
    def upsert_story(self, story: Story) -> None:
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM stories").fetchone()[0]
        self.conn.execute(
            "INSERT INTO stories (id, title, first_published, last_published, dirty, seq)"
            " VALUES (?,?,?,?,1,?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
            " first_published = excluded.first_published,"
            " last_published = excluded.last_published, dirty = 1",
            (story.id, story.title, story.first_published, story.last_published, seq),
        )

    def story_members(self, story_id: str) -> list[tuple[str, str | None]]:
        """(article id, ``duplicate_of``) of a story's articles, in the order stored."""
        return [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT id, duplicate_of FROM articles WHERE story_id = ? ORDER BY seq",
                (story_id,),
            )
        ]

    def move_articles(self, article_ids: list[str], story_id: str) -> None:
        """Put the articles ``article_ids`` in story ``story_id`` (a split's new story)."""
        self.conn.executemany(
            "UPDATE articles SET story_id = ? WHERE id = ?", [(story_id, a) for a in article_ids]
        )

    def merge_story(self, drop: str, keep: str) -> None:
        """Move every article of story ``drop`` into ``keep`` and forget ``drop``."""
        self.conn.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (keep, drop))
        for table in ("facts", "events", "briefs", "framing"):
            self.conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (drop,))
        self.conn.execute("DELETE FROM stories WHERE id = ?", (drop,))

    def dirty_stories(self) -> list[str]:
        return [
            r[0] for r in self.conn.execute("SELECT id FROM stories WHERE dirty = 1 ORDER BY seq")
        ]

    def stories(self) -> list[Story]:
        rows = self.conn.execute("SELECT * FROM stories ORDER BY seq").fetchall()
        members: dict[str, list[str]] = {r["id"]: [] for r in rows}
        for r in self.conn.execute(
            "SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY seq"
        ):
            members.setdefault(r[1], []).append(r[0])
        return [
            Story(r["id"], r["title"], members[r["id"]], r["first_published"], r["last_published"])
            for r in rows
        ]

    def story(self, story_id: str) -> Story | None:
        row = self.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        return Story(
            row["id"],
            row["title"],
            self.story_article_ids(row["id"]),
            row["first_published"],
            row["last_published"],
        )

    def save_analysis(
        self,
        story_id: str,
        facts: list[Fact],
        framing: list[Framing],
        events: list[Event],
        brief: Brief,
    ) -> None:
        for table in ("facts", "events", "briefs"):
            self.conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
        self.conn.execute("DELETE FROM framing WHERE story_id = ? AND scope = 'story'", (story_id,))
        for position, f in enumerate(facts):
            self.conn.execute(
                "INSERT OR REPLACE INTO facts (id, story_id, statement, article_ids, conflicts,"
                " position, spans) VALUES (?,?,?,?,?,?,?)",
                (
                    f.id,
                    story_id,
                    f.statement,
                    json.dumps(f.article_ids),
                    json.dumps([asdict(c) for c in f.conflicts], ensure_ascii=False),
                    position,
                    json.dumps(f.spans),
                ),
            )
        for fr in framing:
            self.conn.execute(
                "INSERT OR REPLACE INTO framing VALUES (?,?,?,'story')",
                (
                    story_id,
                    fr.referent,
                    json.dumps([asdict(v) for v in fr.variants], ensure_ascii=False),
                ),
            )
        for e in events:
            self.conn.execute(
                "INSERT OR REPLACE INTO events (id, story_id, date, text, article_ids,"
                " participants, place) VALUES (?,?,?,?,?,?,?)",
                (
                    e.id,
                    story_id,
                    e.date,
                    e.text,
                    json.dumps(e.article_ids),
                    json.dumps(e.participants, ensure_ascii=False),
                    e.place,
                ),
            )
        self.conn.execute(
            "INSERT OR REPLACE INTO briefs VALUES (?,?,?)",
            (
                story_id,
                brief.title,
                json.dumps([asdict(s) for s in brief.sentences], ensure_ascii=False),
            ),
        )
        self.conn.execute("UPDATE stories SET dirty = 0 WHERE id = ?", (story_id,))

    # -- reading analysis back ------------------------------------------------
    def entities(self, chunk: int = 500) -> Iterator[tuple[Entity, list[tuple[str, int, int]]]]:
        """Every entity by name (then id), with its mentions (article id, start, end) in
        article order; read ``chunk`` entities at a time, so a caller that writes them as
        they come holds one chunk's mentions, not the corpus's."""
        rows = self.conn.execute("SELECT * FROM entities ORDER BY name, id")
        while part := rows.fetchmany(chunk):
            mentions: dict[str, list[tuple[str, int, int]]] = {r["id"]: [] for r in part}
            for r in self._select_in(
                "SELECT m.entity_id, m.article_id, m.start, m.end FROM mentions m"
                " JOIN articles a ON a.id = m.article_id WHERE m.entity_id IN ({marks})"
                " ORDER BY a.seq, m.start",
                mentions,
            ):
                mentions[r[0]].append((r[1], r[2], r[3]))
            for r in part:
                yield _entity(r), mentions[r["id"]]

    def entities_in(
        self, article_ids: list[str]
    ) -> list[tuple[Entity, list[tuple[str, int, int]]]]:
        """The entities the articles mention, by name (then id), each with its mentions in
        those articles (article id, start, end) in article order."""
        mentions: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for r in self._select_in(
            "SELECT m.entity_id, m.article_id, m.start, m.end, a.seq FROM mentions m"
            " JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id IS NOT NULL AND m.article_id IN ({marks})",
            article_ids,
        ):
            mentions[r[0]].append((r[4], r[2], r[1], r[3]))
        found = self.entity_rows(sorted(mentions))
        ordered = sorted(found.values(), key=lambda e: (e.name, e.id))
        return [
            (e, [(aid, start, end) for _seq, start, aid, end in sorted(mentions[e.id])])
            for e in ordered
        ]

    def entity_rows(self, entity_ids: list[str]) -> dict[str, Entity]:
        """The entities of these ids that exist, by id."""
        return {
            r["id"]: _entity(r)
            for r in self._select_in("SELECT * FROM entities WHERE id IN ({marks})", entity_ids)
        }

    def entity_mentions(self, entity_id: str) -> list[tuple[str, int, int]]:
        """An entity's mentions (article id, start, end), in article order."""
        return [
            (r[0], r[1], r[2])
            for r in self.conn.execute(
                "SELECT m.article_id, m.start, m.end FROM mentions m"
                " JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
                " ORDER BY a.seq, m.start",
                (entity_id,),
            )
        ]

    def entity_counts(self) -> list[tuple[Entity, int, int]]:
        """Every entity with a mention: (entity, mentions, articles), by name (then id)."""
        rows = self.conn.execute(
            "SELECT e.*, COUNT(*) AS n, COUNT(DISTINCT m.article_id) AS k FROM entities e"
            " JOIN mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id"
            " GROUP BY e.id ORDER BY e.name, e.id"
        )
        return [(_entity(r), r["n"], r["k"]) for r in rows]

    def article_summaries(
        self, article_ids: Iterable[str], body_chars: int | None = 400
    ) -> dict[str, dict[str, Any]]:
        """What a list of articles shows of these articles, by id: id, outlet, title,
        published, story and original, and the body's first ``body_chars`` characters
        (None: all of it)."""
        return {
            r["id"]: dict(r)
            for r in self._select_in(
                f"SELECT {_summary_columns(body_chars)} FROM articles WHERE id IN ({{marks}})",
                sorted(set(article_ids)),
            )
        }

    def outlet_article_rows(self, outlets: list[str | None]) -> list[dict[str, Any]]:
        """What a list of articles shows of those stored under any of these outlet values
        (None: no outlet), in store order: id, outlet, title, published, story and
        original, and the body's first 400 characters (for an untitled one's opening)."""
        named = [o for o in outlets if o is not None]
        clauses = []
        if named:
            # NOCASE, so the outlet index serves it: a caller keeps the exact names.
            clauses.append(f"outlet COLLATE NOCASE IN ({','.join('?' * len(named))})")
        if None in outlets:
            clauses.append("outlet IS NULL")
        if not clauses:
            return []
        rows = self.conn.execute(
            f"SELECT {_summary_columns(400)} FROM articles"
            f" WHERE {' OR '.join(clauses)} ORDER BY seq",
            tuple(named),
        )
        return [dict(r) for r in rows]

    def quote_count(self, article_ids: list[str]) -> int:
        """How many quotes these articles hold."""
        return sum(
            r[0]
            for r in self._select_in(
                "SELECT COUNT(*) FROM quotes WHERE article_id IN ({marks})", article_ids
            )
        )

    def quotes_in(self, article_ids: list[str]) -> list[Quote]:
        """The quotes of these articles, in store order (article, then position)."""
        found = [
            (r["article_seq"], r["start"], _quote(r))
            for r in self._select_in(
                "SELECT q.*, a.seq AS article_seq FROM quotes q JOIN articles a"
                " ON a.id = q.article_id WHERE q.article_id IN ({marks})",
                article_ids,
            )
        ]
        found.sort(key=lambda x: (x[0], x[1]))
        return [q for _seq, _start, q in found]

    def analysed_stories(self, table: str) -> list[str]:
        """The ids of the stories that have rows in ``table`` (facts, events, framing or
        briefs), in id order: the order of those tables' readers without a story."""
        if table not in ("facts", "events", "framing", "briefs"):
            raise ValueError(f"not a table of story analyses: {table}")
        return [
            r[0]
            for r in self.conn.execute(f"SELECT DISTINCT story_id FROM {table} ORDER BY story_id")
        ]

    def quotes(self, where: str = "1", params: tuple = ()) -> list[Quote]:
        rows = self.conn.execute(
            "SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" WHERE {where} ORDER BY a.seq, q.start",
            params,
        )
        return [_quote(r) for r in rows]

    def facts(self, story_id: str | None = None) -> list[Fact]:
        sql, params = _story_filter("SELECT * FROM facts", story_id, "story_id, position")
        return [
            Fact(
                r["id"],
                r["story_id"],
                r["statement"],
                json.loads(r["article_ids"]),
                [Conflict(**c) for c in json.loads(r["conflicts"])],
                json.loads(r["spans"]),
            )
            for r in self.conn.execute(sql, params)
        ]

    def events(self, story_id: str | None = None) -> list[Event]:
        sql, params = _story_filter("SELECT * FROM events", story_id, "story_id, date, id")
        return [
            Event(
                r["id"],
                r["story_id"],
                r["date"],
                r["text"],
                json.loads(r["article_ids"]),
                json.loads(r["participants"]),
                r["place"],
            )
            for r in self.conn.execute(sql, params)
        ]

    def save_corpus_framing(self, rows: list[Framing]) -> None:
        """Replace the corpus-wide framing rows (each already attached to a story)."""
        self.conn.execute("DELETE FROM framing WHERE scope = 'corpus'")
        for fr in rows:
            self.conn.execute(
                "INSERT OR REPLACE INTO framing VALUES (?,?,?,'corpus')",
                (
                    fr.story_id,
                    fr.referent,
                    json.dumps([asdict(v) for v in fr.variants], ensure_ascii=False),
                ),
            )

    def story_has_quotes(self, story_id: str) -> bool:
        """Whether any article of the story holds a quote (without reading them)."""
        return (
            self.conn.execute(
                "SELECT 1 FROM quotes q JOIN articles a ON a.id = q.article_id"
                " WHERE a.story_id = ? LIMIT 1",
                (story_id,),
            ).fetchone()
            is not None
        )

    def corpus_framing_rows(self) -> list[Framing]:
        """The corpus-wide framing rows as computed, before they were attached to stories
        (each stored once per story it touches): ``story_id`` empty, in a stable order."""
        rows = self.conn.execute(
            "SELECT DISTINCT referent, variants FROM framing WHERE scope = 'corpus'"
            " ORDER BY referent, variants"
        ).fetchall()
        return [Framing("", r[0], [FramingVariant(**v) for v in json.loads(r[1])]) for r in rows]

    def framing(self, story_id: str | None = None) -> list[Framing]:
        """Framing rows; where a story has both, the corpus-wide row of a referent wins."""
        sql, params = _story_filter(
            "SELECT * FROM framing", story_id, "story_id, referent, scope = 'story'"
        )
        out: dict[tuple[str, str], Framing] = {}
        for r in self.conn.execute(sql, params):
            key = (r["story_id"], r["referent"])
            if key not in out:
                out[key] = Framing(
                    r["story_id"],
                    r["referent"],
                    [FramingVariant(**v) for v in json.loads(r["variants"])],
                )
        return list(out.values())

    def briefs(self, story_id: str | None = None) -> list[Brief]:
        sql, params = _story_filter("SELECT * FROM briefs", story_id, "story_id")
        return [
            Brief(
                r["story_id"], r["title"], [BriefSentence(**s) for s in json.loads(r["sentences"])]
            )
            for r in self.conn.execute(sql, params)
        ]

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Full-text search; the query is taken as words, not FTS syntax."""
        words = [w for w in query.replace('"', " ").split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        rows = self.conn.execute(
            "SELECT f.article_id, a.title, a.outlet, a.story_id,"
            " snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet"
            " FROM articles_fts f JOIN articles a ON a.id = f.article_id"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [dict(r) for r in rows]


def _summary_columns(body_chars: int | None) -> str:
    """The columns of an article's summary (see :meth:`Store.article_summaries`)."""
    body = "body" if body_chars is None else f"substr(body, 1, {int(body_chars)}) AS body"
    return f"id, outlet, title, published, story_id, duplicate_of, {body}"


def _story_filter(sql: str, story_id: str | None, order: str) -> tuple[str, tuple]:
    if story_id is None:
        return f"{sql} ORDER BY {order}", ()
    return f"{sql} WHERE story_id = ? ORDER BY {order}", (story_id,)


def _entity(row: sqlite3.Row) -> Entity:
    return Entity(row["id"], row["name"], row["type"], json.loads(row["aliases"]))


def _quote(r: sqlite3.Row) -> Quote:
    return Quote(
        r["id"],
        r["article_id"],
        r["text"],
        r["speaker"],
        r["speaker_entity_id"],
        r["cue"],
        r["kind"],
        r["start"],
        r["end"],
    )


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into complete SQL statements."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        yield buffer


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
