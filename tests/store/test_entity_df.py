"""The entity document frequencies the clusterer weighs entities by: a counter kept as
articles are stored, equal to counting the stored mentions, and back-filled for a store
written before the counter existed."""

from __future__ import annotations

from pathlib import Path

from storyline.records import Article, Document, Entity, Mention
from storyline.store.db import Store

PEOPLE = {
    "e-ana": Entity("e-ana", "Ana Ruiz", "PERSON"),
    "e-port": Entity("e-port", "Port of Veldra", "FAC"),
    "e-guild": Entity("e-guild", "Dockers Guild", "ORG"),
}


def _article(index: int, entity_ids: list[str]) -> Article:
    body = " ".join(f"{PEOPLE[e].name} spoke." for e in entity_ids) or "Nothing named here."
    mentions = []
    at = 0
    for entity_id in entity_ids:
        name = PEOPLE[entity_id].name
        start = body.index(name, at)
        mentions.append(
            Mention(name, PEOPLE[entity_id].type, start, start + len(name), name, entity_id)
        )
        at = start + len(name)
    return Article(
        id=f"a{index}", doc_id=f"d{index}", source=f"s{index}.txt", segment=0, body=body,
        body_hash=f"h{index}", mentions=mentions,
    )  # fmt: skip


def _store_all(store: Store, articles: list[Article]) -> None:
    with store.transaction():
        for entity in PEOPLE.values():
            store.upsert_entity(entity, entity.name.lower())
        for article in articles:
            store.add_document(Document(article.doc_id, article.source, "", "body"), 1)
            store.add_article(article, {})


def _counted(store: Store) -> dict[str, int]:
    rows = store.conn.execute(
        "SELECT entity_id, COUNT(DISTINCT article_id) FROM mentions GROUP BY entity_id"
    )
    return {row[0]: row[1] for row in rows}


# Ana twice in one article counts once; the guild is named in no article at all.
ARTICLES = [(0, ["e-ana", "e-ana", "e-port"]), (1, ["e-ana"]), (2, []), (3, ["e-port"])]


def test_counter_matches_the_stored_mentions(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        _store_all(store, [_article(i, ids) for i, ids in ARTICLES])
        assert store.entity_df(PEOPLE) == {"e-ana": 2, "e-port": 2} == _counted(store)
        _store_all(store, [_article(4, ["e-guild", "e-ana"])])
        assert store.entity_df(["e-ana", "e-guild"]) == {"e-ana": 3, "e-guild": 1}
        assert store.entity_df(PEOPLE) == _counted(store)


def test_a_store_from_before_the_counter_is_back_filled(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        _store_all(store, [_article(i, ids) for i, ids in ARTICLES])
        # Make it the store of an older version: no counter, migration 8 not applied.
        store.conn.execute("DROP TABLE entity_df")
        store.conn.execute("DELETE FROM schema_migrations WHERE version = 8")
        store.conn.commit()
    with Store(path) as store:  # opening it applies the missing migration
        assert store.entity_df(PEOPLE) == {"e-ana": 2, "e-port": 2}
        _store_all(store, [_article(5, ["e-port"])])
        assert store.entity_df(["e-port"]) == {"e-port": 3}
