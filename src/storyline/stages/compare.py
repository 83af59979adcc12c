"""Compare stage: align what the articles of one story say.

``compare_story`` turns a story and its enriched articles into

* **facts** -- sentences aligned across articles (TF-IDF cosine on content
  words, boosted by shared entities, numbers and dates); one cluster of
  aligned sentences is one fact, with the articles carrying it and the
  articles that give a different number or date for it (conflicts);
* **events** -- sentences holding a resolved time expression, grouped across
  articles when the date is equal and the sentences talk about the same
  thing;
* **framing** -- referents that different articles name differently
  ("Kiev"/"Kyiv", "Zelensky"/"Zelenskyy"), found from the mentions
  themselves: shared entity ids / canonical names, or transliteration-like
  spelling variants.

Everything is deterministic: articles are sorted by id first, every tie is
broken on ids / offsets / text, so any order of the input gives the same
output. Odd input (no body, no sentences, no outlet) never raises.
"""

from __future__ import annotations

import re
import string
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from storyline.records import (
    Article,
    Conflict,
    Event,
    Fact,
    Framing,
    FramingVariant,
    QuoteUse,
    SharedQuote,
    Story,
    content_id,
)
from storyline.stages.enrich.times import event_times

__all__ = [
    "StoryAnalysis",
    "compare_story",
    "story_articles",
    "source_key",
    "extract_numbers",
    "Quantity",
    "shared_quotes",
    "coverage_matrix",
    "MIN_SHARED_WORDS",
]

#: Most facts kept per story.
MAX_FACTS = 150
#: Most events kept per story.
MAX_EVENTS = 40

#: Alignment thresholds (TF-IDF cosine on content words, plus boosts).
MIN_COSINE = 0.18  # below this two sentences are never aligned
ALIGN_SCORE = 0.42  # cosine + boosts needed to align two sentences
CONFLICT_COSINE = 0.40  # sentences that disagree must be this close in wording
EVENT_COSINE = 0.20  # same-date sentences this close describe the same event
#: Two aligned sentences share at least this share of the shorter one's
#: content words (and at least MIN_SHARED_WORDS of them) unless their cosine
#: reaches STRONG_COSINE: TF-IDF alone links sentences that share one rare
#: word ("step three ... look like" with "what the end ... would look like").
MIN_OVERLAP = 0.34
MIN_SHARED_WORDS = 3
STRONG_COSINE = 0.6
#: Two sentences this close in wording, one negated and one not, contradict.
NEGATION_COSINE = 0.55

#: spaCy labels that count as a named entity (signal for a fact).
NAMED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
#: Labels whose surface forms are compared for framing.
FRAMING_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC"})
_LABEL_FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


@dataclass(slots=True)
class StoryAnalysis:
    facts: list[Fact] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    shared_quotes: list[SharedQuote] = field(default_factory=list)


# --------------------------------------------------------------------------
# Shared helpers (also used by the brief stage)
# --------------------------------------------------------------------------


def story_articles(story: Story, articles: Iterable[Article]) -> list[Article]:
    """The story's articles, sorted by id, each id once.

    When the story lists its article ids, only those articles are kept; when
    it lists none, articles whose ``story_id`` is the story's (or unset) are
    kept.
    """
    wanted = set(story.article_ids or [])
    seen: dict[str, Article] = {}
    for art in articles or []:
        if art is None or not getattr(art, "id", None):
            continue
        if wanted:
            if art.id not in wanted:
                continue
        elif art.story_id not in (None, story.id):
            continue
        seen.setdefault(art.id, art)
    return [seen[k] for k in sorted(seen)]


def source_key(article: Article, by_id: dict[str, Article]) -> str:
    """What one "outlet" is when counting coverage.

    A copy (``duplicate_of``) counts as its original; an article without an
    outlet counts as itself.
    """
    root = article
    hops = 0
    while root.duplicate_of and root.duplicate_of in by_id and hops < 20:
        root = by_id[root.duplicate_of]
        hops += 1
    if root.outlet and root.outlet.strip():
        return "outlet:" + root.outlet.strip().lower()
    if article.outlet and article.outlet.strip():
        return "outlet:" + article.outlet.strip().lower()
    return "article:" + root.id


_WS_RE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    return _WS_RE.sub(" ", text or "").strip()


# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------

_NUM_RE = re.compile(
    r"(?<![\w.,:/-])"
    r"(?P<cur>[$€£¥]\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<ord>st\b|nd\b|rd\b|th\b)?"
    r"(?P<tail>[:/]\d)?"
    r"(?:\s?(?P<pct>%|percent\b|per\s+cent\b))?"
    r"(?:\s?(?P<mag>thousand\b|million\b|billion\b|trillion\b|bn\b|mn\b|m\b|k\b))?",
    re.IGNORECASE,
)
_MAGNITUDE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_STOP = frozenset(
    """a an the of to in on at for by with from and or but as is are was were be been
    being has have had do does did it its this that these those than then there their
    they them he she his her we our you your i me my not no nor so if up down out over
    under about into onto per some more most least just only also around nearly
    almost roughly approximately""".split()
)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    kind: str  # "$", "%", "" ...
    after: tuple[str, ...]  # up to two content words after the number
    before: tuple[str, ...]  # up to two content words before the number
    start: int
    end: int


def _content_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text) if w.lower() not in _STOP]


def extract_numbers(
    text: str, skip_spans: Iterable[tuple[int, int]] = (), offset: int = 0
) -> list[Quantity]:
    """Numbers in ``text`` with a rough unit context.

    Ordinals, clock times, bare years (1800-2100) and numbers inside
    ``skip_spans`` (absolute offsets, e.g. time mentions) are ignored.
    """
    spans = list(skip_spans)
    out: list[Quantity] = []
    for m in _NUM_RE.finditer(text or ""):
        if m.group("ord") or m.group("tail"):
            continue
        a, b = m.start("num") + offset, m.end("num") + offset
        if any(s < b and a < e for s, e in spans):
            continue
        raw = m.group("num").replace(",", "")
        try:
            value = float(raw)
        except ValueError:  # pragma: no cover - regex guarantees digits
            continue
        cur = (m.group("cur") or "").strip()
        pct = "%" if m.group("pct") else ""
        mag = (m.group("mag") or "").lower()
        if (
            not cur
            and not pct
            and not mag
            and "," not in m.group("num")
            and "." not in raw
            and len(raw) == 4
            and 1800 <= value <= 2100
        ):
            continue  # a year: dates are handled through time mentions
        if mag:
            value *= _MAGNITUDE.get(mag, 1.0)
        after = tuple(_content_words(text[m.end() : m.end() + 40])[:2])
        before = tuple(_content_words(text[max(0, m.start() - 40) : m.start()])[-2:])
        out.append(Quantity(value, cur + pct, after, before, m.start() + offset, m.end() + offset))
    return out


def _same_measure(q: Quantity, r: Quantity) -> bool:
    if q.kind != r.kind:
        return False
    if q.after and r.after:
        return bool(set(q.after) & set(r.after))
    if q.before and r.before:
        return bool(set(q.before) & set(r.before))
    return bool(q.kind)  # "$300bn" vs "$250bn" with no words around


def numbers_conflict(qs: list[Quantity], rs: list[Quantity]) -> bool:
    """Two sentences give different values for the same measured thing."""
    if not qs or not rs:
        return False
    vs = {q.value for q in qs}
    vr = {r.value for r in rs}
    for q in qs:
        if q.value in vr:
            continue
        for r in rs:
            if r.value in vs or r.value == q.value:
                continue
            if _same_measure(q, r):
                return True
    return False


def _dates_compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def dates_conflict(ds: set[str], dt: set[str]) -> bool:
    # Only full dates can contradict: "in 2022" beside "on Feb. 18" is usually
    # about another moment (the invasion, not the meeting).
    ds = {d for d in ds if len(d) == 10}
    dt = {d for d in dt if len(d) == 10}
    if not ds or not dt:
        return False
    return not any(_dates_compatible(a, b) for a in ds for b in dt)


# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------

_FALLBACK_SENT_RE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"'”’)]*|(?=\n)|$)")


@dataclass(slots=True)
class _Sent:
    idx: int
    article: Article
    order: int  # index of the sentence within its article
    n_in_article: int
    start: int
    end: int
    text: str
    entities: frozenset[str]
    named: bool
    numbers: list[Quantity]
    dates: frozenset[str]
    has_quote: bool
    words: frozenset[str] = frozenset()
    quantities: tuple = ()  # the article's records.Quantity inside the sentence
    negated: bool = False


def _sentence_spans(article: Article) -> list[tuple[int, int]]:
    body = article.body or ""
    spans: list[tuple[int, int]] = []
    for item in article.sentences or []:
        try:
            s, e = int(item[0]), int(item[1])
        except (TypeError, ValueError, IndexError):
            continue
        s, e = max(0, s), min(len(body), e)
        if e > s:
            spans.append((s, e))
    if not spans and body.strip():
        spans = [
            (m.start(), m.end()) for m in _FALLBACK_SENT_RE.finditer(body) if m.group().strip()
        ]
    return sorted(set(spans))


def _entity_key(mention) -> str:
    if getattr(mention, "entity_id", None):
        return "e:" + mention.entity_id
    if getattr(mention, "canonical", None):
        return "c:" + clean_text(mention.canonical).lower()
    return "t:" + clean_text(mention.text or "").lower()


def _build_sentences(articles: list[Article]) -> list[_Sent]:
    sents: list[_Sent] = []
    for art in articles:
        spans = _sentence_spans(art)
        body = art.body or ""
        mentions = [m for m in (art.mentions or []) if m is not None]
        times = [t for t in (art.times or []) if t is not None]
        quotes = [q for q in (art.quotes or []) if q is not None]
        time_spans = [(t.start, t.end) for t in times]
        for order, (s, e) in enumerate(spans):
            text = clean_text(body[s:e])
            if not text:
                continue
            ents = set()
            named = False
            for m in mentions:
                if m.start < e and s < m.end:
                    ents.add(_entity_key(m))
                    if (m.label or "").upper() in NAMED_LABELS:
                        named = True
            dates = frozenset(t.date for t in times if t.date and s <= t.start < e)
            has_quote = any(q.start < e and s < q.end for q in quotes)
            nums = extract_numbers(body[s:e], time_spans, offset=s)
            qtys = tuple(q for q in (art.quantities or []) if q is not None and s <= q.start < e)
            sents.append(
                _Sent(
                    idx=len(sents),
                    article=art,
                    order=order,
                    n_in_article=len(spans),
                    start=s,
                    end=e,
                    text=text,
                    entities=frozenset(ents),
                    named=named,
                    numbers=nums,
                    dates=dates,
                    has_quote=has_quote,
                    words=frozenset(stem(w) for w in _content_words(text)),
                    quantities=qtys,
                    negated=bool(_NEGATION_RE.search(text)),
                )
            )
    return sents


