"""Omissions on BASIL: do the facts our coverage matrix marks as not reported
by all three outlets hold the annotated informational-bias (``bias: "inf"``)
spans -- content one outlet includes and the others may not?"""

from __future__ import annotations

from dataclasses import dataclass

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
    for f in facts:
        silent = "silent" in matrix.get(f.id, {}).values()
        for aid, s, e in f.spans:
            rows.setdefault(aid, []).append((s, e, silent))
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
            if silent:
                om.sentences_marked += 1
                om.sentences_marked_inf += has_inf
