"""What analysis costs besides placing articles, as the corpus and its stories grow.

    .venv/bin/python benchmarks/analysis_scale.py                      # 2,000 articles
    .venv/bin/python benchmarks/analysis_scale.py --sizes 2000,6000    # ~10 min
    .venv/bin/python benchmarks/analysis_scale.py --only story --story-sizes 100,200,400
    .venv/bin/python benchmarks/analysis_scale.py --only incremental --sizes 6000,12000

(a) Corpus: a synthetic corpus of each size (``_stories_synth``: real dev
    sentences, made-up names and dates) through dedup and clustering into a
    temp SQLite file, then timed:
    - the first refresh of every story (per-story analysis, then the framing
      across the corpus), what an analyze run pays for the stories it touched;
    - the framing across the corpus alone, what every analyze run pays once;
    - the data and view model of the report and of the web UI's snapshot
      (``collect`` + ``build_report_context``);
    - the HTML report, at its default article limit and without one (MB);
    - ``storyline.export`` in a fresh process: seconds and peak RSS (the process's
      whole footprint, imports included);
    - the web UI's story list and biggest story page, the first pages after a change,
      in a fresh process: seconds and peak RSS. The web UI used to hold the data and
      view model of the column "collect + report context" (its anchor, same run).
(b) Story: one story made of the first K of the BASIL and ECB+ dev articles,
    shuffled, analysed by ``compare_story`` (the real pipeline enriches them
    first, with spaCy: about a minute).
(c) Persons: the lookup of the persons a bare surname may name, among N
    stored persons.
(d) Incremental: a synthetic corpus of each size, analysed, then one more batch of
    64 articles landed; what the run then pays to finish (re-analyse the stories
    it touched and the framing across stories), as shipped (past
    ``CORPUS_FRAMING_ALWAYS`` articles the framing is recomputed only once the
    corpus has grown by ``CORPUS_FRAMING_GROWTH``) beside recomputing the framing
    on every run (``refresh_framing=True``, what every run did before), each on its
    own copy of the database.

There is no outside anchor for these: each figure is meant to grow about
linearly with the size beside it (docs/benchmarks.md has the figures of the
code before the quadratic parts were removed).
"""

from __future__ import annotations

import argparse
import json
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stories_eval as ev  # noqa: E402
import _stories_synth as syn  # noqa: E402

import storyline  # noqa: E402
from storyline.pipeline import (  # noqa: E402
    CORPUS_FRAMING_ALWAYS,
    refresh_corpus_framing,
    refresh_dirty_stories,
)
from storyline.records import Entity, Story  # noqa: E402
from storyline.report import build_report_context, write_report  # noqa: E402
from storyline.stages.compare import compare_story  # noqa: E402
from storyline.store.db import Store  # noqa: E402
from storyline.store.export import collect  # noqa: E402


def _timed(fn):  # noqa: ANN001, ANN202
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


#: Run in a fresh process, so its peak RSS is the export's alone. The peak is the
#: kernel's VmHWM, which starts afresh at exec; getrusage's ru_maxrss does not, and would
#: report this (much larger) benchmark process, whose fork the child began as.
EXPORT_CHILD = """
import re, sys, time
from pathlib import Path
import storyline
start = time.perf_counter()
storyline.export(sys.argv[1], sys.argv[2])
secs = time.perf_counter() - start
print(secs, re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1))
"""


#: The web UI's first pages after a change, in a fresh process: the story list, then the
#: biggest story's page; seconds of both and the process's peak RSS (VmHWM).
WEB_CHILD = """
import re, sys, time
from pathlib import Path
from storyline.web.data import Site
start = time.perf_counter()
site = Site(sys.argv[1])
first = site.stories_page()["stories"]
if first:
    site.story_page(first[0]["id"])
secs = time.perf_counter() - start
print(secs, re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1))
"""


def _web_cost(db: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of the web UI's first two pages, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", WEB_CHILD, str(db)], capture_output=True, text=True, check=True
    )
    secs, kb = done.stdout.split()
    return float(secs), int(kb) / 1024


