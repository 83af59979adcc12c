"""The records that cross stage boundaries.

Every stage of the pipeline is a function from a batch of these records to a
batch of these records; nothing else is passed between stages. Records are
plain slotted dataclasses so they pickle cheaply (process pools, Ray) and
serialise to JSON through :func:`dataclasses.asdict`.

Offsets (``start``/``end``) are always character offsets into
``Article.body``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

#: Closed vocabulary of reasons a span of a page is removed by cleaning.
RemovalReason = Literal[
    "navigation",  # section labels, menus, breadcrumbs, "Related Articles"
    "timestamp",  # "2 hours ago", bare dates used as furniture
    "widget",  # share / subscribe / comment / hashtag / AI-feature widgets
    "paywall",  # paywall, login, "enable JavaScript", access checks
    "ai_notice",  # "This audio is created with AI assistance"
    "headline_list",  # lists of unrelated headlines / teasers
    "byline",  # outlet / author lines consumed as metadata
    "title",  # a title line consumed as metadata
    "dateline",  # a "date 2025-02-27" line consumed as metadata
    "duplicate_line",  # a line repeated verbatim (e.g. a doubled title)
    "boilerplate",  # anything else judged not to be article text
]

DatePrecision = Literal["year", "month", "day"]
QuoteKind = Literal["direct", "indirect", "mixed"]


def content_id(*parts: str, length: int = 16) -> str:
    """A stable hex id from the content that defines a record."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


@dataclass(slots=True)
class Document:
    """One input record as read: a file, one JSONL line, a fetched URL."""

    id: str  # content hash of the raw content (plus form), see ingest
    source: str  # path or URL it came from
    content: str  # decoded raw content
    form: Literal["text", "html", "body"]  # how clean must treat `content`
    record_index: int = 0  # index of this record within its source (JSONL line no.)
    external_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601, possibly partial
    language: str | None = None
    # ISO 8601 datetime the page was fetched (URL fetch time, WARC-Date); the
    # anchor for relative dates when no publication date is known. None for
    # files and feeds read from disk: never guessed (not the file's mtime).
    fetched: str | None = None


@dataclass(slots=True)
class IngestError:
    """An input that could not be read; reported by name, never fatal."""

    source: str
    reason: str


@dataclass(slots=True)
class RemovedSpan:
    text: str
    reason: RemovalReason


@dataclass(slots=True)
class Mention:
    """A named-entity mention inside one article."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, ...
    start: int
    end: int
    # Canonical name inside this article ("Putin" -> "Vladimir Putin"),
    # filled by enrich; corpus-wide linking happens in the store.
    canonical: str | None = None
    entity_id: str | None = None


@dataclass(slots=True)
class Quote:
    id: str
    article_id: str
    text: str
    speaker: str | None  # the speaker's canonical name, or None when unknown
    speaker_entity_id: str | None
    cue: str | None  # the cue verb, e.g. "said"
    kind: QuoteKind
    start: int
    end: int


@dataclass(slots=True)
class TimeMention:
    """A time expression normalised against the article's publication date."""

    text: str
    start: int
    end: int
    date: str | None  # ISO 8601, possibly partial; None when it cannot be resolved
    precision: DatePrecision | None
    relative: bool = False  # "on Tuesday", "last week": needs an anchor


@dataclass(slots=True)
class Article:
    """One cleaned article; a Document yields one or more."""

    id: str
    doc_id: str
    source: str
    segment: int  # 0-based index of this article within its source
    body: str
    external_id: str | None = None
    outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    url: str | None = None
    published: str | None = None
    published_precision: DatePrecision | None = None
    language: str = "en"
    removed: list[RemovedSpan] = field(default_factory=list)
    duplicate_of: str | None = None
    body_hash: str = ""
    # Filled by enrich.
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    # Filled by cluster.
    story_id: str | None = None
    # Filled by enrich (kept last so positional construction stays valid).
    quantities: list[Quantity] = field(default_factory=list)
    # When the page was fetched (URL fetch, WARC-Date): the anchor for relative
    # dates when the publication date is unknown.
    fetched: str | None = None


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    id: str
    story_id: str
    date: str  # ISO 8601, possibly partial
    text: str
    article_ids: list[str]
    # Who took part (canonical names of the people, organisations and
    # countries acting in the clause) and where (a place the clause is "in").
    participants: list[str] = field(default_factory=list)
    place: str | None = None


@dataclass(slots=True)
class Conflict:
    article_ids: list[str]
    statement: str


@dataclass(slots=True)
class Fact:
    id: str
    story_id: str
    statement: str
    article_ids: list[str]
    conflicts: list[Conflict] = field(default_factory=list)
    # Where each article says it: [article_id, start, end] of its aligned
    # sentence (agreeing and conflicting ones), for the coverage matrix.
    spans: list[list] = field(default_factory=list)


@dataclass(slots=True)
class FramingVariant:
    term: str
    outlets: list[str]
    article_ids: list[str]
    # Speakers whose quotes hold the term ("new territories" in Putin's words);
    # empty when only the outlets' own narration uses it.
    quoted_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Framing:
    story_id: str
    referent: str
    variants: list[FramingVariant]


@dataclass(slots=True)
class Story:
    id: str
    title: str
    article_ids: list[str]
    first_published: str | None = None
    last_published: str | None = None


@dataclass(slots=True)
class BriefSentence:
    text: str
    article_ids: list[str]
    section: str = "summary"  # summary, facts, conflicts, quotes, timeline, coverage


@dataclass(slots=True)
class Brief:
    story_id: str
    title: str
    sentences: list[BriefSentence]


@dataclass(slots=True)
class Quantity:
    """A number with its unit and what it measures ("about 2 million tons" of
    aluminum -> value 2e6, unit "ton", measured "aluminum", approx True)."""

    text: str  # the quantity as written ("about 2 million tons")
    start: int
    end: int
    value: float  # normalised: magnitudes applied ("$300 billion" -> 3e11)
    unit: str | None  # "USD", "EUR", "percent", "ton", "barrel", ...; None for a count
    measured: str | None  # "aluminum", "U.S. imports", "anti-drone missiles", or None
    approx: bool = False  # "about", "some", "nearly", "more than", ...


@dataclass(slots=True)
class QuoteUse:
    """How one outlet carries a shared quote."""

    outlet: str | None
    article_ids: list[str]  # the outlet's articles carrying it (all of them when "none")
    extent: Literal["full", "part", "none"]
    quote_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SharedQuote:
    """One quote carried by several outlets, with one speaker."""

    id: str
    story_id: str
    speaker: str | None
    speaker_entity_id: str | None
    text: str  # the longest version
    article_ids: list[str]  # articles quoting it
    uses: list[QuoteUse] = field(default_factory=list)
