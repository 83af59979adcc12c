"""Instructions per page of the text path, counted by callgrind: a speed figure that
does not move with the machine's load.

    .venv/bin/python benchmarks/text_instructions.py [--rev REV ...]

Counts the machine instructions one pass of ``split_articles`` over every
``page_text`` of ../shared/data/extraction/dev.jsonl takes (a run of two passes
minus a run of one, so start-up and imports cancel out), for the working tree
and for each git revision given (each read from a snapshot of its ``src``), in
one table. Wall-clock pages/s on a shared 2-core host swing by up to 2x between
runs of the same code; instruction counts repeat to within 0.1%. Needs valgrind
(``apt-get install valgrind``).
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

from _cleaning_data import EXTRACTION, load_jsonl  # noqa: E402

#: The measured child's environment besides its PYTHONPATH. A fixed hash seed: string
#: hashes move set and dict layouts, and with them the count, by up to 6% between runs.
#: No bytecode written: otherwise the first of the two runs compiles a snapshot's modules
#: and leaves the second to load them, and the difference counts the compiling (0.19 G).
CHILD_ENV = {"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}


def passes(n: int) -> None:
    """The measured work: ``n`` passes of split_articles over the dev pages."""
    from storyline.stages.clean.textdump import split_articles

    texts = [r["page_text"] for r in load_jsonl(EXTRACTION)]
    for _ in range(n):
        for text in texts:
            split_articles(text)


def instructions(src: Path, n: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [
                "valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
                sys.executable, __file__, "--passes", str(n),
            ],
            env={"PYTHONPATH": str(src), **CHILD_ENV},
            capture_output=True, text=True, check=True,
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
    parser.add_argument("--passes", type=int, help=argparse.SUPPRESS)  # the measured child
    args = parser.parse_args()
    if args.passes:
        passes(args.passes)
        return
    if not shutil.which("valgrind"):
        sys.exit("error: valgrind is not installed (apt-get install valgrind)")
    pages = len(load_jsonl(EXTRACTION))
    print(f"extraction dev: {pages} pages; instructions of one pass of split_articles\n")
    print("| code | instructions per pass | per page | vs first |")
    print("|---|---|---|---|")
    first = None
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("working tree", REPO / "src")]
        targets += [(rev, snapshot(rev, Path(tmp) / f"rev{i}")) for i, rev in enumerate(args.rev)]
        for name, src in targets:
            per_pass = instructions(src, 2) - instructions(src, 1)
            first = first or per_pass
            print(
                f"| {name} | {per_pass / 1e9:.3f} G | {per_pass / pages / 1e6:.2f} M "
                f"| {per_pass / first:.3f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