#: Sentences per block of the similarity product (bounds its memory).
SIMILARITY_BLOCK = 512
#: A story of more articles than this compares each article's sentences with those of
#: the COMPARE_WINDOW // 2 articles published before it and after it (ties by id), not
#: with every article's: the work then grows with the story, not with its square. A
#: smaller story compares every pair, as before.
COMPARE_WINDOW = 120


def _window_ranks(sents: list[_Sent]) -> dict[str, int] | None:
    """Each article's place in the story's order of publication (undated first, ties by
    id), when the story is too large to compare every pair (see COMPARE_WINDOW); else
    ``None``."""
    articles = {s.article.id: s.article for s in sents}
    if len(articles) <= COMPARE_WINDOW:
        return None
    order = sorted(articles.values(), key=lambda a: (a.published or "", a.id))
    return {a.id: rank for rank, a in enumerate(order)}


def _in_window(ranks: dict[str, int] | None, a: _Sent, b: _Sent) -> bool:
    return ranks is None or abs(ranks[a.article.id] - ranks[b.article.id]) <= COMPARE_WINDOW // 2


def _similarity(sents: list[_Sent]) -> dict[tuple[int, int], float]:
    """Cosine similarity (i < j) of sentence pairs above ``MIN_COSINE * 0.5`` (in a
    large story, only of pairs within the window: see COMPARE_WINDOW)."""
    if len(sents) < 2:
        return {}
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer

        vec = TfidfVectorizer(
            lowercase=True,
            stop_words="english",
            token_pattern=r"(?u)\b[^\W\d_][^\W\d_]+\b",
            sublinear_tf=True,
        )
        matrix = vec.fit_transform([s.text for s in sents])
    except ValueError:  # empty vocabulary: nothing but stop words / numbers
        return {}
    return _blocked_similarity(matrix, MIN_COSINE * 0.5, _window_ranks(sents), sents)


def _blocked_similarity(matrix, floor: float, ranks: dict[str, int] | None, sents):  # noqa: ANN001
    """The pairs (i < j) of rows of ``matrix`` (the TF-IDF rows of ``sents``) whose
    product is at least ``floor``, computed in row blocks and filtered before anything
    is turned into Python objects: the full product of a story of 500 articles (16k
    sentences sharing common words) is nearly dense and took gigabytes at once.

    With ``ranks`` (a large story, see COMPARE_WINDOW), the sentences are sorted by
    their article's rank and each block is multiplied only with the sentences of
    articles within the window after it, so every pair within the window is computed
    once, by its earlier side."""
    import numpy as np

    n = matrix.shape[0]
    if ranks is None:
        original = np.arange(n)
        rank_of = np.zeros(n, dtype=np.int64)  # one window holds every sentence
        half = 0
        ordered = matrix
    else:
        half = COMPARE_WINDOW // 2
        perm = sorted(range(n), key=lambda i: (ranks[sents[i].article.id], i))
        rank_of = np.array([ranks[sents[i].article.id] for i in perm])
        original = np.array(perm)
        ordered = matrix[original]
    sims: dict[tuple[int, int], float] = {}
    for start in range(0, n, SIMILARITY_BLOCK):
        stop = min(n, start + SIMILARITY_BLOCK)
        # Columns: this block's sentences onwards, up to the last article in the window.
        end = int(np.searchsorted(rank_of, rank_of[stop - 1] + half, side="right"))
        prod = (ordered[start:stop] @ ordered[start:end].T).tocoo()
        rows, cols = prod.row + start, prod.col + start
        keep = (rows < cols) & (prod.data >= floor) & (rank_of[cols] - rank_of[rows] <= half)
        left, right = original[rows[keep]], original[cols[keep]]
        for i, j, v in zip(
            np.minimum(left, right).tolist(),
            np.maximum(left, right).tolist(),
            prod.data[keep].tolist(),
            strict=True,
        ):
            sims[(i, j)] = round(float(v), 9)
    return sims


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


# --------------------------------------------------------------------------
# Facts
# --------------------------------------------------------------------------


