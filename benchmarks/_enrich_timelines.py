"""Timeline17 dates: which days does a folder of articles say things happened?

Each folder of ``timelines/`` holds dated, tokenised articles
(``articles.jsonl``: id, published, body) and a gold timeline
(``*.timeline.json``: a list of {date, text}). We find the dated events of
every article (time expressions normalised against its publication date,
page date lines and comment stamps left out), rank the days by how widely
the articles report them (`storyline.stages.enrich.times.rank_event_days`:
distinct publication days naming the day, plus a half vote per article
published that day), keep as many as the gold timeline has, and score date
F1 against the gold dates.

Baseline (the anchor): the most-mentioned dates, i.e. days ranked by how
many day-level time expressions name them, counted over every mention.

    .venv/bin/python benchmarks/_enrich_timelines.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from storyline.records import TimeMention
from storyline.stages.enrich.times import (
    event_times,
    normalise_time_expressions,
    rank_event_days,
)


@dataclass(slots=True)
class FolderResult:
    name: str
    articles: int
    gold: int
    ours_f1: float
    baseline_f1: float


def _detokenise(text: str) -> str:
    """Undo the PTB tokenisation enough for the time finder ("Feb . 18 ," -> "Feb. 18,")."""
    for a, b in (
        (" ,", ","),
        (" .", "."),
        (" 's", "'s"),
        (" ;", ";"),
        (" :", ":"),
        ("-LRB- ", "("),
        (" -RRB-", ")"),
    ):
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


def read_folder(path: Path) -> tuple[list[tuple[str | None, list[TimeMention]]], Counter[str]]:
    """(per article: publication date and event times; mentions per day, every one)."""
    reports: list[tuple[str | None, list[TimeMention]]] = []
    by_mentions: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            body = _detokenise(rec.get("body") or "")
            times = normalise_time_expressions(body, rec.get("published"), "day")
            for t in times:
                if t.date and t.precision == "day":
                    by_mentions[t.date] += 1
            reports.append((rec.get("published"), event_times(body, times)))
    return reports, by_mentions


def rank(counts: Counter[str]) -> list[str]:
    return sorted(counts, key=lambda d: (-counts[d], d))


def run_folder(folder: Path) -> FolderResult:
    gold_file = next(folder.glob("*.timeline.json"))
    gold = {item["date"][:10] for item in json.loads(gold_file.read_text(encoding="utf-8"))}
    reports, by_mentions = read_folder(folder / "articles.jsonl")
    k = len(gold)
    ours = set(rank_event_days(reports)[:k])
    base = set(rank(by_mentions)[:k])
    return FolderResult(folder.name, len(reports), k, f1(ours, gold), f1(base, gold))


def run(root: Path) -> list[FolderResult]:
    return [run_folder(f) for f in sorted(p for p in root.iterdir() if p.is_dir())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = Path(__file__).resolve().parent
    parser.add_argument("--shared", type=Path, default=here.parent.parent / "shared")
    args = parser.parse_args(argv)
    folders = run(args.shared / "data/timelines")
    print("| folder | articles | gold days | ours | most-mentioned |")
    print("|---|---|---|---|---|")
    for f in folders:
        print(f"| {f.name} | {f.articles} | {f.gold} | {f.ours_f1:.3f} | {f.baseline_f1:.3f} |")
    ours = sum(f.ours_f1 for f in folders) / len(folders)
    base = sum(f.baseline_f1 for f in folders) / len(folders)
    print(f"| mean | | | {ours:.3f} | {base:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
