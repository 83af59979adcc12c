"""Cleaning benchmark (issue 3): storyline beside trafilatura and raw text, one run.

    .venv/bin/python benchmarks/cleaning.py [--limit N] [--text-only] [--repeat N]

- HTML path, ../shared/data/extraction/dev.jsonl (``html`` -> ``body``): mean per-page
  F1 over 4-token shingles (the ScrapingHub article-extraction-benchmark metric) and
  pages/s, for trafilatura 2.3.1 (``include_comments=False``) and storyline's
  ``clean_html``.
- Text path, same file (``page_text`` -> ``body``): raw page text vs storyline's
  ``split_articles`` (all articles of the page joined).
- Multi-article pages, ../shared/data/multi_article/dev.jsonl: share of pages with the
  right article count, mean body F1 over the articles each page holds.
- Unseen furniture, HTML path: the dev pages with elements of held-out furniture
  inserted between the article's paragraphs, storyline beside trafilatura.
- Unseen furniture: extraction dev bodies with widgets, notices and link lists phrased
  in ``_cleaning_unseen`` inserted around and between paragraphs (three sets the rules were
  written against and two held-out sets): body F1 and recall (recall below the page's
  without furniture is article text the furniture took with it), and the share of
  inserted lines left.
- Article lines about furniture topics (``_cleaning_topical``: news about AI, shares,
  subscriptions, cookies…), text and HTML paths: how many are lost where a neutral line
  at the same place stays (storyline beside trafilatura on HTML).
- The seeds: article count, furniture left, the fifth file's date, the outlets of the
  three Russia Today pieces.

Speeds are pages per CPU second of this process (one core), so other jobs on the
machine change them less than wall time would: the best of ``--repeat`` passes, and
beside it the first pass alone (the text path's first pass follows the HTML path, which
judged lines of the same pages; with ``--text-only`` it sees them first). The text path
also shows a second, parallel figure: pages per wall-clock second over a pool of
``--processes`` worker processes (started and warmed before the clock; each returns the
page's joined body to the parent). That one depends on how idle the machine's cores
are; the one-core figure is the primary one. The load average is printed beside them.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _cleaning_data import (  # noqa: E402
    EXTRACTION,
    MULTI_ARTICLE,
    SEEDS,
    load_jsonl,
    page_html,
    shingle_prf,
)

from storyline.stages.clean import clean_documents  # noqa: E402
from storyline.stages.clean.html import clean_html  # noqa: E402
from storyline.stages.clean.textdump import split_articles  # noqa: E402

SEED_FURNITURE = (
    "Try Our AI Features", "Related Articles", "hours ago", "days ago", "enable JavaScript",
    "Subscribe", "Log in", "AI assistance", "Hashtags", "No comments yet", "Leave a Reply",
    "date 2025",
)  # fmt: skip


#: Speeds are the best of this many runs (``--repeat``): on a busy machine one run's CPU
#: time is inflated by cache and core sharing, never deflated.
REPEAT = 1


def _timed(fn, items):
    """The outputs of ``fn`` over ``items``, the best speed of REPEAT runs and the speed
    of the first: a first pass over the pages, which a cache of what was seen before
    cannot speed up."""
    speeds = []
    for _ in range(REPEAT):
        start = time.process_time()
        out = [fn(item) for item in items]
        speeds.append(len(items) / max(time.process_time() - start, 1e-9))
    return out, max(speeds), speeds[0]


def _text_body(text: str) -> str:
    return "\n\n".join(a.body for a in split_articles(text))


#: Worker processes for the parallel text-path figure (``--processes``; 0 skips it).
PROCESSES = 2


def _timed_pool(fn, items, processes: int) -> tuple[list, float]:
    """The outputs of ``fn`` mapped over ``items`` by a pool of ``processes`` workers and
    the pages per wall-clock second, best of REPEAT runs; the pool is started (and every
    worker warmed on a few items) before the clock starts."""
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(fn, items[: processes * 4], chunksize=1)
        best, out = 0.0, []
        for _ in range(REPEAT):
            start = time.perf_counter()
            out = pool.map(fn, items, chunksize=4)
            best = max(best, len(items) / max(time.perf_counter() - start, 1e-9))
    return out, best


def html_systems() -> dict[str, Callable[[tuple[str, str]], str]]:
    """The two HTML extractors, each from an ``(html, url)`` page to its body text:
    trafilatura (the anchor) first, then storyline."""
    import trafilatura

    return {
        "trafilatura 2.3.1": lambda p: (
            trafilatura.extract(p[0], url=p[1], include_comments=False) or ""
        ),
        "storyline clean_html": lambda p: "\n\n".join(a.body for a in clean_html(p[0], p[1])),
    }


def html_path(records: list[dict]) -> dict[str, tuple[float, float, float]]:
    """Each system's mean F1, best speed and first-pass speed."""
    pages = [(page_html(r), r["url"]) for r in records]
    results: dict[str, tuple[float, float, float]] = {}
    for name, fn in html_systems().items():
        outputs, speed, first = _timed(fn, pages)
        f1 = statistics.mean(
            shingle_prf(r["body"], o)[2] for r, o in zip(records, outputs, strict=True)
        )
        results[name] = (f1, speed, first)
    return results


