"""The self-contained HTML report and the Markdown briefs of ``storyline run``.

The report is one HTML file (CSS inlined, no scripts, no external resources)
built from the export rows (see the export contract in DESIGN.md). The
templates are split into a base layout and ``_story.html.j2`` /
``_article.html.j2`` includes so a web UI can render the same story and
article views from :func:`build_report_context`.
"""

from storyline.report.html import (
    REPORT_MAX_ARTICLES,
    build_report_context,
    make_environment,
    render_report,
    write_markdown_briefs,
    write_report,
)

__all__ = [
    "REPORT_MAX_ARTICLES",
    "build_report_context",
    "make_environment",
    "render_report",
    "write_markdown_briefs",
    "write_report",
]
