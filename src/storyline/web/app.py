"""The read-only web UI and JSON API of ``storyline serve``.

Every HTML page has a JSON twin at the same path plus ``.json``; the HTML
path also answers JSON when the request's ``Accept`` prefers
``application/json``. ``/openapi.json`` describes the twins.

Security: article text is untrusted web text. Templates autoescape, article
bodies and snippets are escaped before they are marked up
(:mod:`storyline.web.markup`), chart specs travel in
``<script type="application/json">`` blocks encoded by Jinja's ``tojson``,
and every response carries a strict Content-Security-Policy (scripts only
from our own ``/static/``; no inline script, style or event handler). Only
GET routes exist, and the database is opened read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline.report.html import _HERE as REPORT_DIR
from storyline.report.html import SECTION_TITLES, TEMPLATE_DIR
from storyline.web import schemas
from storyline.web.data import SORTS, NotFound, Site
from storyline.web.markup import isolate_bidi

__all__ = ["CSP", "create_app"]

_HERE = Path(__file__).resolve().parent

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
HTML_200 = {200: {"content": {"text/html": {"schema": {"type": "string"}}}}}
NOT_FOUND = {404: {"model": schemas.ErrorBody, "description": "No such item"}}


def make_environment() -> jinja2.Environment:
    """The web templates, with the report's templates as the fallback loader."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader(str(_HERE / "templates")),
                jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
            ]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # Every printed string is bidi-isolated: an override in a title ends with the title.
        finalize=lambda v: isolate_bidi(v) if type(v) is str else v,
    )
    env.globals["section_titles"] = SECTION_TITLES
    return env


def wants_json(request: Request) -> bool:
    """True when ``Accept`` ranks application/json above text/html."""
    best = {"json": -1.0, "html": -1.0}
    for item in request.headers.get("accept", "").split(","):
        media, _, params = item.strip().partition(";")
        media = media.strip().lower()
        q = 1.0
        for p in params.split(";"):
            key, _, value = p.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media == "application/json":
            best["json"] = max(best["json"], q)
        elif media in ("text/html", "application/xhtml+xml", "*/*", "text/*"):
            best["html"] = max(
                best["html"], q if media.startswith(("text/html", "app")) else q - 0.01
            )
    return best["json"] > best["html"]


