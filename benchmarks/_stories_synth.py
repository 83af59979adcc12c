"""Helpers for benchmarks/stories.py: near-duplicate set and synthetic scale corpora.

Both are built from real dev bodies (ECB+ and BASIL), in memory, with a fixed
seed. The scale run feeds articles through dedup and clustering with the
real store (the same calls :func:`storyline.pipeline.analyze_batch` makes),
skipping clean and spaCy enrich: entities there are capitalised words, a
cheap stand-in with the same shape.
"""

from __future__ import annotations

import random
import re
import string
import time
from datetime import date, timedelta

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.pipeline import regroup_stories
from storyline.records import Article, Document, Entity, Mention, content_id
from storyline.stages.clean.metadata import normalise_for_compare
from storyline.stages.cluster import (
    article_terms,
    candidate_keys,
    describe_story,
    place_articles,
)
from storyline.stages.dedup import link_duplicates, shingles, signature
from storyline.store.db import Store

FURNITURE = [
    "Related Articles",
    "Share this article on Facebook Twitter Email",
    "Subscribe to our newsletter for the latest headlines",
    "Already a subscriber? Log in",
    "This audio is created with AI assistance",
    "Most read: Five things to know this morning | Markets close higher | Weather: storms ahead",
    "Advertisement",
    "2 hours ago",
    "Leave a Reply",
]


def make_article(
    key: str, body: str, title: str | None = None, published: str | None = None
) -> Article:
    doc_id = content_id("doc", key)
    return Article(
        id=content_id("article", key),
        doc_id=doc_id,
        source=f"synthetic/{key}",
        segment=0,
        body=body,
        title=title,
        published=published,
        body_hash=content_id(normalise_for_compare(body)),
    )


# -- near-duplicate set -------------------------------------------------------


def edit_words(words: list[str], rng: random.Random, share: float) -> list[str]:
    out = list(words)
    for _ in range(max(1, int(len(out) * share))):
        i = rng.randrange(len(out))
        op = rng.random()
        if op < 0.4:
            out[i] = rng.choice(["the", "a", "new", "said", "reported", "local", "officials"])
        elif op < 0.7 and len(out) > 10:
            del out[i]
        else:
            out.insert(i, rng.choice(["also", "now", "reportedly", "however"]))
    return out


def variant(body: str, kind: str, rng: random.Random) -> str:
    """A copy of ``body``: edited, with furniture, truncated, or all three."""
    lines = body.split("\n")
    if kind in ("edit", "all"):
        lines = [" ".join(edit_words(ln.split(), rng, 0.03)) if ln.split() else ln for ln in lines]
    if kind in ("furniture", "all"):
        head = rng.sample(FURNITURE, 2)
        tail = rng.sample(FURNITURE, 3)
        lines = head + lines + tail
    if kind in ("truncate", "all"):
        words = "\n".join(lines).split(" ")
        keep = rng.uniform(0.55, 0.8) if kind == "truncate" else rng.uniform(0.7, 0.9)
        return " ".join(words[: int(len(words) * keep)])
    return "\n".join(lines)


def near_duplicate_set(records: list[dict], seed: int = 0) -> tuple[list[Article], dict]:
    """Originals, their copies, and other articles on the same events.

    Returns the articles in arrival order and the truth: {article id: id of
    the original it copies, or None}. Originals arrive before their copies;
    every other article of an original's event arrives too, and must not be
    linked to it.
    """
    rng = random.Random(seed)
    usable = []
    pool: list[set[bytes]] = []
    for r in records:
        if len(r["body"].split()) < 80:
            continue
        grams = shingles(r["body"])
        # The dev sets themselves carry re-publications (one wire story in
        # several ECB+ documents): those are copies, not negatives. Exact
        # shingle overlap with an earlier original keeps them out of the pool.
        if any(len(grams & g) / min(len(grams), len(g)) >= 0.3 for g in pool):
            continue
        pool.append(grams)
        usable.append(r)
    articles: list[Article] = []
    truth: dict[str, str | None] = {}
    for n, r in enumerate(usable):
        original = make_article(f"orig/{n}", r["body"], r.get("title"))
        articles.append(original)
        truth[original.id] = None
    copies = []
    for n, r in enumerate(usable):
        kind = ["edit", "furniture", "truncate", "all"][n % 4]
        body = variant(r["body"], kind, rng)
        copy = make_article(f"copy/{kind}/{n}", body, r.get("title"))
        copies.append(copy)
        truth[copy.id] = content_id("article", f"orig/{n}")
    rng.shuffle(copies)
    return articles + copies, truth


def dedup_run(store: Store, articles: list[Article], batch_size: int = 64) -> dict[str, str | None]:
    """Link ``articles`` batch by batch through the real dedup stage and store."""
    out: dict[str, str | None] = {}
    for n in range(0, len(articles), batch_size):
        batch = articles[n : n + batch_size]
        link_duplicates(batch, store)
        with store.transaction():
            for a in batch:
                _store_article(store, a, {})
        out.update({a.id: a.duplicate_of for a in batch})
    return out