def _kept_whole(found: str, line: str) -> bool:
    """Whether ``line`` stands whole, as a line, in ``found`` (whitespace runs as one
    space)."""
    kept = "\n" + "\n".join(" ".join(part.split()) for part in found.split("\n")) + "\n"
    return f"\n{' '.join(line.split())}\n" in kept


#: Share of an HTML page's article paragraphs (after the first, before the last) followed
#: by an inserted furniture element in the unseen-furniture check of the HTML path.
HTML_INSERT_SHARE = 0.3


def html_unseen_furniture(
    records: list[dict], furniture: dict[str, list[str]]
) -> tuple[int, int, dict[str, tuple[float, int]]]:
    """Extraction dev HTML pages with a ``<p>`` or ``<div>`` of ``furniture`` (a set of
    ``_cleaning_unseen``) inserted after some of the article's paragraphs (those
    whose text is a gold body line of 8 words or more). The number of pages changed, of
    lines inserted, and for trafilatura and storyline the mean body F1 and how many
    inserted lines are left whole."""
    import lxml.html
    import trafilatura

    def norm(text: str) -> str:
        return " ".join(text.split())

    pool = [line for lines in furniture.values() for line in lines]
    rng = random.Random(21)
    scores: dict[str, list[float]] = {"trafilatura 2.3.1": [], "storyline clean_html": []}
    left = dict.fromkeys(scores, 0)
    pages = total = 0
    for record in records:
        try:
            tree = lxml.html.fromstring(page_html(record))
        except (ValueError, lxml.etree.ParserError):
            continue
        gold = {norm(line) for line in record["body"].split("\n") if len(line.split()) >= 8}
        paragraphs = [p for p in tree.iter("p") if norm(p.text_content()) in gold]
        used = []
        for paragraph in paragraphs[1:-1]:
            if rng.random() < HTML_INSERT_SHARE:
                element = lxml.html.Element(rng.choice(["p", "div"]))
                element.text = rng.choice(pool)
                paragraph.addnext(element)
                used.append(element.text)
        if not used:
            continue
        pages += 1
        total += len(used)
        page = lxml.html.tostring(tree, encoding="unicode")
        outputs = {
            "trafilatura 2.3.1": trafilatura.extract(
                page, url=record["url"], include_comments=False
            )
            or "",
            "storyline clean_html": "\n\n".join(a.body for a in clean_html(page, record["url"])),
        }
        for name, output in outputs.items():
            scores[name].append(shingle_prf(record["body"], output)[2])
            left[name] += sum(_kept_whole(output, line) for line in used)
    return pages, total, {name: (statistics.mean(scores[name]), left[name]) for name in scores}


#: The text path's outputs on one core, for the parallel run to be checked against.
TEXT_OUTPUTS: list[str] = []


