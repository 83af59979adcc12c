"""The pipeline: the ordered stages and how a batch moves through them.

Per-article stages are plain functions ``batch -> batch`` and know nothing
of the store. Barrier stages (dedup, link, cluster, compare) get a read
view of the store. :func:`analyze_batch` runs one batch of documents
through every per-article stage and lands it in the store in a single
transaction, so a crash midway loses at most the batch in flight and
never leaves half a batch behind.
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from storyline.records import Article, Document, Framing, IngestError, Story, content_id
from storyline.stages.brief import write_brief
from storyline.stages.clean import clean_documents
from storyline.stages.cluster import (
    StoryScorer,
    article_terms,
    candidate_keys,
    describe_story,
    find_merges,
    find_splits,
    place_articles,
)
from storyline.stages.compare import compare_story, corpus_framing
from storyline.stages.dedup import link_duplicates, signature
from storyline.stages.enrich import enrich_articles
from storyline.stages.link import entity_key, link_entities
from storyline.store.db import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Stage:
    """A named step; ``barrier`` stages also read what is already stored."""

    name: str
    run: Callable
    barrier: bool = False


#: The default pipeline, in order. Executors run these same functions.
PER_ARTICLE_STAGES: tuple[Stage, ...] = (
    Stage("clean", clean_documents),
    Stage("enrich", enrich_articles),
)
DEFAULT_PIPELINE: tuple[Stage, ...] = (
    Stage("clean", clean_documents),
    Stage("dedup", link_duplicates, barrier=True),
    Stage("enrich", enrich_articles),
    Stage("link", link_entities, barrier=True),
    Stage("cluster", place_articles, barrier=True),
    Stage("split", find_splits, barrier=True),
    Stage("merge", find_merges, barrier=True),
    Stage("compare", compare_story, barrier=True),
    Stage("brief", write_brief),
)


@dataclass(slots=True)
class BatchResult:
    new_articles: int = 0
    skipped_documents: int = 0
    errors: list[IngestError] = field(default_factory=list)
    touched_stories: set[str] = field(default_factory=set)


def _clean_isolated(docs: list[Document]) -> tuple[list[Article], list[IngestError]]:
    """Clean a batch; if the batch fails, clean document by document to find the culprit."""
    try:
        return clean_documents(docs), []
    except Exception:  # noqa: BLE001 - one bad page must not sink the batch
        articles: list[Article] = []
        errors: list[IngestError] = []
        for doc in docs:
            try:
                articles.extend(clean_documents([doc]))
            except Exception as exc:  # noqa: BLE001
                log.debug("clean failed on %s", doc.source, exc_info=True)
                errors.append(IngestError(doc.source, f"cleaning failed: {exc}"))
        return articles, errors


@dataclass(slots=True)
class Prepared:
    """What the per-article stages made of one batch: picklable, store-free."""

    docs: list[Document]
    articles: list[Article]
    terms: dict[str, dict[str, float]]
    errors: list[IngestError]


def select_fresh(
    store: Store, items: Sequence[Document | IngestError]
) -> tuple[list[Document], BatchResult]:
    """Split a batch into documents not stored yet and a result holding the rest."""
    result = BatchResult()
    docs = [i for i in items if isinstance(i, Document)]
    result.errors.extend(i for i in items if isinstance(i, IngestError))
    known = store.known_documents(d.id for d in docs)
    seen: set[str] = set()
    fresh = []
    for d in docs:
        if d.id in known or d.id in seen:
            result.skipped_documents += 1
        else:
            seen.add(d.id)
            fresh.append(d)
    return fresh, result


#: An article longer than this is refused: it is a book or many articles run
#: together, and analysing it would take minutes (spaCy is linear, ~2k words/s).
MAX_ARTICLE_WORDS = 50_000
#: A page (not a JSONL ``body``) giving fewer words than this holds no article.
MIN_PAGE_ARTICLE_WORDS = 3
#: Below this many words, a page titled like these is an error or login page.
NOT_AN_ARTICLE_WORDS = 100
_NOT_AN_ARTICLE_TITLE = re.compile(
    r"^\W*(?:error\W*)?[45]\d\d\b|\bnot found\b|^\W*(?:sign|log)\s*(?:in|on)\b|^\W*login\b"
    r"|\baccess denied\b|\bforbidden\b|^\W*just a moment\b|\bare you a robot\b|\bcaptcha\b",
    re.I,
)


def _refusal(article: Article, form: str) -> str | None:
    """Why a cleaned article is not kept (None: keep it)."""
    words = len(article.body.split())
    if words > MAX_ARTICLE_WORDS:
        return (
            f"article too long to analyse ({words:,} words; limit {MAX_ARTICLE_WORDS:,}):"
            " split it into its articles"
        )
    if form == "body":  # given as a clean article: kept as it is
        return None
    if words < MIN_PAGE_ARTICLE_WORDS:
        return f"no article text found (only {words} word{'' if words == 1 else 's'})"
    if words < NOT_AN_ARTICLE_WORDS and _NOT_AN_ARTICLE_TITLE.search(article.title or ""):
        return f"not an article: an error or login page ('{article.title}')"
    return None


def _screen(
    docs: list[Document], articles: list[Article]
) -> tuple[list[Article], list[IngestError], set[str]]:
    """Drop what cleaning made of pages that hold no article; name each as an error.

    Returns the articles kept, the errors and the ids of the documents refused.
    """
    doc_of = {d.id: d for d in docs}
    kept: list[Article] = []
    errors: list[IngestError] = []
    refused: set[str] = set()
    for a in articles:
        doc = doc_of.get(a.doc_id)
        reason = _refusal(a, doc.form if doc else "body")
        if reason is None:
            kept.append(a)
            continue
        where = a.source if a.segment == 0 else f"{a.source} (article {a.segment + 1})"
        if doc is not None and doc.external_id is not None:
            where = f"{a.source} (id {doc.external_id})"
        errors.append(IngestError(where, reason))
        refused.add(a.doc_id)
    return kept, errors, refused


def prepare_documents(docs: list[Document]) -> Prepared:
    """The per-article stages (clean, enrich, clustering terms) of one batch.

    A pure function of its input: it runs in this process, in a worker
    process or on a Ray worker, and never touches the store.
    """
    articles, errors = _clean_isolated(docs)
    articles, refused, refused_docs = _screen(docs, articles)
    errors.extend(refused)
    produced = {a.doc_id for a in articles}
    failed = {e.source for e in errors}
    for doc in docs:
        if doc.id not in produced and doc.source not in failed and doc.id not in refused_docs:
            where = (
                doc.source if doc.external_id is None else f"{doc.source} (id {doc.external_id})"
            )
            errors.append(IngestError(where, "no article text found"))
    enrich_articles(articles)
    return Prepared(docs, articles, {a.id: article_terms(a) for a in articles}, errors)


def analyze_batch(store: Store, items: Sequence[Document | IngestError]) -> BatchResult:
    """Run one batch of ingested items through the whole pipeline into the store."""
    fresh, result = select_fresh(store, items)
    if not fresh:
        return result
    return land_prepared(store, prepare_documents(fresh), result)


def _one_spelling_per_outlet(store: Store, articles: list[Article]) -> None:
    """Give each article's outlet the spelling stored first, or seen first in the batch,
    for that name in any case: "FOX" and "fox" are one outlet, and everything that
    counts outlets counts it once."""
    names = sorted({a.outlet for a in articles if a.outlet})
    spelling = store.stored_outlet_spellings(names)
    first: dict[str, str] = {}
    for a in articles:
        if a.outlet:
            # ASCII letters folded only, as the store's NOCASE lookup folds them.
            key = a.outlet.translate(_ASCII_LOWER)
            a.outlet = spelling.get(a.outlet) or first.setdefault(key, a.outlet)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def land_prepared(store: Store, prepared: Prepared, result: BatchResult) -> BatchResult:
    """The barrier stages of one prepared batch, in one transaction.

    Dedup, entity linking, clustering and story merging read the store, so
    they run here, one batch at a time, in batch order.
    """
    result.errors.extend(prepared.errors)
    fresh, articles, terms_of = prepared.docs, prepared.articles, prepared.terms
    by_doc: dict[str, list[Article]] = {}
    for a in articles:
        by_doc.setdefault(a.doc_id, []).append(a)

    with store.transaction():
        # Decided under the write lock: another process may have landed some
        # of these documents since they were selected.
        known = store.known_documents(d.id for d in fresh)
        fresh = [d for d in fresh if d.id not in known]
        articles = [a for a in articles if a.doc_id not in known and not store.has_article(a.id)]
        result.skipped_documents += len(known)
        _one_spelling_per_outlet(store, articles)
        # Number segments after what the source already holds (a JSONL file that grew).
        offsets = {src: store.next_segment(src) for src in {a.source for a in articles}}
        for a in articles:
            a.segment += offsets[a.source]
        link_duplicates(articles, store)
        entities = link_entities(articles, store)
        for entity in entities:
            store.upsert_entity(entity, entity_key(entity.name))
        placements = place_articles(articles, store, terms_of)
        story_by_article = {p.article_id: p.story_id for p in placements}
        for doc in fresh:
            if doc.id in by_doc:
                store.add_document(doc, len(by_doc[doc.id]))
        for a in articles:
            a.story_id = story_by_article[a.id]
            store.add_article(a, terms_of[a.id])
            if not a.duplicate_of:  # copies are found through their original
                sig = signature(a)
                store.add_minhash(a.id, sig.to_blob(), sig.n_shingles, sig.bands)
            store.add_recent_postings(a.id, candidate_keys(a, terms_of[a.id]))
        result.touched_stories = regroup_stories(store, set(story_by_article.values()))
        for sid in sorted(result.touched_stories):
            members, terms = store.story_digest(sid)
            store.upsert_story(describe_story(sid, members, terms))
    result.new_articles = len(articles)
    return result


def regroup_stories(store: Store, touched: set[str]) -> set[str]:
    """After a batch is placed and stored: split the ``touched`` stories that grew two
    events into one, then merge the stories whose evidence now says they are one.
    Returns the stories touched now (new parts in, absorbed stories out)."""
    touched = set(touched)
    # One scorer for both: what it reads and computes per article serves the merges too.
    scorer = StoryScorer(store, [], {})
    for sid, moved in find_splits(sorted(touched), store, scorer):
        part = content_id("story-part", sid, moved[0])
        store.move_articles(moved, part)
        touched.add(part)
    for drop, keep in find_merges(sorted(touched), store, scorer):
        store.merge_story(drop, keep)
        touched.discard(drop)
        touched.add(keep)
    return touched


def refresh_story(store: Store, story_id: str) -> Story | None:
    """Recompute a story's facts, framing, events and brief from its articles."""
    story = store.story(story_id)
    if story is None:
        return None
    members = store.load_articles("story_id = ?", (story_id,))
    analysis = compare_story(story, members)
    brief = write_brief(story, members, analysis)
    with store.transaction():
        store.save_analysis(story_id, analysis.facts, analysis.framing, analysis.events, brief)
    return story


