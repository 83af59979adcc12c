"""Cleaning of raw HTML pages: a cascade on trafilatura, then line rules that see the markup.

1. The page is parsed once (:func:`parse_html`); every later step reads that tree.
2. A page holding several full ``<article>`` elements is split into one article each.
3. Metadata (title, site name, author, date, description) comes from the tree by
   trafilatura's own steps (:func:`page_metadata`), the main text from trafilatura's fast
   recall mode (no second extractor). When that finds too little text the full cascade
   runs (readability / justext comparison, baseline rescue); when that finds nothing the
   page's visible text is used.
4. Text trafilatura dropped comes back (:func:`rescue_dropped`): the rest of a body cut
   into several containers by ads, and the social posts the article embeds.
5. trafilatura's body keeps its structure (paragraphs, headings, list items, table rows),
   so each output line knows where it came from (:func:`mark_lines`). The text classifier
   of text dumps (:func:`~storyline.stages.clean.textdump.classify_line`) judges paragraph
   lines, and rules that need the markup remove what trafilatura keeps: the headline and
   standfirst above the body, the date line of the page header, headings and lines that
   are links to other stories ("Read more: ...", runs of linked headlines), the page's own
   address, and sign-up / follow-us notes after the last paragraph. The article's own
   lists and tables are left alone. Every removed line is kept as a
   :class:`~storyline.records.RemovedSpan` with its reason.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from storyline.records import RemovalReason, RemovedSpan
from storyline.stages.clean.metadata import (
    ends_like_sentence,
    is_title_like,
    normalise_for_compare,
    parse_byline,
    parse_date,
    parse_date_line,
    word_count,
)
from storyline.stages.clean.textdump import (
    LIST_HEADING_RE,
    CleanedArticle,
    classify_line,
    drop_foreign_headlines,
    drop_foreign_page_lines,
    keep_entry_times,
    normalise_line,
    split_articles,
)

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

# --- step 1: one parse ------------------------------------------------------------------

#: Bytes XML (and so lxml) refuses, made spaces: one stray \x1f lost a whole page.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0D))
_TO_SPACE = bytes.maketrans(_CONTROL_BYTES, b" " * len(_CONTROL_BYTES))
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE, U+FFFF
#: libxml2 trips on a doctype holding a slash and on a self-closing <html/> (the repairs
#: trafilatura's loader makes).
_DOCTYPE_RE = re.compile(rb"^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.I)
_SELF_CLOSING_HTML_RE = re.compile(rb"(<html.*?)\s*/>", re.I)


def parse_html(html: str) -> Any | None:
    """The page as an lxml tree, or None.

    The same tree as trafilatura's loader, built from UTF-8 bytes: control characters
    and lone surrogates are replaced by a byte table instead of two regex passes over the
    text (a millisecond on a large page).
    """
    from lxml import html as lxml_html

    data = html.encode("utf-8", "replace").translate(_TO_SPACE)
    for bad in _NONCHARACTERS:
        if bad in data:
            data = data.replace(bad, b" ")
    beginning = data[:50].lower()
    if b"doctype" in beginning:
        first, _, rest = data.partition(b"\n")
        data = _DOCTYPE_RE.sub(b"", first, count=1) + b"\n" + rest
    for line in data[:4096].splitlines()[:4]:
        if b"<html" in line and line.endswith(b"/>"):
            data = _SELF_CLOSING_HTML_RE.sub(rb"\1>", data, count=1)
            break
    try:
        from trafilatura.utils import HTML_PARSER

        tree = lxml_html.fromstring(data, parser=HTML_PARSER)
    except Exception:  # empty or unparsable document
        tree = None
    if tree is None:
        try:
            tree = lxml_html.fragment_fromstring(data.decode("utf-8"), create_parent="div")
        except Exception:
            return None
    return tree


def _element_text(element: Any, copied: bool = False) -> str:
    """The visible text of an element, one block element per line (the element is copied
    unless ``copied`` says the caller's copy may be changed)."""
    from lxml import etree

    if not copied:
        element = copy.deepcopy(element)
    etree.strip_elements(element, *NON_CONTENT_TAGS, etree.Comment, with_tail=False)
    for block in element.iter(*BLOCK_TAGS):
        block.tail = "\n" + (block.tail or "")
    body = element.find("body")
    return str((body if body is not None else element).text_content())


def visible_text(html: str) -> str:
    """The text a reader would see, one block element per line; "" when unparsable."""
    tree = parse_html(html)
    return _element_text(tree) if tree is not None else ""


def _clean_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# --- step 2: several full articles --------------------------------------------------------

#: An <article> element holding at least this many words is a full article, not a teaser.
FULL_ARTICLE_MIN_WORDS = 80


def _full_articles(tree: Any) -> list[tuple[str | None, str]]:
    """``(heading, text)`` of each full ``<article>`` of a page holding two or more.

    A page whose "related" section repeats whole articles (each in its own
    ``<article>``) holds several articles; teaser cards (a headline and a line) stay
    below :data:`FULL_ARTICLE_MIN_WORDS` and do not count.
    """
    outer = [
        element
        for element in tree.iter("article")
        if not any(parent.tag == "article" for parent in element.iterancestors())
    ]
    if len(outer) < 2:
        return []
    found: list[tuple[str | None, str]] = []
    for element in outer:
        heading = next(element.iter("h1", "h2", "h3"), None)
        if heading is None:
            continue
        title = " ".join(heading.text_content().split())
        # A full article has its own headline; a block headed "You may also like" or
        # without a heading (a comment, a promo box) is not one.
        if not title or classify_line(title) is not None or title.rstrip().endswith("..."):
            continue
        if len(element.text_content().split()) < FULL_ARTICLE_MIN_WORDS:
            continue  # a teaser card, whatever its markup holds
        element = copy.deepcopy(element)
        next(element.iter("h1", "h2", "h3")).drop_tree()
        text = _element_text(element, copied=True)
        if len(text.split()) >= FULL_ARTICLE_MIN_WORDS:
            found.append((title, text))
    return found if len(found) >= 2 else []


# --- step 3: trafilatura ------------------------------------------------------------------

#: Below this many characters the fast pass is judged incomplete and the full cascade runs.
FAST_MIN_CHARS = 250


_EXTRACTORS: dict[bool, Any] = {}


def _extractor(url: str | None, fast: bool) -> Any:
    """trafilatura's options for one page: built once per mode (building them reads the
    config and date settings, a millisecond a page), copied with the page's URL."""
    from trafilatura.settings import Extractor

    template = _EXTRACTORS.get(fast)
    if template is None:
        template = _EXTRACTORS[fast] = Extractor(
            output_format="python",
            fast=fast,
            recall=fast,
            comments=False,
            tables=True,
            with_metadata=False,
        )
    options = copy.copy(template)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def _trafilatura(tree: Any, url: str | None, fast: bool) -> Any | None:
    """trafilatura's extraction from a parsed page, without its metadata step (see
    :func:`page_metadata`): fast recall mode, or the full cascade."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        logger.warning("trafilatura is not installed; using the page's visible text")
        return None
    try:
        # trafilatura copies a tree it is given, so ours stays whole
        return trafilatura.bare_extraction(tree, options=_extractor(url, fast))
    except Exception as error:  # trafilatura raises on some malformed pages
        logger.debug("trafilatura failed on %s: %s", url, error)
        return None


#: trafilatura's AUTHOR_DISCARD_XPATHS as tests on one element: it prunes a deep copy of
#: the whole page with them before looking for the author; testing the few candidates
#: and their ancestors gives the same author without the copy.
_AUTHOR_DISCARD_ID_RE = re.compile(r"^comments|comment-?list|ProductReviews")
_AUTHOR_DISCARD_CLASS_RE = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram"
    r"|article-(?:share|support)|print|category|meta-date|meta-reviewer"
)


def _author_discarded(element: Any) -> bool:
    tag = element.tag
    if tag in ("time", "figure"):
        return True
    if tag not in ("a", "div", "section", "span"):
        return False
    ident, cls = element.get("id"), element.get("class")
    if ident is not None and (ident == "comments" or _AUTHOR_DISCARD_ID_RE.search(ident)):
        return True
    if cls is not None and (
        cls in ("comments", "title", "date") or _AUTHOR_DISCARD_CLASS_RE.search(cls)
    ):
        return True
    return "Figure" in (element.get("data-component") or "")


#: What an element's class or id holds when one of trafilatura's AUTHOR_XPATHS may pick
#: it: every class or id test of those expressions matches one of these (a superset).
_AUTHOR_CLASS_HINT_RE = re.compile(
    r"uthor|yline|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
    r"|screenname|writer|^(?:username|byl|BBL)$"
)
_AUTHOR_ID_HINT_RE = re.compile(r"uthor|zuozhe|bianji|xiaobian")


def _author_candidates(tree: Any) -> list[Any] | None:
    """The elements of the page, in document order, that any of trafilatura's
    AUTHOR_XPATHS could select, by a cheap test of their attributes (those expressions call
    a Python regex on every element's class and id: most of the time of finding an
    author); ``None`` when the page holds a ``<rel>`` element, which one expression reads
    and this test does not."""
    found = []
    for element in tree.getroottree().getroot().iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue  # a comment or a processing instruction
        if tag == "rel":
            return None
        cls, ident = element.get("class"), element.get("id")
        if (
            tag == "author"
            or (cls is not None and _AUTHOR_CLASS_HINT_RE.search(cls) is not None)
            or (ident is not None and _AUTHOR_ID_HINT_RE.search(ident) is not None)
            or element.get("itemprop") is not None
            or element.get("data-testid") is not None
            or element.get("rel") == "author"
            or "Byline" in (element.get("data-component") or "")
        ):
            found.append(element)
    return found


def _author_matches(tree: Any) -> list[list[Any]]:
    """What each of trafilatura's AUTHOR_XPATHS selects on the page, in document order:
    each expression asked of the few candidate elements only (:func:`_author_candidates`),
    as a test of the element itself."""
    from trafilatura.metadata import AUTHOR_XPATHS

    tests = _author_self_tests()
    candidates = _author_candidates(tree) if tests is not None else None
    if tests is None or candidates is None:
        return [expression(tree) for expression in AUTHOR_XPATHS]
    return [[e for e in candidates if test(e)] for test in tests]


#: The digest of the AUTHOR_XPATHS (trafilatura 2.3.1) that the hints above were written
#: from: another trafilatura's expressions are asked as they are.
_AUTHOR_XPATHS_DIGEST = "52b3a4d1177c18bb"


@cache
def _author_self_tests() -> tuple[Any, ...] | None:
    """trafilatura's AUTHOR_XPATHS rewritten to test their context element: ``//*[P]``
    becomes ``self::*[P]`` and ``//author`` becomes ``self::author``; ``None`` for
    expressions other than those the hints were written from."""
    from lxml.etree import XPath
    from trafilatura.metadata import AUTHOR_XPATHS
    from trafilatura.xpaths import REGEXP_NS

    paths = "\n".join(" ".join(expression.path.split()) for expression in AUTHOR_XPATHS)
    if hashlib.sha256(paths.encode()).hexdigest()[:16] != _AUTHOR_XPATHS_DIGEST:
        return None
    tests = []
    for expression in AUTHOR_XPATHS:
        path = " ".join(expression.path.split()).replace("//*", "self::*")
        tests.append(XPath(path.replace("//author", "self::author"), namespaces={"re": REGEXP_NS}))
    return tuple(tests)


def _author(tree: Any) -> str | None:
    """trafilatura's ``extract_author`` without its copy of the page (same result)."""
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.utils import trim
    from trafilatura.xml import delete_element

    for matches in _author_matches(tree):
        for element in matches:
            if _author_discarded(element) or any(
                _author_discarded(parent) for parent in element.iterancestors()
            ):
                continue
            inner = [d for d in element.iterdescendants() if _author_discarded(d)]
            if inner:
                element = copy.deepcopy(element)
                for descendant in list(element.iterdescendants()):
                    if _author_discarded(descendant) and descendant.getparent() is not None:
                        delete_element(descendant)
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None


def _metadata(document: Any) -> dict[str, Any]:
    if document is None:
        return {}
    return {
        key: getattr(document, key, None)
        for key in ("title", "sitename", "author", "date", "description")
    }


def page_metadata(tree: Any, url: str | None) -> dict[str, Any]:
    """Title, site name, author, date and description of a parsed page.

    trafilatura's ``extract_metadata`` less what cleaning never reads (categories, tags,
    licence: a fifth of its time): the same steps in the same order, so the same values.
    """
    try:
        from htmldate import find_date
        from trafilatura.metadata import (
            META_URL,
            examine_meta,
            extract_meta_json,
            extract_sitename,
            extract_title,
            extract_url,
        )
        from trafilatura.settings import set_date_params
    except ImportError:  # pragma: no cover - another trafilatura: its public, slower call
        try:
            from trafilatura import extract_metadata
            from trafilatura.settings import set_date_params

            return _metadata(extract_metadata(tree, url, set_date_params(extensive=False)))
        except Exception:
            return {}
    try:
        metadata = examine_meta(tree)
        if metadata.author and " " not in metadata.author:
            metadata.author = None
        try:
            metadata = extract_meta_json(tree, metadata)
        except Exception as error:  # bugs in trafilatura's JSON-LD reader
            logger.debug("JSON-LD metadata failed on %s: %s", url, error)
        if not metadata.title:
            metadata.title = extract_title(tree)
        if not metadata.author:
            metadata.author = _author(tree)
        if not metadata.url:
            metadata.url = extract_url(tree, url)
        # Dates from the page's markup only: the extensive search guesses from any
        # year in the text ("since 2020" -> 2020-01-01) and would claim day precision.
        date_config = set_date_params(extensive=False)
        date_config["url"] = metadata.url
        metadata.date = find_date(tree, **date_config)
        if not metadata.sitename:
            metadata.sitename = extract_sitename(tree)
        if metadata.sitename:
            metadata.sitename = metadata.sitename.lstrip("@")
            if "." not in metadata.sitename and not metadata.sitename[:1].isupper():
                metadata.sitename = metadata.sitename.title()
        elif metadata.url and (found := META_URL.match(metadata.url)):
            metadata.sitename = found[1]
        metadata.clean_and_trim()
    except Exception as error:
        logger.debug("metadata extraction failed on %s: %s", url, error)
        return {}
    return _metadata(metadata)


@dataclass(slots=True)
class HtmlLine:
    """One line of trafilatura's output and the element it came from."""

    text: str
    tag: str  # p, head, list, table, quote, ... (the top-level element of the body)
    block: int  # index of that element
    link: bool = False  # the line is mostly the text of a link on the page
    link_ends: bool = False  # ... and the link runs to its end ("Read more: <headline>")
    level: str | None = None  # a heading's level: "h1", "h2", ...
    reason: RemovalReason | None = None


def _body_lines(body: Any) -> list[HtmlLine]:
    from trafilatura.xml import xmltotxt

    lines: list[HtmlLine] = []
    for index, child in enumerate(body):
        for raw in xmltotxt(child, False).split("\n"):
            text = " ".join(raw.split())
            if text:
                lines.append(
                    HtmlLine(text=text, tag=str(child.tag), block=index, level=child.get("rend"))
                )
    return lines


def _text_lines(text: str) -> list[HtmlLine]:
    return [
        HtmlLine(text=" ".join(raw.split()), tag="p", block=index)
        for index, raw in enumerate(text.split("\n"))
        if raw.strip()
    ]


# --- step 4: text trafilatura dropped ---------------------------------------------------

#: Class words of an element that holds article text ("article__body", "story-content").
_BODY_CLASS_WORDS = frozenset("body article content story entry text main".split())
_CLASS_SPLIT_RE = re.compile(r"[^a-z0-9]+")
#: Embedded social posts quoted by the article: trafilatura drops most of them.
_EMBED_CLASS_RE = re.compile(r"twitter-tweet|instagram-media|tiktok-embed", re.I)
#: A paragraph is matched to trafilatura's output by its first characters.
_KEY_CHARS = 100
#: Paragraphs rescued from a split body: prose of at least this many words.
RESCUE_MIN_WORDS = 8


def _key(text: str) -> str:
    return normalise_for_compare(text)[:_KEY_CHARS]


def _flat(element: Any) -> str:
    return " ".join(element.text_content().split())


def _body_class(element: Any) -> bool:
    words = set(_CLASS_SPLIT_RE.split((element.get("class") or "").lower()))
    return bool(words & _BODY_CLASS_WORDS)


def rescue_dropped(tree: Any, lines: list[HtmlLine]) -> list[HtmlLine]:
    """``lines`` with the article text trafilatura dropped put back in page order.

    - An article body cut into several containers of the same class (ads between
      them): trafilatura keeps the first; the paragraphs of the others come back.
    - Embedded posts the article quotes (a tweet and its author line).
    """
    keys = {_key(line.text): index for index, line in enumerate(lines)}
    order: dict[Any, int] = {}
    matched: list[tuple[int, int]] = []  # (page order, output line) of kept paragraphs
    parents: dict[Any, int] = {}
    embeds: list[Any] = []
    for position, element in enumerate(tree.iter("p", "blockquote")):
        order[element] = position
        if element.tag == "blockquote":
            if _EMBED_CLASS_RE.search(element.get("class") or ""):
                embeds.append(element)
            continue
        text = _flat(element)
        found = keys.get(_key(text)) if text else None
        if found is not None and word_count(text) >= 5:
            matched.append((position, found))
            parent = element.getparent()
            parents[parent] = parents.get(parent, 0) + 1
    if len(matched) < 2:
        return lines

    found_lines: list[tuple[int, list[HtmlLine]]] = []
    container = max(parents, key=lambda element: parents[element])
    if _body_class(container):
        for element in tree.iter(container.tag):
            if element is container or element.get("class") != container.get("class"):
                continue
            for paragraph in element.iter("p"):
                text = _flat(paragraph)
                if (
                    _key(text) not in keys
                    and word_count(text) >= RESCUE_MIN_WORDS
                    and ends_like_sentence(text)
                    and paragraph in order
                ):
                    found_lines.append((order[paragraph], [HtmlLine(text, "p", -1)]))
    first, last = matched[0][0], matched[-1][0]
    for embed in embeds:
        if not first < order[embed] < last:
            continue  # a post in a sidebar, not quoted by the article
        texts = [" ".join(t.split()) for t in _element_text(embed).split("\n") if t.strip()]
        if texts and _key(texts[0]) not in keys:
            found_lines.append((order[embed], [HtmlLine(t, "quote", -1) for t in texts]))
    if not found_lines:
        return lines

    # Each rescued block goes after the last output line of a paragraph standing before it.
    anchors = [-1] * len(lines)
    for position, index in matched:
        anchors[index] = max(anchors[index], position)
    for index in range(1, len(lines)):
        anchors[index] = max(anchors[index], anchors[index - 1])
    inserts: dict[int, list[HtmlLine]] = {}
    for position, block in sorted(found_lines, key=lambda item: item[0]):
        after = max((i for i in range(len(lines)) if anchors[i] < position), default=-1)
        inserts.setdefault(after, []).extend(block)
    result = list(inserts.get(-1, []))
    for index, line in enumerate(lines):
        result.append(line)
        result.extend(inserts.get(index, []))
    for number, line in enumerate(result):
        if line.block == -1:
            line.block = -1 - number  # each rescued line is its own block
    return result


# --- step 5: line rules -------------------------------------------------------------------

_BULLET_PREFIX = re.compile(r"^[-–—•*·▪●◦]\s*")


def _link_texts(tree: Any) -> list[str]:
    """The normalised texts of the page's links of three words or more, longest first."""
    texts = set()
    for anchor in tree.iter("a"):
        text = normalise_for_compare(anchor.text_content())
        if text.count(" ") >= 2:
            texts.add(text)
    return sorted(texts, key=len, reverse=True)


def _bare(text: str) -> str:
    return normalise_for_compare(_BULLET_PREFIX.sub("", text))


#: A line is a link when link text covers this share of it ("Lakers vs Nets: NBA make final
#: decision [VIDEO]"); a list item when it starts with a link covering this share.
LINK_LINE_SHARE = 0.6
LINK_ITEM_SHARE = 0.3
#: Characters a link may leave at the end of a line and still end it (" [VIDEO]").
LINK_END_SLACK = 12
#: Longer lines are prose even when a link starts them.
LINK_LINE_MAX_WORDS = 30


def _mark_links(lines: list[HtmlLine], links: list[str]) -> None:
    """Set ``link`` on lines that are (mostly) the text of a link: a headline pointing to
    another page. Sentences in paragraphs are article text whatever they link to."""
    for line in lines:
        if word_count(line.text) > LINK_LINE_MAX_WORDS or (
            line.tag != "head" and ends_like_sentence(line.text)
        ):
            continue
        text = _bare(line.text)
        share = LINK_ITEM_SHARE if line.tag == "list" else LINK_LINE_SHARE
        for link in links:
            if len(link) < share * len(text):
                break
            position = text.find(link)
            if position >= 0 and (line.tag != "list" or position == 0):
                line.link = True
                line.link_ends = len(text) - position - len(link) <= LINK_END_SLACK
                break


#: The headline is looked for among the first lines of the extraction.
TITLE_SEARCH_LINES = 4
#: A line repeats the headline when this share of its words are the headline's words.
TITLE_WORD_SHARE = 0.6
_WORD_RE = re.compile(r"\w+")
#: " | Site", " - Site" after the headline in <title>.
_TITLE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")


def _same_headline(line: str, title: str) -> bool:
    a, b = normalise_for_compare(line), normalise_for_compare(title)
    if a == b or a == normalise_for_compare(_TITLE_SUFFIX_RE.sub("", title)):
        return True
    words, title_words = _WORD_RE.findall(a), set(_WORD_RE.findall(b))
    if not words or not title_words or word_count(line) > 2 * len(title_words) + 2:
        return False
    share = sum(word in title_words for word in words) / len(words)
    return share >= TITLE_WORD_SHARE and len(words) >= 2


def _mark_title(lines: list[HtmlLine], title: str | None) -> None:
    """The headline above the text: the page title repeated, or a top-level heading."""
    key = normalise_for_compare(title) if title else None
    for position, line in enumerate(lines):
        if line.reason is not None:
            continue
        if (
            position < TITLE_SEARCH_LINES
            and line.level == "h1"
            and line.tag == "head"
            and not ends_like_sentence(line.text)
        ):
            line.reason = "title"  # the on-page headline, even when <title> words it otherwise
            continue
        if not title:
            continue
        near_top = position < TITLE_SEARCH_LINES and (
            line.tag == "head" or is_title_like(line.text)
        )
        if (near_top and _same_headline(line.text, title)) or normalise_for_compare(
            line.text
        ) == key:
            line.reason = "title"


#: Reasons of the text classifier that hold on trafilatura's output. Dates and bylines
#: inside the body are mostly list items ("June 9 -- Arena, City") or credits, kept.
_CLASSIFIER_REASONS = frozenset(
    {"navigation", "widget", "paywall", "boilerplate", "ai_notice", "timestamp", "dateline"}
)
#: Removed only outside lists and multi-line paragraphs (where they are list entries).
_STANDALONE_REASONS = frozenset({"timestamp", "dateline"})


#: Lines this long are judged by the classifier only near the ends of the text: inside it
#: they are the prose trafilatura chose; credits and notices stand before or after it.
LONG_LINE_WORDS = 20
EDGE_LINES_BEFORE, EDGE_LINES_AFTER = 3, 8


def _mark_classified(lines: list[HtmlLine]) -> None:
    block_sizes: dict[int, int] = {}
    for line in lines:
        block_sizes[line.block] = block_sizes.get(line.block, 0) + 1
    long_lines: list[int] = []
    for index, line in enumerate(lines):
        if line.reason is not None or line.tag == "table" or (line.tag == "list" and not line.link):
            continue  # the article's own list or table: "Sign up for ...", "See it now: ..."
        if word_count(line.text) >= LONG_LINE_WORDS:
            long_lines.append(index)
            continue
        _classify(line, block_sizes)
    # Long lines are judged only near the ends of the text, counted over the lines still
    # kept: a credit line above a run of removed widgets stands at the end all the same.
    kept = [index for index, line in enumerate(lines) if line.reason is None]
    edges = set(kept[:EDGE_LINES_BEFORE] + kept[max(0, len(kept) - EDGE_LINES_AFTER) :])
    for index in long_lines:
        if index in edges and lines[index].reason is None:
            _classify(lines[index], block_sizes)


def _classify(line: HtmlLine, block_sizes: dict[int, int]) -> None:
    """Set ``line.reason`` when the text classifier names one the HTML path takes."""
    reason = classify_line(line.text)
    if reason not in _CLASSIFIER_REASONS:
        return
    if reason in _STANDALONE_REASONS and block_sizes[line.block] > 1:
        return
    line.reason = reason


#: A time ("20:13", "5:45 AM") or an all-number date ("05/10/2018", "2018-08-25").
_STAMP_RE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b",
    re.I,
)
#: The date line of a page header stands among the first lines, in a few words.
STAMP_SEARCH_LINES = 4
STAMP_MAX_WORDS = 15


