"""A hostile corpus: scraped text that tries to run script in the web UI.

Every string here must come out of the UI as inert text: no dialog, no
console error, no element the page did not mean to make.
"""

from __future__ import annotations

import json
from pathlib import Path

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE
SCRIPT = '<script>alert("xss-script")</script>'
IMG = '<img src=x onerror=alert("xss-img")>'
TEXTAREA = '</textarea><script>alert("xss-textarea")</script>'
SCRIPT_BREAK = '</script><script>alert("xss-break")</script>'
JS_URL = "javascript:alert('xss-url')"
LINK = f'<a href="{JS_URL}">click me</a>'
ATTR = '" onmouseover="alert(\'xss-attr\')" data-x="'
SVG = "<svg onload=alert('xss-svg')></svg>"
TEMPLATE = "{{ 7*7 }} {% raw %}"

#: Strings that must never appear unescaped in any HTML response.
RAW_MARKERS = ["<script>alert", "<img src=x", "<svg onload", 'onmouseover="alert']

#: Length of the single-line body (a 1 MB line, one long token).
LONG_LINE = 1_000_000


def _records() -> list[dict]:
    return [
        {
            "id": "hostile-1",
            "title": f"Harbour council {SCRIPT} votes {TEXTAREA}",
            "outlet": f"Evil Gazette {IMG}",
            "url": JS_URL,
            "published": "2026-04-02",
            "body": (
                "The Selwick harbour council voted on Tuesday to close the old ferry pier"
                f" {SCRIPT}.\n"
                f'"We will not reopen the pier {SCRIPT_BREAK} this year,"'
                " council leader Mara Quill said.\n"
                f"Residents posted {LINK} and {SVG} on the council's page {ATTR}.\n"
                f"The pier closure {IMG} affects 300 fishing boats, the council said {TEMPLATE}."
            ),
        },
        {
            "id": "hostile-2",
            "title": f"{RLO}Pier closure angers fishermen{RLO} {SCRIPT_BREAK}",
            "outlet": f"Harbour {RLO}Wire",
            "published": "2026-04-03",
            "body": (
                "Fishermen in Selwick protested on Wednesday against the closure of the old "
                "ferry pier by the harbour council.\n"
                f'"This {RLO}closure ruins us{RLO} {TEXTAREA}," fisherman Olek Varga said.\n'
                f"The council said 300 boats are affected by the pier closure {ATTR}."
            ),
        },
        {
            "id": "hostile-long",
            "title": "A page with one enormous line",
            "outlet": "Long Line Daily",
            "published": "2026-04-03",
            "body": (
                "The Selwick harbour council closed the ferry pier on Tuesday.\n"
                + "x" * LONG_LINE
                + "\nFishermen said the pier closure affects 300 boats."
            ),
        },
    ]


def write_hostile(folder: Path) -> Path:
    """Write the hostile corpus (a .jsonl file and a .txt dump) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hostile.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()), encoding="utf-8"
    )
    (folder / "dump.txt").write_text(
        "\n".join(
            [
                f"Evil Times {SCRIPT}",
                f"Selwick pier closure {IMG} draws protest {RLO}gnp.exe",
                "Published April 4, 2026",
                f"Share this story {LINK}",
                "Fishermen gathered at the closed Selwick ferry pier on Thursday to protest the "
                f"harbour council's decision {SVG}.",
                f'"We were never asked {SCRIPT}," fisherman Olek Varga said.',
                f"Sign up for our newsletter {TEXTAREA}",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return folder