_NEGATION_RE = re.compile(r"\b(?:not|never|no|n['’]t|denied|denies|deny|refused|refuses)\b", re.I)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix stem, so 'talks'/'talked'/'talking' compare equal (memoised: a
    story's words recur, and the phrase finder asks once per word written)."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _measured_key(text: str | None) -> frozenset[str]:
    return frozenset(stem(w) for w in _content_words(text or ""))


def quantities_conflict(qs, rs) -> bool:
    """Two sentences give different values of one measured thing in one unit
    (enrich's quantities: "about 2 million tons" of aluminum vs "1.5 million
    tons" of aluminum). Approximate values within 10% of each other agree."""
    for q in qs:
        for r in rs:
            if (q.unit or "") != (r.unit or ""):
                continue
            mq, mr = _measured_key(q.measured), _measured_key(r.measured)
            if not mq or not mr or not (mq & mr):
                continue
            if q.value == r.value:
                continue
            if q.approx or r.approx:
                hi = max(abs(q.value), abs(r.value)) or 1.0
                if abs(q.value - r.value) / hi <= 0.1:
                    continue
            return True
    return False


def _pair_conflict(a: _Sent, b: _Sent) -> bool:
    if dates_conflict(a.dates, b.dates):
        return True
    if a.quantities and b.quantities:
        # enrich read unit and measured thing: its judgement (with the
        # tolerance for "about") replaces the raw number comparison.
        return quantities_conflict(a.quantities, b.quantities)
    return numbers_conflict(a.numbers, b.numbers)


def _contradicts(a: _Sent, b: _Sent, cos: float) -> bool:
    """Nearly the same words, one side negated: "X will attend" / "X will not attend"."""
    return a.negated != b.negated and cos >= NEGATION_COSINE


def _overlap_ok(a: _Sent, b: _Sent, cos: float) -> bool:
    if cos >= STRONG_COSINE:
        return True
    shared = len(a.words & b.words)
    small = min(len(a.words), len(b.words)) or 1
    return shared >= MIN_SHARED_WORDS and shared / small >= MIN_OVERLAP


def _align(sents: list[_Sent], sims: dict[tuple[int, int], float]):
    """Cluster sentences (at most one per article) by pair score."""
    scores: dict[tuple[int, int], float] = {}
    for (i, j), cos in sims.items():
        a, b = sents[i], sents[j]
        if a.article.id == b.article.id or cos < MIN_COSINE:
            continue
        if not _overlap_ok(a, b, cos):
            continue
        score = cos + 0.15 * _jaccard(a.entities, b.entities)
        if {q.value for q in a.numbers} & {q.value for q in b.numbers}:
            score += 0.1
        if a.dates & b.dates:
            score += 0.1
        if _pair_conflict(a, b) and cos < CONFLICT_COSINE:
            continue
        if score >= ALIGN_SCORE:
            scores[(i, j)] = score
    uf = _UnionFind(len(sents))
    members: dict[int, set[str]] = {s.idx: {s.article.id} for s in sents}
    for (i, j), _score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or members[ri] & members[rj]:
            continue
        root = uf.union(ri, rj)
        other = rj if root == ri else ri
        members[root] = members[ri] | members[rj]
        members.pop(other, None)
    clusters: dict[int, list[_Sent]] = defaultdict(list)
    for s in sents:
        clusters[uf.find(s.idx)].append(s)
    return list(clusters.values()), scores


def _has_signal(s: _Sent) -> bool:
    return s.named or bool(s.numbers) or bool(s.dates) or s.has_quote


def _pair_score(scores, sims, a: _Sent, b: _Sent) -> float:
    key = (a.idx, b.idx) if a.idx < b.idx else (b.idx, a.idx)
    return scores.get(key, sims.get(key, 0.0))


_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")


def _ends_like_sentence(text: str) -> bool:
    return bool(_SENTENCE_END_RE.search(text))


def _build_facts(story: Story, sents, clusters, scores, sims, by_id) -> list[Fact]:
    ranked: list[tuple[tuple, Fact]] = []
    for cluster in clusters:
        cluster = sorted(cluster, key=lambda s: (s.article.id, s.start))
        if not any(_has_signal(s) for s in cluster):
            continue
        if all(len(s.text.split()) < 4 for s in cluster):
            continue
        # Subheadings and captions are not claims: a claim ends like a sentence.
        if not any(_ends_like_sentence(s.text) for s in cluster):
            continue

        # Anchor: the sentence agreeing with most others, then most central.
        def differs(a: _Sent, b: _Sent) -> bool:
            key = (a.idx, b.idx) if a.idx < b.idx else (b.idx, a.idx)
            return _pair_conflict(a, b) or _contradicts(a, b, sims.get(key, 0.0))

        def anchor_key(s: _Sent, cluster=cluster):
            agree = sum(1 for t in cluster if t is not s and not differs(s, t))
            central = sum(_pair_score(scores, sims, s, t) for t in cluster if t is not s)
            return (-agree, -round(central, 6), s.order / max(1, s.n_in_article), s.article.id)

        anchor = min(cluster, key=anchor_key)
        agreeing = [s for s in cluster if s is anchor or not differs(anchor, s)]
        disagreeing = [s for s in cluster if s is not anchor and differs(anchor, s)]
        statement = anchor.text
        article_ids = sorted({s.article.id for s in agreeing})
        conflicts: list[Conflict] = []
        # Group disagreeing sentences by what they say (their values/dates).
        groups: dict[tuple, list[_Sent]] = defaultdict(list)
        for s in disagreeing:
            sig = (
                tuple(sorted({q.value for q in s.numbers})),
                tuple(sorted(s.dates)),
                s.negated,
            )
            groups[sig].append(s)
        for sig in sorted(groups):
            group = sorted(groups[sig], key=lambda s: (s.article.id, s.start))
            conflicts.append(
                Conflict(
                    article_ids=sorted({s.article.id for s in group}),
                    statement=group[0].text,
                )
            )
        coverage = len({source_key(by_id[a], by_id) for a in article_ids})
        # How many outlets speak about this at all (agreeing or not).
        reach = len({source_key(s.article, by_id) for s in cluster})
        position = min(s.order / max(1, s.n_in_article) for s in cluster)
        fact = Fact(
            id=content_id(story.id, statement),
            story_id=story.id,
            statement=statement,
            article_ids=article_ids,
            conflicts=conflicts,
            spans=[[s.article.id, s.start, s.end] for s in cluster],
        )
        key = (-reach, round(position, 3), -coverage, -len(article_ids), statement)
        ranked.append((key, fact))
    ranked.sort(key=lambda kv: kv[0])
    out: list[Fact] = []
    seen: dict[str, Fact] = {}
    for _key, fact in ranked:
        if fact.id in seen:  # the same sentence twice (e.g. repeated in one article)
            prev = seen[fact.id]
            prev.article_ids = sorted(set(prev.article_ids) | set(fact.article_ids))
            prev.spans = sorted(prev.spans + fact.spans)
            continue
        seen[fact.id] = fact
        out.append(fact)
        if len(out) >= MAX_FACTS:
            break
    return out


# --------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------


_CLAUSE_BREAK_RE = re.compile(r"[,;:]\s+|\s+[—–-]{1,2}\s+")
_INTRO_RE = re.compile(
    r"^(?:on|in|at|after|before|during|earlier|later|last|since|by|until|from|"
    r"this|that|late|early|[A-Za-z]+ing)\b",
    re.IGNORECASE,
)


def _clause(body: str, s: int, e: int, at: int) -> tuple[int, int]:
    """The clause of sentence ``body[s:e]`` holding offset ``at``.

    Clauses are split at commas, semicolons, colons and dashes; a clause of
    fewer than six words, or an introductory phrase ("On Tuesday, ...",
    "Speaking on Monday, ..."), takes in the clause that follows it.
    """
    text = body[s:e]
    cuts = [(m.start(), m.end()) for m in _CLAUSE_BREAK_RE.finditer(text)]
    bounds: list[tuple[int, int]] = []
    prev = 0
    for a, b in cuts:
        bounds.append((prev, a))
        prev = b
    bounds.append((prev, len(text)))
    rel = at - s
    k = next((i for i, (a, b) in enumerate(bounds) if a <= rel < b + 2), len(bounds) - 1)
    lo, hi = k, k
    while True:
        a, b = bounds[lo][0], bounds[hi][1]
        words = len(text[a:b].split())
        intro = lo == 0 and hi < len(bounds) - 1 and bool(_INTRO_RE.match(text[a:b].strip()))
        if words >= 6 and not intro:
            break
        if hi < len(bounds) - 1:
            hi += 1
        elif lo > 0:
            lo -= 1
        else:
            break
    a, b = bounds[lo][0], bounds[hi][1]
    clause = text[a:b]
    lead = len(clause) - len(clause.lstrip())
    return s + a + lead, s + a + len(clause.rstrip())


#: Labels of the mentions that take part in an event, and of the places it is in.
_PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPOSITION_RE = re.compile(r"\b(?:in|at|near|outside|inside|from)\s+(?:the\s+)?$", re.I)
MAX_PARTICIPANTS = 6


def _event_roles(clauses: list[tuple[Article, int, int]]) -> tuple[list[str], str | None]:
    """Participants and place of an event from its clauses (representative
    first): names acting in the clauses, by how many clauses name them, and
    the place most clauses put it "in"/"at"."""
    votes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    places: Counter[str] = Counter()
    for n, (art, cs, ce) in enumerate(clauses):
        body = art.body or ""
        seen: dict[str, None] = {}  # in the order they are named (a set's is the hash's)
        in_place: set[str] = set()
        for m in art.mentions or []:
            if m is None or not (cs <= m.start < ce):
                continue
            name = clean_text(m.canonical or m.text or "")
            label = (m.label or "").upper()
            if not name:
                continue
            before = body[max(cs, m.start - 12) : m.start]
            if label in _PLACE_LABELS and _PLACE_PREPOSITION_RE.search(before):
                in_place.add(name)
            elif label in _PARTICIPANT_LABELS:
                seen[name] = None
        for name in seen:
            votes[name] += 1
            first_seen.setdefault(name, n * 10_000 + len(first_seen))
        for name in in_place:
            places[name] += 1
    participants = sorted(votes, key=lambda k: (-votes[k], first_seen[k], k))[:MAX_PARTICIPANTS]
    place = min(places, key=lambda k: (-places[k], k)) if places else None
    return participants, place


def _refine_relative_months(
    cands: dict[tuple[str, int], tuple[bool, int, int]], sents: list[_Sent], sims
) -> None:
    """A clause dated only to the month by a relative expression ("last
    week" -> 2025-02) takes the day another article gives the same event
    ("Feb. 18"): the day must fall in that month, in a clause of another
    article this close in wording (the event's most similar such clause wins)."""
    days = [(d, i) for (d, i) in cands if len(d) == 10]
    for (date, idx), (explicit, cs, ce) in sorted(cands.items()):
        if explicit or len(date) != 7:
            continue
        best: tuple[float, str] | None = None
        for day, j in days:
            a, b = sents[idx], sents[j]
            if not day.startswith(date) or a.article.id == b.article.id:
                continue
            cos = sims.get((min(idx, j), max(idx, j)), 0.0)
            if cos >= EVENT_COSINE or (a.entities & b.entities and cos >= EVENT_COSINE / 2):
                if best is None or (cos, day) > best:
                    best = (cos, day)
        if best is None:
            continue
        del cands[(date, idx)]
        key = (best[1], idx)
        if key in cands:
            ex, ps, pe = cands[key]
            cands[key] = (ex, min(ps, cs), max(pe, ce))
        else:
            cands[key] = (False, cs, ce)


def _build_events(story: Story, sents: list[_Sent], sims) -> list[Event]:
    by_article: dict[str, list[_Sent]] = defaultdict(list)
    for s in sents:
        by_article[s.article.id].append(s)
    # (date, sentence) candidates, each once: whether the date was explicit
    # somewhere, and the clause (span) the date sits in.
    cands: dict[tuple[str, int], tuple[bool, int, int]] = {}
    for aid in sorted(by_article):
        art = by_article[aid][0].article
        body = art.body or ""
        # A page's date line or a comment's time stamp dates no event.
        for tm in sorted(
            event_times(body, (t for t in (art.times or []) if t is not None)),
            key=lambda t: (t.start, t.end, t.date),
        ):
            for s in by_article[aid]:
                if s.start <= tm.start < s.end:
                    key = (str(tm.date), s.idx)
                    cs, ce = _clause(body, s.start, s.end, tm.start)
                    if key in cands:
                        ex, ps, pe = cands[key]
                        cands[key] = (ex or not tm.relative, min(ps, cs), max(pe, ce))
                    else:
                        cands[key] = (not tm.relative, cs, ce)
                    break

    _refine_relative_months(cands, sents, sims)

    def text_of(date: str, s: _Sent) -> str:
        _ex, cs, ce = cands[(date, s.idx)]
        text = clean_text((s.article.body or "")[cs:ce]).rstrip(",;:")
        if ce >= s.end - 2 or not text:
            return s.text
        return text

    def numbers_of(date: str, s: _Sent) -> list[Quantity]:
        _ex, cs, ce = cands[(date, s.idx)]
        return [q for q in s.numbers if cs <= q.start < ce]

    by_date: dict[str, list[int]] = defaultdict(list)
    for date, idx in sorted(cands):
        by_date[date].append(idx)
    events: list[tuple[tuple, Event]] = []
    for date in sorted(by_date):
        idxs = by_date[date]
        pairs: list[tuple[float, int, int]] = []
        for x in range(len(idxs)):
            for y in range(x + 1, len(idxs)):
                a, b = sents[idxs[x]], sents[idxs[y]]
                key = (a.idx, b.idx) if a.idx < b.idx else (b.idx, a.idx)
                cos = sims.get(key, 0.0)
                shared = a.entities & b.entities
                if cos >= EVENT_COSINE or (shared and cos >= EVENT_COSINE / 2):
                    pairs.append((cos, x, y))
        # Strongest links first; never put clauses that disagree on a number
        # into one event (the event's text must hold for every cited article).
        uf = _UnionFind(len(idxs))
        groups_of: dict[int, list[_Sent]] = {x: [sents[idx]] for x, idx in enumerate(idxs)}
        for _cos, x, y in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            rx, ry = uf.find(x), uf.find(y)
            if rx == ry:
                continue
            if any(
                numbers_conflict(numbers_of(date, a), numbers_of(date, b))
                for a in groups_of[rx]
                for b in groups_of[ry]
            ):
                continue
            root = uf.union(rx, ry)
            other = ry if root == rx else rx
            groups_of[root] = groups_of[rx] + groups_of[ry]
            groups_of.pop(other, None)
        groups: dict[int, list[_Sent]] = defaultdict(list)
        for x, idx in enumerate(idxs):
            groups[uf.find(x)].append(sents[idx])
        for group in groups.values():

            def rep_key(s: _Sent, group=group, date=date):
                central = sum(
                    sims.get((min(s.idx, t.idx), max(s.idx, t.idx)), 0.0)
                    for t in group
                    if t is not s
                )
                return (
                    -round(central, 3),
                    0 if cands[(date, s.idx)][0] else 1,
                    numbers_of(date, s) != [],
                    s.article.id,
                    s.start,
                )

            rep = min(group, key=rep_key)
            text = text_of(date, rep)
            article_ids = sorted({s.article.id for s in group})
            participants, place = _event_roles(
                [(s.article, *cands[(date, s.idx)][1:]) for s in sorted(group, key=rep_key)]
            )
            ev = Event(
                id=content_id(story.id, date, text),
                story_id=story.id,
                date=date,
                text=text,
                article_ids=article_ids,
                participants=participants,
                place=place,
            )
            events.append(((-len(article_ids), date, text), ev))
    events.sort(key=lambda kv: kv[0])
    kept: dict[str, Event] = {}
    for _key, ev in events:
        if ev.id in kept:
            prev = kept[ev.id]
            prev.article_ids = sorted(set(prev.article_ids) | set(ev.article_ids))
            continue
        kept[ev.id] = ev
        if len(kept) >= MAX_EVENTS:
            break
    return sorted(kept.values(), key=lambda e: (e.date, -len(e.article_ids), e.text))


# --------------------------------------------------------------------------
# Framing
# --------------------------------------------------------------------------

_POSSESSIVE_RE = re.compile(r"['’]s?$")
_DEMONYM_SUFFIXES = tuple("n an ian ns ans ians ese i is ish ic s es ity".split())


_LEADING_THE_RE = re.compile(r"^(?:the|The|THE)\s+")
#: A conjunction opening a sentence that the entity recogniser took into a name ("But
#: Obama said ...", "And Reid"): not part of how the outlet names anyone.
_LEADING_CONJUNCTION_RE = re.compile(r"^(?:But|And|Yet|Then|BUT|AND)\s+(?=\S)")
_PUNCTUATION_RE = re.compile(r"[^\w\s]")


# Both are asked of every mention of every article in the corpus framing, and one
# corpus names the same few thousand names over and over.
@lru_cache(maxsize=1 << 16)
def _surface(text: str) -> str:
    text = clean_text(text)
    text = _LEADING_CONJUNCTION_RE.sub("", text)
    text = _LEADING_THE_RE.sub("", text)
    return _POSSESSIVE_RE.sub("", text).strip()


@lru_cache(maxsize=1 << 16)
def _term_key(text: str) -> str:
    """Lower case, punctuation dropped: "U.S." -> "us", "Kyiv's" -> "kyiv"."""
    text = _surface(text).lower()
    text = _PUNCTUATION_RE.sub("", text)
    return clean_text(text.replace("_", " "))


@lru_cache(maxsize=1 << 16)
def _skeleton(word: str) -> str:
    """Consonant skeleton, doubled letters collapsed: "zelenskyy" -> "zlnsk"."""
    body = re.sub(r"[aeiouy]", "", word[1:])
    body = re.sub(r"(.)\1+", r"\1", body)
    return word[:1] + body


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _derived(short: str, long: str) -> bool:
    """ "russia"/"russian", "ukraine"/"ukrainian": a word and its derivative."""
    for stem in (short, short[:-1] if short[-1:] in "aeo" else short):
        if len(stem) >= 3 and long.startswith(stem) and long[len(stem) :] in _DEMONYM_SUFFIXES:
            return True
    return False


def spelling_variants(a: str, b: str) -> bool:
    """Two words that are transliteration/spelling variants of one name.

    "kiev"/"kyiv", "zelensky"/"zelenskyy", "kharkov"/"kharkiv" -- but not
    "iran"/"iraq" (different consonants) or "russia"/"russian" (derivation).
    """
    if a == b or len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    if not (a.isalpha() and b.isalpha()):
        return False
    short, long = sorted((a, b), key=lambda w: (len(w), w))
    if _derived(short, long):
        return False
    # The skeletons must agree, or differ by one edit: asked first, as most pairs of
    # names fail here and it costs far less than the ratio.
    ska, skb = _skeleton(a), _skeleton(b)
    if ska != skb and (
        min(len(ska), len(skb)) < 4 or abs(len(ska) - len(skb)) > 1 or _edit_distance(ska, skb) > 1
    ):
        return False
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    if ratio < 0.75 and _edit_distance(a, b) > 2:
        return False
    return ska == skb or ratio >= 0.8


def _variant_blocks(key: str) -> set[tuple[str, str]]:
    """Buckets that any spelling variant of ``key`` (see :func:`_keys_spelling_variants`)
    shares with it: as many words with the same first letters, and a last word whose
    skeleton is the same or one edit away, so that the two skeletons have one of their
    one-letter deletions (or themselves) in common."""
    words = key.split()
    if not words:
        return set()
    initials = " ".join(word[0] for word in words)
    skeleton = _skeleton(words[-1])
    return {(initials, skeleton)} | {
        (initials, skeleton[:i] + skeleton[i + 1 :]) for i in range(len(skeleton))
    }


def _keys_spelling_variants(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or a == b:
        return False
    diff = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    return bool(diff) and all(spelling_variants(x, y) for x, y in diff)


_VOWEL_RE = re.compile(r"[aeiouy]")
#: A consonant skeleton this short is shared by many names ("rms": Rams, Ramos, Ramsey).
SHORT_SKELETON = 3


#: Consonants that transliterations and spellings of one name swap ("Luhansk"/"Lugansk",
#: "Defence"/"Defense", "Kazakh"/"Qazaq"); any other swap makes another word
#: ("African"/"American").
_SOUND_ALIKE = frozenset(
    frozenset(pair) for pair in ("gh", "ck", "cq", "kq", "cs", "sz", "vw", "dt", "bp", "jg")
)


def _swapped_consonants_sound_alike(skx: str, sky: str) -> bool:
    """False when two consonant skeletons differ in one consonant, in the same place,
    and the two do not sound alike."""
    if len(skx) != len(sky):
        return True
    swaps = [frozenset((p, q)) for p, q in zip(skx, sky, strict=True) if p != q]
    return len(swaps) != 1 or swaps[0] in _SOUND_ALIKE


def _one_name_spelled(a: str, b: str, meet: bool) -> bool:
    """:func:`_keys_spelling_variants`, for keys of names that no entity links, with what
    tells two names from two spellings of one: every word that differs holds a vowel (a
    ticker such as "MRVL" is no spelling of "Marvel"), and where the two were never
    written in one story (``meet`` false), a word with a short consonant skeleton
    differs only in vowels of the same count and keeps its last letter ("Kiev"/"Kyiv";
    not "Rams"/"Ramos", "Paul"/"Paula", "China"/"Chino", "Hiller"/"Hillary")."""
    if not _keys_spelling_variants(a, b):
        return False
    for x, y in zip(a.split(), b.split(), strict=True):
        if x == y:
            continue
        if not (_VOWEL_RE.search(x) and _VOWEL_RE.search(y)):
            return False
        skx, sky = _skeleton(x), _skeleton(y)
        if not _swapped_consonants_sound_alike(skx, sky):
            return False
        short = min(len(skx), len(sky)) <= SHORT_SKELETON
        if not meet and short and (len(x) != len(y) or x[-1] != y[-1]):
            return False
    return True


def _same_class(a: str, b: str) -> bool:
    """Two keys that are the same wording for framing purposes.

    Partial names ("putin" in "vladimir putin") and acronyms ("us" for
    "united states") are not a choice of words worth reporting.
    """
    ta, tb = a.split(), b.split()
    if set(ta) <= set(tb) or set(tb) <= set(ta):
        return True
    for short, long in ((ta, tb), (tb, ta)):
        if len(short) == 1 and len(long) >= 2:
            initials = "".join(w[0] for w in long if w)
            if short[0] == initials:
                return True
    return False


def _build_framing(
    story: Story,
    articles: list[Article],
    sents: list[_Sent] | None = None,
    clusters: list[list[_Sent]] | None = None,
    sims: dict[tuple[int, int], float] | None = None,
) -> list[Framing]:
    rows = _entity_framing(story, lambda: articles)
    have = {_term_key(v.term) for r in rows for v in r.variants}
    for row in _label_framing(story, articles, sents or [], clusters or [], sims):
        if len({_term_key(v.term) for v in row.variants} - have) >= 1:
            rows.append(row)
            have |= {_term_key(v.term) for v in row.variants}
    for row in _modifier_framing(story, articles):
        if len({_term_key(v.term) for v in row.variants} - have) >= 2:
            rows.append(row)
    rows.sort(key=lambda f: (f.referent, [v.term for v in f.variants]))
    return rows


# -- one head noun, different modifiers --------------------------------------

#: Words opening a noun phrase: a determiner, a possessive or a preposition
#: right before the modifiers ("the Russia investigation", "into the ...").
_NP_OPENERS = frozenset(
    """the a an this these those its his her their our of in on into for
    with against from by about over""".split()
)
_DETERMINERS = frozenset("the a an this these those its his her their our".split())
#: Modifiers that count or order rather than name ("last year", "other
#: countries"): a phrase made of these and its head is not a label.
_GENERIC_MODIFIERS = frozenset(
    """other another last next recent coming first second third few many several
    both each such same own further additional possible new one two three four
    five previous current former latest early late earlier later any every all
    most much more less what which""".split()
)
_AUX = frozenset(
    "said says is was are were has have had will would could can may might be been".split()
)
#: Words after which a verb comes ("to impose", "he said"): the words seen
#: there are not read as modifiers of a noun.
_VERB_CUES = frozenset(
    """to will would can could should may might must did does do not he she they
    we it who i""".split()
)
#: Kinds of names among a phrase's modifiers: two phrases whose modifiers
#: name two different things of one kind name two different things.
_MODIFIER_KIND = {
    "GPE": "PLACE",
    "LOC": "PLACE",
    "NORP": "PLACE",
    "PERSON": "PERSON",
    "ORG": "ORG",
}
#: Words that never open a noun phrase's modifiers: question words and
#: contractions that look like possessives.
_NOT_MODIFIERS = frozenset(
    """how why where when what who whom whose which it's it’s he's he’s she's she’s
    that's that’s there's there’s what's what’s who's who’s here's here’s let's let’s""".split()
)
#: Endings of nouns: a word ending so heads a phrase even when the story
#: never puts it right after a determiner ("federal investigators").
_NOUN_SUFFIXES = (
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ness",
    "ity",
    "ance",
    "ence",
    "ers",
    "ors",
    "ists",
)
#: Most variants kept per head noun.
MAX_MODIFIER_VARIANTS = 6
#: A head noun is a referent of the story when this many articles use it.
MIN_HEAD_ARTICLES = 3
_POSSESSIVE_TOKEN_RE = re.compile(r"^[A-Z][\w-]*['’]s$")


def _same_wording(a: str, b: str) -> bool:
    """Two keys equal but for a word's derivation or spelling ("russia
    election" / "russian election")."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    for x, y in zip(ta, tb, strict=True):
        if x != y and not (
            _derived(*sorted((x, y), key=lambda w: (len(w), w))) or spelling_variants(x, y)
        ):
            return False
    return True


#: Nouns that, followed by "of", say how much of something ("a great deal of time"):
#: their modifiers are no wording of a thing.
_QUANTITY_HEADS = frozenset("deal number amount lot bit couple handful host variety".split())


def _modifier_framing(story: Story, articles: list[Article]) -> list[Framing]:
    """Noun phrases of one head noun that the outlets modify differently:
    "the Russia investigation" / "Mueller's investigation" / "the special
    counsel investigation", "mass protests" / "widespread protests".

    The head must be a noun of the story (seen after a determiner) and close
    its phrase; the modifiers must follow a determiner, a preposition or a
    possessive name. Phrases whose place modifiers disagree ("Russian
    officials" / "American officials") name different things: only the
    phrases of the head's most used place (or none) are kept.
    """
    tokens: dict[str, list[tuple[str, int, int]]] = {}
    nounish: set[str] = set()
    nouns: set[str] = set()
    final: Counter = Counter()  # word -> uses closing a phrase
    after_cue: set[str] = set()  # words seen right after "to", "will", "he" ...
    used: Counter = Counter()
    head_arts: dict[str, set[str]] = defaultdict(set)
    for art in articles:
        body = art.body or ""
        toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(body)]
        tokens[art.id] = toks
        for n, ((a, _s, ae), (b, bs, be)) in enumerate(zip(toks, toks[1:], strict=False)):
            if a.lower() in _DETERMINERS and not body[ae:bs].strip():
                nounish.add(b.lower())
                # "the tariff." -- a noun alone after a determiner, not an
                # adjective ("the permanent exemption")
                nxt = toks[n + 2] if n + 2 < len(toks) else None
                if nxt is None or body[be : nxt[1]].strip() or nxt[0].lower() in _STOP:
                    nouns.add(b.lower())
        for n, (a, _s, ae) in enumerate(toks):
            la = a.lower()
            used[la] += 1
            head_arts[stem(la)].add(art.id)
            if n + 1 == len(toks):
                final[la] += 1
                continue
            b, bs, _e = toks[n + 1]
            lb = b.lower()
            if lb in ("and", "or") and not body[ae:bs].strip():
                continue  # "steel and aluminum tariffs": maybe a modifier
            if body[ae:bs].strip() or lb in _STOP or lb in _AUX or lb in _NP_OPENERS:
                final[la] += 1
            if la in _VERB_CUES and not body[ae:bs].strip():
                after_cue.add(lb)
    # A word after "to", "will", "he" ... and never after a determiner is a verb.
    verbish = {stem(w) for w in after_cue if w not in nounish}
    ents: dict[str, list[tuple[int, int, str, str]]] = {
        art.id: [
            (
                m.start,
                m.end,
                _MODIFIER_KIND[(m.label or "").upper()],
                _term_key(m.canonical or m.text or ""),
            )
            for m in art.mentions or []
            if m is not None and (m.label or "").upper() in _MODIFIER_KIND
        ]
        for art in articles
    }
    # head stem -> term key -> [surface Counter, article ids, place key]
    found: dict[str, dict[str, list]] = defaultdict(dict)
    heads: dict[str, Counter] = defaultdict(Counter)
    for art in articles:
        body = art.body or ""
        toks = tokens[art.id]
        times = [(t.start, t.end) for t in art.times or [] if t is not None]
        for i, (w, ws, we) in enumerate(toks):
            lw = w.lower()
            if (
                not w[:1].islower()
                or len(lw) < 4
                or lw in _STOP
                or lw in _AUX
                or (lw not in nounish and not (lw.endswith(_NOUN_SUFFIXES) and lw not in verbish))
                or "'" in lw
                or "’" in lw
                or final[lw] < 0.5 * used[lw]  # mostly a modifier ("steel tariffs")
                or lw.endswith("ed")
                or len(head_arts[stem(lw)]) < MIN_HEAD_ARTICLES
            ):
                continue
            if i + 1 < len(toks):
                nxt, ns, _ne = toks[i + 1]
                gap = body[we:ns]
                if not gap.strip() and nxt[:1].islower() and nxt.lower() in nounish:
                    continue  # "steel" in "steel tariffs" is not the head
                if lw in _QUANTITY_HEADS and nxt == "of" and not gap.strip():
                    continue  # "a great deal of", "a large number of": an amount, not a thing
            mods: list[tuple[str, int]] = []
            j = i - 1
            opened = ""
            while j >= 0 and len(mods) < 3:
                x, xs, xe = toks[j]
                if body[xe : toks[j + 1][1]].strip():
                    break  # punctuation between: the phrase starts after it
                lx = x.lower()
                if lx in _NP_OPENERS:
                    opened = lx
                    break
                if x[:1].islower() and (lx.endswith("ly") or stem(lx) in verbish):
                    break  # an adverb or a verb: "secretly paying", "reflect"
                if lx in _NOT_MODIFIERS or any(ts < xe and xs < te for ts, te in times):
                    break  # "how federal laws", "It's time", "Tuesday's indictment"
                if mods and x[:1].islower() and lx.endswith("ing") and lx not in nounish:
                    break  # "Tuesday regarding emails"
                if lx in _STOP or lx in _AUX or any(ch.isdigit() for ch in x):
                    break
                mods.insert(0, (x, xs))
                if _POSSESSIVE_TOKEN_RE.match(x):
                    opened = "'s"  # "Mueller's investigation"
                    break
                j -= 1
            if not mods or not opened:
                continue
            if opened not in _DETERMINERS and opened != "'s" and mods[0][0].endswith("ing"):
                continue  # a gerund and its object: "of developing nuclear weapons"
            if all(x.lower() in _GENERIC_MODIFIERS for x, _ in mods):
                continue
            while mods and mods[0][0].lower() in _GENERIC_MODIFIERS:
                mods.pop(0)
            if any(x.lower() in _GENERIC_MODIFIERS for x, _ in mods):
                continue  # "the state last week": two phrases, not one
            if any(
                x[:1].islower()
                and x.lower() not in nounish
                and (x.lower().endswith("s") and not x.lower().endswith(("ss", "us", "is")))
                for x, _ in mods
            ):
                continue  # a verb: "prevents cuts", "fights arrest"
            if opened not in _DETERMINERS and opened != "'s" and mods[0][0].endswith("ed"):
                continue  # "of received subpoenas"
            start = mods[0][1]
            term = clean_text(body[start:we])
            key = " ".join(stem(w) for w in _term_key(re.sub(r"['’]s\b", "", term)).split())
            named = {(kind, ek) for es, ee, kind, ek in ents[art.id] if start <= es and ee <= ws}
            # Lower-case nouns among the modifiers name a kind of the head
            # ("immigration bill", "spending bill"): another kind, another thing.
            kinds = sorted(
                stem(x.lower()) for x, _ in mods if x[:1].islower() and x.lower() in nouns
            )
            if kinds:
                named.add(("NOUN", " ".join(kinds)))
            named = frozenset(named)
            slot = found[stem(lw)].setdefault(key, [Counter(), set(), named])
            slot[0][term] += 1
            slot[1].add(art.id)
            heads[stem(lw)][lw] += 1
    by_id = {a.id: a for a in articles}
    out: list[Framing] = []
    for head, variants in sorted(found.items()):
        if len(variants) < 2:
            continue
        if not any(w in nounish for w in heads[head]) and (
            len(set().union(*(aids for _c, aids, _n in variants.values()))) < 2
        ):
            continue  # a head never after a determiner: closing phrases of two articles
        # The most used person and place among the modifiers; a phrase naming
        # another person or place of the same kind names another thing
        # ("Obama administration" beside "Trump administration").
        main: dict[str, str] = {}
        for kind in ("PERSON", "PLACE", "ORG", "NOUN"):
            use: Counter = Counter()
            for _k, (counter, _a, named) in variants.items():
                for nk, ek in named:
                    if nk == kind:
                        use[ek] += sum(counter.values())
            if use:
                main[kind] = min(use.items(), key=lambda kv: (-kv[1], kv[0]))[0]

        main_noun_arts: set[str] = set()
        for _k, (_c, aids, named) in variants.items():
            if ("NOUN", main.get("NOUN")) in named:
                main_noun_arts |= aids

        def agrees(
            named: frozenset,
            aids: set[str],
            main: dict[str, str] = main,
            main_noun_arts: set[str] = main_noun_arts,
        ) -> bool:
            for kind, ek in named:
                m = main.get(kind, ek)
                if kind == "NOUN":
                    # Another kind of the head, in an article that names both
                    # kinds ("the spending bill" ... "the immigration bill").
                    nested = set(ek.split()) <= set(m.split()) or set(m.split()) <= set(ek.split())
                    if not nested and aids & main_noun_arts:
                        return False
                elif not (
                    ek == m
                    or set(ek.split()) & set(m.split())
                    or _derived(*sorted((ek, m), key=len))
                ):
                    return False
            return True

        keep = sorted(
            (k for k, (_c, aids, named) in variants.items() if agrees(named, aids)),
            key=lambda k: (-len(variants[k][1]), k),
        )[:MAX_MODIFIER_VARIANTS]
        # A choice of words: two variants, neither inside the other, used
        # by different articles.
        choice = any(
            variants[a][1] != variants[b][1]
            and not _inside(a, b)
            and not _inside(b, a)
            and not _same_wording(a, b)
            for n, a in enumerate(keep)
            for b in keep[n + 1 :]
        )
        if not choice:
            continue
        fv = []
        for k in keep:
            counter, aids, _p = variants[k]
            term = min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            outlets = sorted(
                {
                    by_id[a].outlet.strip()
                    for a in aids
                    if by_id[a].outlet and by_id[a].outlet.strip()
                }
            )
            fv.append(FramingVariant(term=term, outlets=outlets, article_ids=sorted(aids)))
        if (
            len(
                {o for v in fv for o in v.outlets}
                | {a for v in fv for a in v.article_ids if not by_id[a].outlet}
            )
            < 2
        ):
            continue
        fv.sort(key=lambda v: (-len(v.article_ids), v.term))
        referent = min(heads[head].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out.append(Framing(story_id=story.id, referent=referent, variants=fv))
    return out


_ROOT_ENDINGS = frozenset(
    ("", "s", "es", "ic", "ics", "n", "an", "ian", "ns", "ans", "ians", "ese")
)


def _same_root(a: str, b: str) -> bool:
    """Two words made of one root of five letters or more and an ending:
    "democrats" / "democratic", "republicans" / "republican"."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 5 and a[n:] in _ROOT_ENDINGS and b[n:] in _ROOT_ENDINGS


def _inside(a: str, b: str) -> bool:
    """Term key ``a`` is a part of ``b``: its words a subset, or its acronym."""
    if a == b:
        return False
    ta, tb = a.split(), b.split()
    if set(ta) <= set(tb):
        return True
    if len(ta) == len(tb) == 1 and len(a) <= len(b) and _derived(a, b):
        return True  # "russia" / "russian": a word and its derivative
    if len(ta) == len(tb) == 1 and len(a) <= len(b) and _same_root(a, b):
        return True  # "democrats" / "democratic": two derivatives of one word
    return len(ta) == 1 and len(tb) >= 2 and ta[0] == "".join(w[0] for w in tb if w)


_TITLE_BEFORE_RE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]*|[A-Z][a-z]{0,3}\.) +$")
_TITLE_MORE_RE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]*|[A-Z]\.[A-Z]\.) +$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\"“”:]\s*|\n\s*)$")
#: A title continued through "of" by a learned title: "Secretary of State", "Minister of
#: Defence".
_TITLE_OF_RE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]*) of +$")


