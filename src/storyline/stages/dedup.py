"""Dedup: link exact duplicates (same normalised body) to the first copy.

Copies are kept and linked through ``duplicate_of``, never dropped: a
syndicated article is still evidence of which outlets carried the story.
Near-duplicates (MinHash LSH) come with the stories issue.
"""

from __future__ import annotations

from typing import Protocol

from storyline.records import Article


class DuplicateView(Protocol):
    def article_by_body_hash(self, body_hash: str) -> str | None: ...


def link_duplicates(batch: list[Article], view: DuplicateView) -> list[Article]:
    """Set ``duplicate_of`` for articles whose body is already stored or earlier in the batch."""
    first_in_batch: dict[str, str] = {}
    for article in batch:
        original = view.article_by_body_hash(article.body_hash) or first_in_batch.get(
            article.body_hash
        )
        if original is not None and original != article.id:
            article.duplicate_of = original
        else:
            first_in_batch.setdefault(article.body_hash, article.id)
    return batch
