"""Quality gate for compare and time: NewsWCL50 framing and Timeline17 dates.

The scoring is the benchmarks' own (benchmarks/_compare_framing.py,
benchmarks/_enrich_timelines.py), run on the whole dev files (both are small:
20 NewsWCL50 articles through the real pipeline, and the Timeline17 folders
through the time normaliser alone). Floors live in floors.json and may only
rise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import _compare_common as common  # noqa: E402
import _compare_framing as framing  # noqa: E402
import _enrich_timelines as timelines  # noqa: E402

from storyline.stages.compare import compare_story  # noqa: E402

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def framing_score(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    rows = [
        json.loads(line)
        for line in (shared_dir / "data/framing/dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    db = common.run_pipeline(
        [{"id": r["id"], "body": r["body"], "outlet": r["outlet"]} for r in rows],
        tmp_path_factory.mktemp("wcl"),
    )
    _all, groups = common.gold_groups(db, {r["id"]: r["event_id"] for r in rows})
    fs = framing.FramingScore()
    for key in sorted(groups):
        arts = groups[key]
        found = compare_story(common.gold_story(key, arts), arts).framing
        concepts = framing.gold_concepts(
            {r["outlet"]: r["mentions"] for r in rows if r["event_id"] == key}
        )
        framing.score(fs, found, concepts, {a.id: a.outlet or "" for a in arts})
    return fs


def test_framing_recall_of_referent_concepts(framing_score) -> None:
    fs = framing_score
    assert fs.concepts_ref > 0, "no gold concept named differently: the data did not load"
    recall = fs.share(fs.grouped_ref, fs.concepts_ref)
    assert recall >= FLOORS["wcl_framing_referent_recall"], (
        f"{fs.grouped_ref}/{fs.concepts_ref} referent concepts grouped"
    )


def test_framing_row_precision(framing_score) -> None:
    fs = framing_score
    assert fs.rows > 0, "no framing rows at all"
    precision = fs.share(fs.rows_right, fs.rows)
    assert precision >= FLOORS["wcl_framing_row_precision"], (
        f"{fs.rows_right}/{fs.rows} rows name one gold concept"
    )


def test_timeline_date_f1(shared_dir: Path) -> None:
    folders = timelines.run(shared_dir / "data/timelines")
    assert len(folders) >= 8
    ours = sum(f.ours_f1 for f in folders) / len(folders)
    baseline = sum(f.baseline_f1 for f in folders) / len(folders)
    assert ours >= FLOORS["timeline17_date_f1"], f"mean date F1 {ours:.3f}"
    assert ours > baseline, f"ranking {ours:.3f} does not beat most-mentioned {baseline:.3f}"