def _count_titles(art: Article, seen: Counter) -> None:
    """Count in ``seen`` the capitalised words ``art`` puts right before a person's name
    inside a sentence ("President", "Mr.", "Mayor"): see :func:`_learned_titles`."""
    body = art.body or ""
    for m in art.mentions or []:
        if m is None or (m.label or "").upper() != "PERSON":
            continue
        before = body[max(0, m.start - 40) : m.start]
        t = _TITLE_BEFORE_RE.search(before)
        if t and not _SENTENCE_START_RE.search(before[: t.start()]):
            seen[t.group(1)] += 1


def _learned_titles(seen: Counter) -> frozenset[str]:
    """The titles of :func:`_count_titles`'s counts: the words seen at least twice."""
    return frozenset(w for w, n in seen.items() if n >= 2)


def _with_title(body: str, start: int, text: str, titles: frozenset[str]) -> str:
    """``text`` with the learned titles right before it ("President Trump")."""
    t = _TITLE_BEFORE_RE.search(body[max(0, start - 40) : start])
    if not t or t.group(1) not in titles:
        return text
    words = [t.group(1)]
    at = max(0, start - 40) + t.start()
    # "Prime Minister", "Attorney General": capitalised words the title
    # continues with, never a sentence's first word ("But Mr. Trump").
    for _ in range(3):
        before = body[max(0, at - 40) : at]
        t = _TITLE_MORE_RE.search(before)
        of = None if t else _TITLE_OF_RE.search(before)
        if of and (of.group(1) not in titles or words[0].endswith(".")):
            of = None  # "Virginia of Rep. Eric Cantor": no title goes on through "of"
        if not t and not of:
            break
        found = t or of
        cand = max(0, at - 40) + found.start()
        if _SENTENCE_START_RE.search(body[max(0, cand - 5) : cand]):
            break
        words.insert(0, t.group(1) if t else f"{of.group(1)} of")
        at = cand
    return " ".join(words + [text])


