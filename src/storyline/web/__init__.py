"""``storyline serve``: a read-only web UI and JSON API over a storyline database.

Server-rendered pages (FastAPI + Jinja2) share their story and article
templates with the HTML report of ``storyline run``; every page has a JSON
twin (same path plus ``.json``) described by ``/openapi.json``.
"""

from storyline.web.app import CSP, create_app

__all__ = ["CSP", "create_app"]
