"""BASIL quote spans: found, and attributed to the right person.

BASIL (Fan et al., EMNLP 2019) marks phrases of news articles; those with
``quote: "yes"`` are quoted words with the annotated speaker (``Donald_Trump``,
``House_Democrats``, or ``other_*`` when the annotators named nobody). The
annotation offsets do not point into ``body``, so each span is located by its
text (quote marks stripped).

* found: a quote of ours (direct, mixed or indirect) overlaps the span;
* right speaker: the quote overlapping the span most has a speaker whose
  surname (last word, accents folded, prefix-tolerant: BASIL truncates
  "Calderón" to "Calder") is the annotated speaker's; when the annotation
  carries a generational suffix ("Donald_Trump_Jr.") the speaker must carry
  it too. (BASIL writes "John_Roberts" for "John G. Roberts Jr.", so a
  suffix only the speaker has is not held against it.)

The target is measured on spans whose speaker is a named person; spans
credited to a group ("House_Democrats", "Obama_campaign") are reported
beside it.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from storyline.records import Article, Quote, content_id

#: Words that make an annotated speaker a group, not a person.
GROUP_WORDS = frozenset(
    """
    catholics democrats republicans lawmakers members officials campaign plaintiffs
    america now
    """.split()
)
_MARKS = "\"'“”‘’`  \n"


@dataclass(slots=True)
class Span:
    article_id: str
    start: int
    end: int
    speaker: str  # as annotated, e.g. "Michael_Steele"

    @property
    def named(self) -> bool:
        return not self.speaker.lower().startswith("other")

    @property
    def person(self) -> bool:
        words = self.speaker.replace("_", " ").lower().split()
        return self.named and not any(w in GROUP_WORDS for w in words)


@dataclass(slots=True)
class BasilResult:
    articles: int = 0
    spans: int = 0
    found: int = 0
    person_spans: int = 0
    person_right: int = 0
    person_found: int = 0
    group_spans: int = 0
    group_right: int = 0
    errors: list[tuple[str, str | None, str]] = field(default_factory=list)

    def share(self, a: int, b: int) -> float:
        return a / b if b else 0.0


def load(path: Path, limit: int | None = None) -> tuple[list[Article], list[Span]]:
    articles: list[Article] = []
    spans: list[Span] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            body = rec["body"]
            aid = content_id("basil", rec["id"])
            articles.append(
                Article(
                    id=aid,
                    doc_id=aid,
                    source=str(path),
                    segment=0,
                    body=body,
                    outlet=rec.get("outlet"),
                    title=rec.get("title"),
                    published=rec.get("published"),
                    published_precision="day" if rec.get("published") else None,
                )
            )
            for p in rec["annotations"]["phrase-level-annotations"]:
                if p.get("quote") != "yes":
                    continue
                text = p["txt"].strip(_MARKS)
                at = body.find(text) if text else -1
                if at < 0:
                    continue
                spans.append(Span(aid, at, at + len(text), p.get("speaker") or "other"))
            if limit and len(articles) >= limit:
                break
    return articles, spans


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("_", " "))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def surname(name: str) -> str:
    words = [w for w in fold(name).replace(".", " ").split() if w not in ("jr", "sr")]
    return words[-1] if words else ""


def suffix(name: str) -> str:
    """A generational suffix ("jr", "sr"), or ""."""
    words = fold(name).replace(".", " ").split()
    return words[-1] if words and words[-1] in ("jr", "sr") else ""


def same_person(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    if suffix(gold) and suffix(gold) != suffix(predicted):
        return False  # "Donald_Trump_Jr." is not Donald Trump
    g, p = surname(gold), surname(predicted)
    if not g or not p:
        return False
    if g == p:
        return True
    short, long = sorted((g, p), key=len)
    return len(short) >= 5 and long.startswith(short)


def best_quote(span: Span, quotes: Iterable[Quote]) -> Quote | None:
    best, overlap = None, 0
    for q in quotes:
        o = min(q.end, span.end) - max(q.start, span.start)
        if o > overlap:
            best, overlap = q, o
    return best


def score(articles: list[Article], spans: list[Span]) -> BasilResult:
    by_id = {a.id: a for a in articles}
    res = BasilResult(articles=len(articles))
    for span in spans:
        art = by_id[span.article_id]
        q = best_quote(span, art.quotes)
        res.spans += 1
        res.found += q is not None
        if not span.named:
            continue
        right = q is not None and same_person(span.speaker, q.speaker)
        if span.person:
            res.person_spans += 1
            res.person_found += q is not None
            res.person_right += right
            if not right:
                res.errors.append(
                    (span.speaker, q.speaker if q else None, art.body[span.start : span.end][:90])
                )
        else:
            res.group_spans += 1
            res.group_right += right
    return res
