"""How fast the text path could get if parts of it cost nothing: an upper bound on
what speeding those parts up can give.

    .venv/bin/python benchmarks/text_speed_bound.py [--repeat N]

Times ``split_articles`` over every ``page_text`` of ../shared/data/extraction/dev.jsonl
(pages per second on one core, best of N rounds) as it is, and with two of its costs
taken away by replacing them for the run:

- the line judge (``_judge``, every rule that names a line's furniture reason) answering
  "article text" at once, for every line;
- the several-articles check (``_may_hold_articles``) answering "no", so no page is
  classified twice.

The output of those runs is wrong, of course: only their speed is read. The four
variants are timed in turn within each round, so a change in the host's load falls on
all of them alike. The ratio of a variant to the code as it is bounds what any
rewrite of the parts taken away could gain, whatever the host's speed.

Before the rounds, the code as it is takes a first pass over the pages, after a warm-up
on the multi-article dev pages: pages it has never seen, as a user's are. The rounds
pass over the same pages again and again; a cache of lines seen (as RE2's automaton
was, until 2026-12-07) makes them faster than that first pass, and the gap shows it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cleaning_data import EXTRACTION, MULTI_ARTICLE, load_jsonl, speed_rounds  # noqa: E402

from storyline.stages.clean import textdump  # noqa: E402


def _free_judge(text: str, exploded: bool = False) -> textdump.Verdict:
    return (None, None, False)


def _never_several(content: object) -> bool:
    return False


VARIANTS: dict[str, dict[str, Callable[..., object]]] = {
    "as it is": {},
    "line judge free": {"_judge": _free_judge},
    "no several-articles check": {"_may_hold_articles": _never_several},
    "both": {"_judge": _free_judge, "_may_hold_articles": _never_several},
}


def _timed(texts: list[str], replaced: dict[str, Callable[..., object]]) -> float:
    """Seconds for one pass over ``texts`` with ``replaced`` functions swapped in."""
    saved = {name: getattr(textdump, name) for name in replaced}
    for name, function in replaced.items():
        setattr(textdump, name, function)
    try:
        start = time.perf_counter()
        for text in texts:
            textdump.split_articles(text)
        return time.perf_counter() - start
    finally:
        for name, function in saved.items():
            setattr(textdump, name, function)


def main(argv: list[str] | None = None) -> int:
    repeat = speed_rounds(__doc__, 5, argv)
    if repeat is None:
        return 1
    texts = [record["page_text"] for record in load_jsonl(EXTRACTION)]
    _timed([record["page_text"] for record in load_jsonl(MULTI_ARTICLE)], {})
    first = _timed(texts, {})
    for replaced in VARIANTS.values():  # warm every path once
        _timed(texts, replaced)
    best = dict.fromkeys(VARIANTS, float("inf"))
    for _ in range(repeat):
        for name, replaced in VARIANTS.items():
            best[name] = min(best[name], _timed(texts, replaced))
    print(f"extraction dev: {len(texts)} pages, one core")
    print(f"first pass, pages not seen before: {len(texts) / first:.0f} pages/s")
    print(f"best of {repeat} rounds over the same pages:")
    print("| variant | pages/s | vs as it is |")
    print("|---|---|---|")
    for name, seconds in best.items():
        print(f"| {name} | {len(texts) / seconds:.0f} | {best['as it is'] / seconds:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