def text_path(records: list[dict]) -> dict[str, tuple[float, float, float]]:
    """As :func:`html_path`, for the raw text (not timed) and storyline."""
    texts = [r["page_text"] for r in records]
    raw = statistics.mean(shingle_prf(r["body"], r["page_text"])[2] for r in records)
    outputs, speed, first = _timed(_text_body, texts)
    TEXT_OUTPUTS[:] = outputs
    f1 = statistics.mean(
        shingle_prf(r["body"], o)[2] for r, o in zip(records, outputs, strict=True)
    )
    return {
        "raw page text": (raw, float("nan"), float("nan")),
        "storyline split_articles": (f1, speed, first),
    }


def text_path_parallel(records: list[dict], processes: int) -> tuple[float, bool]:
    """The text path's pages per wall-clock second over ``processes`` worker processes,
    and whether its outputs are those of the one-core run."""
    outputs, speed = _timed_pool(_text_body, [r["page_text"] for r in records], processes)
    return speed, outputs == TEXT_OUTPUTS


def _count_and_f1(records: list[dict], outputs: list[list]) -> tuple[float, float]:
    """For multi-article ``records`` and the articles split from each page: the share of
    pages split into the right number of articles, and the mean body F1 of the articles
    the pages hold (an article not found scores 0)."""
    right = sum(len(o) == len(r["articles"]) for r, o in zip(records, outputs, strict=True))
    scores = [
        shingle_prf(gold["body"], found[i].body if i < len(found) else "")[2]
        for r, found in zip(records, outputs, strict=True)
        for i, gold in enumerate(r["articles"])
    ]
    return right / len(records), statistics.mean(scores)


def multi_article(records: list[dict]) -> tuple[float, float, float]:
    outputs, speed, _ = _timed(lambda r: split_articles(r["page_text"]), records)
    return *_count_and_f1(records, outputs), speed


def invented_furniture(records: list[dict]) -> tuple[float, float, float]:
    """The multi-article pages rebuilt with furniture phrased here (see _cleaning_invented)."""
    from _cleaning_invented import TEASERS, WIDGETS, rebuild

    outputs = [split_articles(rebuild(record, index)) for index, record in enumerate(records)]
    leaked, total = 0, 0
    for found in outputs:
        body = "\n".join(a.body for a in found)
        for phrase in WIDGETS + TEASERS:
            total += 1
            leaked += phrase in body
    return *_count_and_f1(records, outputs), leaked / total


def multi_article_unseen(records: list[dict]) -> dict[str, tuple[float, float]]:
    """The multi-article pages rebuilt with each held-out set of ``_cleaning_unseen`` (see
    ``_cleaning_invented.rebuild_with``): right article count and mean body F1 per set."""
    import _cleaning_unseen as unseen
    from _cleaning_invented import rebuild_with

    return {
        name: _count_and_f1(
            records,
            [
                split_articles(rebuild_with(record, furniture, seed * 1000 + index))
                for index, record in enumerate(records)
            ],
        )
        for name, furniture, seed in unseen.SETS
        if "held out" in name
    }


def unseen_furniture(records: list[dict]) -> dict[str, tuple[float, float, float, int, int]]:
    """Extraction dev bodies with furniture phrased in ``_cleaning_unseen``: for the clean
    page (no furniture) and each of its ``SETS`` (those rules were written against and
    those held out), the mean body F1 and recall, and how many inserted lines are left
    whole. Recall below the clean page's is article text the furniture took with it."""
    import _cleaning_unseen as unseen
    from _cleaning_unseen import lines_left, pages

    out = {}
    for name, furniture, seed in (("no furniture", None, 0), *unseen.SETS):
        scores, recalls, left, total = [], [], 0, 0
        for body, page, used in pages(records, furniture, seed):
            found = "\n".join(a.body for a in split_articles(page))
            _, recall, f1 = shingle_prf(body, found)
            scores.append(f1)
            recalls.append(recall)
            total += len(used)
            left += lines_left(found, used)
        out[name] = (
            statistics.mean(scores),
            statistics.mean(recalls),
            left / total if total else 0.0,
            left,
            total,
        )
    return out


