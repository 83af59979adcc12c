"""The web UI reads per page what the page shows; what it shows must be what the whole
report shows (the report's view model built from every row of the database)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import storyline
import storyline.web.data as data
from corpus import write_corpus, write_followup
from storyline.report import build_report_context
from storyline.store.db import Store
from storyline.store.export import collect
from storyline.web import create_app
from storyline.web.data import Site, _link_cites, _story_data

pytestmark = pytest.mark.slow


def _comparable(view: dict) -> dict:
    """A story view without what only says where the report renders each article (the
    web links every citation to the article's own page)."""
    view = dict(view)
    _link_cites(view)
    view["articles"] = [{**a, "render_here": None} for a in view["articles"]]
    return view


@pytest.mark.parametrize("which", ["corpus_db", "seeds_db"])
def test_a_story_read_alone_is_the_story_of_the_whole_report(which: str, request) -> None:
    db: Path = request.getfixturevalue(which)
    with Store(db, readonly=True) as store:
        whole = {s["id"]: s for s in build_report_context(collect(store))["stories"]}
        assert whole
        for sid, view in whole.items():
            alone = build_report_context(_story_data(store, sid))["stories"]
            assert [s["id"] for s in alone] == [sid]
            assert _comparable(alone[0]) == _comparable(view), sid


def test_the_story_list_is_the_report_list(corpus_db: Path) -> None:
    with Store(corpus_db, readonly=True) as store:
        context = build_report_context(collect(store))
    page = Site(corpus_db).stories_page()
    assert [s["id"] for s in page["stories"]] == [s["id"] for s in context["stories"]]
    for row, view in zip(page["stories"], context["stories"], strict=True):
        for key in ("title", "n_articles", "n_outlets", "n_quotes", "first_published"):
            assert row[key] == view[key], key
    assert page["counts"] == {c["label"]: c["value"] for c in context["counts"]}


def test_pages_show_what_a_later_analyze_adds(tmp_path: Path) -> None:
    # The light index and the story view models kept with it are read again once the
    # database changes: a story page seen before a run shows the article the run added.
    db = tmp_path / "s.db"
    storyline.analyze([write_corpus(tmp_path / "corpus")], db)
    site = Site(db)
    before = {s["id"]: s["n_articles"] for s in site.stories_page()["stories"]}
    ferry = next(sid for sid, n in before.items() if n == 2)
    assert len([a for a in site.story_page(ferry)["articles"] if a["in_story"]]) == 2
    storyline.analyze([write_followup(tmp_path / "later")], db)
    after = {s["id"]: s["n_articles"] for s in site.stories_page()["stories"]}
    assert after[ferry] == 3
    assert len([a for a in site.story_page(ferry)["articles"] if a["in_story"]]) == 3


def test_the_entity_index_comes_a_page_at_a_time(corpus_db: Path, monkeypatch) -> None:
    every = Site(corpus_db).entities_page()
    assert every["pages"] == 1 and every["total"] == len(every["entities"]) > 3
    monkeypatch.setattr(data, "ENTITIES_PER_PAGE", 2)
    client = TestClient(create_app(corpus_db))
    first = client.get("/entities.json").json()
    assert (first["page"], first["total"]) == (1, every["total"])
    assert first["pages"] == -(-every["total"] // 2)
    assert first["entities"] == every["entities"][:2]
    last = client.get(f"/entities.json?page={first['pages']}").json()
    assert last["entities"] == every["entities"][2 * (first["pages"] - 1) :]
    html = client.get("/entities?page=2").text
    assert 'href="/entities?page=1"' in html and 'href="/entities?page=3"' in html
    assert client.get(f"/entities.json?page={first['pages'] + 1}").status_code == 404
    assert client.get("/entities.json?page=0").status_code == 422


def test_an_outlet_lists_its_articles_a_page_at_a_time(corpus_db: Path, monkeypatch) -> None:
    site = Site(corpus_db)
    slug = next(o["slug"] for o in site.outlets_page()["outlets"] if o["articles"] >= 2)
    every = site.outlet_page(slug)
    assert every["pages"] == 1 and every["n_articles"] == len(every["articles"])
    assert every["n_quotes"] == len(every["quotes"])
    monkeypatch.setattr(data, "ARTICLES_PER_PAGE", 1)
    client = TestClient(create_app(corpus_db))
    pages = [client.get(f"/outlets/{slug}.json?page={n}").json() for n in (1, 2)]
    assert [p["articles"][0] for p in pages] == every["articles"][:2]
    for p in pages:
        assert (p["n_articles"], p["n_quotes"], p["pages"]) == (
            every["n_articles"],
            every["n_quotes"],
            every["n_articles"],
        )
        assert p["stories"] == every["stories"] and p["framing"] == every["framing"]
        assert {q["article_id"] for q in p["quotes"]} <= {p["articles"][0]["id"]}
    assert sum(len(p["quotes"]) for p in pages) <= every["n_quotes"]
    html = client.get(f"/outlets/{slug}?page=2").text
    assert 'href="?page=1"' in html and f"{every['n_articles']} articles" in html
    assert client.get(f"/outlets/{slug}.json?page={every['n_articles'] + 1}").status_code == 404
