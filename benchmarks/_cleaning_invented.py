"""Multi-article dev pages rebuilt with furniture invented here, to measure how the
classifier generalises beyond the phrasings it was written against.

Each page joins the dev page's gold articles; between them stand widgets, notices and
teaser headers phrased in ways neither the seeds nor the dev pages use.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

WIDGETS = (
    "Pass this story on", "Tell a friend by post", "Save for the commute", "Print-friendly view",
    "Reader favourites", "Join the chatter", "Nobody has replied yet", "Our morning digest",
    "Sign in to keep reading", "Members get unlimited access", "Narrated by a synthetic voice",
    "This summary was machine-generated", "Hear this piece", "Tap to enlarge",
)  # fmt: skip
OUTLETS = ("Marrow Gazette", "Gannet Wire", "North Quay Post", "Tidewater Daily")
STAMPS = ("3 hrs ago", "45 minutes ago", "1 day ago", "Updated 2 hours ago")
TEASERS = (
    "Gull numbers soar on the northern cliffs this spring",
    "Ferry timetable shake-up promised for the winter months",
    "Mayor opens the new fish market hall on the quay",
    "Storm warning issued for the whole of the west coast",
)


def _articles(
    record: dict,
    rng: random.Random,
    widgets: Sequence[str],
    stamps: Sequence[str],
) -> list[str]:
    """The lines of the page's articles: each with three of ``widgets`` below it, and
    after the first, an outlet, one of ``stamps`` and "- outlet" above it."""
    lines: list[str] = []
    for index, article in enumerate(record["articles"]):
        if index:
            outlet = rng.choice(OUTLETS)
            lines += ["", outlet, rng.choice(stamps), f"- {outlet}"]
        lines.append(article["title"])
        lines.append(article["body"])
        lines += rng.sample(widgets, 3)
    return lines


def rebuild(record: dict, seed: int) -> str:
    lines = _articles(record, random.Random(seed), WIDGETS, STAMPS)
    lines += ["", "Reader favourites"] + list(TEASERS)
    return "\n".join(lines)


def rebuild_with(record: dict, furniture: dict[str, list[str]], seed: int) -> str:
    """:func:`rebuild` with the widgets, stamps and teaser label drawn from ``furniture``
    (a set of ``_cleaning_unseen``: share, comment, subscription and AI lines as the
    widgets under each article, its stamps between them, one of its related-story labels
    over the closing teasers) instead of the phrases above."""
    from _cleaning_unseen import HEADLINES

    rng = random.Random(seed)
    widgets = [
        line for kind in ("share", "comments", "subscribe", "ai") for line in furniture[kind]
    ]
    lines = _articles(record, rng, widgets, furniture["time"])
    if furniture.get("related"):
        lines += ["", rng.choice(furniture["related"][2:]), *rng.sample(HEADLINES, 4)]
    return "\n".join(lines)