def _export_cost(db: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of ``storyline.export`` of ``db``, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", EXPORT_CHILD, str(db), str(out)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    secs, kb = done.stdout.split()
    return float(secs), int(kb) / 1024


def corpus(sizes: list[int]) -> None:
    print("\n## Corpus: per-run costs beyond clustering, synthetic corpora\n")
    print(
        "| articles | stories | first refresh of every story s | corpus framing s "
        "| collect + report context s | report MB (limit) | report MB (none) "
        "| export s | export peak MB | web list + biggest story s | web peak MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    records = ev.load("ecbplus") + ev.load("basil")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            with Store(tmp / "scale.db") as store:
                syn.cluster_run(store, syn.synthetic_corpus(records, n))
                stories, refresh = _timed(lambda store=store: refresh_dirty_stories(store))
                _, framing = _timed(lambda store=store: refresh_corpus_framing(store))
            with Store(tmp / "scale.db", readonly=True) as store:
                data, collecting = _timed(lambda store=store: collect(store))
            _, context = _timed(lambda data=data: build_report_context(data))
            limited = write_report(data, tmp / "limit").stat().st_size / 2**20
            whole = write_report(data, tmp / "all", max_articles=None).stat().st_size / 2**20
            del data
            exporting, export_mb = _export_cost(tmp / "scale.db", tmp / "export")
            web, web_mb = _web_cost(tmp / "scale.db")
        print(
            f"| {n:,} | {stories:,} | {refresh:.1f} | {framing:.2f} "
            f"| {collecting + context:.2f} | {limited:.1f} | {whole:.1f} "
            f"| {exporting:.2f} | {export_mb:.0f} | {web:.2f} | {web_mb:.0f} |",
            flush=True,
        )


def story(sizes: list[int]) -> None:
    print("\n## Story: one story of K mixed BASIL + ECB+ articles, compare_story\n")
    records = ev.load("basil") + ev.load("ecbplus")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "dev.jsonl"
        inputs.write_text("".join(json.dumps(ev.to_input(r)) + "\n" for r in records), "utf-8")
        with ev.without_story_analysis():
            storyline.analyze([inputs], Path(tmp) / "dev.db")
        with Store(Path(tmp) / "dev.db", readonly=True) as store:
            articles = store.load_articles()
    random.Random(0).shuffle(articles)
    print("| articles | seconds |")
    print("|---|---|")
    for k in sizes:
        members = articles[:k]
        one = Story(id="s", title="t", article_ids=[a.id for a in members])
        _, secs = _timed(lambda one=one, members=members: compare_story(one, members))
        print(f"| {k} | {secs:.2f} |", flush=True)


def persons(count: int, lookups: int = 1000) -> None:
    print(f"\n## Persons: bare-surname lookups among {count:,} stored persons\n")
    rng = random.Random(0)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 8)))

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "p.db") as store:
        with store.transaction():
            for i in range(count):
                key = f"{word()} {word()}"
                store.upsert_entity(Entity(f"e{i}", key.title(), "PERSON", []), key)
        _, secs = _timed(lambda: [store.entities_with_surname(word()) for _ in range(lookups)])
    print(f"{1000 * secs / lookups:.3f} ms per lookup ({lookups} lookups)")


#: Articles an incremental run adds (one batch).
INCREMENT = 64


def incremental(sizes: list[int]) -> None:
    print(f"\n## Incremental: finishing a run that adds {INCREMENT} articles\n")
    print(
        "| articles before | stories refreshed | finish s, as shipped "
        "| finish s, framing recomputed every run |"
    )
    print("|---|---|---|---|")
    records = ev.load("ecbplus") + ev.load("basil")
    for n in sizes:
        if n <= CORPUS_FRAMING_ALWAYS:
            print(f"| {n:,} | – | (at or under {CORPUS_FRAMING_ALWAYS:,}: always recomputed) | |")
            continue
        articles = syn.synthetic_corpus(records, n + INCREMENT)
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            with Store(tmp / "a.db") as store:
                syn.cluster_run(store, articles[:n])
                refresh_dirty_stories(store)
                syn.cluster_run(store, articles[n:])
                with Store(tmp / "b.db") as copy:
                    store.conn.backup(copy.conn)
                touched, shipped = _timed(lambda store=store: refresh_dirty_stories(store))
            with Store(tmp / "b.db") as store:
                _, every = _timed(
                    lambda store=store: refresh_dirty_stories(store, refresh_framing=True)
                )
        print(f"| {n:,} | {touched} | {shipped:.2f} | {every:.2f} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000", help="corpus sizes, e.g. 2000,6000")
    ap.add_argument("--story-sizes", default="100,200,400", help="articles in the one story")
    ap.add_argument("--persons", type=int, default=200_000, help="stored persons")
    ap.add_argument("--only", choices=["corpus", "story", "persons", "incremental"], default=None)
    args = ap.parse_args()
    if args.only in (None, "corpus"):
        corpus([int(x) for x in args.sizes.split(",")])
    if args.only in (None, "story"):
        story([int(x) for x in args.story_sizes.split(",")])
    if args.only in (None, "persons"):
        persons(args.persons)
    if args.only in (None, "incremental"):
        incremental([int(x) for x in args.sizes.split(",")])


if __name__ == "__main__":
    main()
