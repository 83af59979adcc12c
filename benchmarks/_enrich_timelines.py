"""Timeline17 dates: which days does a folder of articles say things happened?

Each folder of ``timelines/`` holds dated, tokenised articles
(``articles.jsonl``: id, published, body) and a gold timeline
(``*.timeline.json``: a list of {date, text}). We find the dated events of
every article (time expressions normalised against its publication date),
rank the days by how many articles report an event on them, keep as many as
the gold timeline has, and score date F1 against the gold dates.

Baseline (the anchor): the most-mentioned dates, i.e. days ranked by how
many day-level time expressions name them, counted over every mention.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from storyline.stages.enrich.times import normalise_time_expressions


@dataclass(slots=True)
class FolderResult:
    name: str
    articles: int
    gold: int
    ours_f1: float
    baseline_f1: float


def _detokenise(text: str) -> str:
    """Undo the PTB tokenisation enough for the time finder ("Feb . 18 ," -> "Feb. 18,")."""
    for a, b in ((" ,", ","), (" .", "."), (" 's", "'s"), (" ;", ";"), (" :", ":")):
        text = text.replace(a, b)
    return text


def f1(predicted: set[str], gold: set[str]) -> float:
    if not predicted or not gold:
        return 0.0
    hit = len(predicted & gold)
    if not hit:
        return 0.0
    p, r = hit / len(predicted), hit / len(gold)
    return 2 * p * r / (p + r)


def day_counts(path: Path) -> tuple[Counter[str], Counter[str], int]:
    """(articles reporting an event per day, mentions per day, article count)."""
    by_articles: Counter[str] = Counter()
    by_mentions: Counter[str] = Counter()
    n = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            n += 1
            body = _detokenise(rec.get("body") or "")
            days = set()
            for t in normalise_time_expressions(body, rec.get("published"), "day"):
                if t.date and t.precision == "day":
                    by_mentions[t.date] += 1
                    days.add(t.date)
            for d in days:
                by_articles[d] += 1
    return by_articles, by_mentions, n


def rank(counts: Counter[str], secondary: Counter[str] | None = None) -> list[str]:
    secondary = secondary or Counter()
    return sorted(counts, key=lambda d: (-counts[d], -secondary[d], d))


def run_folder(folder: Path) -> FolderResult:
    gold_file = next(folder.glob("*.timeline.json"))
    gold = {item["date"][:10] for item in json.loads(gold_file.read_text(encoding="utf-8"))}
    by_articles, by_mentions, n = day_counts(folder / "articles.jsonl")
    k = len(gold)
    ours = set(rank(by_articles, by_mentions)[:k])
    base = set(rank(by_mentions)[:k])
    return FolderResult(folder.name, n, k, f1(ours, gold), f1(base, gold))


def run(root: Path) -> list[FolderResult]:
    return [run_folder(f) for f in sorted(p for p in root.iterdir() if p.is_dir())]