#: Name parts left out when telling whether two full names are one person:
#: middle initials and generational suffixes ("Robert S. Mueller III").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _different_persons(a: set[str], b: set[str]) -> bool:
    """Whether two names written for the persons ``a`` and ``b`` (their
    :func:`_person_key` values) cannot name one person: both are linked, and no person of one
    has the first name of a person of the other, or a spelling of it. "Mr. Reid" (Harry
    Reid) and "Mr. Read" (Rory Read) spell two people; "Zelensky" and "Zelenskyy" (both
    Volodymyr) one, and so do "Kirsten Gillibrand" and "Kristen Gillibrand"."""
    if not a or not b:
        return False
    firsts_a, firsts_b = {p.split()[0] for p in a}, {p.split()[0] for p in b}
    return not any(x == y or spelling_variants(x, y) for x in firsts_a for y in firsts_b)


def _person_key(name: str) -> str | None:
    """First and last name of a full name, initials and suffixes dropped:
    "Vladimir V. Putin" and "Vladimir Putin" -> "vladimir putin"."""
    words = [w for w in _term_key(name).split() if len(w) > 1 and w not in _NAME_SUFFIXES]
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else None


_OF_PLACE_RE = re.compile(r" of ((?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})")
#: An appositive description after a name: "Sadiq Khan, the mayor of London,".
_APPOS_AFTER_RE = re.compile(
    r",\s+(?:the|a|an)\s+((?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s*(?=,|\.(?:\s|$)|;)"
)
#: A description right before a name: "the mayor of London, Sadiq Khan,",
#: "London's mayor, Sadiq Khan,".
_APPOS_BEFORE_RE = re.compile(
    r"(?:(?<![\w’'-])(?:[Tt]he)\s+|(?<![\w’'-])([A-Z][\w-]*['’]s)\s+)"
    r"((?:[\w’'-]+\s+){0,6}?[\w’'-]+),\s+(?:[A-Z][\w.’'-]*\s+){0,2}$"
)
#: Words that make a would-be appositive a clause ("Mr. Comey, the people said").
_CLAUSE_WORDS = frozenset(
    """said says say told added according who which that whose where when while
    and or but because if although as than reported confirmed announced will would
    can could should may might must has have had is are was were be been do does did
    mr mrs ms dr st""".split()
)
#: Prepositions that, right before "the", put the phrase inside a longer one
#: ("his lawyer in the Russia inquiry, John Dowd"): not an appositive.
_PREPOSITIONS = frozenset(
    """of in on at for with to from by into over about against between among after
    before during since until following despite amid like under through within
    without upon as""".split()
)


