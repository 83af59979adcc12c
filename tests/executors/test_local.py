"""The local executor: a process pool gives exactly what one process gives."""

from __future__ import annotations

from pathlib import Path

import storyline
from corpus import write_many
from storyline.store.db import Store
from storyline.store.export import collect


def test_two_workers_equal_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_many(corpus)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    s1 = storyline.analyze([corpus], one, batch_size=5, workers=1)
    s2 = storyline.analyze([corpus], two, batch_size=5, workers=2)
    assert s1.ok and s2.ok
    assert s1.new_articles == s2.new_articles == 24
    with Store(one, readonly=True) as a, Store(two, readonly=True) as b:
        assert collect(a) == collect(b)


def test_rerun_with_workers_adds_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_many(corpus)
    db = tmp_path / "s.db"
    storyline.analyze([corpus], db, batch_size=6, workers=2)
    again = storyline.analyze([corpus], db, batch_size=6, workers=2)
    assert again.new_articles == 0 and again.skipped_documents == 24
