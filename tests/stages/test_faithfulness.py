"""Citation faithfulness (issue 6): every brief sentence is cited, and every
cited article holds a span covering at least SUPPORT_MIN of the sentence's
content words -- on a made-up story and on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_brief import dam_story, make_article

import storyline
from storyline.records import Article, Brief, Story
from storyline.stages.brief import SUPPORT_MIN, support_score, supports, write_brief
from storyline.stages.compare import compare_story
from storyline.store.db import Store

FLOORS = json.loads(
    (Path(__file__).parents[1] / "eval" / "floors.json").read_text(encoding="utf-8")
)


def faithfulness(brief: Brief, by_id: dict[str, Article]) -> tuple[float, float]:
    """(share of sentences cited, share whose every cited article supports them)."""
    n = len(brief.sentences)
    cited = sum(1 for s in brief.sentences if s.article_ids)
    ok = sum(
        1
        for s in brief.sentences
        if s.article_ids
        and all(support_score(s.text, by_id[i], s.section) >= SUPPORT_MIN for i in s.article_ids)
    )
    return (cited / n, ok / n) if n else (1.0, 1.0)


def test_made_up_story_is_fully_faithful_and_draws_on_several_articles():
    story, articles = dam_story()
    brief = write_brief(story, articles, compare_story(story, articles))
    cited, faithful = faithfulness(brief, {a.id: a for a in articles})
    assert cited == 1.0 and faithful == 1.0
    drawn = {i for s in brief.sentences if s.section != "coverage" for i in s.article_ids}
    assert len(drawn) >= 2


def test_an_unsupporting_citation_is_dropped():
    story, articles = dam_story()
    stray = make_article(
        "eeee111122223333",
        "Stray Gazette",
        ["Rescue teams from Ostravel arrived in Velmora on Wednesday to search for survivors."],
    )
    analysis = compare_story(story, articles)
    rescue = next(f for f in analysis.facts if "Rescue teams" in f.statement)
    # A loose alignment: an article that says nothing of the sort is cited.
    unrelated = articles[2]  # Valley Post: dam, rain, pledge -- no rescue teams
    rescue.article_ids = sorted({*rescue.article_ids, unrelated.id})
    brief = write_brief(story, articles, analysis)
    for s in brief.sentences:
        if "Rescue teams" in s.text:
            assert unrelated.id not in s.article_ids
    raw = write_brief(story, articles, analysis, check_support=False)
    assert any(unrelated.id in s.article_ids for s in raw.sentences if "Rescue" in s.text)
    assert supports(rescue.statement, stray)


def test_support_score_definition():
    story, articles = dam_story()
    a1 = articles[0]
    assert (
        support_score("A dam collapsed in Velmora on Tuesday (reported by 2 outlets).", a1) == 1.0
    )
    assert support_score("Officials pledged 2 million euros for repairs.", a1) < SUPPORT_MIN
    assert support_score("Covered by 3 outlets: Northern Ledger.", a1, "coverage") == 1.0
    assert support_score("Covered by 1 outlet: Valley Post.", a1, "coverage") == 0.0


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("faith") / "s.db"
    storyline.analyze([seeds_dir], db)
    return db


def test_seed_briefs_are_cited_and_supported(seeds_db: Path):
    with Store(seeds_db) as store:
        by_id = {a.id: a for a in store.load_articles()}
        stories = store.stories()
        briefs = {b.story_id: b for b in store.briefs()}
    total = cited = faithful = 0
    for story in stories:
        brief = briefs[story.id]
        c, f = faithfulness(brief, by_id)
        total += len(brief.sentences)
        cited += round(c * len(brief.sentences))
        faithful += round(f * len(brief.sentences))
        if len(story.article_ids) >= 2:
            drawn = {i for s in brief.sentences if s.section != "coverage" for i in s.article_ids}
            assert len(drawn) >= 2, story.title
    assert total and cited / total >= FLOORS["seed_brief_cited"]
    assert faithful / total >= FLOORS["seed_brief_supported"]


def test_seed_briefs_recomputed_match_the_store(seeds_db: Path):
    with Store(seeds_db) as store:
        articles = store.load_articles()
        story: Story = max(store.stories(), key=lambda s: len(s.article_ids))
    members = [a for a in articles if a.story_id == story.id]
    brief = write_brief(story, members, compare_story(story, members))
    cited, faithful = faithfulness(brief, {a.id: a for a in members})
    assert cited == 1.0 and faithful == 1.0
