"""Cluster: place each new article in the best existing story, or open one.

Online: only new articles are placed; stored stories are not re-clustered.
Evidence is the text (TF-IDF over content words, document frequencies from
the store) and shared canonical entities. Candidates come from an inverted
index (salient terms and entities), so placing an article does not scan
the whole corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.records import Article, Story, content_id

#: Score at or above which an article joins a story. Chosen on the seeds and
#: the BASIL/ECB+ dev files: lower merges same-kind different events, higher
#: splits one event told in different words.
JOIN_THRESHOLD = 0.30
#: Weight of text similarity against entity overlap in the join score.
TEXT_WEIGHT = 0.65
#: Candidate articles fetched from the inverted index per new article.
CANDIDATE_LIMIT = 200
#: Articles published further apart than this are never the same story.
MAX_GAP_DAYS = 45
#: Entities mentioned in few words say little; count only types that name a story's actors.
STORY_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "FAC", "EVENT", "PRODUCT", "LAW"}

TOKEN = re.compile(r"[a-z][a-z'-]{2,}")
STOP = ENGLISH_STOP_WORDS | {"said", "says", "told", "also", "would", "could", "like", "new"}


def article_terms(article: Article) -> dict[str, float]:
    """Term counts of the title and body: the article's clustering vector before IDF."""
    text = f"{article.title or ''}\n{article.body}".lower().replace("’", "'")
    counts = Counter(
        t.strip("'-").removesuffix("'s") for t in TOKEN.findall(text) if t not in STOP
    )
    return {t: float(c) for t, c in counts.items() if len(t) > 2 and t not in STOP}


class ClusterView(Protocol):
    def term_df(self, terms: list[str]) -> dict[str, int]: ...
    def article_count(self) -> int: ...
    def candidate_articles(self, terms: list[str], entity_ids: list[str], limit: int) -> list[str]: ...
    def story_of(self, article_ids: list[str]) -> dict[str, str]: ...
    def article_terms(self, ids: list[str]) -> dict[str, dict[str, float]]: ...
    def entities_of(self, article_ids: list[str]) -> dict[str, set[str]]: ...
    def published_of(self, article_ids: list[str]) -> dict[str, str | None]: ...
    def entity_df(self, entity_ids: list[str]) -> dict[str, int]: ...


@dataclass(slots=True)
class Placement:
    article_id: str
    story_id: str
    score: float
    opened: bool


def _tfidf(terms: dict[str, float], df: dict[str, int], n_docs: int) -> dict[str, float]:
    vec = {
        t: (1 + math.log(c)) * (math.log((1 + n_docs) / (1 + df.get(t, 0))) + 1)
        for t, c in terms.items()
    }
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    nb = math.sqrt(sum(v * v for v in b.values())) or 1.0
    return dot / nb


def _days_apart(a: str | None, b: str | None) -> float | None:
    if not a or not b or len(a) < 10 or len(b) < 10:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def salient_terms(vec: dict[str, float], k: int = 25) -> list[str]:
    return sorted(vec, key=lambda t: (-vec[t], t))[:k]