def topical_lines(records: list[dict]) -> dict[str, tuple[int, int, int]]:
    """Article lines about furniture topics (``_cleaning_topical``), text path: for each
    set, its number of lines, how many the line classifier flags on their own, and how
    many a page loses where a neutral line of the same length at the same place stays."""
    from _cleaning_topical import TOPICAL_SETS, placements

    from storyline.stages.clean.textdump import classify_line

    def text(page: str) -> str:
        return "\n".join(a.body for a in split_articles(page))

    out = {}
    for name, lines_by_kind, _ in TOPICAL_SETS:
        lines = [line for lines in lines_by_kind.values() for line in lines]
        flagged = sum(classify_line(line) is not None for line in lines)
        lost = sum(
            not _kept_whole(text(page), line)
            for line, page in placements(records, lines, lambda p, c: _kept_whole(text(p), c))
        )
        out[name] = (len(lines), flagged, lost)
    return out


def html_topical_lines(records: list[dict]) -> dict[str, dict[str, tuple[int, int]]]:
    """The same lines on the HTML path: each put as a ``<p>`` after an article paragraph
    of a dev page (a gold body line of 8 words or more) that shares a word with the line
    and where a neutral line of the same length stays for both systems; per set and
    system, the lines placed and lost."""
    import lxml.html
    import trafilatura
    from _cleaning_topical import (
        CONTROL_LONG,
        CONTROL_SHORT,
        SHORT_WORDS,
        TOPICAL_SETS,
        shares_a_word,
    )

    systems = {
        "trafilatura 2.3.1": lambda page, url: (
            trafilatura.extract(page, url=url, include_comments=False) or ""
        ),
        "storyline clean_html": lambda page, url: "\n\n".join(
            a.body for a in clean_html(page, url)
        ),
    }

    def with_line(record: dict, at: int, line: str) -> str | None:
        try:
            tree = lxml.html.fromstring(page_html(record))
        except (ValueError, lxml.etree.ParserError):
            return None
        gold = {" ".join(x.split()) for x in record["body"].split("\n") if len(x.split()) >= 8}
        paragraphs = [p for p in tree.iter("p") if " ".join(p.text_content().split()) in gold]
        if len(paragraphs) < 3:
            return None
        element = lxml.html.Element("p")
        element.text = line
        paragraphs[1 + at % (len(paragraphs) - 2)].addnext(element)
        return lxml.html.tostring(tree, encoding="unicode")

    rng = random.Random(23)
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for name, lines_by_kind, _ in TOPICAL_SETS:
        placed, lost = 0, dict.fromkeys(systems, 0)
        for index, line in enumerate(line for lines in lines_by_kind.values() for line in lines):
            control = CONTROL_SHORT if len(line.split()) <= SHORT_WORDS else CONTROL_LONG
            for attempt in range(len(records)):
                record = records[(index * 7 + attempt) % len(records)]
                at = rng.randrange(1000)
                host = f"{record.get('title') or ''}\n{record['body']}"
                if not (shares_a_word(line, host) and shares_a_word(control, host)):
                    continue  # an article's own line shares its words (see _cleaning_topical)
                page = with_line(record, at, control)
                if page is None or not all(
                    _kept_whole(run(page, record["url"]), control) for run in systems.values()
                ):
                    continue
                page = with_line(record, at, line)
                placed += 1
                for system, run in systems.items():
                    lost[system] += not _kept_whole(run(page, record["url"]), line)
                break
        out[name] = {system: (placed, lost[system]) for system in systems}
    return out


