"""Throughput and scale-out (issue 8): one command, one run.

    .venv/bin/python benchmarks/throughput.py [--quick] [--sizes 1000,10000]
                                              [--memory-sizes 10000,100000]

On real news text (``../shared/data``: BASIL and ECB+ bodies, the extraction
set's scraped page text, varied past the first copy; see
``_throughput_data.py``) written as JSONL files in a temp dir:

(a) articles/s end to end for the local executor with 1 process, with 2
    workers, and the Ray executor (a local Ray on every core, its start-up
    included), each in its own process, with the peak RSS of its process tree;
(b) articles/s per stage (ingest, clean, enrich, dedup+cluster, compare), timed
    inside the 1-process run;
(c) anchors in the same run: trafilatura alone on the extraction set's HTML
    (storyline's HTML cleaning beside it), storyline's text-dump cleaning, and
    spaCy ``nlp.pipe`` alone on the same article text, each with 1 and 2
    processes;
(d) peak memory of the stages whose memory grows with the corpus (ingest,
    clean, dedup, cluster, compare: enrich replaced by a no-op, since its
    memory is per batch) at ``--memory-sizes``.

The machine's load average is printed beside the figures: on a shared
machine they are low. Prints Markdown tables (the ones in docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _throughput_data as data  # noqa: E402
import _throughput_measure as measure  # noqa: E402

TARGET_PIPELINE = 40.0  # articles/s, full pipeline on 2 cores
TARGET_TEXT_CLEAN = 1000.0  # pages/s, text-dump cleaning
TARGET_RAY_RATIO = 0.8  # Ray / best local on one machine
MODES = ("local1", "local2", "ray")
STAGES = ("ingest", "clean", "enrich", "dedup+cluster", "compare")


# -- child processes: one pipeline run each ------------------------------------------
def child(mode: str, corpus: Path, db: Path) -> dict:
    """Run one configuration in this process; return its figures."""
    import storyline
    from storyline import pipeline
    from storyline.executors import local

    times = measure.StageTimes()
    if mode in ("local1", "memory"):
        local.iter_input = times.wrap_iter("ingest", local.iter_input)
        pipeline.clean_documents = times.wrap("clean", pipeline.clean_documents)
        pipeline.enrich_articles = times.wrap("enrich", pipeline.enrich_articles)
        # Clustering terms are computed with the per-article stages, used by cluster.
        pipeline.article_terms = times.wrap("dedup+cluster", pipeline.article_terms)
        local.land_prepared = times.wrap("dedup+cluster", local.land_prepared)
        local.refresh_dirty_stories = times.wrap("compare", local.refresh_dirty_stories)
    if mode == "memory":
        pipeline.enrich_articles = times.wrap("enrich", lambda batch: batch)
    started = time.perf_counter()
    if mode == "ray":
        summary = storyline.analyze([corpus], db, executor="ray")
    else:
        summary = storyline.analyze([corpus], db, workers=2 if mode == "local2" else 1)
    seconds = time.perf_counter() - started
    out = {
        "mode": mode,
        "seconds": seconds,
        "articles": summary.new_articles,
        "errors": len(summary.errors),
        "stages": dict(times.seconds),
    }
    if mode == "ray":
        out["ray_steps"] = summary.seconds
    return out


def run_config(mode: str, corpus: Path, db: Path) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(corpus), str(db)]
    out, peak, wall = measure.run_child(cmd)
    result = json.loads(out.strip().splitlines()[-1])
    result.update(peak_rss=peak, wall=wall)
    return result


# -- anchors --------------------------------------------------------------------------
def _trafilatura_one(html: str) -> int:
    import trafilatura

    return len(trafilatura.extract(html, include_comments=False) or "")


def _storyline_html_one(html: str) -> int:
    from storyline.records import Document, content_id
    from storyline.stages.clean import clean_documents

    doc = Document(content_id("html", html), "bench.html", html, "html")
    return sum(len(a.body) for a in clean_documents([doc]))


def _per_second(fn, items: list, processes: int) -> float:
    if processes == 1:
        fn(items[0])  # warm-up: imports
        started = time.perf_counter()
        for item in items:
            fn(item)
        return len(items) / (time.perf_counter() - started)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes) as pool:
        pool.map(fn, items[:processes])  # warm-up: imports in every worker
        started = time.perf_counter()
        pool.map(fn, items, chunksize=4)
        return len(items) / (time.perf_counter() - started)


def text_dump_cleaning(texts: list[data.RealText], pages: int) -> float:
    from storyline.records import Document, content_id
    from storyline.stages.clean import clean_documents

    dumps = [t.text for t in texts if t.kind == "text"]
    docs = [
        Document(content_id("text", f"{i}", d), f"dump{i}.txt", d, "text")
        for i, d in enumerate((dumps * (pages // len(dumps) + 1))[:pages])
    ]
    clean_documents(docs[:2])
    started = time.perf_counter()
    for start in range(0, len(docs), 64):
        clean_documents(docs[start : start + 64])
    return len(docs) / (time.perf_counter() - started)


#: Everything but the entity recogniser (which has its own embedding layer in
#: the small English model): the fastest pipeline that still finds entities.
NER_ONLY_DISABLED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def spacy_pipe(
    texts: list[str], processes: int, disable: list[str] | None = None
) -> tuple[float, float]:
    """Documents/s and words/s of the pipeline storyline uses, alone
    (or of its NER alone, with ``disable=NER_ONLY_DISABLED``)."""
    from storyline.stages.enrich.nlp import load_nlp

    nlp = load_nlp()
    disable = disable or []
    list(nlp.pipe(texts[:4], disable=disable))
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=processes, disable=disable):
        pass
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    return len(texts) / seconds, words / seconds


# -- the report -------------------------------------------------------------------------
def fmt_rate(n: float) -> str:
    return f"{n:,.0f}" if n >= 100 else f"{n:.1f}"


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--quick", action="store_true", help="200 articles, a smoke run")
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--memory-sizes", default="10000,100000")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument(
        "--parts",
        default="e2e,anchors,memory",
        help="which parts to run: e2e (end to end + per stage), anchors, memory",
    )
    parser.add_argument(
        "--child", nargs=3, metavar=("MODE", "CORPUS", "DB"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        mode, corpus, db = args.child
        print(json.dumps(child(mode, Path(corpus), Path(db))), flush=True)
        return 0

    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    memory_sizes = [200, 400] if args.quick else [int(s) for s in args.memory_sizes.split(",") if s]
    modes = [m for m in args.modes.split(",") if m]
    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    if "e2e" not in parts:
        sizes = []
    if "memory" not in parts:
        memory_sizes = []
    texts = data.load_real_texts(args.shared)
    print(f"# storyline throughput — {time.strftime('%Y-%m-%d %H:%M')}", flush=True)
    print(f"start: {measure.load_note()}", flush=True)
    print(f"{len(texts)} real texts; {os.cpu_count()} cores; python {sys.version.split()[0]}")
    tmp = Path(tempfile.mkdtemp(prefix="storyline-throughput-"))
    results: dict[int, dict[str, dict]] = {}
    corpus_info: dict[int, dict] = {}

    # (a) + (b)
    for n in sizes:
        corpus = tmp / f"corpus-{n}"
        corpus_info[n] = data.write_corpus(corpus, n, texts)
        results[n] = {}
        for mode in modes:
            note = measure.load_note()
            r = run_config(mode, corpus, tmp / f"{mode}-{n}.db")
            r["load"] = note
            results[n][mode] = r
            print(
                f"  {n:>6} {mode:<7} {r['articles']:>6} articles in {r['seconds']:7.1f}s"
                f" = {r['articles'] / r['seconds']:6.1f}/s, peak {mib(r['peak_rss'])}"
                f" ({note})",
                flush=True,
            )
            if r["stages"]:
                stages = ", ".join(f"{k} {v:.1f}s" for k, v in r["stages"].items())
                print(f"         stages: {stages}", flush=True)

    # (c) anchors
    pages = data.extraction_html(args.shared) if "anchors" in parts else []
    anchors: list[tuple[str, str, str]] = []
    dump_rate: float | None = None
    note = measure.load_note()
    for procs in (1, 2) if pages else ():
        rate = _per_second(_trafilatura_one, pages, procs)
        anchors.append(
            (
                f"trafilatura alone, extraction HTML ({len(pages)} pages)",
                f"{procs}",
                f"{fmt_rate(rate)} pages/s",
            )
        )
        rate = _per_second(_storyline_html_one, pages, procs)
        anchors.append(("storyline clean, same HTML", f"{procs}", f"{fmt_rate(rate)} pages/s"))
    if "anchors" in parts:
        dump_pages = 200 if args.quick else 1000
        dump_rate = text_dump_cleaning(texts, dump_pages)
        anchors.append(
            (
                f"storyline clean, text dumps ({dump_pages} pages)",
                "1",
                f"{fmt_rate(dump_rate)} pages/s",
            )
        )
    n_sample = 0 if "anchors" not in parts else 200 if args.quick else 1000
    sample = [data.varied_record(texts, k) for k in range(n_sample)]
    bodies = [r.get("body") or r.get("text") for r in sample]
    for procs in (1, 2) if bodies else ():
        docs_s, words_s = spacy_pipe(bodies, procs)
        anchors.append(
            (
                f"spaCy nlp.pipe alone, same text ({len(bodies)} docs)",
                f"{procs}",
                f"{fmt_rate(docs_s)} docs/s, {fmt_rate(words_s)} words/s",
            )
        )
    # The floor under any enrich stage that finds entities with this model.
    if bodies:
        docs_s, words_s = spacy_pipe(bodies, 2, NER_ONLY_DISABLED)
        anchors.append(
            (
                "spaCy NER alone (tagger, parser, lemmatizer off), same text",
                "2",
                f"{fmt_rate(docs_s)} docs/s, {fmt_rate(words_s)} words/s",
            )
        )
    for what, procs, rate in anchors:
        print(f"  anchor: {what}, {procs} process(es): {rate}", flush=True)
    print(f"  anchors done ({note})", flush=True)

    # (d) memory of the stages that grow with the corpus
    memory: list[tuple[int, dict]] = []
    for n in memory_sizes:
        corpus = tmp / f"memory-{n}"
        data.write_corpus(corpus, n, texts)
        r = run_config("memory", corpus, tmp / f"memory-{n}.db")
        r["load"] = measure.load_note()
        memory.append((n, r))
        print(f"  memory {n:>7}: {r['seconds']:.0f}s, peak {mib(r['peak_rss'])}", flush=True)

    # -- tables
    print(f"\nend: {measure.load_note()}\n")
    print("**End to end** (articles/s; peak RSS of the whole process tree)\n")
    print(
        "| articles | words | local, 1 process | local, 2 workers | Ray, 2 CPUs | Ray / local 2 |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        row = results[n]
        cells = []
        for mode in MODES:
            r = row.get(mode)
            cells.append(f"{r['articles'] / r['seconds']:.1f} ({mib(r['peak_rss'])})" if r else "—")
        ratio = "—"
        if "ray" in row and "local2" in row:
            ratio = f"{row['local2']['seconds'] / row['ray']['seconds']:.2f}"
        print(f"| {n:,} | {corpus_info[n]['words']:,} | {' | '.join(cells)} | {ratio} |")

    print("\n**Per stage**, inside the 1-process run (articles/s of that stage alone)\n")
    print("| articles | " + " | ".join(STAGES) + " |")
    print("|---:|" + "---:|" * len(STAGES))
    for n in sizes:
        r = results[n].get("local1")
        if not r:
            continue
        rates = [
            fmt_rate(r["articles"] / r["stages"][s]) if r["stages"].get(s) else "—" for s in STAGES
        ]
        print(f"| {n:,} | " + " | ".join(rates) + " |")
    for n in sizes:
        r = results[n].get("ray")
        if r:
            steps = ", ".join(f"{k} {v:.1f}s" for k, v in r["ray_steps"].items())
            print(f"\nRay steps at {n:,}: {steps} (start-up of Ray is inside prepare)")

    print("\n**Anchors** (same run)\n")
    print("| what | processes | rate |")
    print("|---|---:|---:|")
    for what, procs, rate in anchors:
        print(f"| {what} | {procs} | {rate} |")

    print("\n**Memory** of ingest, clean, dedup, cluster and compare (enrich a no-op)\n")
    print("| articles | seconds | peak RSS | per 1k articles |")
    print("|---:|---:|---:|---:|")
    for n, r in memory:
        print(
            f"| {n:,} | {r['seconds']:.0f} | {mib(r['peak_rss'])} |"
            f" {r['peak_rss'] / n * 1000 / 2**20:.1f} MiB |"
        )

    # -- targets
    print("\n**Targets**\n")
    best = max(sizes, default=0)
    row = results.get(best, {})
    if "local2" in row:
        rate = row["local2"]["articles"] / row["local2"]["seconds"]
        ok = "met" if rate >= TARGET_PIPELINE else "NOT met"
        print(
            f"- full pipeline, 2 cores, {best:,} articles: {rate:.1f}/s"
            f" (target ≥ {TARGET_PIPELINE:.0f}): {ok}"
        )
    if dump_rate is not None:
        ok = "met" if dump_rate >= TARGET_TEXT_CLEAN else "NOT met"
        print(
            f"- text-dump cleaning: {dump_rate:,.0f} pages/s"
            f" (target ≥ {TARGET_TEXT_CLEAN:,.0f}): {ok}"
        )
    if "ray" in row and "local2" in row:
        ratio = row["local2"]["seconds"] / row["ray"]["seconds"]
        ok = "met" if ratio >= TARGET_RAY_RATIO else "NOT met"
        print(
            f"- Ray / local (2 workers), {best:,} articles: {ratio:.2f}"
            f" (target ≥ {TARGET_RAY_RATIO}): {ok}"
        )
    print(f"\n(data in {tmp}; delete it when done)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