def _description_ok(desc: str) -> bool:
    words = _TOKEN_RE.findall(desc)
    if not 1 <= len(words) <= 7 or any(ch.isdigit() for ch in desc):
        return False
    low = [w.lower() for w in words]
    if any(w in _CLAUSE_WORDS for w in low) or low[-1] in _STOP or low[-1] in _PREPOSITIONS:
        return False
    # a participle with its own object is a clause ("agreement negotiated by ...")
    if any(
        w.endswith(("ed", "ing")) and w[:1].islower() and len(w) > 4 and i > 0
        for i, w in enumerate(words)
    ):
        return False
    # a description, not a name: some word of it is written in lower case
    return any(w[:1].islower() and w not in _STOP for w in words)


def _appositives(art: Article, m) -> list[str]:
    """Descriptions set beside the name ``m`` by the text itself."""
    body = art.body or ""
    out = []
    after = _APPOS_AFTER_RE.match(body, m.end)
    if after and _description_ok(after.group(1)):
        out.append(clean_text(after.group(1)))
    if (m.label or "").upper() != "PERSON":
        return out  # "the chief of Israel's intelligence agency, Mossad": nested
    line_start = body.rfind("\n", 0, m.start) + 1
    window = body[max(line_start, m.start - 90) : m.start]
    before = _APPOS_BEFORE_RE.search(window)
    if before and not ({"the", "a", "an"} & {w.lower() for w in before.group(2).split()}):
        desc = clean_text(before.group(2))
        owner = before.group(1)
        lead = window[: before.start()].split()
        nxt = _TOKEN_RE.findall(body[m.end : m.end + 20])
        # Closed by a comma ("with the Russian ambassador, Sergey Kislyak, in
        # ..."), or opening the sentence ("The mayor of London, Sadiq Khan
        # warned") -- not an opening adverbial ("After the plea, Mueller
        # moved"), nor a fronted object ("The files, Netanyahu said, ...").
        closed = body[m.end : m.end + 1] == "," and not (
            lead and lead[-1].lower() in _PREPOSITIONS - {"with", "by", "to", "from"}
        )
        opening = not lead and not (nxt and nxt[0].lower() in _CLAUSE_WORDS)
        if _description_ok(desc) and (closed or opening):
            out.append(f"{owner} {desc}" if owner else desc)
    return out