def seeds() -> dict[str, object]:
    from storyline.stages.ingest import read_file

    files = sorted(SEEDS.glob("*.txt"))
    per_file = [clean_documents(read_file(path)) for path in files]
    articles = [a for found in per_file for a in found]
    leaked = [f for f in SEED_FURNITURE for a in articles if f in a.body]
    return {
        "articles": len(articles),
        "furniture left": leaked,
        "fifth file's date": per_file[4][0].published if len(per_file) > 4 else None,
        "outlets, last three of file 1": [a.outlet for a in per_file[0][-3:]],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N pages only")
    parser.add_argument(
        "--text-only", action="store_true", help="skip the HTML path (trafilatura is slow)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="speeds: best of N runs")
    parser.add_argument(
        "--processes",
        type=int,
        default=PROCESSES,
        help="workers for the parallel text-path figure (wall clock; 0 skips it)",
    )
    args = parser.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)
    extraction = load_jsonl(EXTRACTION)
    if args.limit:
        extraction = extraction[: args.limit]
    print(f"extraction dev: {len(extraction)} pages")
    print("| path | system | mean F1 | pages/s (1 core) | first pass |")
    print("|---|---|---|---|---|")
    rows = [("HTML", row) for row in ({} if args.text_only else html_path(extraction)).items()]
    rows += [("text", row) for row in text_path(extraction).items()]
    for path, (name, (f1, speed, first)) in rows:
        shown = ["–" if value != value else f"{value:.0f}" for value in (speed, first)]
        print(f"| {path} | {name} | {f1:.3f} | {' | '.join(shown)} |")
    if args.processes > 0:
        before = os.getloadavg()[0]
        parallel, same = text_path_parallel(extraction, args.processes)
        print(
            f"\ntext path, storyline split_articles over {args.processes} worker processes: "
            f"{parallel:.0f} pages/s wall clock ({'same' if same else 'DIFFERENT'} output "
            f"as on one core; load average {before:.2f} before, {os.getloadavg()[0]:.2f} "
            f"after, on {os.cpu_count()} cores)"
        )
    print(f"load average (1/5/15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    multi = load_jsonl(MULTI_ARTICLE)
    right, f1, speed = multi_article(multi)
    print(
        f"\nmulti_article dev: right count {right:.1%}, mean body F1 {f1:.3f}, {speed:.0f} pages/s"
    )
    right, f1, leaked = invented_furniture(multi)
    print(
        f"multi_article rebuilt with invented furniture: right count {right:.1%}, "
        f"mean body F1 {f1:.3f}, furniture phrases left {leaked:.1%}"
    )
    held = multi_article_unseen(multi)
    counts = [right for right, _ in held.values()]
    scores = [f1 for _, f1 in held.values()]
    print(
        f"multi_article rebuilt with each of the {len(held)} held-out furniture sets: right "
        f"count {min(counts):.1%} at worst (mean {statistics.mean(counts):.1%}), mean body F1 "
        f"{min(scores):.3f} at worst (mean {statistics.mean(scores):.3f})"
    )
    print("\nextraction dev bodies with furniture phrased in _cleaning_unseen (text path):")
    for name, (f1, recall, share, left, total) in unseen_furniture(extraction).items():
        lines = f", inserted lines left {left}/{total} ({share:.1%})" if total else ""
        print(f"  {name}: body F1 {f1:.3f}, recall {recall:.3f}{lines}")
    if not args.text_only:
        from _cleaning_unseen import SETS

        # from the held-out set on (the first three were read while rules were written)
        for set_name, furniture, _ in SETS[3:]:
            pages, total, found = html_unseen_furniture(extraction, furniture)
            print(
                f"\nHTML path, {pages} extraction dev pages with {total} elements of the "
                f"{set_name} inserted between the article's paragraphs:"
            )
            for name, (f1, lines_left) in found.items():
                print(
                    f"  {name}: body F1 {f1:.3f}, inserted lines left {lines_left}/{total} "
                    f"({lines_left / total:.1%})"
                )
    print("\narticle lines about furniture topics (_cleaning_topical), text path:")
    for name, (count, flagged, lost) in topical_lines(extraction).items():
        print(
            f"  {name}: {count} lines, flagged by the line classifier {flagged}, lost in "
            f"pages {lost} (where a neutral line stays)"
        )
    if not args.text_only:
        print("HTML path, each line as a <p> after an article paragraph:")
        for name, systems in html_topical_lines(extraction).items():
            shown = ", ".join(
                f"{system} lost {lost}/{placed}" for system, (placed, lost) in systems.items()
            )
            print(f"  {name}: {shown}")
    print("\nseeds:")
    for key, value in seeds().items():
        print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
