"""Stories benchmark (issue 5): storyline online beside batch anchors, in one run.

    .venv/bin/python benchmarks/stories.py            # everything (scale up to 100k)
    .venv/bin/python benchmarks/stories.py --quick    # 3 shuffles, scale 2k/6k only
    .venv/bin/python benchmarks/stories.py --only clustering|actors|neardup|scale

(a) ECB+ and BASIL dev: B-cubed P/R/F1 of storyline online (the real
    ``storyline.analyze`` on JSONL `body` records in shuffled order, into a
    temp SQLite file), mean and min over the shuffles.
(b) Anchor: TF-IDF + average-link agglomerative clustering (scikit-learn), the
    distance threshold tuned on the same file (the best threshold's F1).
(c) Anchor: BERTopic with precomputed TF-IDF/SVD embeddings (no torch), if
    installed; its HDBSCAN min_cluster_size tuned on the same file.
(c2) The key-person rule (``StoryScorer.different_actors``) on ECB+ gold: how many
    pairs of events of one topic it sets apart, against how many random halves of
    one event, at the shipped share and beside it.
(d) Near-duplicates: precision/recall on copies built from dev bodies (edits,
    furniture, truncation) against other articles on the same events.
(e) Scale: synthetic corpora built from dev text through dedup + clustering;
    time (whole run, and per article over the last tenth of the stream, which
    stays flat when nothing is O(n²)) and peak RSS, each size in its own
    process.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stories_eval as ev  # noqa: E402
import _stories_synth as syn  # noqa: E402

from storyline.pipeline import refresh_corpus_framing  # noqa: E402
from storyline.store.db import Store  # noqa: E402


def anchor_agglomerative(records: list[dict], gold: dict[str, str]) -> tuple[float, tuple]:
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{r.get('title') or ''}\n{r['body']}" for r in records]
    X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts).toarray()
    best = (-1.0, ())
    for t in np.arange(0.30, 1.0, 0.01):
        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=float(t)
        ).fit_predict(X)
        pred = {r["id"]: str(lab) for r, lab in zip(records, labels, strict=True)}
        p, r, f = ev.bcubed(pred, gold)
        if f > best[0]:
            best = (f, (round(float(t), 2), p, r, f))
    return best[0], best[1]


def anchor_bertopic(records: list[dict], gold: dict[str, str]) -> tuple[float, tuple] | str:
    try:
        from bertopic import BERTopic
        from bertopic.dimensionality import BaseDimensionalityReduction
        from hdbscan import HDBSCAN
    except ImportError as exc:
        return f"not installed ({exc.name})"
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    texts = [f"{r.get('title') or ''}\n{r['body']}" for r in records]
    X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    emb = normalize(TruncatedSVD(100, random_state=0).fit_transform(X))
    best = (-1.0, ())
    for size in (2, 3, 4, 5):
        model = BERTopic(
            embedding_model=None,
            umap_model=BaseDimensionalityReduction(),
            hdbscan_model=HDBSCAN(min_cluster_size=size, metric="euclidean"),
            calculate_probabilities=False,
        )
        topics, _ = model.fit_transform(texts, embeddings=emb)
        # HDBSCAN's outliers (-1) are each a story of their own.
        pred = {
            r["id"]: (str(t) if t != -1 else f"out-{r['id']}")
            for r, t in zip(records, topics, strict=True)
        }
        p, r, f = ev.bcubed(pred, gold)
        if f > best[0]:
            best = (f, (size, p, r, f))
    return best[0], best[1]


def clustering(shuffles: int) -> None:
    print("\n## Story clustering: B-cubed against event_id\n")
    print("| data | system | P | R | F1 | note |")
    print("|---|---|---|---|---|---|")
    for name in ("ecbplus", "basil"):
        records = ev.load(name)
        gold = {r["id"]: r["event_id"] for r in records}
        scores = []
        t0 = time.perf_counter()
        for seed in range(shuffles):
            pred = ev.run_online(records, seed)
            scores.append(ev.bcubed(pred, gold))
        secs = time.perf_counter() - t0
        f1s = [s[2] for s in scores]
        print(
            f"| {name} | storyline online | {statistics.mean(s[0] for s in scores):.3f} "
            f"| {statistics.mean(s[1] for s in scores):.3f} | {statistics.mean(f1s):.3f} "
            f"(min {min(f1s):.3f}) | {shuffles} shuffles, {len(records)} docs, "
            f"{secs:.0f}s incl. spaCy once |",
            flush=True,
        )
        inputs = [dict(r, body=ev.to_input(r)["body"]) for r in records]
        _, (t, p, r, f) = anchor_agglomerative(inputs, gold)
        print(
            f"| {name} | TF-IDF + average link (batch) | {p:.3f} | {r:.3f} | {f:.3f} "
            f"| threshold {t} tuned on this file |",
            flush=True,
        )
        bt = anchor_bertopic(inputs, gold)
        if isinstance(bt, str):
            print(f"| {name} | BERTopic | – | – | – | {bt} |", flush=True)
        else:
            _, (size, p, r, f) = bt
            print(
                f"| {name} | BERTopic (TF-IDF/SVD embeddings, HDBSCAN) | {p:.3f} | {r:.3f} "
                f"| {f:.3f} | min_cluster_size {size} tuned on this file |",
                flush=True,
            )


def key_persons_on_gold(trials: int = 100) -> None:
    """The key-person rule asked of gold parts of ECB+ (entities from one analyzed
    order): two events of one topic should be set apart, halves of one event not."""
    import random
    from collections import defaultdict

    import storyline.stages.cluster as cluster

    records = ev.load("ecbplus")
    gold = {r["id"]: r["event_id"] for r in records}
    topic = {r["event_id"]: r["topic"] for r in records}
    print("\n## Key persons on ECB+ gold (`different_actors`)\n")
    print("| share | two events of one topic set apart | random halves of one event set apart |")
    print("|---|---|---|")
    shipped = cluster.ACTOR_SHARE
    least = cluster.ACTOR_MIN_ARTICLES
    with ev.analyzed(records, 0) as store:
        rows = store.conn.execute("SELECT id, external_id FROM articles").fetchall()
        events: dict[str, list[str]] = defaultdict(list)
        for article_id, external in sorted(tuple(r) for r in rows):
            events[gold[external]].append(article_id)
        by_topic: dict[str, list[str]] = defaultdict(list)
        for event in sorted(events):
            if len(events[event]) >= least:
                by_topic[topic[event]].append(event)
        pairs = [
            (events[a], events[b])
            for evs in by_topic.values()
            for i, a in enumerate(evs)
            for b in evs[i + 1 :]
        ]
        rng = random.Random(1)
        halves = []
        for event in sorted(events):
            members = events[event]
            if len(members) >= 2 * least:
                for _ in range(trials):
                    order = rng.sample(members, len(members))
                    cut = rng.randint(least, len(members) - least)
                    halves.append((order[:cut], order[cut:]))
        try:
            for share in (0.4, shipped, 0.6):
                cluster.ACTOR_SHARE = share
                scorer = cluster.StoryScorer(store, [], {})
                apart = sum(scorer.different_actors(a, b) for a, b in pairs)
                split = sum(scorer.different_actors(a, b) for a, b in halves)
                mark = " (shipped)" if share == shipped else ""
                print(
                    f"| {share}{mark} | {apart} of {len(pairs)} | {split} of {len(halves)} "
                    f"({split / len(halves):.1%}) |",
                    flush=True,
                )
        finally:
            cluster.ACTOR_SHARE = shipped


def near_duplicates() -> None:
    print("\n## Near-duplicates\n")
    records = ev.load("ecbplus") + ev.load("basil")
    articles, truth = syn.near_duplicate_set(records)
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "nd.db") as store:
            t0 = time.perf_counter()
            linked = syn.dedup_run(store, articles)
            secs = time.perf_counter() - t0
    tp = sum(1 for a, o in truth.items() if o and linked.get(a) == o)
    fp = sum(1 for a, o in truth.items() if linked.get(a) and linked.get(a) != o)
    fn = sum(1 for a, o in truth.items() if o and linked.get(a) != o)
    copies = sum(1 for o in truth.values() if o)
    originals = len(truth) - copies
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(
        f"{originals} originals (dev bodies, ≥80 words; other articles on the same events "
        f"are the negatives), {copies} copies (edit / furniture / truncate / all three)"
    )
    print(f"precision {p:.3f}  recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn}), {secs:.1f}s")
    by_kind: dict[str, list[bool]] = {}
    for a in articles:
        if truth[a.id]:
            kind = a.source.split("/")[2]
            by_kind.setdefault(kind, []).append(linked.get(a.id) == truth[a.id])
    print("recall by kind: " + ", ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in by_kind.items()))


def scale_one(n: int) -> dict:
    """Dedup + clustering of a synthetic corpus of ``n`` articles, in this process."""
    records = ev.load("ecbplus") + ev.load("basil")
    articles = syn.synthetic_corpus(records, n)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "scale.db") as store:
            t0, cpu0 = time.perf_counter(), time.process_time()
            timings = syn.cluster_run(store, articles)
            secs, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            # What every analyze run pays once, however few articles it brings: the
            # framing across the whole corpus is recomputed.
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            t1 = time.perf_counter()
            refresh_corpus_framing(store)
            framing = time.perf_counter() - t1
            stories = store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
            placed = dict(store.conn.execute("SELECT id, story_id FROM articles").fetchall())
        db_mb = (Path(tmp) / "scale.db").stat().st_size / 2**20
    return {
        "n": n,
        "secs": secs,
        "cpu": cpu,
        "dedup": timings["dedup"],
        "cluster": timings["cluster"],
        "framing": framing,
        "last_ms": 1000 * timings["last_tenth"] / max(1, n - int(n * 0.9)),
        "rss_before": rss_before,
        "rss": rss,
        "framing_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "db_mb": db_mb,
        "stories": stories,
        # The corpus's own stories ("synthetic/<story>/<k>"): how well they were found.
        "built": len({a.source.split("/")[1] for a in articles}),
        "bcubed": ev.bcubed(placed, {a.id: a.source.split("/")[1] for a in articles})[2],
    }


def scale(sizes: list[int]) -> None:
    """Each size in a fresh process, so its peak RSS is its own."""
    print("\n## Scale: dedup + clustering on synthetic corpora from dev text\n")
    print(
        "| articles | seconds | CPU s | dedup s | cluster s | ms/article | ms/article, last 10% "
        "| peak RSS MB (corpus loaded) | SQLite MB | stories (built) | B³ F1 vs built "
        "| corpus framing s (peak RSS MB) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--scale-one", str(n)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode:
            print(f"| {n} | failed: {proc.stderr.strip().splitlines()[-1:]} |", flush=True)
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(
            f"| {n} | {r['secs']:.0f} | {r['cpu']:.0f} | {r['dedup']:.0f} | {r['cluster']:.0f} "
            f"| {1000 * r['secs'] / n:.1f} | {r['last_ms']:.1f} "
            f"| {r['rss']:.0f} ({r['rss_before']:.0f}) | {r['db_mb']:.0f} "
            f"| {r['stories']} ({r['built']}) | {r['bcubed']:.3f} "
            f"| {r['framing']:.1f} ({r['framing_rss']:.0f}) |",
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="3 shuffles, small scale corpora")
    ap.add_argument("--shuffles", type=int, default=None, help="input orders per dataset")
    ap.add_argument("--sizes", default=None, help="scale corpus sizes, e.g. 10000,30000")
    ap.add_argument("--only", choices=["clustering", "actors", "neardup", "scale"], default=None)
    ap.add_argument("--scale-one", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.scale_one:
        print(json.dumps(scale_one(args.scale_one)))
        return
    logging.basicConfig(level=logging.WARNING)
    shuffles = args.shuffles or (3 if args.quick else 5)
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else ([2000, 6000] if args.quick else [10000, 30000, 100000])
    )
    if args.only in (None, "clustering"):
        clustering(shuffles)
    if args.only in (None, "actors"):
        key_persons_on_gold()
    if args.only in (None, "neardup"):
        near_duplicates()
    if args.only in (None, "scale"):
        scale(sizes)


if __name__ == "__main__":
    main()
