"""Fixtures for the web UI: analysed databases, a test client, a live server, a browser.

Browser tests use Debian's Chromium at /usr/bin/chromium (never a downloaded
browser). They skip where it is absent, and fail when CI=true, where .ci/run
installs it with apt.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import storyline

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_corpus import write_hostile  # noqa: E402

from corpus import write_corpus, write_followup  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _analyze(folders: list[Path], db: Path) -> Path:
    summary = storyline.analyze(folders, db)
    assert summary.ok, summary.errors
    return db


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The made-up corpus of tests/corpus.py: a ferry story (4 articles) and an orchard one."""
    tmp = tmp_path_factory.mktemp("web-corpus")
    return _analyze([write_corpus(tmp / "c"), write_followup(tmp / "f")], tmp / "s.db")


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("web-hostile")
    return _analyze([write_hostile(tmp / "h")], tmp / "s.db")


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    tmp = tmp_path_factory.mktemp("web-seeds")
    return _analyze([seeds_dir], tmp / "s.db")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(db: Path) -> Iterator[str]:
    """``storyline serve`` in a thread on a free 127.0.0.1 port; yields its base URL."""
    import uvicorn

    from storyline.web import create_app

    app = create_app(db, allowed_hosts=["127.0.0.1", "localhost"])
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through Playwright (skips without it, fails in CI)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; .ci/run installs it with apt-get install chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
