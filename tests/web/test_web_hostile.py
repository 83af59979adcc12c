"""The hostile corpus through the server: every page escapes it, no JSON block breaks out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hostile_corpus import RAW_MARKERS, RLO
from test_web_routes import json_path, parse

from storyline.web import create_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(hostile_db: Path) -> TestClient:
    return TestClient(create_app(hostile_db))


def all_pages(client: TestClient) -> list[str]:
    paths = ["/stories", "/entities", "/outlets", "/search?q=pier", "/search?q=script"]
    for s in client.get("/stories.json").json()["stories"]:
        paths.append(s["href"])
        for a in client.get(s["href"] + ".json").json()["articles"]:
            paths.append(f"/articles/{a['id']}")
    paths += [e["href"] for e in client.get("/entities.json").json()["entities"]]
    paths += [o["href"] for o in client.get("/outlets.json").json()["outlets"]]
    return list(dict.fromkeys(paths))


def test_every_page_is_inert(client: TestClient) -> None:
    pages = all_pages(client)
    assert any(p.startswith("/articles/") for p in pages)
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        html = r.text
        for marker in RAW_MARKERS:
            assert marker not in html, (path, marker)
        assert "</textarea><script" not in html
        page = parse(html)
        assert page.handlers == [], (path, page.handlers)
        assert "textarea" not in page.tags and "img" not in page.tags and "svg" not in page.tags
        for href in page.hrefs:
            assert not href.strip().lower().startswith("javascript:"), (path, href)
        for script in page.scripts:
            attrs = script["attrs"]
            if attrs.get("type") == "application/json":
                assert "</" not in script["text"]
                json.loads(script["text"])  # the data block parses: nothing broke out of it
            else:
                assert attrs.get("src", "").startswith("/static/"), (path, attrs)
        twin = client.get(json_path(path))
        assert twin.status_code == 200, path
        twin.json()


def test_hostile_text_is_shown_as_text(client: TestClient) -> None:
    hits = client.get("/search.json?q=council").json()["results"]
    article = next(h for h in hits if "Harbour council" in h["title"])
    html = client.get(article["href"]).text
    assert "&lt;script&gt;alert(&#34;xss-script&#34;)&lt;/script&gt;" in html
    assert "&lt;/textarea&gt;" in html
    assert "javascript:alert(" in html  # shown as text (the URL), never as a link target
    assert "{{ 7*7 }}" in html  # not evaluated as a template
    body = client.get(article["href"] + ".json").json()["body"]
    assert '<script>alert("xss-script")</script>' in body  # the JSON keeps the real text


def test_long_line_and_rtl(client: TestClient) -> None:
    hits = client.get("/search.json?q=enormous").json()["results"]
    assert hits
    r = client.get(hits[0]["href"])
    assert r.status_code == 200
    assert re.search("x{100000}", r.text)
    titles = [s["title"] for s in client.get("/stories.json").json()["stories"]]
    html = client.get("/stories").text
    assert any(RLO in t for t in titles) or RLO in html
    # Each printed value holding an override is isolated (FSI ... PDI), so it cannot
    # reorder the citations, outlet names or columns that follow it.
    for path in ["/stories"] + [
        f"/stories/{s['id']}" for s in client.get("/stories.json").json()["stories"]
    ]:
        page = client.get(path).text
        for m in re.finditer(RLO, page):
            opened = page.rfind("\u2068", 0, m.start())
            closed = page.rfind("\u2069", 0, m.start())
            assert opened > closed, f"{path}: an override outside an isolate"