def place_articles(
    batch: list[Article],
    view: ClusterView,
    terms_of: dict[str, dict[str, float]],
    stored: set[str] | None = None,
) -> list[Placement]:
    """Decide a story for each article of the batch, in a stable order.

    ``terms_of`` holds the term counts of the batch's articles; the view
    answers for stored ones. Articles placed earlier in the batch are
    visible to later ones through ``assigned``.
    """
    ordered = sorted(batch, key=lambda a: (a.published or "9999", a.id))
    n_docs = view.article_count() + len(batch)
    batch_df: Counter[str] = Counter()
    for a in batch:
        batch_df.update(terms_of[a.id].keys())
    entity_sets = {a.id: {m.entity_id for m in a.mentions if m.entity_id
                          and m.label in STORY_ENTITY_TYPES | {"LOC"}} for a in batch}
    batch_edf: Counter[str] = Counter()
    for ents in entity_sets.values():
        batch_edf.update(ents)
    all_ents = sorted(set(batch_edf))
    stored_edf = view.entity_df(all_ents)
    edf = {e: stored_edf.get(e, 0) + batch_edf[e] for e in all_ents}

    def entity_weight(entity_id: str) -> float:
        # Like IDF: "Russia" in every article says less than "Dmitriev" in two.
        return math.log((1 + n_docs) / (1 + edf.get(entity_id, 1))) + 1
    assigned: dict[str, str] = {}
    placements: list[Placement] = []
    published = {a.id: a.published for a in batch}
    for article in ordered:
        if article.duplicate_of:
            original = article.duplicate_of
            story = assigned.get(original) or view.story_of([original]).get(original)
            if story:
                assigned[article.id] = story
                placements.append(Placement(article.id, story, 1.0, False))
                continue
        terms = terms_of[article.id]
        stored_df = view.term_df(list(terms))
        df = {t: stored_df.get(t, 0) + batch_df[t] for t in terms}
        vec = _tfidf(terms, df, n_docs)
        ents = entity_sets[article.id]
        # Candidates: stored articles from the index, plus this batch's placed ones.
        candidates = view.candidate_articles(salient_terms(vec), sorted(ents), CANDIDATE_LIMIT)
        story_of = view.story_of(candidates)
        story_of.update({a: s for a, s in assigned.items()})
        members: dict[str, list[str]] = {}
        for aid, sid in story_of.items():
            if sid:
                members.setdefault(sid, []).append(aid)
        stored_ids = [a for a in story_of if a not in terms_of]
        cand_terms = {**view.article_terms(stored_ids),
                      **{a: terms_of[a] for a in story_of if a in terms_of}}
        cand_ents = {**view.entities_of(stored_ids),
                     **{a: entity_sets[a] for a in story_of if a in entity_sets}}
        cand_pub = {**view.published_of(stored_ids),
                    **{a: published[a] for a in story_of if a in published}}
        all_terms = set().union(*(cand_terms[a].keys() for a in cand_terms)) if cand_terms else set()
        more_df = view.term_df(sorted(all_terms - set(df)))
        for t in all_terms - set(df):
            df[t] = more_df.get(t, 0) + batch_df[t]
        best_story, best_score = None, 0.0
        for sid in sorted(members):
            ids = members[sid]
            if any((gap := _days_apart(published[article.id], cand_pub.get(a))) is not None
                   and gap > MAX_GAP_DAYS for a in ids):
                continue
            centroid: dict[str, float] = {}
            story_ents: set[str] = set()
            for a in ids:
                for t, v in _tfidf(cand_terms.get(a, {}), df, n_docs).items():
                    centroid[t] = centroid.get(t, 0.0) + v
                story_ents |= cand_ents.get(a, set())
            text = _cosine(vec, centroid)
            total = sum(entity_weight(e) for e in ents)
            ent = sum(entity_weight(e) for e in ents & story_ents) / total if total else 0.0
            score = TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * ent
            if score > best_score:
                best_story, best_score = sid, score
        if best_story is not None and best_score >= JOIN_THRESHOLD:
            placements.append(Placement(article.id, best_story, best_score, False))
            assigned[article.id] = best_story
        else:
            sid = content_id("story", article.id)
            placements.append(Placement(article.id, sid, best_score, True))
            assigned[article.id] = sid
    return placements


def describe_story(story_id: str, members: list[Article]) -> Story:
    """Title, first and last published of a story from its member articles."""
    dated = sorted((a.published for a in members if a.published), key=str)
    titled = sorted(
        (a for a in members if a.title and not a.duplicate_of),
        key=lambda a: (a.published or "9999", a.id),
    )
    if titled:
        title = titled[0].title or ""
    else:
        first = min(members, key=lambda a: a.id)
        words = first.body.split()
        title = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    return Story(
        id=story_id,
        title=title,
        article_ids=[a.id for a in members],
        first_published=dated[0] if dated else None,
        last_published=dated[-1] if dated else None,
    )