def _store_article(store: Store, a: Article, terms: dict[str, float]) -> None:
    store.add_document(
        Document(id=a.doc_id, source=a.source, content="", form="body"), article_count=1
    )
    store.add_article(a, terms)
    if not a.duplicate_of:
        sig = signature(a)
        store.add_minhash(a.id, sig.to_blob(), sig.n_shingles, sig.bands)
    store.add_recent_postings(a.id, candidate_keys(a, terms))


# -- synthetic scale corpus ---------------------------------------------------

CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
#: Articles per synthetic day: the stream's density stays constant, so a
#: bigger corpus is a longer stream, as in a real archive.
ARTICLES_PER_DAY = 300


def _pseudo_name(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(
        rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 8))
    )


def synthetic_corpus(records: list[dict], n_articles: int, seed: int = 0) -> list[Article]:
    """``n_articles`` articles in synthetic stories built from real dev text.

    Each story takes a real dev article's sentences (reshuffled, some
    dropped, some from another article mixed in), its names replaced by
    story-specific made-up names so that stories reusing one dev text are
    still different stories, and a date; about one article in ten is a
    near-copy of another in its story.
    """
    rng = random.Random(seed)
    sents = [
        [s for s in re.split(r"(?<=[.!?])\s+", r["body"]) if len(s.split()) >= 5] for r in records
    ]
    sents = [s for s in sents if len(s) >= 4]
    days = max(1, n_articles // ARTICLES_PER_DAY)
    start = date(2020, 1, 1)
    out: list[Article] = []
    story = 0
    while len(out) < n_articles:
        story += 1
        base = rng.choice(sents)
        other = rng.choice(sents)
        names: dict[str, str] = {}

        def rename(text: str, names: dict[str, str] = names) -> str:
            return CAPITALISED.sub(lambda m: names.setdefault(m[0], _pseudo_name(rng)), text)

        day = start + timedelta(days=rng.randrange(days))
        size = min(n_articles - len(out), rng.choice([1, 1, 2, 3, 5, 8, 13]))
        previous: str | None = None
        for k in range(size):
            if previous is not None and rng.random() < 0.1:
                body = variant(previous, "furniture", rng)
            else:
                picked = rng.sample(base, max(3, int(len(base) * 0.7)))
                picked += rng.sample(other, min(2, len(other)))
                rng.shuffle(picked)
                body = rename(" ".join(picked))
            previous = body
            published = (day + timedelta(days=rng.randrange(3))).isoformat()
            title = rename(base[0])[:120]
            out.append(make_article(f"s{story}/{k}", body, title, published))
    rng.shuffle(out)
    return out


def cheap_entities(article: Article) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in CAPITALISED.finditer(article.body):
        if m[0] not in seen and m[0].lower() not in ENGLISH_STOP_WORDS:
            eid = content_id("entity", m[0])
            seen[m[0]] = Mention(m[0], "ORG", m.start(), m.end(), m[0], eid)
    return list(seen.values())[:15]


def cluster_run(store: Store, articles: list[Article], batch_size: int = 64) -> dict[str, float]:
    """Dedup and clustering of ``articles`` batch by batch, as analyze_batch does it.

    Returns seconds spent in dedup, in clustering (placing, storing, merging,
    naming), and in the last tenth of the stream.
    """
    timings = {"dedup": 0.0, "cluster": 0.0, "last_tenth": 0.0}
    last_from = int(len(articles) * 0.9)
    for n in range(0, len(articles), batch_size):
        t0 = time.perf_counter()
        batch = articles[n : n + batch_size]
        link_duplicates(batch, store)
        t1 = time.perf_counter()
        for a in batch:
            a.mentions = cheap_entities(a)
        terms_of = {a.id: article_terms(a) for a in batch}
        with store.transaction():
            for a in batch:
                for m in a.mentions:
                    store.upsert_entity(
                        Entity(m.entity_id, m.text, "ORG", [m.text]), m.text.lower()
                    )
            placements = place_articles(batch, store, terms_of)
            story_of = {p.article_id: p.story_id for p in placements}
            for a in batch:
                a.story_id = story_of[a.id]
                _store_article(store, a, terms_of[a.id])
            touched = regroup_stories(store, set(story_of.values()))
            for sid in sorted(touched):
                members, terms = store.story_digest(sid)
                store.upsert_story(describe_story(sid, members, terms))
        t2 = time.perf_counter()
        timings["dedup"] += t1 - t0
        timings["cluster"] += t2 - t1
        if n + len(batch) > last_from:
            share = (n + len(batch) - max(n, last_from)) / len(batch)
            timings["last_tenth"] += share * (t2 - t0)
    return timings
