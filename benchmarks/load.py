"""Load benchmark (issue 9): `storyline serve` under a bounded load on loopback.

    .venv/bin/python benchmarks/load.py                       # 50 clients, 30 s, seeds DB
    .venv/bin/python benchmarks/load.py --clients 20 --seconds 10 --db some.db

Builds a database from ``../shared/seeds`` (unless ``--db`` is given), starts
``storyline serve`` on 127.0.0.1 in its own process, and drives it with N
concurrent asyncio + httpx clients for a fixed time. Each client cycles over
the story list, a story page, an article page and a search, each as its HTML
page and its JSON twin. Prints requests, errors (any non-200 or transport
error; must be 0), throughput and p50/p99 latency, overall and per kind.
Exit code 1 when any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
STORYLINE = [sys.executable, "-m", "storyline.cli"]
SEARCHES = ["Putin", "Rubio", "Riyadh", "economic cooperation", "Kyiv", "talks", "sanctions"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_db(folder: Path) -> Path:
    db = folder / "seeds.db"
    run = subprocess.run(
        [*STORYLINE, "analyze", str(SEEDS), "--db", str(db)], capture_output=True, text=True
    )
    if run.returncode not in (0, 1):
        sys.exit(f"analyze failed ({run.returncode}): {run.stderr}")
    return db


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


async def discover(client: httpx.AsyncClient) -> tuple[list[str], list[str]]:
    stories = (await client.get("/stories.json")).json()["stories"]
    story_ids = [s["id"] for s in stories]
    article_ids: list[str] = []
    for sid in story_ids:
        page = (await client.get(f"/stories/{sid}.json")).json()
        article_ids += [a["id"] for a in page["articles"]]
    if not story_ids or not article_ids:
        sys.exit("the database has no stories or articles to load-test")
    return story_ids, article_ids


async def client_loop(
    base: str,
    deadline: float,
    story_ids: list[str],
    article_ids: list[str],
    seed: int,
    latencies: dict[str, list[float]],
    errors: dict[str, int],
) -> None:
    rng = random.Random(seed)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        while time.perf_counter() < deadline:
            sid, aid, q = rng.choice(story_ids), rng.choice(article_ids), rng.choice(SEARCHES)
            for kind, path, params in (
                ("list", "/stories", None),
                ("list.json", "/stories.json", None),
                ("story", f"/stories/{sid}", None),
                ("story.json", f"/stories/{sid}.json", None),
                ("article", f"/articles/{aid}", None),
                ("article.json", f"/articles/{aid}.json", None),
                ("search", "/search", {"q": q}),
                ("search.json", "/search.json", {"q": q}),
            ):
                if time.perf_counter() >= deadline:
                    return
                started = time.perf_counter()
                try:
                    response = await client.get(path, params=params)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies[kind].append(time.perf_counter() - started)
                if not ok:
                    errors[kind] += 1


async def drive(base: str, clients: int, seconds: float) -> tuple[dict, dict, float]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        story_ids, article_ids = await discover(client)
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(
        *(
            client_loop(base, deadline, story_ids, article_ids, i, latencies, errors)
            for i in range(clients)
        )
    )
    return latencies, errors, time.perf_counter() - started


def wait_up(base: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit("serve exited early")
        try:
            if httpx.get(base + "/stories.json", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    sys.exit("serve did not come up")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db", type=Path, help="an existing database (default: built from seeds)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_db(Path(tmp))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [*STORYLINE, "serve", "--db", str(db), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_up(base, server)
            latencies, errors, elapsed = asyncio.run(drive(base, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=15)

    every = [x for values in latencies.values() for x in values]
    total_errors = sum(errors.values())
    print(f"{args.clients} clients, {elapsed:.1f} s, loopback, one serve process")
    print(f"{'kind':<14} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p99 ms':>8}")
    for kind in sorted(latencies):
        values = latencies[kind]
        print(
            f"{kind:<14} {len(values):>9,} {errors[kind]:>7} "
            f"{percentile(values, 50) * 1000:>8.1f} {percentile(values, 99) * 1000:>8.1f}"
        )
    print(
        f"{'all':<14} {len(every):>9,} {total_errors:>7} "
        f"{percentile(every, 50) * 1000:>8.1f} {percentile(every, 99) * 1000:>8.1f}"
    )
    mean_ms = statistics.mean(every) * 1000
    print(f"throughput: {len(every) / elapsed:.0f} requests/s; mean {mean_ms:.1f} ms")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
