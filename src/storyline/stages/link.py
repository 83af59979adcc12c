"""Link each article's entity mentions to one canonical entity per real-world thing.

Enrich resolves names inside an article ("Putin" -> "Vladimir Putin"); this
barrier links those names across the corpus. A bare surname joins a stored
full name only when exactly one person carries that surname: where a merge
is uncertain, it does not happen.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from storyline.records import Article, Entity, content_id

#: spaCy labels folded together: a place is a place whether spaCy says GPE or LOC.
TYPE_OF_LABEL = {"LOC": "GPE"}


class EntityView(Protocol):
    def entity_by_key(self, etype: str, key: str) -> Entity | None: ...
    def entities_with_surname(self, surname_key: str) -> list[Entity]: ...


def entity_key(name: str) -> str:
    """Lowercase, accents and punctuation folded: 'U.S.' and 'US' share a key."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("’", "'").lower()
    folded = re.sub(r"'s\b", "", folded)
    folded = re.sub(r"[^\w\s-]", "", folded)
    return re.sub(r"\s+", " ", folded).strip()


def link_entities(batch: list[Article], view: EntityView) -> list[Entity]:
    """Fill ``Mention.entity_id`` and return the entities to upsert (with aliases)."""
    new: dict[tuple[str, str], Entity] = {}

    def lookup(etype: str, key: str) -> Entity | None:
        return new.get((etype, key)) or view.entity_by_key(etype, key)

    def surname_match(key: str) -> Entity | None:
        found = {e.id: e for e in view.entities_with_surname(key)}
        for (etype, k), e in new.items():
            if etype == "PERSON" and k.endswith(" " + key):
                found[e.id] = e
        return next(iter(found.values())) if len(found) == 1 else None

    touched: dict[str, Entity] = {}
    mentions = [(a, m) for a in batch for m in a.mentions]
    # Full names first, so that bare surnames in the same batch can join them.
    mentions.sort(key=lambda am: len(entity_key(am[1].canonical or am[1].text).split()) < 2)
    for _article, mention in mentions:
        name = (mention.canonical or mention.text).strip()
        key = entity_key(name)
        if not key:
            continue
        etype = TYPE_OF_LABEL.get(mention.label, mention.label)
        entity = lookup(etype, key)
        if entity is None and etype == "PERSON" and " " not in key:
            entity = surname_match(key)
        if entity is None:
            entity = Entity(content_id(etype, key), name, etype, [])
            new[(etype, key)] = entity
        mention.entity_id = entity.id
        slot = touched.setdefault(entity.id, Entity(entity.id, entity.name, entity.type, []))
        if mention.text not in slot.aliases:
            slot.aliases.append(mention.text)
    for article in batch:
        for quote in article.quotes:
            if quote.speaker:
                key = entity_key(quote.speaker)
                entity = lookup("PERSON", key) or (surname_match(key) if " " not in key else None)
                if entity is not None:
                    quote.speaker_entity_id = entity.id
                    quote.speaker = entity.name
    return list(touched.values())


def entity_keys(entities: list[Entity]) -> dict[str, str]:
    return {e.id: entity_key(e.name) for e in entities}
