"""Every route of ``storyline serve`` and its JSON twin, through Starlette's TestClient."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from fastapi.testclient import TestClient

from storyline.web import CSP, create_app

pytestmark = pytest.mark.slow


class Page(HTMLParser):
    """What a page is made of: ids, links, scripts, attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.cites: list[str] = []
        self.scripts: list[dict] = []
        self.handlers: list[str] = []
        self.styles: int = 0
        self.tags: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.append(a["id"])
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"])
            if "cite" in (a.get("class") or "").split():
                self.cites.append(a["href"])
        if tag == "script":
            self._script = {"attrs": a, "text": ""}
            self.scripts.append(self._script)
        if tag == "style" or "style" in a:
            self.styles += 1
        self.handlers += [k for k in a if k.startswith("on")]

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> TestClient:
    return TestClient(create_app(corpus_db))


@pytest.fixture(scope="module")
def openapi(client: TestClient) -> dict:
    r = client.get("/openapi.json")
    assert r.status_code == 200
    return r.json()


def validate(doc: dict, openapi: dict, model: str) -> None:
    schema = {"$ref": f"#/components/schemas/{model}", "components": openapi["components"]}
    jsonschema.validate(doc, schema)


def ids_of(client: TestClient) -> dict[str, str]:
    stories = client.get("/stories.json").json()["stories"]
    story = client.get(f"/stories/{stories[0]['id']}.json").json()
    article = story["articles"][0]["id"]
    entity = client.get("/entities.json").json()["entities"][0]["id"]
    outlet = client.get("/outlets.json").json()["outlets"][0]["slug"]
    return {"story": stories[0]["id"], "article": article, "entity": entity, "outlet": outlet}


def routes(client: TestClient) -> list[tuple[str, str]]:
    """(HTML path, schema model) for every page."""
    i = ids_of(client)
    return [
        ("/stories", "StoryList"),
        ("/stories?sort=recent", "StoryList"),
        (f"/stories/{i['story']}", "StoryPage"),
        (f"/articles/{i['article']}", "ArticlePage"),
        ("/entities", "EntityList"),
        (f"/entities/{i['entity']}", "EntityPage"),
        ("/outlets", "OutletList"),
        (f"/outlets/{i['outlet']}", "OutletPage"),
        ("/search?q=ferry", "SearchPage"),
        ("/search", "SearchPage"),
    ]


def json_path(path: str) -> str:
    parts = urlsplit(path)
    return parts.path + ".json" + (f"?{parts.query}" if parts.query else "")


def test_every_page_and_twin(client: TestClient, openapi: dict) -> None:
    for path, model in routes(client):
        html = client.get(path)
        assert html.status_code == 200, path
        assert html.headers["content-type"].startswith("text/html"), path
        assert html.headers["content-security-policy"] == CSP
        page = parse(html.text)
        assert page.handlers == [], (path, page.handlers)
        assert page.styles == 0, f"{path}: inline style"
        for script in page.scripts:  # only our static files and JSON data blocks
            attrs = script["attrs"]
            assert attrs.get("src", "").startswith("/static/") or (
                attrs.get("type") == "application/json" and "src" not in attrs
            ), (path, attrs)
        assert len(page.ids) == len(set(page.ids)), f"{path}: duplicate ids"
        for href in page.hrefs:
            assert not href.lower().startswith(("javascript:", "data:", "http:", "https:")), href

        twin = client.get(json_path(path))
        assert twin.status_code == 200, path
        assert twin.headers["content-type"] == "application/json"
        validate(twin.json(), openapi, model)

        negotiated = client.get(path, headers={"Accept": "application/json"})
        assert negotiated.headers["content-type"] == "application/json", path
        assert negotiated.json() == twin.json()


def test_openapi_describes_every_twin(openapi: dict) -> None:
    paths = openapi["paths"]
    for p in (
        "/stories.json",
        "/stories/{story_id}.json",
        "/articles/{article_id}.json",
        "/entities.json",
        "/entities/{entity_id}.json",
        "/outlets.json",
        "/outlets/{slug}.json",
        "/search.json",
    ):
        schema = paths[p]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema["$ref"].startswith("#/components/schemas/")
        html_path = p.removesuffix(".json")
        content = paths[html_path]["get"]["responses"]["200"]["content"]
        assert {"text/html", "application/json"} <= content.keys()


def test_accept_negotiation(client: TestClient) -> None:
    browser_accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/stories", headers={"Accept": browser_accept})
    assert r.headers["content-type"].startswith("text/html")
    r = client.get("/stories", headers={"Accept": "application/json, text/html;q=0.5"})
    assert r.headers["content-type"] == "application/json"
    r = client.get("/stories", headers={"Accept": "*/*"})
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["vary"] == "Accept"


def test_story_list_sorting(client: TestClient) -> None:
    by_size = client.get("/stories.json").json()["stories"]
    sizes = [s["n_articles"] for s in by_size]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == 3  # the ferry story: two pages and the wire follow-up
    by_recency = client.get("/stories.json?sort=recent").json()["stories"]
    latest = [s["last_published"] or "" for s in by_recency]
    assert latest == sorted(latest, reverse=True)
    assert client.get("/stories.json?sort=bogus").status_code == 422
    html = client.get("/stories?sort=recent").text
    assert 'href="/stories?sort=size"' in html


