"""Entities, quotes and time (issue 4): one command, one run.

    .venv/bin/python benchmarks/enrich.py [--shared ../shared] [--basil-limit N]

(a) BASIL quote spans found and attributed to the right person;
(b) the seeds' quotes (hand-written gold list) found with the right speaker;
(c) Timeline17 date F1 beside the most-mentioned-dates baseline;
(d) enrich words/s beside spaCy's `nlp.pipe` on the same text, both on 2 cores.

Prints a Markdown table (the one in docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _enrich_basil as basil  # noqa: E402
import _enrich_cost as cost  # noqa: E402
import _enrich_seeds as seeds  # noqa: E402
import _enrich_timelines as timelines  # noqa: E402

from storyline.stages.enrich import enrich_articles  # noqa: E402

TARGET_SPEAKER = 0.90
TARGET_TIMELINE_F1 = 0.60
ANCHOR_TIMELINE_F1 = 0.46


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--basil-limit", type=int, default=None)
    parser.add_argument("--verbose", action="store_true", help="list the misses")
    args = parser.parse_args(argv)
    shared: Path = args.shared
    rows: list[tuple[str, str, str]] = []

    # (a) BASIL
    articles, spans = basil.load(shared / "data/basil/dev.jsonl", args.basil_limit)
    pristine = copy.deepcopy(articles)
    t0 = time.perf_counter()
    enrich_articles(articles)
    b = basil.score(articles, spans)
    rows += [
        ("BASIL quote spans found", f"{b.share(b.found, b.spans):.1%} of {b.spans}", "—"),
        (
            "BASIL right speaker, spans with a named person",
            f"{b.share(b.person_right, b.person_spans):.1%} of {b.person_spans}",
            f"≥ {TARGET_SPEAKER:.0%}",
        ),
        (
            "BASIL right speaker, spans credited to a group",
            f"{b.share(b.group_right, b.group_spans):.1%} of {b.group_spans}",
            "—",
        ),
    ]
    print(f"(a) BASIL: {len(articles)} articles in {time.perf_counter() - t0:.0f}s", flush=True)
    if args.verbose:
        for gold, got, text in b.errors:
            print(f"    {gold} -> {got}: {text}")

    # (b) seeds
    gold = seeds.load_gold()
    s = seeds.score(seeds.seed_articles(shared / "seeds"), gold)
    rows += [
        (f"Seed quotes found (gold list of {s.gold})", f"{s.found / s.gold:.1%}", "—"),
        ("Seed quotes with the right speaker", f"{s.right / s.gold:.1%}", "—"),
    ]
    print(f"(b) seeds: {s.right}/{s.gold} right", flush=True)
    if args.verbose:
        for who, fragment, got in s.misses:
            print(f"    {who}: {fragment!r} -> {got}")

    # (c) timelines
    folders = timelines.run(shared / "data/timelines")
    ours = sum(f.ours_f1 for f in folders) / len(folders)
    base = sum(f.baseline_f1 for f in folders) / len(folders)
    rows += [
        (
            f"Timeline17 date F1, days ranked by publication days reporting them"
            f" ({len(folders)} folders)",
            f"{ours:.3f}",
            f"≥ {TARGET_TIMELINE_F1}",
        ),
        (
            "Timeline17 date F1, most-mentioned dates (baseline, same run)",
            f"{base:.3f}",
            f"anchor {ANCHOR_TIMELINE_F1}",
        ),
    ]
    per_folder = ", ".join(f"{f.name} {f.ours_f1:.2f}/{f.baseline_f1:.2f}" for f in folders)
    print(f"(c) timelines (ours/baseline): {per_folder}", flush=True)

    # (d) cost, on the BASIL bodies
    spacy_wps, enrich_wps = cost.words_per_second(pristine)
    rows += [
        ("spaCy nlp.pipe, 2 processes (words/s)", f"{spacy_wps:,.0f}", "—"),
        ("enrich_articles, 2 processes (words/s)", f"{enrich_wps:,.0f}", "—"),
        ("enrich overhead (spaCy words/s ÷ enrich words/s)", f"{spacy_wps / enrich_wps:.2f}×", "—"),
    ]

    print()
    print("| measure | storyline | target / anchor |")
    print("|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
