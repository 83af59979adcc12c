"""The enrich stage: sentences, entity mentions, quotes and time expressions.

One spaCy pass (`nlp.pipe`) per batch feeds everything else; the pieces are
also usable on their own (`extract_quotes`, `normalise_time_expressions`,
`normalise_date`), e.g. in tests, fuzzing and benchmarks.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from storyline.records import Article
from storyline.stages.enrich.entities import (
    RoleIndex,
    build_roles,
    description_mentions,
    extract_mentions,
)
from storyline.stages.enrich.nlp import ModelNotInstalledError, load_nlp, parse_many
from storyline.stages.enrich.quantities import find_quantities
from storyline.stages.enrich.quotes import extract_quotes, find_quote_spans
from storyline.stages.enrich.times import (
    anchor_date,
    find_times,
    normalise_date,
    normalise_time_expressions,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "ModelNotInstalledError",
    "RoleIndex",
    "anchor_date",
    "build_roles",
    "enrich_article_doc",
    "enrich_articles",
    "extract_mentions",
    "extract_quotes",
    "find_quantities",
    "find_quote_spans",
    "load_nlp",
    "normalise_date",
    "normalise_time_expressions",
]

log = logging.getLogger(__name__)


def enrich_articles(batch: list[Article]) -> list[Article]:
    """Fill `sentences`, `mentions`, `quotes`, `times` and `quantities` of every article in
    place (one `nlp.pipe` pass over the batch) and return the batch.

    Articles whose `language` is not English are left as they are. An
    article whose enrichment fails is logged and left with whatever was
    filled before the failure; it never fails the batch.
    """
    english = [a for a in batch if _is_english(a.language)]
    if not english:
        return batch
    load_nlp()  # fail early, with the install hint, when the model is missing
    for article, doc in zip(english, parse_many(a.body or "" for a in english), strict=True):
        try:
            enrich_article_doc(article, doc)
        except Exception:  # one odd article must not sink the batch
            log.exception("enrich failed for article %s", article.id)
    return batch


def _is_english(language: str | None) -> bool:
    """The model is English: other languages are left unenriched rather than
    filled with nonsense entities and quotes."""
    return not language or language.lower().split("-")[0].split("_")[0] == "en"


def enrich_article_doc(article: Article, doc: Doc) -> Article:
    """Enrich one article from its already parsed body."""
    body = doc.text
    # A sentence never crosses a line break: a subheading without a full stop
    # is its own unit, not the start of the next paragraph's first sentence.
    article.sentences = [
        span
        for sent in doc.sents
        for start, end in _line_pieces(body, sent.start_char, sent.end_char)
        if (span := _trim(body, start, end))
    ]
    mentions = extract_mentions(doc, body)
    roles = build_roles(body, mentions)
    mentions = sorted(mentions + description_mentions(body, roles), key=lambda m: m.start)
    article.mentions = mentions
    article.quotes = extract_quotes(doc, article.id, mentions=mentions, roles=roles)
    article.times = find_times(doc, article.published, article.published_precision)
    article.quantities = find_quantities(body, [(t.start, t.end) for t in article.times], doc)
    return article


def _line_pieces(body: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    cut = body.find("\n", start, end)
    while cut != -1:
        pieces.append((start, cut))
        start = cut + 1
        cut = body.find("\n", start, end)
    pieces.append((start, end))
    return pieces


def _trim(body: str, start: int, end: int) -> tuple[int, int] | None:
    """A sentence span without surrounding whitespace, or None if blank."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