#: Articles read at a time by the framing across stories: it reads the corpus twice,
#: streamed from the store, and keeps only the names it finds (not the bodies).
CORPUS_FRAMING_CHUNK = 500
#: The framing across stories reads the whole corpus, so a run that recomputed it every
#: time would cost in proportion to everything stored, however little it added (4-5 s at
#: 6,000 articles; a corpus fed in small runs would pay the square of its size in all).
#: Up to this many articles it is recomputed on every run that changes a story ...
CORPUS_FRAMING_ALWAYS = 5000
#: ... and beyond, once the corpus has grown by this share since it was last computed
#: (or when asked to): the work then grows with the corpus, not with its square. In
#: between, the rows computed last stay, attached to the stories as they are now.
CORPUS_FRAMING_GROWTH = 0.1
#: The ``meta`` key holding how many articles the framing across stories was computed on.
CORPUS_FRAMING_KEY = "corpus_framing_articles"


def _attach_corpus_framing(store: Store, found: list[Framing]) -> list[Framing]:
    """The rows of the framing across stories (``story_id`` empty) attached to each story
    one of their variants' articles belongs to; a row whose variants all live in one story
    adds nothing to that story's own rows and is left out."""
    story_of = store.story_of(
        sorted({i for row in found for v in row.variants for i in v.article_ids})
    )
    rows: list[Framing] = []
    for row in found:
        stories_per_variant = [
            {story_of[i] for i in v.article_ids if story_of.get(i)} for v in row.variants
        ]
        touched = set().union(*stories_per_variant)
        # Only rows whose variants live in different stories add to the per-story rows.
        if all(len(s) == 1 and s == stories_per_variant[0] for s in stories_per_variant):
            continue
        for sid in sorted(touched):
            rows.append(Framing(sid, row.referent, row.variants))
    return rows