def _entity_framing(story: Story, articles: Callable[[], Iterable[Article]]) -> list[Framing]:
    """How the articles name each referent. ``articles()`` yields them, in the same order
    each time it is called: it is read twice (first for the titles the texts use and the
    persons behind entity ids, then for every name), so a caller can stream a corpus from
    the store rather than hold it."""
    # key -> list of (surface, article_id, outlet, canonical)
    uses: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
    stories_of: dict[str, set[str]] = defaultdict(set)  # key -> the stories writing it
    family: dict[str, Counter] = defaultdict(Counter)
    links: dict[str, set[str]] = defaultdict(set)  # entity key -> term keys
    seen_titles: Counter = Counter()
    base: dict[str, str] = {}  # titled key -> key of the name alone
    # One person under several entity ids ("Vladimir V. Putin", "Vladimir
    # Putin"): their full names agree once initials are dropped.
    person_of: dict[str, str] = {}
    for art in articles():
        _count_titles(art, seen_titles)
        for m in art.mentions or []:
            if m is None or (m.label or "").upper() != "PERSON" or not m.entity_id:
                continue
            pk = _person_key(m.canonical or m.text or "")
            if pk:
                person_of.setdefault(m.entity_id, pk)
    titles = _learned_titles(seen_titles)

    def add_use(art: Article, m, text: str) -> None:
        surface = _surface(text)
        key = _term_key(text)
        base.setdefault(key, _term_key(m.text or ""))
        if len(key) < 2 or not any(ch.isalpha() for ch in key):
            return
        outlet = art.outlet.strip() if art.outlet and art.outlet.strip() else None
        canonical = clean_text(m.canonical) if m.canonical else None
        uses[key].append((surface, art.id, outlet, canonical))
        # (one story's framing: every article is of that story, whatever it carries)
        written_in = story.id or art.story_id
        if written_in:
            stories_of[key].add(written_in)
        label = (m.label or "").upper()
        family[key][_LABEL_FAMILY.get(label, label)] += 1
        if m.entity_id:
            pk = person_of.get(m.entity_id)
            links[("p:" + pk) if pk else ("e:" + m.entity_id)].add(key)
        if canonical:
            links["c:" + _term_key(canonical)].add(key)

    for art in articles():
        body = art.body or ""
        for m in art.mentions or []:
            if m is None or (m.label or "").upper() not in FRAMING_LABELS:
                continue
            text = m.text or ""
            label = (m.label or "").upper()
            if label == "PERSON":
                titled = _with_title(body, m.start, text, titles)
                if titled != text:
                    # "Prime Minister Justin Trudeau of Canada"
                    of = _OF_PLACE_RE.match(body, m.end)
                    if of and any(
                        x is not None
                        and x.start == of.start(1)
                        and (x.label or "") in _PLACE_LABELS
                        for x in art.mentions or []
                    ):
                        titled += of.group(0)
                text = titled
            add_use(art, m, text)
            if label in ("PERSON", "ORG"):
                for desc in _appositives(art, m):
                    add_use(art, m, desc)
    keys = sorted(uses)
    if len(keys) < 2:
        return []
    pos = {k: i for i, k in enumerate(keys)}
    uf = _UnionFind(len(keys))
    # A term linked to two different entities ("president" for Trump in one
    # article, for Putin in another) would merge them: it links nothing.
    ents: dict[str, set[str]] = defaultdict(set)
    canons: dict[str, set[str]] = defaultdict(set)
    for link, group in links.items():
        for k in group:
            (canons if link.startswith("c:") else ents)[k].add(link)
    ambiguous = {k for k in keys if len(ents[k]) > 1 or (not ents[k] and len(canons[k]) > 1)}
    for link in sorted(links):
        group = sorted(k for k in links[link] if k not in ambiguous)
        for k in group[1:]:
            uf.union(pos[group[0]], pos[k])

    # Only keys of one label family that share a bucket are compared (see
    # _variant_blocks): the corpus holds thousands of keys, and comparing all keys of one
    # length and first letter made this quadratic in the corpus.
    buckets: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for k in keys:
        fam = min(family[k].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        for form in {k, base.get(k, k)}:
            for block in _variant_blocks(form):
                buckets[(fam, *block)].append(k)
    # The persons (first and last name) each key was written for, where linked.
    persons: dict[str, set[str]] = defaultdict(set)
    for link, group in links.items():
        if link.startswith("p:"):
            for k in group:
                persons[k].add(link[2:])
    tried: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        members = sorted(set(bucket))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (a, b) in tried:
                    continue
                tried.add((a, b))
                meet = not stories_of[a].isdisjoint(stories_of[b])
                if (
                    _one_name_spelled(a, b, meet)
                    or _one_name_spelled(base.get(a, a), base.get(b, b), meet)
                ) and not _different_persons(persons.get(a, set()), persons.get(b, set())):
                    uf.union(pos[a], pos[b])
    groups: dict[int, list[str]] = defaultdict(list)
    for k in keys:
        groups[uf.find(pos[k])].append(k)
    out: list[Framing] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        # Classes of same wording inside the referent: a term joins the terms
        # holding it ("Trump" in "Donald Trump") -- unless it sits inside two
        # different wordings ("Trump" in "President Trump" and "Mr. Trump"),
        # where it says nothing about the choice and is left out.
        cuf = _UnionFind(len(members))
        dropped: set[int] = set()
        for i, a in enumerate(members):
            sup = [j for j, b in enumerate(members) if j != i and _inside(a, b)]
            chain = all(
                _inside(members[x], members[y]) or _inside(members[y], members[x])
                for n, x in enumerate(sup)
                for y in sup[n + 1 :]
            )
            if sup and not chain:
                dropped.add(i)
                continue
            for j in sup:
                cuf.union(i, j)
        classes: dict[int, list[str]] = defaultdict(list)
        for i, k in enumerate(members):
            if i not in dropped:
                classes[cuf.find(i)].append(k)
        if len(classes) < 2:
            continue
        variants: list[FramingVariant] = []
        for cls in classes.values():
            surfaces: Counter = Counter()
            aids: set[str] = set()
            outlets: set[str] = set()
            for k in cls:
                for surface, aid, outlet, _canon in uses[k]:
                    surfaces[surface] += 1
                    aids.add(aid)
                    if outlet:
                        outlets.add(outlet)
            term = min(surfaces.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
            variants.append(
                FramingVariant(term=term, outlets=sorted(outlets), article_ids=sorted(aids))
            )
        # Not a choice of words when every article uses every variant.
        if len({tuple(v.article_ids) for v in variants}) < 2:
            continue
        terms = {v.term.lower() for v in variants}
        if len(terms) < 2:
            continue
        variants.sort(key=lambda v: (-len(v.article_ids), v.term))
        canon: Counter = Counter()
        forms: Counter = Counter()
        for k in members:
            for surface, _aid, _outlet, c in uses[k]:
                forms[surface] += 1
                if c:
                    canon[c] += 1
        pool = canon if canon else forms
        referent = min(pool.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        out.append(Framing(story_id=story.id, referent=referent, variants=variants))
    out.sort(key=lambda f: (f.referent, [v.term for v in f.variants]))
    return out


# -- labels and characterisations -------------------------------------------

#: Words that open or close a noun phrase's context: a replaced chunk right
#: after one of these is read as a noun phrase ("the war" / "the conflict").
_NP_LEFT = frozenset(
    """the a an of in on at for with against from by its his her their our
    this that these those into over""".split()
)
_TOKEN_RE = re.compile(r"[^\W_][\w'’-]*")
_REFER_RE = re.compile(
    r",?\s+(?:referring to (?:them|it|him|her|this|these) as|(?:which|whom|what) "
    r"(?:[\w.’'-]+\s){0,3}(?:calls|called|call|describes as|termed|terms)|known as|dubbed|"
    r"so-called)\s+",
    re.IGNORECASE,
)
_QUOTE_OPEN = "\"“‘«'"
_QUOTE_CLOSE = {'"': '"', "“": "”", "‘": "’", "«": "»", "'": "'"}
MAX_TERM_WORDS = 5


def _np_before(text: str) -> str:
    """The noun phrase ending ``text`` ("... extended this offer to
    Russian-occupied regions of Ukraine" -> "Russian-occupied regions of Ukraine")."""
    words = _TOKEN_RE.findall(text[-120:])
    taken: list[str] = []
    for w in reversed(words):
        lw = w.lower()
        if lw in _STOP and lw != "of":
            break
        taken.append(w)
        if len(taken) >= MAX_TERM_WORDS:
            break
    taken.reverse()
    while taken and taken[0].lower() == "of":
        taken.pop(0)
    return " ".join(taken)


def _np_after(text: str) -> str:
    """The phrase opening ``text``: a quoted phrase, or words up to a stop word."""
    text = text.lstrip()
    if text[:1] in _QUOTE_OPEN:
        close = _QUOTE_CLOSE[text[0]]
        end = text.find(close, 1)
        if 0 < end <= 80:
            inner = clean_text(text[1:end]).strip(" ,.;:")
            if 1 <= len(inner.split()) <= MAX_TERM_WORDS:
                return inner
        return ""
    taken = []
    for w in _TOKEN_RE.findall(text[:80]):
        if w.lower() in _STOP or len(taken) >= MAX_TERM_WORDS:
            break
        taken.append(w)
    return " ".join(taken)


def _is_term(text: str) -> bool:
    words = _TOKEN_RE.findall(text)
    if not words or len(words) > MAX_TERM_WORDS or any(ch.isdigit() for ch in text):
        return False
    return any(w.lower() not in _STOP and len(w) > 2 for w in words)


def _referring_pairs(articles: list[Article]) -> list[tuple[str, str]]:
    """Pairs the text itself declares co-referent: "X, referring to them as
    Y", "X, which Moscow calls Y", "X, known as Y", "X, dubbed Y"."""
    pairs = []
    for art in articles:
        body = art.body or ""
        for m in _REFER_RE.finditer(body):
            line_start = max(body.rfind("\n", 0, m.start()), body.rfind(". ", 0, m.start()))
            x = _np_before(body[line_start + 1 : m.start()])
            y = _np_after(body[m.end() :])
            if _is_term(x) and _is_term(y) and x.lower() != y.lower():
                pairs.append((x, y))
    return pairs


#: Sentences of two outlets this close in wording (aligned or not) are read
#: for noun phrases in the same position, with two shared words before.
DIFF_COSINE = 0.3


def _aligned_pairs(
    clusters: list[list[_Sent]], near: list[tuple[_Sent, _Sent]] = ()
) -> list[tuple[str, str]]:
    """Noun phrases in the same position of aligned sentences from different
    outlets: "... end the war in Ukraine" / "... end the conflict in Ukraine"."""
    todo: list[tuple[_Sent, _Sent, bool]] = []
    ranks = _window_ranks([s for cluster in clusters for s in cluster])
    for cluster in clusters:
        ordered = sorted(cluster, key=lambda s: s.idx)
        for i, sa in enumerate(ordered):
            for sb in ordered[i + 1 :]:
                if _in_window(ranks, sa, sb):  # (a large story: see COMPARE_WINDOW)
                    todo.append((sa, sb, True))
    todo += [(a, b, False) for a, b in near]
    pairs = []
    seen: set[tuple[int, int]] = set()
    for sa, sb, aligned in todo:
        if (sa.idx, sb.idx) in seen or sa.article.id == sb.article.id:
            continue
        seen.add((sa.idx, sb.idx))
        if sa.article.outlet and sa.article.outlet == sb.article.outlet:
            continue
        ta, tb = _TOKEN_RE.findall(sa.text), _TOKEN_RE.findall(sb.text)
        la, lb = [w.lower() for w in ta], [w.lower() for w in tb]
        sm = SequenceMatcher(None, la, lb, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op != "replace" or not (1 <= i2 - i1 <= 3 and 1 <= j2 - j1 <= 3):
                continue
            if i1 == 0 or j1 == 0 or la[i1 - 1] not in _NP_LEFT:
                continue
            if not aligned and (i1 < 2 or j1 < 2 or la[i1 - 2] != lb[j1 - 2]):
                continue  # unaligned sentences: two shared words before
            if i2 >= len(la) or j2 >= len(lb):
                continue  # the phrase must be closed by shared words
            x, y = " ".join(ta[i1:i2]), " ".join(tb[j1:j2])
            if not (_is_term(x) and _is_term(y)):
                continue
            if x[:1].isupper() and y[:1].isupper():
                # Two names: the names' own variants come from the entities;
                # here they are two places or people ("Israel" / "Tel Aviv").
                continue
            if set(la[i1:i2]) & set(lb[j1:j2]) or _same_class(x.lower(), y.lower()):
                continue
            if any(w in _STOP for w in la[i1:i2] + lb[j1:j2]):
                continue
            pairs.append((x, y))
    return pairs


#: What a case-blind ASCII letter matches in Python's ``re`` besides its ASCII pair:
#: "İ" and "ı" (i), the Kelvin sign (k), the long s (s).
_FOLDS_TO_ASCII = "\u0130\u0131\u212a\u017f"
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _ascii_bodies(articles: list[Article]) -> dict[str, str]:
    """The bodies with their ASCII letters lowercased (the same length, so the same
    offsets), by id, for :func:`_may_hold` and :func:`_finditer`: of every article whose
    body holds none of :data:`_FOLDS_TO_ASCII`, so that a case-blind match of an ASCII
    word there is a plain match of the word in lowercase here."""
    out: dict[str, str] = {}
    for a in articles:
        body = a.body or ""
        if body.isascii() or not any(ch in body for ch in _FOLDS_TO_ASCII):
            out[a.id] = body.translate(_ASCII_LOWER)
    return out


def _may_hold(art: Article, words: list[str], lowered: dict[str, str] | None) -> bool:
    """False only when a case-blind search for ``words`` cannot match in ``art``: every
    ASCII word is looked for in the body as :func:`_ascii_bodies` gives it (a body left
    out there, or a word outside ASCII, is left to the search)."""
    body = lowered.get(art.id) if lowered is not None else None
    if body is None:
        return True
    return all(not w.isascii() or w.lower() in body for w in words)


def _finditer(pattern: re.Pattern[str], body: str, lowered: str | None, first: str):
    """``pattern.finditer(body)`` for a case-blind pattern whose every match opens with the
    word ``first``: where ``lowered`` (the body as :func:`_ascii_bodies` gives it) is known
    and ``first`` is ASCII, the pattern is tried only where ``first`` stands, found by a
    plain search (a case-blind scan of every position of every body for every term was
    most of a big story's analysis)."""
    if lowered is None or not first.isascii():
        yield from pattern.finditer(body)
        return
    first = first.lower()
    end = 0
    at = lowered.find(first)
    while at != -1:
        if at >= end:
            found = pattern.match(body, at)
            if found is not None:
                yield found
                end = found.end()
        at = lowered.find(first, at + 1)


def _term_uses(term: str, articles: list[Article], lowered: dict[str, str] | None = None):
    """(article, in_quote, speaker) for every use of ``term`` in the articles
    (``lowered``: :func:`_ascii_bodies` of the articles, to skip those without it)."""
    pattern = re.compile(
        r"(?<![\w-])" + re.escape(term).replace(r"\ ", r"\s+") + r"(?![\w-])", re.I
    )
    words = term.split()
    out = []
    for art in articles:
        if not _may_hold(art, words, lowered):
            continue
        body = art.body or ""
        quotes = [q for q in art.quotes or [] if q is not None and q.kind != "indirect"]
        low = lowered.get(art.id) if lowered is not None else None
        for m in _finditer(pattern, body, low, words[0]):
            speaker = None
            quoted = False
            for q in quotes:
                if q.start <= m.start() < q.end:
                    quoted, speaker = True, q.speaker
                    break
            if not quoted:
                para = body[max(body.rfind("\n", 0, m.start()), 0) : m.start()]
                opened = sum(para.count(c) for c in "“«") - sum(para.count(c) for c in "”»")
                quoted = opened > 0 or para.count('"') % 2 == 1
                if not quoted:
                    before = body[max(0, m.start() - 1) : m.start()]
                    after = body[m.end() : m.end() + 1]
                    quoted = before in "“\"'‘" and before != "" and after in "”\"'’" and after != ""
            out.append((art, quoted, clean_text(speaker) if speaker else None))
    return out


def _one_word_swaps(
    term: str, articles: list[Article], lowered: dict[str, str] | None = None
) -> set[str]:
    """Phrases of the story equal to ``term`` but for its head noun
    ("Russian-occupied regions of Ukraine" / "Russian-occupied areas of Ukraine";
    ``lowered`` as for :func:`_term_uses`)."""
    words = term.split()
    if len(words) < 3:
        return set()
    found = set()
    for k, w in enumerate(words):
        if w.lower() in _STOP or k == 0 or words[k - 1].lower() in _STOP:
            continue
        pat = r"\s+".join(
            r"([A-Za-z][\w-]+)" if i == k else re.escape(x) for i, x in enumerate(words)
        )
        kept = words[:k] + words[k + 1 :]
        pattern = re.compile(r"(?<![\w-])" + pat + r"(?![\w-])", re.I)
        for art in articles:
            if not _may_hold(art, kept, lowered):
                continue
            low = lowered.get(art.id) if lowered is not None else None
            for m in _finditer(pattern, art.body or "", low, words[0]):
                if m.group(1).lower() != w.lower() and m.group(1).lower() not in _STOP:
                    found.add(clean_text(m.group(0)))
    return found


def _label_framing(
    story: Story,
    articles: list[Article],
    sents: list[_Sent],
    clusters: list[list[_Sent]],
    sims: dict[tuple[int, int], float] | None = None,
) -> list[Framing]:
    sims = sims or {}
    near = [
        (sents[i], sents[j])
        for i, j in sorted(key for key, cos in sims.items() if cos >= DIFF_COSINE)
        if sents[i].article.id != sents[j].article.id
    ]
    pairs = _referring_pairs(articles) + _aligned_pairs(clusters, near)
    if not pairs:
        return []
    lowered = _ascii_bodies(articles)
    swaps: dict[str, list[str]] = {}  # each term's swaps, looked for in the articles once
    for x, _y in list(pairs):
        if x not in swaps:
            swaps[x] = sorted(_one_word_swaps(x, articles, lowered))
        for other in swaps[x]:
            pairs.append((x, other))
    keys: dict[str, str] = {}
    for x, y in pairs:
        for t in (x, y):
            keys.setdefault(t.lower(), t)
    order = sorted(keys)
    pos = {k: i for i, k in enumerate(order)}
    uf = _UnionFind(len(order))
    for x, y in pairs:
        uf.union(pos[x.lower()], pos[y.lower()])
    groups: dict[int, list[str]] = defaultdict(list)
    for k in order:
        groups[uf.find(pos[k])].append(k)
    out: list[Framing] = []
    for members in groups.values():
        variants = []
        narration: Counter = Counter()
        for k in members:
            uses = _term_uses(keys[k], articles, lowered)
            if not uses:
                continue
            aids = sorted({a.id for a, _q, _s in uses})
            outlets = sorted(
                {a.outlet.strip() for a, _q, _s in uses if a.outlet and a.outlet.strip()}
            )
            speakers = sorted({sp for _a, q, sp in uses if q and sp})
            quoted_only = all(q for _a, q, _s in uses)
            narration[keys[k]] = sum(1 for _a, q, _s in uses if not q)
            variants.append(
                (
                    quoted_only,
                    FramingVariant(
                        term=keys[k], outlets=outlets, article_ids=aids, quoted_by=speakers
                    ),
                )
            )
        if len(variants) < 2:
            continue
        distinct_arts = len({tuple(v.article_ids) for _q, v in variants}) >= 2
        distinct_voice = len({q for q, _v in variants}) >= 2
        if not (distinct_arts or distinct_voice):
            continue
        vs = sorted((v for _q, v in variants), key=lambda v: (-len(v.article_ids), v.term))
        referent = min(
            (v.term for v in vs), key=lambda t: (-narration[t], -len(t.split()), t.lower())
        )
        out.append(Framing(story_id=story.id, referent=referent, variants=vs))
    return out


def corpus_framing(articles: list[Article] | Callable[[], Iterable[Article]]) -> list[Framing]:
    """Framing across the whole corpus: how each outlet names a referent anywhere.

    An outlet's spelling is a property of the outlet, not of one story:
    Russia Today may write "Kiev" only in stories where nobody else does.
    The rows come back with an empty ``story_id``; the caller attaches them
    to every story in which one of the variants occurs.

    ``articles``: the articles, or a callable that yields them, each id once and in id
    order, every time it is called (read twice; see :func:`_entity_framing`).
    """
    if callable(articles):
        return _entity_framing(Story(id="", title="", article_ids=[]), articles)
    pseudo = Story(id="", title="", article_ids=sorted(a.id for a in articles))
    held = story_articles(pseudo, articles)
    return _entity_framing(pseudo, lambda: held)


# --------------------------------------------------------------------------
# Shared quotes and the coverage matrix
# --------------------------------------------------------------------------

#: A quote carried by another outlet shares a run of at least this many words
#: with it (or the whole of a shorter quote of at least four words).
MIN_QUOTE_RUN = 5
#: An outlet quotes "in full" when its version holds this share of the words
#: of the longest version; less is "in part".
FULL_QUOTE = 0.9

_QWORD_RE = re.compile(r"[\w']+")


def _qwords(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _QWORD_RE.findall((text or "").replace("’", "'"))]


def _longest_run(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size


def _speaker_key(q) -> str | None:
    if q.speaker_entity_id:
        return "e:" + q.speaker_entity_id
    if q.speaker and clean_text(q.speaker):
        return "s:" + clean_text(q.speaker).lower().split()[-1]
    return None


def _same_speaker(a, b) -> bool:
    ka, kb = _speaker_key(a), _speaker_key(b)
    if ka is None or kb is None:
        return True  # one side unattributed: the words decide
    if ka == kb:
        return True
    sa = clean_text(a.speaker or "").lower().split()
    sb = clean_text(b.speaker or "").lower().split()
    return bool(sa and sb and sa[-1] == sb[-1])


def _quote_pairs(quotes: list[list[str]]) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of ``quotes`` (their words) that hold a run of four
    words in common, in order: the only pairs that can be one quote, since that takes a
    run of MIN_QUOTE_RUN words or the whole of the shorter (of at least four). Found by
    the runs they share, not by trying every pair: a big story holds thousands of quotes."""
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, words in enumerate(quotes):
        for run in {tuple(words[k : k + 4]) for k in range(len(words) - 3)}:
            holders[run].append(index)
    pairs: set[tuple[int, int]] = set()
    for indices in holders.values():
        for n, i in enumerate(indices):
            for j in indices[n + 1 :]:
                pairs.add((i, j))
    return sorted(pairs)


def shared_quotes(story: Story, articles: list[Article]) -> list[SharedQuote]:
    """The same quote carried by several outlets, linked as one quote with one
    speaker; for every outlet of the story: quoted ``full``, in ``part`` or
    ``none``. Only quotes carried by at least two outlets are returned."""
    arts = story_articles(story, articles)
    by_id = {a.id: a for a in arts}
    quotes = []
    for art in arts:
        for q in sorted(
            (q for q in art.quotes or [] if q is not None), key=lambda q: (q.start, q.end, q.id)
        ):
            if q.kind == "indirect":
                continue
            words = _qwords(q.text)
            if len(words) >= 4:
                quotes.append((art, q, words))
    n = len(quotes)
    uf = _UnionFind(n)
    key_of = {a.id: source_key(a, by_id) for a in arts}
    for i, j in _quote_pairs([words for _, _, words in quotes]):
        ai, qi, wi = quotes[i]
        aj, qj, wj = quotes[j]
        if ai.id == aj.id:
            continue
        if not _same_speaker(qi, qj):
            continue
        run = _longest_run(wi, wj)
        if run >= MIN_QUOTE_RUN or run == min(len(wi), len(wj)):
            uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    outlets = sorted(set(key_of.values()))
    articles_of: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        articles_of[key_of[a.id]].append(a.id)
    out: list[SharedQuote] = []
    for members in groups.values():
        carried = {key_of[quotes[i][0].id] for i in members}
        if len(carried) < 2:
            continue
        longest = max(members, key=lambda i: (len(quotes[i][2]), quotes[i][0].id))
        base = quotes[longest][2]
        speakers = Counter(
            (quotes[i][1].speaker, quotes[i][1].speaker_entity_id)
            for i in members
            if quotes[i][1].speaker
        )
        speaker, speaker_eid = (
            min(speakers.items(), key=lambda kv: (-kv[1], kv[0][0] or ""))[0]
            if speakers
            else (None, None)
        )
        uses: list[QuoteUse] = []
        for key in outlets:
            mine = [i for i in members if key_of[quotes[i][0].id] == key]
            names = sorted({quotes[i][0].outlet for i in mine if quotes[i][0].outlet})
            art_ids = sorted(set(articles_of[key]))
            outlet = (
                names[0]
                if names
                else next((by_id[a].outlet for a in art_ids if by_id[a].outlet), None)
            )
            if not mine:
                uses.append(QuoteUse(outlet, art_ids, "none", []))
                continue
            cover = max(_longest_run(quotes[i][2], base) for i in mine) / max(1, len(base))
            extent = "full" if cover >= FULL_QUOTE else "part"
            uses.append(
                QuoteUse(
                    outlet,
                    sorted({quotes[i][0].id for i in mine}),
                    extent,
                    sorted(quotes[i][1].id for i in mine),
                )
            )
        text = clean_text(quotes[longest][1].text)
        out.append(
            SharedQuote(
                id=content_id(story.id, "quote", text),
                story_id=story.id,
                speaker=speaker,
                speaker_entity_id=speaker_eid,
                text=text,
                article_ids=sorted({quotes[i][0].id for i in members}),
                uses=uses,
            )
        )
    out.sort(key=lambda q: (-len(q.article_ids), q.speaker or "", q.text))
    return out


def _outlet_label(article: Article, by_id: dict[str, Article]) -> str:
    key = source_key(article, by_id)
    if key.startswith("article:"):
        return key
    root = article
    hops = 0
    while root.duplicate_of and root.duplicate_of in by_id and hops < 20:
        root = by_id[root.duplicate_of]
        hops += 1
    return clean_text(root.outlet or article.outlet or key[7:])


def coverage_matrix(facts: list[Fact], articles: list[Article]) -> dict[str, dict[str, str]]:
    """Outlet x fact: for each fact id, each outlet of the story "reports" it,
    "differs" (gives another number/date, or negates it) or is "silent".
    Outlets are keyed by name (an article without outlet by ``article:<id>``)."""
    by_id = {a.id: a for a in articles if a is not None and a.id}
    labels = {aid: _outlet_label(a, by_id) for aid, a in by_id.items()}
    columns = sorted(set(labels.values()))
    out: dict[str, dict[str, str]] = {}
    for f in facts:
        row = dict.fromkeys(columns, "silent")
        for c in f.conflicts or []:
            for aid in c.article_ids:
                if aid in labels:
                    row[labels[aid]] = "differs"
        for aid in f.article_ids:
            if aid in labels:
                row[labels[aid]] = "reports"
        out[f.id] = row
    return out


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def compare_story(story: Story, articles: list[Article]) -> StoryAnalysis:
    """Facts, framing and events of one story. Deterministic, never raises on odd input."""
    arts = story_articles(story, articles)
    if not arts:
        return StoryAnalysis(facts=[], framing=[], events=[])
    by_id = {a.id: a for a in arts}
    sents = _build_sentences(arts)
    sims = _similarity(sents)
    clusters, scores = _align(sents, sims)
    facts = _build_facts(story, sents, clusters, scores, sims, by_id)
    events = _build_events(story, sents, sims)
    framing = _build_framing(story, arts, sents, clusters, sims)
    quotes = shared_quotes(story, arts)
    return StoryAnalysis(facts=facts, framing=framing, events=events, shared_quotes=quotes)
