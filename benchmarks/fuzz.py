"""Fuzzing benchmark (issue 9): the CI fuzz properties, with many more examples.

    .venv/bin/python benchmarks/fuzz.py                    # 10,000 examples per property
    .venv/bin/python benchmarks/fuzz.py --examples 50000 --only normalise_date

Runs the properties of ``tests/reliability/test_fuzz.py`` (the text cleaner,
the quote extractor, the date normaliser: no exception on any input, offsets
valid) with hypothesis, unseeded, and prints per property the examples run,
the failures (must be 0) and the time. Exit code 1 when any property fails;
the failing input is printed by hypothesis.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_fuzz import PROPERTIES  # noqa: E402


def run(name: str, examples: int) -> tuple[int, bool, float]:
    prop, strategies = PROPERTIES[name]
    count = 0

    def counted(args: tuple) -> None:
        nonlocal count
        count += 1
        prop(*args)

    test = settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )(given(st.tuples(*strategies))(counted))
    started = time.perf_counter()
    ok = True
    try:
        test()
    except Exception:  # noqa: BLE001 - reported, counted as a failure
        traceback.print_exc()
        ok = False
    return count, ok, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--only", choices=sorted(PROPERTIES), action="append")
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    names = args.only or list(PROPERTIES)
    print(f"{'property':<28} {'examples':>9} {'failures':>9} {'seconds':>9}")
    failed = 0
    for name in names:
        count, ok, seconds = run(name, args.examples)
        failed += not ok
        print(f"{name:<28} {count:>9,} {0 if ok else 1:>9} {seconds:>9.1f}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
