"""The seeds: every quote of the five seed files, found with the right speaker.

The gold list (`benchmarks/gold/seed_quotes.json`) was written by hand from
the files. The files go through the real ingest and clean stages, then
enrich. A gold quote is found when one of our quotes of that article holds
its fragment (apostrophes folded); the speaker is right when the shortest
such quote's speaker has the gold speaker's surname.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from storyline.records import Article
from storyline.stages.clean import clean_documents
from storyline.stages.enrich import enrich_articles
from storyline.stages.ingest import read_file

GOLD = Path(__file__).resolve().parent / "gold" / "seed_quotes.json"
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


@dataclass(slots=True)
class SeedResult:
    gold: int = 0
    found: int = 0
    right: int = 0
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)


def load_gold(path: Path = GOLD) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["quotes"]


def seed_articles(seeds: Path) -> dict[tuple[str, int], Article]:
    """(file prefix, segment) -> enriched article, through the real stages."""
    articles: dict[tuple[str, int], Article] = {}
    for path in sorted(seeds.glob("*.txt")):
        docs = [d for d in read_file(path) if hasattr(d, "content")]
        cleaned = [a for a in clean_documents(docs) if isinstance(a, Article)]
        enrich_articles(cleaned)
        for art in cleaned:
            articles[(path.name.split("_")[0], art.segment)] = art
    return articles


def _surname(name: str | None) -> str:
    return (name or "").replace(".", " ").split()[-1].lower() if (name or "").strip() else ""


def score(articles: dict[tuple[str, int], Article], gold: list[dict]) -> SeedResult:
    res = SeedResult()
    for item in gold:
        res.gold += 1
        art = articles.get((item["file"], item["segment"]))
        fragment = item["fragment"].translate(_FOLD)
        matches = [q for q in (art.quotes if art else []) if fragment in q.text.translate(_FOLD)]
        if not matches:
            res.misses.append((item["speaker"], item["fragment"], "not found"))
            continue
        res.found += 1
        quote = min(matches, key=lambda q: len(q.text))
        if _surname(quote.speaker) == _surname(item["speaker"]):
            res.right += 1
        else:
            res.misses.append((item["speaker"], item["fragment"], quote.speaker))
    return res
