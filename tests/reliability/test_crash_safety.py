"""Kill `storyline analyze` with SIGKILL at several points; a re-run must complete the job.

The export after kill + re-run must equal the export of an uninterrupted run
(same articles, same stories as sets of articles, same quotes), and SQLite's
integrity check must pass.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus import write_many

STORYLINE = [sys.executable, "-m", "storyline.cli"]


def analyze_cmd(corpus: Path, db: Path) -> list[str]:
    return [*STORYLINE, "analyze", str(corpus), "--db", str(db), "--batch-size", "4"]


def comparable_export(db: Path, out: Path) -> dict:
    subprocess.run(
        [*STORYLINE, "export", "--db", str(db), "--out", str(out)], check=True, capture_output=True
    )

    def rows(name: str) -> list[dict]:
        return [json.loads(x) for x in (out / f"{name}.jsonl").read_text("utf-8").splitlines()]

    articles = sorted((a["id"], a["body"], a["title"], a["segment"]) for a in rows("articles"))
    stories = sorted(tuple(sorted(s["article_ids"])) for s in rows("stories"))
    quotes = sorted((q["id"], q["speaker"], q["text"]) for q in rows("quotes"))
    return {"articles": articles, "stories": stories, "quotes": quotes}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("crash")
    corpus = tmp / "corpus"
    write_many(corpus)
    db = tmp / "clean.db"
    subprocess.run(analyze_cmd(corpus, db), check=True, capture_output=True)
    return corpus, comparable_export(db, tmp / "clean-out")


@pytest.mark.parametrize("kill_after", [0.8, 2.0, 3.5, 5.0])
def test_sigkill_then_rerun_equals_uninterrupted(
    baseline: tuple[Path, dict], tmp_path: Path, kill_after: float
) -> None:
    corpus, expected = baseline
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        analyze_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(kill_after)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    rerun = subprocess.run(analyze_cmd(corpus, db), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert comparable_export(db, tmp_path / "out") == expected
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_two_writers_on_one_database_both_finish(
    baseline: tuple[Path, dict], tmp_path: Path
) -> None:
    corpus, expected = baseline
    db = tmp_path / "shared.db"
    first = subprocess.Popen(
        analyze_cmd(corpus, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    second = subprocess.Popen(
        analyze_cmd(corpus, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    for proc in (first, second):
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    assert comparable_export(db, tmp_path / "out") == expected