def create_app(db: str | Path, *, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app serving ``db`` read-only.

    ``allowed_hosts`` restricts the ``Host`` header (against DNS rebinding
    when bound to 127.0.0.1); None accepts any.
    """
    site = Site(db)
    env = make_environment()
    app = FastAPI(
        title="storyline",
        summary="Stories, briefs, quotes and coverage from scraped news (read-only).",
        version="1",
        docs_url=None,  # the hosted Swagger/ReDoc pages load scripts from a CDN
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.site = site

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    def html(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        body = env.get_template(template).render(**context)
        return HTMLResponse(body, status_code=status, headers={"Vary": "Accept"})

    def respond(request: Request, force_json: bool, template: str, page: dict[str, Any]) -> Any:
        if force_json or wants_json(request):
            return page  # FastAPI validates and filters it through the route's response_model
        query = request.url.query
        return html(
            template,
            page=page,
            request_path=request.url.path,
            json_href=request.url.path + ".json" + (f"?{query}" if query else ""),
            search_query=page.get("query", ""),
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = str(exc.detail)
        if request.url.path.endswith(".json") or wants_json(request) or exc.status_code == 405:
            return JSONResponse({"detail": detail}, status_code=exc.status_code)
        return html(
            "error.html.j2",
            status=exc.status_code,
            status_code=exc.status_code,
            detail=detail,
            page={},
            request_path=request.url.path,
            json_href=None,
            search_query="",
        )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return await http_error(request, StarletteHTTPException(404, str(exc)))

    # -- pages --------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/stories", status_code=307)

    sort_q = Query("size", pattern="^(size|recent)$", description=f"One of {', '.join(SORTS)}")

    @app.get("/stories.json", response_model=schemas.StoryList, tags=["json"])
    def stories_json(sort: str = sort_q) -> Any:
        """The stories, biggest first (sort=size) or latest first (sort=recent)."""
        return site.stories_page(sort)

    @app.get("/stories", response_model=schemas.StoryList, responses=HTML_200, tags=["pages"])
    def stories(request: Request, sort: str = sort_q) -> Any:
        """The story list (HTML; JSON when Accept prefers it)."""
        return respond(request, False, "stories.html.j2", site.stories_page(sort))

    @app.get(
        "/stories/{story_id}.json",
        response_model=schemas.StoryPage,
        responses=NOT_FOUND,
        tags=["json"],
    )
    def story_json(story_id: str) -> Any:
        """A story: brief with citations, timeline, conflicts, quotes, framing, coverage."""
        return site.story_page(story_id)

    @app.get(
        "/stories/{story_id}",
        response_model=schemas.StoryPage,
        responses={**HTML_200, **NOT_FOUND},
        tags=["pages"],
    )
    def story(request: Request, story_id: str) -> Any:
        """A story page (HTML; JSON when Accept prefers it)."""
        return respond(request, False, "story.html.j2", site.story_page(story_id))

    @app.get(
        "/articles/{article_id}.json",
        response_model=schemas.ArticlePage,
        responses=NOT_FOUND,
        tags=["json"],
    )
    def article_json(article_id: str) -> Any:
        """An article: clean body with sentence, entity and quote offsets, removed spans."""
        return site.article_page(article_id)

    @app.get(
        "/articles/{article_id}",
        response_model=schemas.ArticlePage,
        responses={**HTML_200, **NOT_FOUND},
        tags=["pages"],
    )
    def article(request: Request, article_id: str) -> Any:
        """An article page (HTML; JSON when Accept prefers it)."""
        return respond(request, False, "article.html.j2", site.article_page(article_id))

    page_q = Query(1, ge=1, description="Page of the list, from 1")

    @app.get(
        "/entities.json", response_model=schemas.EntityList, responses=NOT_FOUND, tags=["json"]
    )
    def entities_json(page: int = page_q) -> Any:
        """Every entity with at least one mention, most widely mentioned first, a page at
        a time."""
        return site.entities_page(page)

    @app.get(
        "/entities",
        response_model=schemas.EntityList,
        responses={**HTML_200, **NOT_FOUND},
        tags=["pages"],
    )
    def entities(request: Request, page: int = page_q) -> Any:
        """The entity index (HTML; JSON when Accept prefers it)."""
        return respond(request, False, "entities.html.j2", site.entities_page(page))

    @app.get(
        "/entities/{entity_id}.json",
        response_model=schemas.EntityPage,
        responses=NOT_FOUND,
        tags=["json"],
    )
    def entity_json(entity_id: str) -> Any:
        """An entity: aliases, mentions in context, stories, quotes it is the speaker of."""
        return site.entity_page(entity_id)

    @app.get(
        "/entities/{entity_id}",
        response_model=schemas.EntityPage,
        responses={**HTML_200, **NOT_FOUND},
        tags=["pages"],
    )
    def entity(request: Request, entity_id: str) -> Any:
        """An entity page (HTML; JSON when Accept prefers it)."""
        return respond(request, False, "entity.html.j2", site.entity_page(entity_id))

    @app.get("/outlets.json", response_model=schemas.OutletList, tags=["json"])
    def outlets_json() -> Any:
        """Every outlet, by number of articles."""
        return site.outlets_page()

    @app.get("/outlets", response_model=schemas.OutletList, responses=HTML_200, tags=["pages"])
    def outlets(request: Request) -> Any:
        """The outlet index (HTML; JSON when Accept prefers it)."""
        return respond(request, False, "outlets.html.j2", site.outlets_page())

    @app.get(
        "/outlets/{slug}.json",
        response_model=schemas.OutletPage,
        responses=NOT_FOUND,
        tags=["json"],
    )
    def outlet_json(slug: str, page: int = page_q) -> Any:
        """An outlet: its articles (a page at a time), stories, quotes and the terms it
        chooses."""
        return site.outlet_page(slug, page)

    @app.get(
        "/outlets/{slug}",
        response_model=schemas.OutletPage,
        responses={**HTML_200, **NOT_FOUND},
        tags=["pages"],
    )
    def outlet(request: Request, slug: str, page: int = page_q) -> Any:
        """An outlet page (HTML; JSON when Accept prefers it)."""
        return respond(request, False, "outlet.html.j2", site.outlet_page(slug, page))

    q_param = Query("", max_length=500, description="Words to find (not FTS syntax)")

    @app.get("/search.json", response_model=schemas.SearchPage, tags=["json"])
    def search_json(q: str = q_param) -> Any:
        """Full-text search (SQLite FTS5) over titles and bodies, with highlight offsets."""
        return site.search_page(q)

    @app.get("/search", response_model=schemas.SearchPage, responses=HTML_200, tags=["pages"])
    def search(request: Request, q: str = q_param) -> Any:
        """The search page (HTML; JSON when Accept prefers it)."""
        return respond(request, False, "search.html.j2", site.search_page(q))

    app.mount("/static/report", StaticFiles(directory=REPORT_DIR / "static"), name="report-static")
    app.mount("/static", StaticFiles(directory=_HERE / "static"), name="static")
    return app
