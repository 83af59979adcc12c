"""HTML-path speed, storyline beside trafilatura, timed in turn within each round.

    .venv/bin/python benchmarks/html_speed.py [--repeat N]

``benchmarks/cleaning.py`` times trafilatura over every page and then storyline, minutes
apart: on a shared host whose speed drifts, that order can favour either. Here each round
times trafilatura 2.3.1 (``include_comments=False``) and storyline's ``clean_html`` over
the 122 pages of ../shared/data/extraction/dev.jsonl one after the other, so a change in
the host's speed falls on both alike; the best of N rounds is kept for each (pages per
CPU second on one core), with the ratio of the two.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cleaning_data import EXTRACTION, load_jsonl, page_html, speed_rounds  # noqa: E402
from cleaning import html_systems  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    repeat = speed_rounds(__doc__, 4, argv)
    if repeat is None:
        return 1
    pages = [(page_html(record), record["url"]) for record in load_jsonl(EXTRACTION)]
    systems = html_systems()
    for run in systems.values():  # warm both (imports, caches) before any clock
        for page in pages[:20]:
            run(page)
    best = dict.fromkeys(systems, 0.0)
    for round_ in range(1, repeat + 1):
        for name, run in systems.items():
            start = time.process_time()
            for page in pages:
                run(page)
            best[name] = max(best[name], len(pages) / (time.process_time() - start))
        print(f"round {round_}: " + ", ".join(f"{n} {v:.1f}" for n, v in best.items()))
    names = list(systems)
    print(f"\nextraction dev: {len(pages)} pages, best of {repeat} rounds, one core")
    print("| system | pages/s |\n|---|---|")
    for name in names:
        print(f"| {name} | {best[name]:.1f} |")
    print(f"\nstoryline / trafilatura: {best[names[1]] / best[names[0]]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
