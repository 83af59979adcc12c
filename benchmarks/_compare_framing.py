"""Framing on NewsWCL50: concepts two outlets name with different words, and
whether storyline groups those words under one framing referent.

A row's term names a gold phrase when the two are equal, or when one is
inside the other and the shorter holds the longer's head word ("Mr. Trump"
names "President Trump"; it does not name "Mr. Trump's visit", a phrase of
the visit concept). Until 2026-11 any phrase inside the other counted, which
credited person rows to the event and group concepts whose phrases mention
the person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from storyline.records import Framing

PRONOUNS = frozenset(
    """he she it they him her them his hers its their theirs we us our ours you your
    i me my mine who whom whose which that this these those himself herself itself
    themselves one""".split()
)
#: Concept types that are not referents (properties and actions of actors).
NON_REFERENT = frozenset({"PROPERTY", "ACTION"})


def norm(text: str) -> str:
    text = re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'").replace("'s", ""))
    words = text.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def inside(a: str, b: str) -> bool:
    """Phrase ``a`` inside phrase ``b`` (as whole words)."""
    return f" {a} " in f" {b} "


@dataclass
class FramingScore:
    concepts: int = 0  # concepts (per event) named with different words by two outlets
    grouped: int = 0  # ... grouped by one framing row
    concepts_ref: int = 0  # the same, referent concepts only (no PROPERTY/ACTION)
    grouped_ref: int = 0
    rows: int = 0
    rows_right: int = 0  # two of the row's variants name one gold concept
    rows_strict: int = 0  # every matched variant names that one concept
    examples: list[str] = field(default_factory=list)

    @staticmethod
    def share(a: int, b: int) -> float:
        return a / b if b else 0.0


def gold_concepts(mentions_by_outlet: dict[str, list[dict]]):
    """concept -> (type, {outlet: set of normalised phrases}) without pronouns."""
    out: dict[str, tuple[str, dict[str, set[str]]]] = {}
    for outlet, mentions in mentions_by_outlet.items():
        for m in mentions:
            phrase = norm(m.get("mention") or "")
            if not phrase or phrase in PRONOUNS:
                continue
            ctype, per = out.setdefault(m["concept"], (m.get("type", ""), defaultdict(set)))
            per[outlet].add(phrase)
    return out


def named_differently(per: dict[str, set[str]]) -> bool:
    outlets = sorted(per)
    for i, o1 in enumerate(outlets):
        for o2 in outlets[i + 1 :]:
            for p in per[o1] - per[o2]:
                for q in per[o2] - per[o1]:
                    if p != q and not inside(p, q) and not inside(q, p):
                        return True
    return False


#: Words that close a noun phrase's head: "mayor of london" has head "mayor".
_POST_HEAD = frozenset("of to for in on at from with against by about over into".split())


def head(phrase: str) -> str:
    """The head word of a normalised noun phrase: the last word before a
    preposition ("mayor of london" -> "mayor"), else the last word."""
    words = phrase.split()
    for i, w in enumerate(words):
        if i and w in _POST_HEAD:
            return words[i - 1]
    return words[-1] if words else ""


def same_head(a: str, b: str) -> bool:
    """``a`` and ``b`` name the same thing: equal, or one inside the other and
    the shorter holding the longer's head ("mr trump" in "president trump" yes,
    "mr trump" in "mr trump visit" no: that phrase names the visit)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return inside(short, long) and head(long) in short.split()


def _matches(term: str, phrases: set[str]) -> bool:
    t = norm(term)
    return bool(t) and any(same_head(t, p) for p in phrases)


def score(fs: FramingScore, rows: list[Framing], concepts, outlet_of: dict[str, str]) -> None:
    """``outlet_of``: article id -> gold outlet code."""
    # phrases of each concept over all outlets (a variant may be used by several)
    phrases = {c: set().union(*per.values()) for c, (_t, per) in concepts.items()}
    row_concepts: list[dict[str, set[str]]] = []
    for row in rows:
        hit: dict[str, set[str]] = defaultdict(set)  # concept -> matched variant terms
        for v in row.variants:
            for c, ps in phrases.items():
                if _matches(v.term, ps):
                    hit[c].add(norm(v.term))
        row_concepts.append(hit)
        fs.rows += 1
        good = [c for c, terms in hit.items() if _distinct(terms)]
        if good:
            fs.rows_right += 1
            matched = {
                norm(v.term) for v in row.variants if any(norm(v.term) in t for t in hit.values())
            }
            if any(matched <= hit[c] for c in good):
                fs.rows_strict += 1
        elif len(fs.examples) < 12:
            fs.examples.append(" / ".join(v.term for v in row.variants))
    for c, (ctype, per) in concepts.items():
        if not named_differently(per):
            continue
        ok = any(_distinct(h.get(c, set())) for h in row_concepts)
        fs.concepts += 1
        fs.grouped += ok
        if ctype not in NON_REFERENT:
            fs.concepts_ref += 1
            fs.grouped_ref += ok


def _distinct(terms: set[str]) -> bool:
    ts = sorted(terms)
    return any(not inside(a, b) and not inside(b, a) for i, a in enumerate(ts) for b in ts[i + 1 :])