def refresh_corpus_framing(store: Store) -> int:
    """Recompute framing across stories and attach each row to the stories it touches."""
    counted = store.article_count()
    found = corpus_framing(lambda: store.iter_articles(CORPUS_FRAMING_CHUNK, order="id"))
    rows = _attach_corpus_framing(store, found)
    with store.transaction():
        store.save_corpus_framing(rows)
        store.set_meta(CORPUS_FRAMING_KEY, str(counted))
    return len(rows)


def reattach_corpus_framing(store: Store) -> int:
    """Attach the framing across stories computed last to the stories as they are now
    (stories merged since then), without reading the corpus."""
    rows = _attach_corpus_framing(store, store.corpus_framing_rows())
    with store.transaction():
        store.save_corpus_framing(rows)
    return len(rows)


def corpus_framing_counts(store: Store) -> tuple[int, int | None]:
    """(articles stored, articles the framing across stories was last computed on, or
    ``None`` if it never was)."""
    last = store.meta(CORPUS_FRAMING_KEY)
    return store.article_count(), None if last is None else int(last)


def corpus_framing_due(store: Store) -> bool:
    """Whether the framing across stories is to be recomputed (see
    :data:`CORPUS_FRAMING_ALWAYS` and :data:`CORPUS_FRAMING_GROWTH`)."""
    now, last = corpus_framing_counts(store)
    return last is None or now <= CORPUS_FRAMING_ALWAYS or now >= last * (1 + CORPUS_FRAMING_GROWTH)


def refresh_dirty_stories(
    store: Store,
    progress: Callable[[str, int, int], None] | None = None,
    *,
    refresh_framing: bool = False,
) -> int:
    """Re-analyse every story whose membership changed, then the cross-story framing.

    Stories are marked dirty in the same transaction that lands their
    articles, so this also finishes the work of an interrupted run. The
    framing across stories is recomputed when it is due (see
    :func:`corpus_framing_due`) or ``refresh_framing`` asks for it; otherwise
    its rows are re-attached to the stories as they now stand.
    Returns how many stories were refreshed.
    """
    dirty = store.dirty_stories()
    for i, story_id in enumerate(dirty, start=1):
        refresh_story(store, story_id)
        if progress:
            progress("compare", i, len(dirty))
    if refresh_framing or (dirty and corpus_framing_due(store)):
        if progress:
            progress("framing", 0, 1)
        refresh_corpus_framing(store)
        if progress:
            progress("framing", 1, 1)
    elif dirty:
        reattach_corpus_framing(store)
    return len(dirty)
