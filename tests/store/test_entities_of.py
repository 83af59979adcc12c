"""The clusterer reads a stored article's entities with the same labels it uses for a
new one, so an article weighs the same whether it is in the batch or already stored."""

from __future__ import annotations

from pathlib import Path

from storyline.records import Article, Document, Entity, Mention
from storyline.stages.cluster import EVIDENCE_TYPES, story_entities
from storyline.store.db import Store

ENTITIES = [
    Entity("e-mara", "Mara Olsen", "PERSON"),
    Entity("e-nordic", "Nordic", "NORP"),
    Entity("e-fjord", "Kessfjord", "GPE"),
    Entity("e-event", "Tidewater Regatta", "EVENT"),
]
BODY = "Mara Olsen, a Nordic sailor, won the Tidewater Regatta off Kessfjord."


def _article() -> Article:
    mentions = []
    for entity in ENTITIES:
        start = BODY.index(entity.name)
        end = start + len(entity.name)
        mentions.append(Mention(entity.name, entity.type, start, end, entity.name, entity.id))
    return Article(
        id="a1", doc_id="d1", source="s1.txt", segment=0, body=BODY, body_hash="h1",
        mentions=mentions,
    )  # fmt: skip


def test_stored_entities_match_a_new_articles(tmp_path: Path) -> None:
    article = _article()
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            for entity in ENTITIES:
                store.upsert_entity(entity, entity.name.lower())
            store.add_document(Document("d1", "s1.txt", "", "body"), 1)
            store.add_article(article, {})
        stored = store.entities_of(["a1", "missing"], EVIDENCE_TYPES)
    assert stored == {"a1": story_entities(article), "missing": set()}
    assert stored["a1"] == {"e-mara", "e-fjord", "e-event"}  # not the NORP


def test_labels_choose_the_entities(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            for entity in ENTITIES:
                store.upsert_entity(entity, entity.name.lower())
            store.add_document(Document("d1", "s1.txt", "", "body"), 1)
            store.add_article(_article(), {})
        assert store.entities_of(["a1"], {"NORP"}) == {"a1": {"e-nordic"}}
        assert store.entities_of(["a1"], {"PERSON", "GPE"}) == {"a1": {"e-mara", "e-fjord"}}
