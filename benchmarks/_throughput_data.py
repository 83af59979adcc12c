"""Helpers for benchmarks/throughput.py: a corpus of real news text of any size.

The real texts are the bodies of BASIL and ECB+ articles (kept as clean
``body`` records) and the scraped page text of the extraction set (raw
``text`` records, cleaned and split by storyline like a ``.txt`` dump).
Past the first copy of each, a record is varied so that it is neither an
exact nor a near duplicate: its second half is taken from another article,
and it gets another date, so that dedup, clustering and compare meet a
realistic mix instead of one copy repeated.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass
from pathlib import Path

RECORDS_PER_FILE = 250


@dataclass(frozen=True, slots=True)
class RealText:
    kind: str  # "body" (clean article) or "text" (scraped page with furniture)
    text: str
    title: str | None
    outlet: str | None
    published: str | None


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_real_texts(shared: Path) -> list[RealText]:
    data = shared / "data"
    texts: list[RealText] = []
    for r in _jsonl(data / "basil" / "dev.jsonl"):
        texts.append(
            RealText("body", r["body"], r.get("title"), r.get("outlet"), r.get("published"))
        )
    for r in _jsonl(data / "ecbplus" / "dev.jsonl"):
        texts.append(RealText("body", r["body"], r.get("title"), None, None))
    for r in _jsonl(data / "extraction" / "dev.jsonl"):
        texts.append(RealText("text", r["page_text"], None, None, None))
    texts = [t for t in texts if t.text.strip()]
    # Interleave the sets, so that a corpus of any size holds each kind of text.
    random.Random(8).shuffle(texts)
    return texts


def extraction_html(shared: Path) -> list[str]:
    """The raw HTML pages of the extraction set (the trafilatura anchor's input)."""
    base = shared / "data" / "extraction"
    pages = []
    for r in _jsonl(base / "dev.jsonl"):
        value = r["html"]
        if value.startswith("html/") and len(value) < 300:
            raw = (base / value).read_bytes()
            value = (gzip.decompress(raw) if value.endswith(".gz") else raw).decode(
                "utf-8", errors="replace"
            )
        pages.append(value)
    return pages


def _paragraphs(text: str) -> list[str]:
    parts = [p for p in text.split("\n\n") if p.strip()]
    return parts if len(parts) > 1 else [p for p in text.split("\n") if p.strip()]


def varied_record(texts: list[RealText], k: int) -> dict:
    """Record ``k`` of the corpus: the k-th real text, varied past the first round."""
    base = texts[k % len(texts)]
    round_ = k // len(texts)
    record: dict = {"id": f"bench-{k}"}
    body = base.text
    if round_:
        rng = random.Random(k)
        bodies = [t for t in texts if t.kind == "body"]
        other = bodies[rng.randrange(len(bodies))]
        mine, theirs = _paragraphs(base.text), _paragraphs(other.text)
        half = max(1, len(mine) // 2)
        body = "\n\n".join(mine[:half] + theirs[len(theirs) // 2 :])
        record["published"] = f"20{10 + round_ % 15:02d}-{1 + k % 12:02d}-{1 + k % 28:02d}"
    elif base.published:
        record["published"] = base.published
    record[base.kind] = body
    if base.title:
        record["title"] = base.title if not round_ else f"{base.title} ({round_})"
    if base.outlet:
        record["outlet"] = base.outlet
    return record


def write_corpus(folder: Path, n: int, texts: list[RealText]) -> dict[str, int]:
    """``n`` records as JSONL files of RECORDS_PER_FILE lines; returns counts by kind."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {"body": 0, "text": 0, "words": 0}
    for start in range(0, n, RECORDS_PER_FILE):
        lines = []
        for k in range(start, min(n, start + RECORDS_PER_FILE)):
            record = varied_record(texts, k)
            kind = "text" if "text" in record else "body"
            counts[kind] += 1
            counts["words"] += len(record[kind].split())
            lines.append(json.dumps(record, ensure_ascii=False))
        (folder / f"part-{start // RECORDS_PER_FILE:05d}.jsonl").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    return counts
