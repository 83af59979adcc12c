"""Pydantic models of the JSON twins; FastAPI turns them into the OpenAPI schema.

Each page's JSON is its view model filtered through one of these models:
fields the HTML needs only for layout (anchors, pre-rendered ``*_html``) are
left out. Fields may be added; clients should ignore the ones they do not know.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Cite(BaseModel):
    n: int = Field(description="The article's citation number within the story")
    article_id: str
    href: str | None = Field(description="The cited article's page (with #s-N: the sentence)")
    label: str
    sentence: int | None = Field(
        default=None, description="Index of the cited sentence in the article (brief citations)"
    )


class StoryRef(BaseModel):
    id: str
    title: str
    href: str


class ArticleLink(BaseModel):
    id: str
    title: str
    outlet: str | None = None
    published: str | None = None
    href: str


# --------------------------------------------------------------------------- story list


class StoryListItem(BaseModel):
    id: str
    title: str
    href: str
    n_articles: int
    n_outlets: int
    n_quotes: int
    outlets: list[str]
    first_published: str | None
    last_published: str | None


class StoryList(BaseModel):
    sort: str = Field(description="'size' (biggest first) or 'recent' (latest first)")
    stories: list[StoryListItem]
    counts: dict[str, int]
    date_range: list[str] | None
    loose_articles: list[ArticleLink]


# --------------------------------------------------------------------------- story page


class BriefSentence(BaseModel):
    text: str
    cites: list[Cite]


class BriefSection(BaseModel):
    key: str
    title: str
    sentences: list[BriefSentence]


class Event(BaseModel):
    date: str
    text: str
    cites: list[Cite]


class QuoteItem(BaseModel):
    text: str
    kind: str
    cue: str | None
    cites: list[Cite]


class QuoteGroup(BaseModel):
    speaker: str
    quotes: list[QuoteItem]


class FramingVariant(BaseModel):
    term: str
    outlets: list[str]
    cites: list[Cite]
    more: int = Field(0, description="Articles that use the term but are not cited here")


class FramingRow(BaseModel):
    referent: str
    variants: list[FramingVariant]


class CoverageCell(BaseModel):
    mark: str
    kind: str = Field(description="'yes', 'differs' or 'no'")
    title: str


class ConflictItem(BaseModel):
    statement: str
    cites: list[Cite]


class CoverageRow(BaseModel):
    id: str
    statement: str
    cites: list[Cite]
    conflicts: list[ConflictItem]
    cells: list[CoverageCell] = Field(description="One per outlet, in the order of `outlets`")


class Coverage(BaseModel):
    outlets: list[str]
    rows: list[CoverageRow]


class StoryEntity(BaseModel):
    name: str
    type: str | None
    aliases: list[str]
    mentions: int
    articles: int
    href: str | None


class StoryArticle(BaseModel):
    id: str
    n: int
    title: str
    outlet: str
    published: str | None
    href: str | None
    in_story: bool


class StoryPage(BaseModel):
    id: str
    title: str
    n_articles: int
    n_outlets: int
    outlets: list[str]
    first_published: str | None
    last_published: str | None
    has_brief: bool
    brief_sections: list[BriefSection]
    events: list[Event]
    n_quotes: int
    quote_groups: list[QuoteGroup]
    framing: list[FramingRow]
    coverage: Coverage
    entities: list[StoryEntity]
    articles: list[StoryArticle]
    charts: dict[str, dict[str, Any] | None] = Field(
        description="Vega-Lite specs of the timeline and coverage charts"
    )


# --------------------------------------------------------------------------- article page


class Span(BaseModel):
    id: str
    start: int
    end: int


class ArticleMention(BaseModel):
    entity_id: str | None
    text: str
    label: str
    start: int
    end: int


class ArticleQuote(BaseModel):
    id: str
    text: str
    speaker: str | None
    speaker_entity_id: str | None
    cue: str | None
    kind: str
    start: int
    end: int


class ArticleEntity(BaseModel):
    id: str
    name: str
    type: str
    mentions: int
    href: str


class Removed(BaseModel):
    text: str
    reason: str


class ArticlePage(BaseModel):
    id: str
    title: str
    outlet: str
    published: str | None
    language: str | None
    source: str | None
    url: str | None
    byline: str | None
    story: StoryRef | None
    duplicate_of: str | None
    duplicates: list[ArticleLink]
    body: str
    sentences: list[Span] = Field(description="Offsets into `body`; id is the HTML anchor")
    mentions: list[ArticleMention]
    quotes: list[ArticleQuote]
    entities: list[ArticleEntity]
    removed: list[Removed]


# --------------------------------------------------------------------------- entities


class EntityListItem(BaseModel):
    id: str
    name: str
    type: str
    href: str
    mentions: int
    articles: int


class EntityList(BaseModel):
    entities: list[EntityListItem]
    page: int = Field(description="This page's number, from 1")
    pages: int = Field(description="How many pages the entities fill")
    total: int = Field(description="Entities with at least one mention")


class Context(BaseModel):
    text: str
    highlights: list[list[int]] = Field(description="[start, end) offsets into `text`")


class EntityArticle(BaseModel):
    id: str
    title: str
    outlet: str
    published: str | None
    href: str
    mentions: int
    contexts: list[Context]


class QuoteRow(BaseModel):
    id: str
    text: str
    speaker: str | None
    kind: str
    cue: str | None
    article_id: str
    article_title: str
    outlet: str
    href: str


class EntityPage(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    n_mentions: int
    articles: list[EntityArticle]
    stories: list[StoryRef]
    quotes: list[QuoteRow]


# --------------------------------------------------------------------------- outlets


class OutletListItem(BaseModel):
    name: str
    slug: str
    href: str
    articles: int


class OutletList(BaseModel):
    outlets: list[OutletListItem]


class OutletArticle(BaseModel):
    id: str
    title: str
    published: str | None
    href: str
    story: StoryRef | None
    duplicate_of: str | None


class OutletTerm(BaseModel):
    referent: str
    term: str
    story: StoryRef | None


class OutletPage(BaseModel):
    name: str
    names: list[str]
    slug: str
    page: int = Field(description="This page's number, from 1")
    pages: int = Field(description="How many pages the outlet's articles fill")
    n_articles: int = Field(description="The outlet's articles, on every page")
    n_quotes: int = Field(description="The quotes its articles carry, on every page")
    articles: list[OutletArticle] = Field(description="This page's articles, newest first")
    stories: list[StoryRef]
    quotes: list[QuoteRow] = Field(description="The quotes this page's articles carry")
    framing: list[OutletTerm]


# --------------------------------------------------------------------------- search


class SearchResult(BaseModel):
    article_id: str
    title: str
    outlet: str
    published: str | None
    href: str
    story: StoryRef | None
    snippet: str
    highlights: list[list[int]] = Field(description="[start, end) offsets into `snippet`")


class SearchPage(BaseModel):
    query: str
    results: list[SearchResult]


class ErrorBody(BaseModel):
    detail: str
