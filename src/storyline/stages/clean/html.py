"""Cleaning of raw HTML pages: trafilatura, then the text classifier.

trafilatura finds the main text and the page's metadata; its text still
carries some furniture ("Share this article", "Advertisement" inside the
body), so it goes through the same line classifier as text dumps, without
splitting. When trafilatura finds nothing, the page's visible text is used.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from storyline.records import RemovedSpan
from storyline.stages.clean.metadata import normalise_for_compare, parse_date
from storyline.stages.clean.textdump import CleanedArticle, classify_line, split_articles

logger = logging.getLogger(__name__)

#: Elements whose text is never article text, dropped before the fallback text dump.
NON_CONTENT_TAGS = (
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer",
    "aside", "form", "button", "iframe", "select", "head",
)  # fmt: skip
#: Elements that end a line when the page is flattened to text.
BLOCK_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "blockquote", "tr", "td", "th", "dd", "dt", "figcaption", "pre", "ul", "ol", "table",
)  # fmt: skip


def _trafilatura_extract(html: str, url: str | None) -> dict[str, Any] | None:
    try:
        import trafilatura
        from trafilatura.settings import set_date_params
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        logger.warning("trafilatura is not installed; using the page's visible text")
        return None
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            with_metadata=True,
            include_tables=True,
            # Dates from the page's markup only: the extensive search guesses from any
            # year in the text ("since 2020" -> 2020-01-01) and would claim day precision.
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception as error:  # trafilatura raises on some malformed pages
        logger.debug("trafilatura failed on %s: %s", url, error)
        return None
    if extracted is None:
        return None
    if isinstance(extracted, dict):
        return extracted
    return dict(extracted.as_dict())


def visible_text(html: str) -> str:
    """The text a reader would see, one block element per line; "" when unparsable."""
    try:
        from lxml import etree
        from lxml import html as lxml_html

        root = lxml_html.fromstring(html)
    except Exception:
        return ""
    etree.strip_elements(root, *NON_CONTENT_TAGS, etree.Comment, with_tail=False)
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    body = root.find("body")
    text = (body if body is not None else root).text_content()
    return str(text)


def _clean_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


#: An <article> element holding at least this many words is a full article, not a teaser.
FULL_ARTICLE_MIN_WORDS = 80


def _full_articles(html: str) -> list[tuple[str | None, str]]:
    """``(heading, text)`` of each full ``<article>`` of a page holding two or more.

    A page whose "related" section repeats whole articles (each in its own
    ``<article>``) holds several articles; teaser cards (a headline and a line) stay
    below :data:`FULL_ARTICLE_MIN_WORDS` and do not count.
    """
    if html.lower().count("<article") < 2:
        return []
    try:
        from lxml import etree
        from lxml import html as lxml_html

        root = lxml_html.fromstring(html)
    except Exception:
        return []
    found: list[tuple[str | None, str]] = []
    for element in root.iter("article"):
        if any(parent.tag == "article" for parent in element.iterancestors()):
            continue
        heading = next(element.iter("h1", "h2", "h3"), None)
        title = " ".join(heading.text_content().split()) if heading is not None else None
        if heading is not None:
            heading.drop_tree()
        text = visible_text(etree.tostring(element, encoding="unicode"))
        # A full article has its own headline; a block headed "You may also like" or
        # without a heading (a comment, a promo box) is not one.
        if not title or classify_line(title) is not None or title.rstrip().endswith("..."):
            continue
        if len(text.split()) >= FULL_ARTICLE_MIN_WORDS:
            found.append((title, text))
    return found if len(found) >= 2 else []


#: Characters XML (and so lxml) refuses: one stray \x1f lost a whole page.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_html(html: str, url: str | None = None) -> list[CleanedArticle]:
    """The articles of a raw page: one, or one per full ``<article>`` when the page holds
    several (none when the page holds no text)."""
    html = _NOT_XML.sub(" ", html)
    several = _full_articles(html)
    if several:
        return _several(several, html, url)
    extracted = _trafilatura_extract(html, url) or {}
    text = extracted.get("text") or ""
    if not text.strip():
        text = visible_text(html)
    articles = split_articles(text, split=False, zone=False)
    if not articles:
        return []
    article = articles[0]

    title = _clean_str(extracted.get("title"))
    if title:
        # The extracted text often starts with the headline again.
        if (
            article.title is None
            and article.paragraphs
            and normalise_for_compare(article.paragraphs[0]) == normalise_for_compare(title)
        ):
            article.removed.append(RemovedSpan(text=article.paragraphs.pop(0), reason="title"))
        article.title = title
    article.outlet = _clean_str(extracted.get("sitename")) or article.outlet
    article.byline = _clean_str(extracted.get("author")) or article.byline
    found = parse_date(extracted.get("date") or "") if extracted.get("date") else None
    if found:
        article.published, article.published_precision = found
    return [article] if article.paragraphs else []


def _several(
    found: list[tuple[str | None, str]], html: str, url: str | None
) -> list[CleanedArticle]:
    """One cleaned article per full ``<article>``; the page's metadata goes to the first."""
    extracted = _trafilatura_extract(html, url) or {}
    articles: list[CleanedArticle] = []
    for title, text in found:
        parts = split_articles(text, split=False, zone=False)
        if not parts or not parts[0].paragraphs:
            continue
        article = parts[0]
        article.title = title or article.title
        articles.append(article)
    if articles:
        first = articles[0]
        first.outlet = _clean_str(extracted.get("sitename")) or first.outlet
        first.byline = first.byline or _clean_str(extracted.get("author"))
        found_date = parse_date(extracted.get("date") or "") if extracted.get("date") else None
        if found_date and first.published is None:
            first.published, first.published_precision = found_date
        for article in articles[1:]:
            article.outlet = article.outlet or first.outlet
    return articles
