"""Compare and briefs (issue 6): one command, one run.

    .venv/bin/python benchmarks/compare.py [--shared ../shared] [--basil-limit N] [--verbose]

(a) citation faithfulness of the briefs on the seeds and on BASIL dev (the
    real pipeline's briefs, and the briefs of the gold BASIL events);
(b) omissions on BASIL: informational-bias spans inside facts our coverage
    matrix marks as not reported by all three outlets;
(c) framing on NewsWCL50: concepts two outlets name differently, grouped
    under one framing referent (recall) and the precision of the rows.

Reading (b): the matrix marks a sentence when its fact has a silent outlet.
Most facts are told by one outlet only, so nearly every sentence is marked:
recall is high by construction, and precision means something only against
the base rate printed under it (precision at the base rate = the matrix does
not single out the annotated inf content). The per-coverage lines show the
inf share of rows told by one, two and three outlets.

Reading (c): a gold concept counts when two outlets name it with different
words (no pronouns, neither phrase inside the other); it is grouped when one
framing row holds two such distinct terms that name it. A row's term names a
gold phrase when equal, or when one is inside the other and the shorter
holds the longer's head ("Mr. Trump" names "President Trump", not "Mr.
Trump's visit"). A row is precise when two of its distinct terms name one
gold concept.

Prints a Markdown table (the one in docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _compare_common as common  # noqa: E402
import _compare_faith as faith  # noqa: E402
import _compare_framing as framing  # noqa: E402
import _compare_omissions as omissions  # noqa: E402

import storyline  # noqa: E402
from storyline.stages.brief import SUPPORT_MIN, write_brief  # noqa: E402
from storyline.stages.compare import compare_story  # noqa: E402
from storyline.store.db import Store  # noqa: E402

TARGET_CITED = 1.0
TARGET_FAITHFUL = 0.95
TARGET_FRAMING_RECALL = 0.5


def _pipeline_briefs(db: Path, raw: faith.Faith, checked: faith.Faith) -> None:
    """The stored briefs (checked), and the same stories' briefs without the check."""
    with Store(db) as store:
        articles = store.load_articles()
        by_id = {a.id: a for a in articles}
        for story in store.stories():
            members = [by_id[i] for i in story.article_ids if i in by_id]
            for brief in store.briefs(story.id):
                checked.add(brief, by_id, len(members))
            analysis = compare_story(story, members)
            raw.add(write_brief(story, members, analysis, check_support=False), by_id, len(members))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--basil-limit", type=int, default=None, help="first N BASIL events")
    parser.add_argument("--verbose", action="store_true", help="list failures and examples")
    parser.add_argument("--keep", action="store_true", help="keep the temporary databases")
    args = parser.parse_args(argv)
    shared: Path = args.shared
    tmp = Path(tempfile.mkdtemp(prefix="storyline-bench-compare-"))
    rows: list[tuple[str, str, str]] = []
    t0 = time.perf_counter()

    # (a) seeds, the real pipeline
    seeds_db = tmp / "seeds.db"
    storyline.analyze([shared / "seeds"], seeds_db)
    seeds_raw, seeds = faith.Faith(), faith.Faith()
    _pipeline_briefs(seeds_db, seeds_raw, seeds)

    # (a, b) BASIL dev
    records = [json.loads(line) for line in (shared / "data/basil/dev.jsonl").open()]
    events = sorted({r["event_id"] for r in records})
    if args.basil_limit:
        keep = set(events[: args.basil_limit])
        records = [r for r in records if r["event_id"] in keep]
    basil_db = common.run_pipeline(
        [
            {
                "id": r["id"],
                "body": r["body"],
                "outlet": r["outlet"].lower(),
                "title": (r.get("title") or "").strip() or None,
                "published": r.get("published"),
            }
            for r in records
        ],
        tmp / "basil",
    )
    basil_raw, basil = faith.Faith(), faith.Faith()
    _pipeline_briefs(basil_db, basil_raw, basil)
    _all, groups = common.gold_groups(basil_db, {r["id"]: r["event_id"] for r in records})
    inf_of = {r["id"]: omissions.inf_spans(r) for r in records}
    gold_faith = faith.Faith()
    om = omissions.Omissions()
    for key in sorted(groups):
        arts = groups[key]
        story = common.gold_story(key, arts)
        analysis = compare_story(story, arts)
        by_id = {a.id: a for a in arts}
        gold_faith.add(write_brief(story, arts, analysis), by_id, len(arts))
        omissions.score(
            om, analysis.facts, arts, {a.id: inf_of.get(a.external_id, []) for a in arts}
        )

    # (c) NewsWCL50
    wcl = [json.loads(line) for line in (shared / "data/framing/dev.jsonl").open()]
    wcl_db = common.run_pipeline(
        [{"id": r["id"], "body": r["body"], "outlet": r["outlet"]} for r in wcl], tmp / "wcl"
    )
    _all, wgroups = common.gold_groups(wcl_db, {r["id"]: r["event_id"] for r in wcl})
    fs = framing.FramingScore()
    for key in sorted(wgroups):
        arts = wgroups[key]
        story = common.gold_story(key, arts)
        found = compare_story(story, arts).framing
        concepts = framing.gold_concepts(
            {r["outlet"]: r["mentions"] for r in wcl if r["event_id"] == key}
        )
        framing.score(fs, found, concepts, {a.id: a.outlet or "" for a in arts})
    elapsed = time.perf_counter() - t0

    def pct(a: int, b: int) -> str:
        return f"{a / b:.1%} of {b}" if b else "—"

    for name, f in (
        ("seeds (pipeline briefs)", seeds),
        ("BASIL dev (pipeline briefs)", basil),
        ("BASIL dev (gold events)", gold_faith),
    ):
        rows.append((f"Cited sentences, {name}", pct(f.cited, f.sentences), "100%"))
        rows.append(
            (
                f"Supported sentences, {name}",
                pct(f.faithful, f.sentences),
                f"≥ {TARGET_FAITHFUL:.0%}",
            )
        )
        rows.append(
            (
                f"Multi-article stories drawing on 2+ articles, {name}",
                pct(f.multi_draw, f.multi_stories),
                "all",
            )
        )
    for name, f in (("seeds", seeds_raw), ("BASIL dev", basil_raw)):
        rows.append(
            (f"Supported sentences before the check, {name}", pct(f.faithful, f.sentences), "—")
        )
        rows.append(
            (f"Cited ids supported before the check, {name}", pct(f.citations_ok, f.citations), "—")
        )
    rows += [
        ("BASIL inf spans inside a matrix row", pct(om.in_matrix, om.spans), "—"),
        (
            "BASIL inf spans marked not reported by all three (recall)",
            pct(om.marked, om.spans),
            "—",
        ),
        (
            "Matrix sentences marked not by all three holding an inf span (precision)",
            pct(om.sentences_marked_inf, om.sentences_marked),
            "—",
        ),
        (
            "… base rate: matrix sentences holding an inf span",
            pct(om.sentences_inf, om.sentences),
            "—",
        ),
        (
            "… share of matrix sentences marked not by all three",
            pct(om.sentences_marked, om.sentences),
            "—",
        ),
    ]
    for n_out, (n_sent, n_inf) in sorted(om.by_cover.items()):
        rows.append(
            (
                f"… matrix sentences in rows reported by {n_out} outlet(s) holding an inf span",
                pct(n_inf, n_sent),
                "—",
            )
        )
    rows += [
        (
            "NewsWCL50 concepts named differently, grouped (recall)",
            pct(fs.grouped, fs.concepts),
            "≥ 50%",
        ),
        (
            "… referent concepts only (no PROPERTY/ACTION)",
            pct(fs.grouped_ref, fs.concepts_ref),
            "≥ 50%",
        ),
        (
            "NewsWCL50 framing rows naming one gold concept (precision)",
            pct(fs.rows_right, fs.rows),
            "useful",
        ),
        ("… strict: every matched variant that one concept", pct(fs.rows_strict, fs.rows), "—"),
    ]
    print(f"Compare and briefs, support threshold {SUPPORT_MIN:.0%} ({elapsed:.0f} s)\n")
    print("| measure | result | target |")
    print("|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} |")
    if args.verbose:
        for name, f in (("seeds", seeds), ("basil", basil), ("basil gold", gold_faith)):
            for section, text, bad in f.failures[:10]:
                print(f"\nunsupported [{name}/{section}] {bad}: {text[:200]}")
        for name, f in (("seeds raw", seeds_raw), ("basil raw", basil_raw)):
            for section, text, bad in f.failures[:8]:
                print(f"\nraw [{name}/{section}] {[b[:6] for b in bad]}: {text[:160]}")
        print("\nframing rows not matching a concept:")
        for ex in fs.examples:
            print("  ", ex)
    if args.keep:
        print(f"\ndatabases kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
