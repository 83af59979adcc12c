"""The main job on ../shared/seeds: what DESIGN.md says the seeds lead to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storyline

FURNITURE = [
    "Try Our AI Features",
    "Related Articles",
    "hours ago",
    "days ago",
    "No comments yet",
    "Hashtags",
    "enable JavaScript",
    "Already a subscriber",
    "Leave a Reply",
    "This audio is created with AI assistance",
    "date 2025-02-27",
]
RT_TITLES = [
    "German intelligence chief claims Russia could attack NATO",
    "US to cut Ukraine aid",
    "WHISPERING GIANT: Russia's quiet power leaves the West in the dust",
]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, list[dict]]:
    tmp = tmp_path_factory.mktemp("seeds")
    summary = storyline.analyze([seeds_dir], tmp / "s.db")
    assert summary.ok, summary.errors
    storyline.export(tmp / "s.db", tmp / "out")
    return {
        p.stem: [json.loads(x) for x in p.read_text("utf-8").splitlines()]
        for p in (tmp / "out").glob("*.jsonl")
    }


def test_eight_articles_first_file_split_in_four(export: dict[str, list[dict]]) -> None:
    articles = export["articles"]
    assert len(articles) == 8
    first = sorted(
        (a for a in articles if a["source"].endswith("000_fe8151a53bce9887.txt")),
        key=lambda a: a["segment"],
    )
    assert [a["segment"] for a in first] == [0, 1, 2, 3]
    assert [a["title"] for a in first[1:]] == RT_TITLES
    assert all(a["outlet"] == "Russia Today" for a in first[1:])


def test_no_furniture_in_any_body(export: dict[str, list[dict]]) -> None:
    for a in export["articles"]:
        for junk in FURNITURE:
            assert junk not in a["body"], (a["source"], a["segment"], junk)


def test_stories(export: dict[str, list[dict]]) -> None:
    by_title = {a["title"]: a["id"] for a in export["articles"]}
    stories = export["stories"]
    assert len(stories) == 4
    for title in RT_TITLES:
        own = [s for s in stories if by_title[title] in s["article_ids"]]
        assert len(own) == 1 and len(own[0]["article_ids"]) == 1, title
    big = max(stories, key=lambda s: len(s["article_ids"]))
    assert len(big["article_ids"]) == 5


def test_quotes_have_the_right_speakers(export: dict[str, list[dict]]) -> None:
    quotes = export["quotes"]

    def speaker_of(fragment: str) -> str | None:
        found = [q for q in quotes if fragment in q["text"]]
        assert found, fragment
        return found[0]["speaker"]

    assert speaker_of("We have to invite them") == "Marco Rubio"
    assert speaker_of("I want to stress that we certainly have") == "Vladimir Putin"
    assert speaker_of("spoken to President Putin") == "Donald Trump"
    assert speaker_of("We are open for US-Russia economic cooperation") == "Kirill Dmitriev"
    assert speaker_of("It is a reduction in this budget") == "Pete Hegseth"
    speakers = {q["speaker"] for q in quotes if q["speaker"]}
    assert {"Marco Rubio", "Vladimir Putin", "Donald Trump", "Kirill Dmitriev"} <= speakers


def test_dated_events(export: dict[str, list[dict]]) -> None:
    dates = {e["date"] for e in export["events"]}
    assert "2025-02-18" in dates
    assert "2025-02-27" in dates
    istanbul = [e for e in export["events"] if "Istanbul" in e["text"]]
    assert istanbul and istanbul[0]["date"] == "2025-02-27"


def test_framing_kiev_kyiv(export: dict[str, list[dict]]) -> None:
    terms = [{v["term"] for v in f["variants"]} for f in export["framing"]]
    assert any({"Kiev", "Kyiv"} <= t for t in terms), export["framing"]


def test_big_story_brief_cites_several_articles(export: dict[str, list[dict]]) -> None:
    big = max(export["stories"], key=lambda s: len(s["article_ids"]))
    brief = next(b for b in export["briefs"] if b["story_id"] == big["id"])
    cited = {i for s in brief["sentences"] for i in s["article_ids"]}
    assert len(cited) >= 3
    assert cited <= set(big["article_ids"])
