"""Helpers for benchmarks/cleaning.py: the data files and the shingle metric.

The metric is the one of the ScrapingHub article-extraction-benchmark: both texts are
tokenised into words, each becomes the multiset of its 4-token shingles, and a page
scores precision, recall and F1 of the shingles the prediction shares with the gold
body; the benchmark figure is the mean of the per-page F1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXTRACTION = SHARED / "data" / "extraction" / "dev.jsonl"
MULTI_ARTICLE = SHARED / "data" / "multi_article" / "dev.jsonl"
SEEDS = SHARED / "seeds"

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
SHINGLE_N = 4


def shingles(text: str, n: int = SHINGLE_N) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def shingle_prf(gold: str, pred: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``pred``'s 4-token shingles against ``gold``'s."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def speed_rounds(doc: str, default: int, argv: list[str] | None) -> int | None:
    """The ``--repeat`` (rounds, the best kept) of a speed benchmark over the extraction
    dev pages, parsed from ``argv`` with ``doc``'s first paragraph as its help; ``None``,
    with a message, when those pages are missing."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=default, help="rounds; the best is kept")
    rounds = parser.parse_args(argv).repeat
    if not EXTRACTION.exists():
        print(f"missing {EXTRACTION}", file=sys.stderr)
        return None
    return rounds


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def page_html(record: dict, base: Path = EXTRACTION.parent) -> str:
    """The raw HTML of an extraction record (inline, or a path into ``html/``)."""
    value = record["html"]
    if value.startswith("html/") and len(value) < 300:
        data = (base / value).read_bytes()
        if value.endswith(".gz"):
            data = gzip.decompress(data)
        return data.decode("utf-8", errors="replace")
    return value
