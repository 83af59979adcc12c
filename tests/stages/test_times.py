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
from storyline.stages.enrich.times import (
    event_times,
    find_times,
    is_timestamp,
    rank_event_days,
)

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
        # The anchor's own weekday is the publication day ("said Thursday" in
        # Thursday's report); only "last Thursday" goes a week back.
        ("Thursday", ("2025-02-27", "day")),
        ("last Thursday", ("2025-02-20", "day")),
        ("last Monday", ("2025-02-24", "day")),
        ("next Monday", ("2025-03-03", "day")),
        ("yesterday", ("2025-02-26", "day")),
        ("today", ("2025-02-27", "day")),
        ("tomorrow", ("2025-02-28", "day")),
        ("last night", ("2025-02-26", "day")),
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
    assert normalise_date("Thursday", ANCHOR, future=True) == ("2025-02-27", "day")
    assert normalise_date("next Thursday", ANCHOR, future=True) == ("2025-03-06", "day")
    found = normalise_time_expressions("The envoys will meet on Tuesday.", "2025-02-27")
    assert [(t.text, t.date) for t in found] == [("Tuesday", "2025-03-04")]


def test_a_clause_of_time_in_the_present_speaks_of_the_future():
    # "when they meet on Monday" in Thursday's report is the coming Monday; the same
    # weekday told in the past is the last one.
    text = (
        "Aides urged the mayor to be firm when they meet on Monday in Vesterby. "
        "The harbour closed on Monday, officials said. "
        "The upcoming vote on Saturday decides it."
    )
    found = normalise_time_expressions(text, "2025-02-27")
    assert [(t.text, t.date) for t in found] == [
        ("Monday", "2025-03-03"),
        ("Monday", "2025-02-24"),
        ("Saturday", "2025-03-01"),
    ]


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


def test_weekday_before_an_explicit_date_is_part_of_it():
    text = (
        "Updated at 09:12 GMT, Tuesday, 8 November 2011. The jury met on Friday, "
        "Nov. 4 and again Mon Nov 7, 2011."
    )
    found = normalise_time_expressions(text, "2011-11-08")
    assert [(t.text, t.date) for t in found] == [
        ("8 November 2011", "2011-11-08"),
        ("Nov. 4", "2011-11-04"),
        ("Nov 7, 2011", "2011-11-07"),
    ]


def test_publication_weekday_is_the_publication_day():
    found = normalise_time_expressions(
        "The mayor said Friday that the bridge reopens; it shut last Friday.", "2010-05-14"
    )
    assert [(t.text, t.date) for t in found] == [
        ("Friday", "2010-05-14"),
        ("last Friday", "2010-05-07"),
    ]


@pytest.mark.parametrize(
    ("text", "stamps"),
    [
        ("Great point. March 3, 2010 at 4:15 pm | I disagree.", [True]),
        ("HOUSTON | Thu Jun 3, 2010 5:02pm EDT | The company said", [True]),
        ("12 May 2010 Last updated at 10:01 GMT The well", [True]),
        ("Page last updated at 07:48 GMT, Tuesday, 8 November 2011 The jury", [True]),
        ("updated: Wed May 5, 2010 The dome", [True]),
        ("lol. At 4:23 pm on 19 May 2010, sam wrote: no", [True]),
        ("by the Guardian at 09.06 BST on Tuesday 11 May 2010 Follow", [True]),
        ("The barge sank on May 3 at 9:45 p.m., killing two.", [False]),
        ("The barge sank on May 3, 2010, and on 4 May 2010 the pumps failed.", [False, False]),
        ("They voted on Tuesday, Nov. 2, 10 states in all.", [False]),
        ("The report, published on May 3, blamed the valve.", [False]),
        ("Posted on Twitter on May 3, the video spread.", [False]),
        ("Updated May 3, 2010 The valve", [True]),
    ],
)
def test_timestamps_are_told_from_event_dates(text, stamps):
    found = normalise_time_expressions(text, "2010-06-01")
    assert [is_timestamp(text, t.start, t.end) for t in found] == stamps


def _report(published: str, text: str):
    return published, event_times(text, normalise_time_expressions(text, published))


def test_rank_event_days_counts_publication_days_not_copies():
    reports = [
        # Three copies of one wire story on one day name March 2 three times...
        *[_report("2010-03-09", "Dockers struck on March 2, the union said.")] * 3,
        # ...but two later days naming March 1 outweigh them.
        _report("2010-03-10", "The port has been shut since the blast on March 1."),
        _report("2010-03-12", "Since the March 1 blast, the port lost $4 million."),
        # A comment stamp is not an event.
        _report("2010-03-12", "Shocking. March 3, 2010 at 9:15 pm | Agreed."),
    ]
    ranked = rank_event_days(reports)
    assert ranked[:2] == ["2010-03-01", "2010-03-09"]
    assert "2010-03-03" not in ranked
    # March 9 (three articles published: 1.5) is ahead of March 2 (one day naming it).
    assert ranked.index("2010-03-09") < ranked.index("2010-03-02")


def test_rank_event_days_breaks_ties_by_explicit_dates_then_earlier_day():
    reports = [
        _report("2010-03-10", "The mayor resigned yesterday; the council met on March 5."),
        _report("2010-03-20", "Rain fell on March 7 and again on March 6."),
    ]
    # March 5, 6 and 7 are named explicitly once each; March 9 only as "yesterday".
    # Publication days 10 and 20 get half a vote each.
    assert rank_event_days(reports) == [
        "2010-03-05",
        "2010-03-06",
        "2010-03-07",
        "2010-03-09",
        "2010-03-10",
        "2010-03-20",
    ]


def test_rank_event_days_without_publication_dates():
    reports = [(None, normalise_time_expressions("It sank on 4 May 2010.", None))] * 2
    assert rank_event_days(reports) == ["2010-05-04"]


def test_narrative_days_count_from_the_story_s_last_date():
    text = (
        "The ferry caught fire on 3 March. Two days later it sank, and the next day "
        "divers went down. Later that day they found the hull. The day before the "
        "inquiry opened, nobody spoke. The mood of that day was grim."
    )
    found = normalise_time_expressions(text, "2011-03-20")
    assert [(t.text, t.date, t.relative) for t in found] == [
        ("3 March", "2011-03-03", False),
        ("Two days later", "2011-03-05", True),
        ("the next day", "2011-03-06", True),
        ("Later that day", "2011-03-06", True),
    ]


def test_narrative_days_need_a_date_close_before_them():
    assert normalise_time_expressions("Two days later it sank.", "2011-03-20") == []
    text = "It caught fire on 3 March. " + "Nothing else happened. " * 20 + "A day later it sank."
    assert [t.text for t in normalise_time_expressions(text, "2011-03-20")] == ["3 March"]
