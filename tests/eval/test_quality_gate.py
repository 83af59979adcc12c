"""Quality gate on the seeds: gold text survives cleaning, page furniture does not.

The floors live in floors.json and may only rise: test_floors_only_rise
reads the file's git history and fails when any committed value went down.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from storyline.stages.clean import clean_documents
from storyline.stages.ingest import read_file

HERE = Path(__file__).parent
GOLD = json.loads((HERE / "gold_seeds.json").read_text(encoding="utf-8"))
FLOORS = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def cleaned(seeds_dir: Path) -> dict[str, list[str]]:
    bodies: dict[str, list[str]] = {}
    for name in GOLD["files"]:
        docs = read_file(seeds_dir / name)
        bodies[name] = [_norm(a.body) for a in clean_documents(docs)]
    return bodies


def test_gold_text_survives(cleaned: dict[str, list[str]]) -> None:
    total = kept = 0
    missing = []
    for name, gold in GOLD["files"].items():
        for snippet in gold["keep"]:
            total += 1
            if any(_norm(snippet) in body for body in cleaned[name]):
                kept += 1
            else:
                missing.append((name, snippet))
    recall = kept / total
    assert recall >= FLOORS["seed_keep_recall"], f"recall {recall:.3f}; missing: {missing}"


def test_furniture_is_removed(cleaned: dict[str, list[str]]) -> None:
    total = removed = 0
    leaked = []
    for name, gold in GOLD["files"].items():
        for snippet in gold["drop"]:
            total += 1
            if any(snippet in body for body in cleaned[name]):
                leaked.append((name, snippet))
            else:
                removed += 1
    share = removed / total
    assert share >= FLOORS["seed_furniture_removed"], f"removed {share:.3f}; leaked: {leaked}"


def test_article_count(cleaned: dict[str, list[str]]) -> None:
    count = sum(len(v) for v in cleaned.values())
    assert count >= FLOORS["seed_article_count"]
    assert count == 8, "the seeds hold exactly eight articles"


def test_floors_only_rise() -> None:
    git = shutil.which("git")
    if git is None:
        pytest.skip("git not available to read the floors' history")
    rel = "tests/eval/floors.json"
    root = HERE.parents[1]
    try:
        revs = subprocess.run(
            [git, "log", "--format=%H", "--", rel],
            cwd=root,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    except subprocess.CalledProcessError:
        pytest.skip("not a git checkout")
    versions = []
    for rev in reversed(revs):
        shown = subprocess.run(
            [git, "show", f"{rev}:{rel}"], cwd=root, capture_output=True, text=True
        )
        if shown.returncode == 0:
            versions.append((rev[:8], json.loads(shown.stdout)))
    versions.append(("working tree", FLOORS))
    for (_old_rev, old), (new_rev, new) in zip(versions, versions[1:], strict=False):
        for key, value in old.items():
            assert key in new, f"floor {key} dropped in {new_rev}"
            assert new[key] >= value, f"floor {key} lowered from {value} to {new[key]} in {new_rev}"
