"""Quality gate for enrich: quote speakers on a BASIL dev sample and on the seeds.

Floors live in floors.json (``basil20_*`` and ``seed_quote_*`` keys) and may
only rise. The scoring is the benchmark's own (benchmarks/_enrich_*.py), so
the gate and docs/benchmarks.md measure the same thing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import _enrich_basil as basil  # noqa: E402
import _enrich_seeds as seeds  # noqa: E402

from storyline.stages.enrich import enrich_articles  # noqa: E402

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))
BASIL_SAMPLE = 20

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def basil_sample(shared_dir: Path) -> basil.BasilResult:
    articles, spans = basil.load(shared_dir / "data/basil/dev.jsonl", limit=BASIL_SAMPLE)
    enrich_articles(articles)
    return basil.score(articles, spans)


def test_basil_sample_quote_spans_found(basil_sample: basil.BasilResult) -> None:
    found = basil_sample.share(basil_sample.found, basil_sample.spans)
    assert found >= FLOORS["basil20_quote_spans_found"]


def test_basil_sample_right_speaker(basil_sample: basil.BasilResult) -> None:
    right = basil_sample.share(basil_sample.person_right, basil_sample.person_spans)
    assert right >= FLOORS["basil20_person_speaker_right"], basil_sample.errors


def test_seed_quotes_right_speaker(seeds_dir: Path) -> None:
    result = seeds.score(seeds.seed_articles(seeds_dir), seeds.load_gold())
    assert result.found / result.gold >= FLOORS["seed_quote_found"], result.misses
    assert result.right / result.gold >= FLOORS["seed_quote_speaker_right"], result.misses


def test_basil_name_matching_is_by_surname_and_keeps_juniors_apart() -> None:
    assert basil.same_person("Michael_Steele", "Steele")
    assert basil.same_person("Vicente_Fox", "Vicente Fox")
    assert basil.same_person("Felipe_Calder", "Felipe Calderón")  # BASIL truncates accents
    assert basil.same_person("John_Roberts", "John G. Roberts Jr.")
    assert basil.same_person("Donald_Trump_Jr.", "Trump Jr.")
    assert not basil.same_person("Donald_Trump_Jr.", "Donald Trump")
    assert not basil.same_person("Michael_Steele", "Michael Bloomberg")
    assert not basil.same_person("Michael_Steele", None)
