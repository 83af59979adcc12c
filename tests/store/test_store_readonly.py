"""Read-only opens of a database (report, export, serve): they write nothing, need the
file to exist, and leave no -wal or -shm file beside it once closed."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from storyline.store.db import Store, StoreError


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_readonly_store_leaves_no_wal_files(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store(db).close()
    assert _files(tmp_path) == ["news.db"]
    with Store(db, readonly=True) as store:
        store.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()
    assert _files(tmp_path) == ["news.db"]


def test_readonly_store_refuses_writes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store(db).close()
    with Store(db, readonly=True) as store, pytest.raises(sqlite3.OperationalError):
        store.conn.execute("CREATE TABLE scratch (a)")
    with Store(db, readonly=True) as store:
        names = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "scratch" not in names


def test_readonly_store_needs_the_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.db", readonly=True)
    assert _files(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file")
def test_readonly_store_reads_a_file_the_user_may_not_write(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store(db).close()
    db.chmod(stat.S_IRUSR)
    with Store(db, readonly=True) as store:
        assert store.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] > 0
