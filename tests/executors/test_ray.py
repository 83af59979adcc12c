"""The Ray executor: the same stories as the local executor, and a resumable run.

One local Ray cluster (2 CPUs) serves the whole module. Skipped where Ray is
not installed (``pip install 'storyline[ray]'``), except in CI, which
installs it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import storyline
from corpus import write_many
from storyline.store.db import Store

try:
    import ray
except ImportError:
    if os.environ.get("CI") == "true":
        raise
    pytest.skip("ray is not installed: pip install 'storyline[ray]'", allow_module_level=True)

from storyline.executors.ray import (  # noqa: E402
    MissingExtraError,
    RayExecutor,
    RaySummary,
    read_shard,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context"),
]
BATCH = 5  # 24 pages -> 5 shards


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    executor = RayExecutor(BATCH, num_cpus=2)
    started = executor._start(ray)
    yield
    if started:
        ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ray") / "corpus"
    write_many(folder)
    return folder


@pytest.fixture(scope="module")
def local_stories(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> set[frozenset]:
    db = tmp_path_factory.mktemp("local") / "local.db"
    assert storyline.analyze([corpus], db, batch_size=BATCH).new_articles == 24
    return story_sets(db)


def story_sets(db: Path) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in storyline.stories(db)}


def test_ray_gives_the_local_stories(
    local_ray: None, corpus: Path, local_stories: set, tmp_path: Path
) -> None:
    db = tmp_path / "ray.db"
    summary = storyline.analyze([corpus], db, executor="ray", batch_size=BATCH)
    assert summary.ok and summary.new_articles == 24
    assert summary.shards == summary.shards_prepared == 5
    assert story_sets(db) == local_stories
    assert len(local_stories) == 6
    assert not (tmp_path / "ray.db.shards").exists()  # removed unless kept

    again = storyline.analyze([corpus], db, executor="ray", batch_size=BATCH)
    assert again.new_articles == 0 and again.skipped_documents == 24
    assert again.shards_prepared == 0


def test_interrupted_run_reuses_completed_shards(
    local_ray: None, corpus: Path, local_stories: set, tmp_path: Path
) -> None:
    db = tmp_path / "resume.db"
    executor = RayExecutor(BATCH, keep_parquet=True)
    folder = tmp_path / "resume.db.shards"
    with Store(db) as store:
        shards = list(executor.plan([corpus], store, RaySummary()))
        # The first run is "killed" after preparing two shards, before landing.
        executor.prepare(shards[:2], folder)
    markers = sorted(p.stem for p in (folder / "done").glob("*.json"))
    assert markers == [s.key for s in shards[:2]]
    first = read_shard(folder, shards[0].key)
    assert [d.id for d in first.docs] == shards[0].doc_ids
    stamp = {k: (folder / "done" / f"{k}.json").stat().st_mtime_ns for k in markers}

    with Store(db) as store:
        summary = executor.run([corpus], store)
    assert summary.shards_reused == 2 and summary.shards_prepared == 3
    assert summary.new_articles == 24
    assert story_sets(db) == local_stories
    # The completed shards were read back, not prepared again.
    assert {k: (folder / "done" / f"{k}.json").stat().st_mtime_ns for k in markers} == stamp
    marker = json.loads((folder / "done" / f"{shards[4].key}.json").read_text())
    assert marker["documents"] == len(shards[4].docs) == 4


def test_kept_parquet_is_queryable_with_duckdb(
    local_ray: None, corpus: Path, tmp_path: Path
) -> None:
    duckdb = pytest.importorskip("duckdb")
    db = tmp_path / "kept.db"
    storyline.analyze([corpus], db, executor="ray", batch_size=BATCH, keep_parquet=True)
    pattern = str(tmp_path / "kept.db.shards" / "articles" / "*.parquet")
    source = f"read_parquet('{pattern}')"
    n, quotes = duckdb.sql(f"SELECT count(*), sum(len(quotes)) FROM {source}").fetchall()[0]
    assert n == 24 and quotes >= 24
    (people,) = duckdb.sql(
        f"SELECT count(DISTINCT e.canonical) FROM {source} AS a, unnest(a.entities) AS t(e)"
        " WHERE e.label = 'PERSON'"
    ).fetchall()[0]
    assert people >= 3  # the speakers (spaCy may miss one)


def test_address_needs_the_ray_executor(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="only apply to --executor ray"):
        storyline.analyze([tmp_path], tmp_path / "x.db", address="auto")


def test_missing_ray_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from storyline.cli import EXIT_USAGE, main

    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(MissingExtraError, match=r"pip install 'storyline\[ray\]'"):
        storyline.analyze([tmp_path], tmp_path / "x.db", executor="ray")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--executor", "ray"])
    assert result.exit_code == EXIT_USAGE
    assert "storyline[ray]" in result.output