def _mark_header_stamps(lines: list[HtmlLine]) -> None:
    """Date lines above the text ("segunda-feira, 22 de janeiro de 2018 às 0:13",
    "05/10/2018 - Published by: ..."), in any language: a time or a numeric date."""
    for line in lines[:STAMP_SEARCH_LINES]:
        if (
            line.reason is None
            and word_count(line.text) <= STAMP_MAX_WORDS
            and not ends_like_sentence(line.text)
            and _STAMP_RE.search(line.text)
        ):
            line.reason = "dateline"


def _mark_standfirst(lines: list[HtmlLine], description: str | None) -> None:
    """The summary printed as a heading right under the headline: the page's description."""
    if not description:
        return
    for previous, line in zip(lines, lines[1:STAMP_SEARCH_LINES], strict=False):
        if previous.reason == "title" and line.reason is None and line.tag == "head":
            if _same_headline(line.text, description) or _key(description) in _key(line.text):
                line.reason = "title"
            return


def _url_key(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")


def _mark_page_url(lines: list[HtmlLine], url: str | None) -> None:
    """The page's own address printed on it (a "copy link" box, a print footer)."""
    if not url:
        return
    key = _url_key(url)
    for line in lines:
        if line.reason is None and _url_key(line.text) == key:
            line.reason = "boilerplate"


#: A run of this many headings or link lines with no text between is a list of headlines.
HEADLINE_RUN_MIN = 3
#: Linked headlines in a row (with no text between) that make a list of other stories.
LINK_RUN_MIN = 3


def _is_teaser(line: HtmlLine) -> bool:
    """A link to another page shown as a headline: a linked heading or list item, or a
    linked line that is not a sentence."""
    if not line.link:
        return False
    return line.tag in ("head", "list") or not ends_like_sentence(line.text)


def _mark_link_runs(lines: list[HtmlLine]) -> None:
    """Remove runs of linked headlines, and linked lines under a list heading."""
    index = 0
    while index < len(lines):
        line = lines[index]
        heading = line.reason == "navigation" or bool(
            LIST_HEADING_RE.match(normalise_line(line.text))
        )
        start = index + 1 if heading else index
        end = start
        while end < len(lines) and (lines[end].reason is not None or _is_teaser(lines[end])):
            end += 1
        teasers = [i for i in range(start, end) if lines[i].reason is None]
        linked = sum(lines[i].link for i in range(start, end))  # "Photos: ..." counts too
        if teasers and (heading or linked >= LINK_RUN_MIN):
            for i in teasers:
                lines[i].reason = "headline_list"
        elif len(teasers) == 1 and _lone_teaser(lines[teasers[0]]):
            lines[teasers[0]].reason = "headline_list"
        index = max(end, index + 1)


def _lone_teaser(line: HtmlLine) -> bool:
    """A paragraph that is one link to another story, alone or after a label ("Also on
    example.com <headline>"); a linked heading alone is a section title, kept."""
    return line.tag == "p" and line.link_ends


def _mark_heading_runs(lines: list[HtmlLine]) -> None:
    """Headings following each other with no text between list other stories."""
    run: list[int] = []
    for index in range(len(lines) + 1):
        line = lines[index] if index < len(lines) else None
        if line is not None and line.reason is not None:
            continue
        if line is not None and line.tag == "head" and is_title_like(line.text):
            run.append(index)
            continue
        if len(run) >= HEADLINE_RUN_MIN:
            for i in run:
                lines[i].reason = "headline_list"
        run = []


#: Lines after the last paragraph that ask the reader to sign up, follow or write in.
_PROMO_RE = re.compile(
    r"\b(?:subscribe (?:to|now|today|here|for)|sign(?:ing)? up (?:for|to|now|today|here)"
    r"|newsletters?\b|your inbox|follow (?:us|him|her|them|me)\b"
    r"|follow @|on (?:twitter|facebook|instagram)\b|email (?:the writer|us|him|her)\b"
    r"|(?:e-?mail|write to) \w+(?: \w+)? at\b|may be reached at|have a tip|tips?\?"
    r"|join \w+|listen (?:to|live)|learn more)",
    re.I,
)
#: ... said to the reader: an address ("you", "our") or a sentence opening on a call to act
#: ("Follow him on Twitter"). "She said on Twitter that ..." is article text.
_TO_READER_RE = re.compile(
    r"\b(?:you|your|yours|us|our)\b|have a tip|may be reached at|follow @"
    r"|(?:^|[.!?:]\s+)(?:follow|subscribe|sign up|e-?mail|listen|join|get|download|watch"
    r"|visit|learn|read|click|tap|like|share|contact|send|write to)\b",
    re.I,
)
#: Paragraphs this long are article text wherever they stand.
PROMO_MAX_WORDS = 45
#: How many lines at the end are judged as a tail.
TAIL_LINES = 6


def _mark_tail_promos(lines: list[HtmlLine]) -> None:
    kept = [i for i, line in enumerate(lines) if line.reason is None]
    for i in reversed(kept[-TAIL_LINES:]):
        line = lines[i]
        if (
            line.tag not in ("list", "table")
            and word_count(line.text) <= PROMO_MAX_WORDS
            and _PROMO_RE.search(line.text)
            and _TO_READER_RE.search(line.text)
        ):
            line.reason = "widget"


def mark_lines(
    lines: list[HtmlLine],
    title: str | None,
    links: list[str],
    url: str | None = None,
    description: str | None = None,
) -> None:
    """Set ``reason`` on every furniture line of trafilatura's output."""
    _mark_links(lines, links)
    _mark_title(lines, title)
    _mark_standfirst(lines, description)
    _mark_classified(lines)
    _mark_page_url(lines, url)
    _mark_header_stamps(lines)
    _mark_heading_runs(lines)
    _mark_link_runs(lines)
    _mark_tail_promos(lines)
    keep_entry_times(lines)


# --- step 6: the article ------------------------------------------------------------------


def _article(lines: list[HtmlLine], meta: dict[str, Any]) -> CleanedArticle | None:
    article = CleanedArticle(paragraphs=[])
    for line in lines:
        if line.reason is None:
            article.paragraphs.append(line.text)
        else:
            article.removed.append(RemovedSpan(text=line.text, reason=line.reason))
    drop_foreign_page_lines(article)
    if not article.paragraphs:
        return None
    article.title = _clean_str(meta.get("title"))
    drop_foreign_headlines(article)
    article.outlet = _clean_str(meta.get("sitename"))
    article.byline = _clean_str(meta.get("author"))
    found = parse_date(meta["date"]) if meta.get("date") else None
    for line in lines:  # a byline or date line the rules removed still informs the metadata
        if line.reason is None or (article.byline and found):
            continue
        if article.byline is None and (byline := parse_byline(line.text)):
            article.byline = byline[0]
        if found is None and (dated := parse_date_line(line.text)):
            found = (dated[0], dated[1])
    if found:
        article.published, article.published_precision = found
    return article


def clean_html(html: str, url: str | None = None) -> list[CleanedArticle]:
    """The articles of a raw page: one, or one per full ``<article>`` when the page holds
    several (none when the page holds no text)."""
    tree = parse_html(html)
    if tree is None:
        return []
    several = _full_articles(tree)
    if several:
        return _several(several, tree, url)

    meta = page_metadata(tree, url)
    document = _trafilatura(tree, url, fast=True)
    body = getattr(document, "body", None)
    if document is None or len(document.text or "") < FAST_MIN_CHARS:
        fuller = _trafilatura(tree, url, fast=False)
        if fuller is not None and len(fuller.text or "") > len(getattr(document, "text", "") or ""):
            body = fuller.body
    if body is not None and len(body):
        lines = rescue_dropped(tree, _body_lines(body))
    else:
        lines = _text_lines(_element_text(tree))
    if not lines:
        return []
    mark_lines(
        lines,
        _clean_str(meta.get("title")),
        _link_texts(tree),
        url,
        _clean_str(meta.get("description")),
    )
    article = _article(lines, meta)
    return [article] if article else []


def _several(
    found: list[tuple[str | None, str]], tree: Any, url: str | None
) -> list[CleanedArticle]:
    """One cleaned article per full ``<article>``; the page's metadata goes to the first."""
    extracted = page_metadata(tree, url)
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
