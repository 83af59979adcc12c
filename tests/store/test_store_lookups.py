"""Store lookups that must not grow with the corpus: persons by surname (an indexed
column), the numbering of new rows (an index on seq), and reading every article a
chunk at a time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.records import Article, Document, Entity
from storyline.store.db import Store

PEOPLE = [
    ("p1", "PERSON", "ilse marwick"),
    ("p2", "PERSON", "tomas van der marwick"),
    ("p3", "PERSON", "marwick"),  # a bare surname: no surname of its own
    ("p4", "PERSON", "anna goldmarwick"),  # ends in the letters, not the word
    ("o1", "ORG", "port of marwick"),  # not a person
    ("p5", "PERSON", "jo jo jo"),
    ("p6", "PERSON", "odile sand-brell"),
]


def _fill(store: Store) -> None:
    with store.transaction():
        for eid, etype, key in PEOPLE:
            store.upsert_entity(Entity(eid, key.title(), etype, []), key)


def _found(store: Store, surname: str) -> list[str]:
    return sorted(e.id for e in store.entities_with_surname(surname))


def test_persons_by_surname(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        _fill(store)
        assert _found(store, "marwick") == ["p1", "p2"]
        assert _found(store, "jo") == ["p5"]
        assert _found(store, "sand-brell") == ["p6"]
        assert _found(store, "brell") == []
        assert _found(store, "%") == [] and _found(store, "_arwick") == []


def test_an_older_store_gets_its_surnames_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        _fill(store)
        # The store of an older version: no surname column, migration 9 not applied.
        store.conn.execute("DROP INDEX entities_surname")
        store.conn.execute("ALTER TABLE entities DROP COLUMN surname")
        store.conn.execute("DELETE FROM schema_migrations WHERE version = 9")
        store.conn.commit()
    with Store(path) as store:  # opening it applies the missing migration
        assert _found(store, "marwick") == ["p1", "p2"]
        assert _found(store, "jo") == ["p5"]
        rows = dict(store.conn.execute("SELECT id, surname FROM entities").fetchall())
    assert rows == {
        "p1": "marwick",
        "p2": "marwick",
        "p3": None,
        "p4": "goldmarwick",
        "o1": None,
        "p5": "jo",
        "p6": "sand-brell",
    }


def test_the_migrations_last_word_is_pythons() -> None:
    """The migration's SQL for a key's last word against ``rsplit`` on awkward keys."""
    conn = sqlite3.connect(":memory:")
    keys = ["a b", "jo jo jo", "mary-ann o'neil smith", "jose garcia", "x y_z", "aa a", "a aa"]
    for key in keys:
        (got,) = conn.execute(
            "SELECT substr(?1, length(rtrim(?1, replace(?1, ' ', ''))) + 1)", (key,)
        ).fetchone()
        assert got == key.rsplit(" ", 1)[1], key


def test_numbering_a_new_row_reads_an_index_not_the_table(tmp_path: Path) -> None:
    """add_article and upsert_story number rows MAX(seq) + 1: an index answers it, so
    the cost does not grow with the corpus."""
    with Store(tmp_path / "s.db") as store:
        for table in ("articles", "stories"):
            plan = " ".join(
                str(row[-1])
                for row in store.conn.execute(
                    f"EXPLAIN QUERY PLAN SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}"
                )
            )
            assert f"INDEX {table}_seq" in plan, plan


def test_every_article_a_chunk_at_a_time(tmp_path: Path) -> None:
    # Stored out of id order, so that the store's order and the id order differ.
    ids = ["k3", "a9", "m1", "b2", "z0", "c5", "a1"]
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            for n, aid in enumerate(ids):
                store.add_document(Document(f"d{n}", "t", "", "body"), 1)
                store.add_article(
                    Article(id=aid, doc_id=f"d{n}", source="t", segment=0, body=f"Body {aid}."),
                    {},
                )
        for chunk in (1, 2, 3, 7, 50):
            assert [a.id for a in store.iter_articles(chunk)] == ids
            assert [a.id for a in store.iter_articles(chunk, order="id")] == sorted(ids)
            assert [a.body for a in store.iter_articles(chunk)] == [f"Body {i}." for i in ids]
        assert store.article_ranges(3, order="id") == [("a1", "b2"), ("c5", "m1"), ("z0", "z0")]
        with pytest.raises(ValueError):
            store.article_ranges(3, order="body")
