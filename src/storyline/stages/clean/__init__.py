"""The clean stage: Documents in, Articles out.

A document's ``form`` says what it holds:

- ``"text"``: a page's text as scraped; furniture is removed by the line
  classifier in :mod:`.textdump` and the page is split into its articles.
- ``"html"``: a raw page; main text and metadata by trafilatura (:mod:`.html`),
  then the same classifier for the furniture trafilatura leaves in.
- ``"body"``: an article already clean; kept as given (outer whitespace
  stripped), never split, nothing removed.

Metadata given on the Document wins over what is found on the page. On a page
holding several articles, the given title, outlet and date describe the page's
main (first) article; url and language apply to all of them.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from storyline.records import Article, DatePrecision, Document, content_id
from storyline.stages.clean.html import clean_html
from storyline.stages.clean.metadata import (
    date_from_url,
    normalise_for_compare,
    outlet_from_url,
    parse_date,
    resolve_relative_stamp,
)
from storyline.stages.clean.textdump import CleanedArticle, classify_line, split_articles

__all__ = ["clean_documents", "clean_document", "classify_line", "split_articles"]

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"


def clean_documents(batch: list[Document]) -> list[Article]:
    """Clean every document of a batch; a document that fails yields no article.

    ``segment`` numbers the articles of each source 0, 1, 2 ... in the order
    (record_index, index within the document).
    """
    articles: list[Article] = []
    order: list[tuple[int, int, int]] = []  # (record_index, batch position, index in document)
    for position, document in enumerate(batch):
        try:
            found = clean_document(document)
        except Exception:  # one bad page must not sink the batch
            logger.exception("cleaning failed for %s (%s)", document.source, document.id)
            continue
        for index, article in enumerate(found):
            articles.append(article)
            order.append((document.record_index, position, index))
    _number_segments(articles, order)
    return articles


def _number_segments(articles: list[Article], order: list[tuple[int, int, int]]) -> None:
    by_source: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(articles):
        by_source[article.source].append(position)
    for positions in by_source.values():
        for segment, position in enumerate(sorted(positions, key=lambda p: order[p])):
            articles[position].segment = segment


def clean_document(document: Document) -> list[Article]:
    """The articles of one document (no renumbering across the batch)."""
    content = document.content if isinstance(document.content, str) else ""
    if document.form == "body":
        body = content.strip()
        found = [CleanedArticle(paragraphs=[body] if body else [])]
    elif document.form == "html":
        found = clean_html(content, document.url)
    else:
        found = split_articles(content)
    return [
        _to_article(document, index, cleaned)
        for index, cleaned in enumerate(found)
        if cleaned.body.strip()
    ]


def normalise_published(value: str | None) -> tuple[str | None, DatePrecision | None]:
    """A given publication date as partial ISO 8601 plus its precision."""
    if not value or not value.strip():
        return None, None
    found = parse_date(value)
    if found:
        return found
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first"})
    except Exception:
        parsed = None
    if parsed is None:
        return None, None
    return parsed.date().isoformat(), "day"


def _to_article(document: Document, index: int, cleaned: CleanedArticle) -> Article:
    body = cleaned.body.strip()
    title, outlet = cleaned.title, cleaned.outlet
    published, precision = cleaned.published, cleaned.published_precision
    if index == 0:
        title = document.title or title
        outlet = document.outlet or outlet
        if document.published:
            given, given_precision = normalise_published(document.published)
            if given:
                published, precision = given, given_precision
    if published is None:
        found = _date_fallback(document, cleaned)
        if found:
            published, precision = found
    if outlet is None and index == 0:
        outlet = outlet_from_url(document.url)
    return Article(
        id=content_id(document.id, str(index)),
        doc_id=document.id,
        source=document.source,
        segment=index,
        body=body,
        external_id=document.external_id,
        outlet=outlet,
        title=title,
        byline=cleaned.byline,
        url=document.url,
        published=published,
        published_precision=precision,
        language=document.language or DEFAULT_LANGUAGE,
        removed=list(cleaned.removed),
        body_hash=content_id(normalise_for_compare(body)),
    )


def _date_fallback(document: Document, cleaned: CleanedArticle) -> tuple[str, DatePrecision] | None:
    """A publication date when the page text gave none: the URL's path ("/2025/02/27/"),
    then a relative page stamp ("2 hours ago") counted back from the known fetch time.
    Without a fetch time a relative stamp stays unresolved: never guessed."""
    found = date_from_url(document.url)
    if found:
        return found
    fetched = getattr(document, "fetched", None)
    if not fetched:
        return None
    for span in cleaned.removed:
        if span.reason == "timestamp":
            resolved = resolve_relative_stamp(span.text, fetched)
            if resolved:
                return resolved
    return None
