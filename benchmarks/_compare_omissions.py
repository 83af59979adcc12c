"""Omissions on BASIL: do the facts our coverage matrix marks as not reported
by all three outlets hold the annotated informational-bias (``bias: "inf"``)
spans -- content one outlet includes and the others may not?

How to read the numbers. Every sentence of an article is a row of the matrix
(a fact of one or more articles). An inf span counts as *marked* (recall)
when the sentence holding it is in a row where some outlet is silent.
*Precision* is the share of marked sentences that hold an inf span; it is
only informative next to the *base rate* (the share of all matrix sentences
holding one): a matrix that singles out inf content beats the base rate.
The breakdown by how many outlets report a row shows where the inf spans
sit: a row told by one outlet only is the strongest omission claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.records import Article, Fact
from storyline.stages.compare import coverage_matrix


@dataclass
class Omissions:
    spans: int = 0  # inf spans located in a stored body
    lost: int = 0  # inf spans whose text was not found in the stored body
    in_matrix: int = 0  # inside a sentence that is a row of the matrix
    marked: int = 0  # ... of a row with at least one outlet silent
    sentences: int = 0  # sentences that are rows of the matrix (per article)
    sentences_marked: int = 0  # ... in a row with a silent outlet
    sentences_marked_inf: int = 0  # ... holding an inf span
    sentences_inf: int = 0  # matrix sentences holding an inf span (any row)
    #: outlets reporting the row -> [sentences, sentences holding an inf span]
    by_cover: dict = field(default_factory=dict)

    @staticmethod
    def share(a: int, b: int) -> float:
        return a / b if b else 0.0


def inf_spans(record: dict) -> list[str]:
    ann = record.get("annotations") or {}
    return [
        p["txt"]
        for p in ann.get("phrase-level-annotations", [])
        if p.get("bias") == "inf" and p.get("txt")
    ]


def score(om: Omissions, facts: list[Fact], articles: list[Article], spans_of: dict) -> None:
    """``spans_of``: article id -> list of inf span texts."""
    matrix = coverage_matrix(facts, articles)
    by_id = {a.id: a for a in articles}
    rows: dict[str, list[tuple[int, int, bool]]] = {}
    cover: dict[tuple[str, int, int], int] = {}
    for f in facts:
        row = matrix.get(f.id, {})
        silent = "silent" in row.values()
        for aid, s, e in f.spans:
            rows.setdefault(aid, []).append((s, e, silent))
            n = sum(1 for v in row.values() if v == "reports")
            cover[(aid, s, e)] = max(cover.get((aid, s, e), 0), n)
    located: dict[str, list[tuple[int, int]]] = {}
    for aid, texts in spans_of.items():
        body = by_id[aid].body if aid in by_id else ""
        for t in texts:
            at = body.find(t)
            if at < 0:
                om.lost += 1
                continue
            om.spans += 1
            located.setdefault(aid, []).append((at, at + len(t)))
            hits = [sil for s, e, sil in rows.get(aid, []) if s < at + len(t) and at < e]
            if hits:
                om.in_matrix += 1
                om.marked += any(hits)
    for aid, sents in rows.items():
        for s, e, silent in set(sents):
            has_inf = any(a < e and s < b for a, b in located.get(aid, []))
            om.sentences += 1
            om.sentences_inf += has_inf
            slot = om.by_cover.setdefault(cover.get((aid, s, e), 0), [0, 0])
            slot[0] += 1
            slot[1] += has_inf
            if silent:
                om.sentences_marked += 1
                om.sentences_marked_inf += has_inf
