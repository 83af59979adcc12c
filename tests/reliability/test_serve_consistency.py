"""`storyline serve` reading while `storyline analyze` writes always shows a consistent state.

A server process serves a database while an ``analyze`` in another process
lands batch after batch (``--batch-size 2``: many small transactions) and
then re-analyses the stories. Meanwhile the story list and story pages are
polled through their JSON twins. Every response must be a 200 that parses,
and each must describe one state of the database: the story list's counts
add up (stories listed = story count; articles in stories plus loose
articles = article count), and a story page lists exactly as many articles
as it says it has. A story merged away between the list and its page may
give a 404, never a 500.
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from corpus import write_corpus, write_many

STORYLINE = [sys.executable, "-m", "storyline.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(client: httpx.Client, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"serve exited early: {proc.stderr.read() if proc.stderr else ''}")
        try:
            if client.get("/stories.json").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail("serve did not come up")


def check_story_list(data: dict) -> None:
    """The list's own numbers agree with each other."""
    stories, counts = data["stories"], data["counts"]
    assert counts["stories"] == len(stories), counts
    in_stories = sum(s["n_articles"] for s in stories)
    assert in_stories + len(data["loose_articles"]) == counts["articles"], (
        in_stories,
        len(data["loose_articles"]),
        counts,
    )
    assert all(s["n_articles"] >= 1 for s in stories)


def check_story_page(data: dict) -> None:
    assert data["n_articles"] == len(data["articles"]), (data["n_articles"], len(data["articles"]))
    assert len({a["id"] for a in data["articles"]}) == len(data["articles"])


def test_serve_reads_a_consistent_state_while_analyze_writes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = write_corpus(tmp_path / "first")
    subprocess.run([*STORYLINE, "analyze", str(first), "--db", str(db)], check=True,
                   capture_output=True)  # fmt: skip
    more = tmp_path / "more"
    write_many(more)

    port = _free_port()
    server = subprocess.Popen(
        [*STORYLINE, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    rng = random.Random(3)
    states: set[tuple[int, int]] = set()
    polls = pages = not_found = 0
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            _wait_until_up(client, server)
            writer = subprocess.Popen(
                [*STORYLINE, "analyze", str(more), "--db", str(db), "--batch-size", "2"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            finished_at: float | None = None
            # Poll while the writer runs, and a little after it has finished.
            while finished_at is None or time.monotonic() - finished_at < 1.0:
                if finished_at is None and writer.poll() is not None:
                    finished_at = time.monotonic()
                response = client.get("/stories.json")
                assert response.status_code == 200, response.text[:500]
                data = response.json()
                check_story_list(data)
                polls += 1
                states.add((data["counts"]["articles"], data["counts"]["stories"]))
                if data["stories"]:
                    story = rng.choice(data["stories"])
                    page = client.get(f"/stories/{story['id']}.json")
                    if page.status_code == 404:  # merged into another story meanwhile
                        not_found += 1
                        continue
                    assert page.status_code == 200, page.text[:500]
                    check_story_page(page.json())
                    pages += 1
            assert writer.wait(timeout=5) == 0, writer.stderr.read() if writer.stderr else ""
            final = client.get("/stories.json").json()
            check_story_list(final)
            assert final["counts"]["articles"] == 3 + 24
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    # The polls overlapped the writes: more than the first and the last state were seen.
    assert polls >= 10 and pages >= 5, (polls, pages, not_found)
    assert len(states) >= 3, states


def test_collect_reads_one_snapshot(tmp_path: Path) -> None:
    """What serve and export read is one snapshot, even when a batch lands mid-read.

    The race above is narrow on a small database; here the write is forced
    in between the read of the articles and the read of the stories.
    """
    import storyline
    from corpus import write_followup
    from storyline.store.db import Store
    from storyline.store.export import collect

    db = tmp_path / "s.db"
    storyline.analyze([write_corpus(tmp_path / "first")], db)
    followup = write_followup(tmp_path / "later")
    reader = Store(db, readonly=True)
    read_stories = reader.stories

    def stories_after_a_write():  # noqa: ANN202
        summary = storyline.analyze([followup], db)  # another connection, committed
        assert summary.new_articles == 1
        return read_stories()

    reader.stories = stories_after_a_write  # type: ignore[method-assign]
    try:
        data = collect(reader)
    finally:
        reader.close()
    article_ids = {a["id"] for a in data["articles"]}
    for story in data["stories"]:
        assert set(story["article_ids"]) <= article_ids, "stories from a later state"
    assert len(article_ids) == 3
    with Store(db, readonly=True) as after:
        assert len(collect(after)["articles"]) == 4
