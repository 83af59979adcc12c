"""Dated events: one event per happening, with every article that reports it,
its participants and its place. Made-up articles with publication dates."""

from __future__ import annotations

import pytest

from storyline.records import Article, Story
from storyline.stages.compare import compare_story
from storyline.stages.enrich import enrich_articles

pytestmark = pytest.mark.slow


def _article(aid: str, outlet: str, published: str, body: str) -> Article:
    return Article(
        id=aid,
        doc_id=aid,
        source=f"{aid}.txt",
        segment=0,
        body=body,
        outlet=outlet,
        published=published,
        published_precision="day",
    )


@pytest.fixture(scope="module")
def riyadh() -> tuple[Story, list[Article]]:
    articles = [
        _article(
            "a1",
            "Kyiv Daily",
            "2025-02-27",
            "The first meeting between American and Russian officials took place in Riyadh "
            "on Feb. 18, when Marco Rubio met Sergey Lavrov.\n\n"
            "Separately, the Kremlin said it had no plans to change its position.",
        ),
        _article(
            "a2",
            "Moscow Wire",
            "2025-02-25",
            "Marco Rubio and Sergey Lavrov met in Riyadh last week for the first meeting "
            "between American and Russian officials.\n\n"
            "Analysts expect more rounds in the coming months.",
        ),
        _article(
            "a3",
            "Gulf Times",
            "2025-02-19",
            "Marco Rubio and Sergey Lavrov held the first meeting between American and Russian "
            "officials in Riyadh yesterday.\n\n"
            "The two delegations will meet again in Istanbul on Feb. 27.",
        ),
    ]
    enrich_articles(articles)
    story = Story(id="s1", title="Riyadh talks", article_ids=[a.id for a in articles])
    return story, articles


def test_the_same_event_from_three_outlets_is_one_event(riyadh) -> None:
    story, articles = riyadh
    events = compare_story(story, articles).events
    on_18 = [e for e in events if e.date == "2025-02-18"]
    assert len(on_18) == 1, [(e.date, e.text, e.article_ids) for e in events]
    assert on_18[0].article_ids == ["a1", "a2", "a3"]
    assert not [e for e in events if e.date == "2025-02" and "Riyadh" in e.text]


def test_event_participants_and_place(riyadh) -> None:
    story, articles = riyadh
    event = next(e for e in compare_story(story, articles).events if e.date == "2025-02-18")
    assert {"Marco Rubio", "Sergey Lavrov"} <= set(event.participants)
    assert event.place == "Riyadh"
    assert "Riyadh" not in event.participants


def test_a_later_event_stays_its_own(riyadh) -> None:
    story, articles = riyadh
    events = compare_story(story, articles).events
    istanbul = [e for e in events if e.date == "2025-02-27"]
    assert istanbul and all(e.article_ids == ["a3"] for e in istanbul)
    assert istanbul[0].place == "Istanbul"


def test_relative_dates_without_publication_date_make_no_event() -> None:
    art = Article(
        id="x",
        doc_id="x",
        source="x.txt",
        segment=0,
        body="Marco Rubio met Sergey Lavrov in Riyadh last week for the first talks.",
    )
    enrich_articles([art])
    story = Story(id="s", title="t", article_ids=["x"])
    assert compare_story(story, [art]).events == []
