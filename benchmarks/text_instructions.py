"""Instructions per page of the text path, counted by callgrind: a speed figure that
does not move with the machine's load.

    .venv/bin/python benchmarks/text_instructions.py [--rev REV ...] [--beyond-ascii]

Counts the machine instructions of one pass of ``split_articles`` over every
``page_text`` of ../shared/data/extraction/dev.jsonl, pages the process has never seen:
a run that warms up on the multi-article dev pages and then takes that pass, minus a run
that only warms up (so start-up, imports and first-use costs cancel out). For the
working tree and for each git revision given (each read from a snapshot of its
``src``), in one table. Wall-clock pages/s on a shared 2-core host swing by up to 2x
between runs of the same code; instruction counts repeat to within 0.1%. Needs valgrind
(``apt-get install valgrind``). With ``--beyond-ascii``, the pass is over the pages
whose lines are mostly beyond ASCII (Japanese, Russian, ... : more than half of their
non-blank lines hold a character beyond ASCII) and the figure is per such page.

Until 2026-12-07 the figure was a second pass over the same pages (two passes minus
one). That hid what a cache of the lines seen costs the first time: the RE2 prefilter of
the fifteenth session looked 16% cheaper on a second pass and was far dearer on a first.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from _cleaning_data import EXTRACTION, MULTI_ARTICLE, load_jsonl  # noqa: E402

#: The measured child's environment besides its PYTHONPATH. A fixed hash seed: string
#: hashes move set and dict layouts, and with them the count, by up to 6% between runs.
#: No bytecode written: otherwise the first of the two runs compiles a snapshot's modules
#: and leaves the second to load them, and the difference counts the compiling (0.19 G).
CHILD_ENV = {"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}


def _mostly_beyond_ascii(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return sum(not line.isascii() for line in lines) > len(lines) / 2


def _pages(beyond_ascii: bool) -> list[str]:
    """The page texts of the measured pass."""
    texts = [record["page_text"] for record in load_jsonl(EXTRACTION)]
    return [text for text in texts if _mostly_beyond_ascii(text)] if beyond_ascii else texts


def run(what: str, beyond_ascii: bool = False) -> None:
    """The measured work: a warm-up pass of split_articles over the multi-article dev
    pages, then (``what`` is "pass") one over the extraction dev pages (with
    ``beyond_ascii``, those mostly beyond ASCII only)."""
    from storyline.stages.clean.textdump import split_articles

    for record in load_jsonl(MULTI_ARTICLE):
        split_articles(record["page_text"])
    if what == "pass":
        for text in _pages(beyond_ascii):
            split_articles(text)


def _env(src: Path, cache: Path) -> dict[str, str]:
    """A child's environment: ``src`` on its path, ``cache`` as the line rules' cache."""
    return {"PYTHONPATH": str(src), "STORYLINE_CACHE_DIR": str(cache), **CHILD_ENV}


def instructions(src: Path, what: str, cache: Path, beyond_ascii: bool = False) -> int:
    """Instructions of a child running :func:`run` on ``src``, with ``cache`` as the
    line rules' cache folder (filled beforehand, so both runs read it alike)."""
    choice = ["--beyond-ascii"] if beyond_ascii else []
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [
                "valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
                sys.executable, __file__, "--run", what, *choice,
            ],
            env=_env(src, cache), capture_output=True, text=True, check=True,
        )  # fmt: skip
    found = re.search(r"Collected : (\d+)", out.stderr)
    if not found:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def snapshot(rev: str, into: Path) -> Path:
    """``src`` of git revision ``rev`` unpacked under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "src"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", action="append", default=[], help="a git revision to compare")
    parser.add_argument(
        "--beyond-ascii",
        action="store_true",
        help="pass over the pages whose lines are mostly beyond ASCII only",
    )
    parser.add_argument("--run", choices=["warm-up", "pass"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:  # the measured child
        run(args.run, args.beyond_ascii)
        return
    if not shutil.which("valgrind"):
        sys.exit("error: valgrind is not installed (apt-get install valgrind)")
    pages = len(_pages(args.beyond_ascii))
    which = "pages mostly beyond ASCII" if args.beyond_ascii else "pages"
    print(
        f"extraction dev: {pages} {which}; instructions of a first pass of split_articles "
        "(after a warm-up on the multi-article pages)\n"
    )
    print("| code | instructions per pass | per page | vs first |")
    print("|---|---|---|---|")
    first = None
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("working tree", REPO / "src")]
        targets += [(rev, snapshot(rev, Path(tmp) / f"rev{i}")) for i, rev in enumerate(args.rev)]
        for index, (name, src) in enumerate(targets):
            cache = Path(tmp) / f"cache{index}"
            subprocess.run(  # compile the line rules once, outside the measured runs
                [sys.executable, __file__, "--run", "warm-up"],
                env=_env(src, cache),
                check=True,
            )
            per_pass = instructions(src, "pass", cache, args.beyond_ascii) - instructions(
                src, "warm-up", cache
            )
            first = first or per_pass
            print(
                f"| {name} | {per_pass / 1e9:.3f} G | {per_pass / pages / 1e6:.2f} M "
                f"| {per_pass / first:.3f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
