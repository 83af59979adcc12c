"""Time expressions normalised against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.stages.enrich import (
    anchor_date,
    load_nlp,
    normalise_date,
    normalise_time_expressions,
)
from storyline.stages.enrich.times import find_times

ANCHOR = date(2025, 2, 27)  # a Thursday


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("Feb. 18", ("2025-02-18", "day")),
        ("Feb. 26", ("2025-02-26", "day")),
        ("on Feb. 27", ("2025-02-27", "day")),
        ("February 18, 2025", ("2025-02-18", "day")),
        ("18 February 2025", ("2025-02-18", "day")),
        ("2025-02-27", ("2025-02-27", "day")),
        ("in 2023", ("2023", "year")),
        ("In October 2024", ("2024-10", "month")),
        ("in early February", ("2025-02", "month")),
        ("December", ("2024-12", "month")),  # more than two months ahead: last year's
        ("Dec. 30", ("2024-12-30", "day")),
        ("on Tuesday", ("2025-02-25", "day")),
        ("Thursday", ("2025-02-20", "day")),  # the anchor's own weekday: a week before
        ("last Monday", ("2025-02-24", "day")),
        ("next Monday", ("2025-03-03", "day")),
        ("yesterday", ("2025-02-26", "day")),
        ("today", ("2025-02-27", "day")),
        ("tomorrow", ("2025-02-28", "day")),
        ("last week", ("2025-02", "month")),
        ("earlier this month", ("2025-02", "month")),
        ("last month", ("2025-01", "month")),
        ("next month", ("2025-03", "month")),
        ("last year", ("2024", "year")),
        ("three days ago", ("2025-02-24", "day")),
        ("two years ago", ("2023", "year")),
    ],
)
def test_normalise_date_with_anchor(expr, expected):
    assert normalise_date(expr, ANCHOR) == expected


@pytest.mark.parametrize(
    "expr", ["the 1850s", "25 years", "in recent days", "recently", "Feb. 30", "2025-13-01", ""]
)
def test_normalise_date_rejects_durations_and_nonsense(expr):
    assert normalise_date(expr, ANCHOR) is None


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("February 18, 2025", ("2025-02-18", "day")),
        ("2025-02-27", ("2025-02-27", "day")),
        ("in 2023", ("2023", "year")),
        ("October 2024", ("2024-10", "month")),
        ("Feb. 18", None),
        ("in early February", None),
        ("on Tuesday", None),
        ("yesterday", None),
        ("last week", None),
    ],
)
def test_normalise_date_without_anchor_never_guesses(expr, expected):
    assert normalise_date(expr, None) == expected


def test_future_weekday_is_the_next_one():
    assert normalise_date("Tuesday", ANCHOR, future=True) == ("2025-03-04", "day")
    found = normalise_time_expressions("The envoys will meet on Tuesday.", "2025-02-27")
    assert [(t.text, t.date) for t in found] == [("Tuesday", "2025-03-04")]


def test_anchor_only_from_day_precision():
    assert anchor_date("2025-02-27") == ANCHOR
    assert anchor_date("2025-02-27T10:15:00Z") == ANCHOR
    assert anchor_date("2025-02") is None
    assert anchor_date("2025") is None
    assert anchor_date("2025-02-27", "month") is None
    assert anchor_date(None) is None
    assert anchor_date("not a date") is None


def test_expressions_in_text_with_anchor():
    text = (
        "The envoys met in Riyadh on Feb. 18 and again on Tuesday. A second round opens "
        "on Feb. 27. The decree was signed in 2023, and in October 2024 the assets were "
        "seized. Last week the talks stalled; earlier this month they had resumed. "
        "The 1850s war lasted 25 years, and in recent days nothing moved."
    )
    found = normalise_time_expressions(text, "2025-02-27")
    assert [(t.text, t.date, t.precision, t.relative) for t in found] == [
        ("Feb. 18", "2025-02-18", "day", False),
        ("Tuesday", "2025-02-25", "day", True),
        ("Feb. 27", "2025-02-27", "day", False),
        ("2023", "2023", "year", False),
        ("October 2024", "2024-10", "month", False),
        ("Last week", "2025-02", "month", True),
        ("earlier this month", "2025-02", "month", True),
    ]
    for t in found:
        assert text[t.start : t.end] == t.text


def test_expressions_in_text_without_anchor():
    text = "They met on Tuesday, on Feb. 18 and on February 18, 2025; last week too."
    found = normalise_time_expressions(text, None)
    assert [(t.text, t.date, t.precision, t.relative) for t in found] == [
        ("Tuesday", None, None, True),
        ("Feb. 18", None, None, False),
        ("February 18, 2025", "2025-02-18", "day", False),
        ("last week", None, None, True),
    ]


def test_outlet_names_are_not_dates():
    found = normalise_time_expressions("Russia Today reported it. USA Today too.", "2025-02-27")
    assert found == []


def test_find_times_adds_bare_years_from_spacy():
    nlp = load_nlp()
    doc = nlp("The 2014 referendum split the region. The 1850s were different.")
    found = find_times(doc, "2025-02-27")
    assert [(t.text, t.date, t.precision) for t in found] == [("2014", "2014", "year")]