def test_brief_citations_point_at_sentences(client: TestClient) -> None:
    sid = client.get("/stories.json").json()["stories"][0]["id"]
    story = client.get(f"/stories/{sid}.json").json()
    cites = [c for sec in story["brief_sections"] for s in sec["sentences"] for c in s["cites"]]
    assert cites
    html = client.get(f"/stories/{sid}").text
    page_hrefs = parse(html).cites
    checked = 0
    for c in cites:
        assert c["href"] in page_hrefs
        path, _, anchor = c["href"].partition("#")
        assert path == f"/articles/{c['article_id']}"
        if not anchor:
            continue
        article_html = client.get(path).text
        assert f'id="{anchor}"' in article_html
        assert anchor == f"s-{c['sentence']}"
        checked += 1
    assert checked, "at least one brief citation lands on a sentence"


def test_story_page_sections_and_charts(client: TestClient) -> None:
    sid = client.get("/stories.json").json()["stories"][0]["id"]
    html = client.get(f"/stories/{sid}").text
    for heading in ("Brief", "Timeline", "Quotes", "Framing", "Coverage"):
        assert f"<h3>{heading}" in html
    page = parse(html)
    blocks = [s for s in page.scripts if s["attrs"].get("type") == "application/json"]
    assert {b["attrs"]["id"].split("-")[1] for b in blocks} == {"timeline", "coverage"}
    srcs = [s["attrs"]["src"] for s in page.scripts if "src" in s["attrs"]]
    for src in srcs:
        r = client.get(src)
        assert r.status_code == 200, src
        assert "javascript" in r.headers["content-type"]
    story = client.get(f"/stories/{sid}.json").json()
    assert story["charts"]["timeline"]["mark"]["type"] == "point"
    assert story["charts"]["coverage"]["mark"]["type"] == "rect"
    assert story["quote_groups"] and story["coverage"]["rows"]


def test_article_page_marks_entities_quotes_and_removed(client: TestClient) -> None:
    sid = client.get("/stories.json").json()["stories"][0]["id"]
    story = client.get(f"/stories/{sid}.json").json()
    pages = [client.get(f"/articles/{a['id']}.json").json() for a in story["articles"]]
    article = next(p for p in pages if p["removed"] and p["quotes"])
    html = client.get(f"/articles/{article['id']}").text
    assert 'class="sent"' in html and 'id="s-0"' in html
    assert 'class="qm qm-' in html
    assert 'class="ent ent-' in html and 'href="/entities/' in html
    assert '<details class="removed" open>' in html
    assert article["removed"][0]["reason"] in html
    for s in article["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(article["body"])


def test_entity_and_outlet_pages(client: TestClient) -> None:
    outlets = client.get("/outlets.json").json()["outlets"]
    courier = next(o for o in outlets if o["name"] == "Coastal Wire")  # named in its JSONL
    page = client.get(courier["href"] + ".json").json()
    assert page["articles"] and page["stories"]
    entities = client.get("/entities.json").json()["entities"]
    brandt = next(e for e in entities if "Brandt" in e["name"])
    page = client.get(brandt["href"] + ".json").json()
    assert page["articles"] and page["stories"]
    assert any(c["highlights"] for a in page["articles"] for c in a["contexts"])
    html = client.get(brandt["href"]).text
    assert "<mark>" in html


def test_search_highlights(client: TestClient) -> None:
    found = client.get("/search.json?q=ferry strike").json()
    assert found["results"]
    first = found["results"][0]
    start, end = first["highlights"][0]
    assert first["snippet"][start:end].lower().startswith(("ferry", "strike"))
    html = client.get("/search?q=ferry").text
    assert re.search(r"<mark>ferry</mark>", html, re.I)
    assert client.get("/search.json?q=%22%22%20AND%20(%20NEAR").status_code == 200  # not FTS syntax
    assert client.get("/search.json?q=zzzyyyxxx").json()["results"] == []


def test_not_found_and_read_only(client: TestClient) -> None:
    for path in ("/stories/nope", "/articles/nope", "/entities/nope", "/outlets/nope"):
        assert client.get(path).status_code == 404
        r = client.get(path + ".json")
        assert r.status_code == 404 and r.json()["detail"]
        assert r.headers["content-security-policy"] == CSP
    assert client.post("/stories").status_code == 405
    assert client.delete("/stories/x").status_code == 405
    assert client.get("/docs").status_code == 404  # the hosted docs page would load a CDN
    assert client.get("/", follow_redirects=False).headers["location"] == "/stories"


def test_trusted_hosts(corpus_db: Path) -> None:
    local = TestClient(create_app(corpus_db, allowed_hosts=["127.0.0.1", "localhost"]))
    assert local.get("/stories", headers={"Host": "evil.example"}).status_code == 400
    assert local.get("/stories", headers={"Host": "127.0.0.1:8000"}).status_code == 200


def test_report_and_web_share_templates(corpus_db: Path) -> None:
    from storyline.report.html import TEMPLATE_DIR
    from storyline.web.app import make_environment

    env = make_environment()
    for name in ("_story.html.j2", "_article.html.j2", "_macros.html.j2"):
        assert Path(env.get_template(name).filename).parent == TEMPLATE_DIR
