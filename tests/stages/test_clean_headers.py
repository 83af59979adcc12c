# ruff: noqa: E501  (fixture pages keep their scraped lines whole)
"""Page headers of text dumps: headline, site name, byline, tagline and labels.

Every page here is made up (invented outlets, places and people) and phrased
differently from examples/demo and the seeds.
"""

from __future__ import annotations

import pytest

from storyline.records import Document, content_id
from storyline.stages.clean import classify_line, clean_documents
from storyline.stages.clean.metadata import (
    looks_like_site_name,
    parse_byline,
    parse_wire_dateline,
    site_name_title_case,
)


def text_doc(content: str, **meta: str) -> Document:
    return Document(
        id=content_id("header.txt", content),
        source="header.txt",
        content=content,
        form="text",
        **meta,
    )


def removed_reasons(content: str, **meta: str) -> dict[str, str]:
    (article,) = clean_documents([text_doc(content, **meta)])
    return {span.text: span.reason for span in article.removed}


# A site name with a tagline, menu labels the classifier does not know, a kicker
# repeated from the menu, a headline over a "By Name, Role" byline.
MARSHFIELD_PAGE = """\
Jump to navigation
The Marshfield Beacon
Independent news for the fen villages since 1911

Fen Villages
Farming
Letters
Fen Villages
Flood defence upgrade delayed again as contractor walks off the Holloway site
By Gideon Pryce, Rural Affairs Correspondent
First published 4 June 2032
7 min read
Share via WhatsApp
Work on the new flood bank at Holloway has stopped for the third time this year after the main contractor pulled its crews off the site on Monday, the drainage board said.
The board said that the contractor, Tennant Civil, had asked for another 2 million pounds to finish the bank, which was due to be completed before the autumn tides.
"We cannot keep writing cheques and hoping," board chair Moira Quill said.
"""


def test_site_name_becomes_outlet_and_headline_before_byline_is_title() -> None:
    (article,) = clean_documents([text_doc(MARSHFIELD_PAGE)])

    assert article.title == (
        "Flood defence upgrade delayed again as contractor walks off the Holloway site"
    )
    assert article.outlet == "The Marshfield Beacon"
    assert article.byline == "Gideon Pryce"
    assert article.published == "2032-06-04"
    assert article.body.startswith("Work on the new flood bank at Holloway")
    assert "Flood defence upgrade" not in article.body
    assert "Marshfield Beacon" not in article.body


def test_header_lines_are_removed_with_their_reasons() -> None:
    reasons = removed_reasons(MARSHFIELD_PAGE)

    assert reasons["The Marshfield Beacon"] == "byline"  # consumed as the outlet
    assert reasons["Independent news for the fen villages since 1911"] == "boilerplate"
    assert reasons["Fen Villages"] == "navigation"
    assert reasons["Farming"] == "navigation"
    assert reasons["Letters"] == "navigation"
    assert reasons["By Gideon Pryce, Rural Affairs Correspondent"] == "byline"
    assert reasons["7 min read"] == "widget"
    assert (
        reasons["Flood defence upgrade delayed again as contractor walks off the Holloway site"]
        == "title"
    )


def test_all_caps_site_name_is_title_cased_and_doubled_headline_removed() -> None:
    page = """\
THE KESTREL VALLEY TIMES
Home » Valley » Transport
Sign in
Night bus service returns to Kestrel Valley after two-year gap
Night bus service returns to Kestrel Valley after two-year gap
Posted 2031-09-14
Words by Ottilie Marsh
The night bus between Kestrel Bridge and Upper Ashby will run again from October, the valley council said on Thursday, two years after it was cut to save money.
The service will leave Kestrel Bridge every hour from 11 p.m. until 4 a.m. on Fridays and Saturdays.
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.outlet == "The Kestrel Valley Times"
    assert article.title == "Night bus service returns to Kestrel Valley after two-year gap"
    assert article.byline == "Ottilie Marsh"
    assert article.published == "2031-09-14"
    assert article.body.startswith("The night bus between Kestrel Bridge")
    reasons = [span.reason for span in article.removed]
    assert reasons[:6] == ["byline", "navigation", "widget", "title", "duplicate_line", "dateline"]


def test_headline_above_date_is_chosen_over_nav_labels_without_a_site_name() -> None:
    page = """\
Skip to content
Sections
Opinion
Tollbury
Tollbury
Tollbury ferry fares to rise by a fifth from spring, operator confirms
Updated: 2 March 2033
The operator of the Tollbury ferry has confirmed that fares will rise by about 20 percent from April, blaming higher fuel and insurance costs.
Passenger groups said the increase would hit island residents who have no other way to reach the mainland.
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.title == "Tollbury ferry fares to rise by a fifth from spring, operator confirms"
    assert article.outlet is None  # labels under a menu are not a site name
    assert "Tollbury\n" not in article.body and not article.body.startswith("Tollbury\n")
    reasons = {span.text: span.reason for span in article.removed}
    assert reasons["Tollbury"] == "navigation"


def test_no_site_name_line_keeps_outlet_none() -> None:
    page = """\
Volunteers rebuild storm-hit boardwalk at Seacombe nature reserve
Volunteers spent the weekend rebuilding a 300-metre stretch of boardwalk at the Seacombe nature reserve that was torn up by last month's storm.
The reserve's warden, Ilse Varga, said the path would reopen to visitors on Saturday.
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.title == "Volunteers rebuild storm-hit boardwalk at Seacombe nature reserve"
    assert article.outlet is None
    assert article.removed[0].reason == "title"


def test_short_title_case_headline_at_top_is_not_a_site_name() -> None:
    page = """\
Mayor Quits Tram Row
Dunmore's mayor steps down after councillors reject her light rail plan a second time
The mayor of Dunmore resigned on Tuesday after the council rejected her plan for a tram line for the second time.
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.outlet is None
    assert article.title == "Mayor Quits Tram Row"
    assert article.body.startswith("Dunmore's mayor steps down")


def test_given_outlet_wins_over_site_name_line() -> None:
    page = """\
Heron Point Radio
On air now
Harbour lights switched back on after council finds the money
Published 12 January 2034
The lights along Heron Point harbour were switched back on last night after the council found the money to pay the electricity bill.
Councillor Bram Ode said the lights had been off for three weeks.
"""
    (article,) = clean_documents([text_doc(page, outlet="HPR")])

    assert article.outlet == "HPR"
    assert article.title == "Harbour lights switched back on after council finds the money"
    reasons = {span.text: span.reason for span in article.removed}
    assert reasons["Heron Point Radio"] == "byline"


def test_wire_dateline_names_the_outlet_when_the_page_does_not() -> None:
    page = """\
Glass factory to close with loss of 400 jobs
ORRIN FALLS, Oct 3 (Lantern Newswire) - The Brightwater glass works in Orrin Falls will close at the end of the year with the loss of about 400 jobs, its owner said on Tuesday.
The company blamed falling demand for bottle glass and the cost of gas.
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.outlet == "Lantern Newswire"
    assert article.title == "Glass factory to close with loss of 400 jobs"
    assert article.body.startswith("ORRIN FALLS, Oct 3 (Lantern Newswire) - The Brightwater")


def test_syndicated_copy_keeps_site_name_and_drops_syndication_and_reader_furniture() -> None:
    page = """\
This website stores cookies on your device to personalise content. Accept | Decline

Brookhaven Weekly
Stories from the Brook valley

From our partners
Regional rail strike called off after overnight talks
This story first appeared in Lantern Newswire and is shared here with permission.
Published 9 May 2033

BROOKHAVEN, May 9 (Lantern Newswire) - A rail strike planned for Friday was called off early on Thursday after the union and the operator reached a deal on pay.

The deal gives drivers a 6 percent raise this year and another 4 percent next year, the union said.

Did you enjoy this article? Pass it on to a friend.
Older story: Brookhaven library extends opening hours
Newer story: Allotment waiting list passes 300 names
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.outlet == "Brookhaven Weekly"  # the site name wins over the wire
    assert article.title == "Regional rail strike called off after overnight talks"
    assert article.body.startswith("BROOKHAVEN, May 9 (Lantern Newswire) - A rail strike")
    assert article.body.endswith("another 4 percent next year, the union said.")
    reasons = {span.text: span.reason for span in article.removed}
    assert (
        reasons[
            "This website stores cookies on your device to personalise content. Accept | Decline"
        ]
        == "widget"
    )
    assert reasons["Stories from the Brook valley"] == "boilerplate"
    assert reasons["From our partners"] == "navigation"
    assert (
        reasons["This story first appeared in Lantern Newswire and is shared here with permission."]
        == "boilerplate"
    )
    assert reasons["Did you enjoy this article? Pass it on to a friend."] == "widget"
    assert reasons["Older story: Brookhaven library extends opening hours"] == "navigation"


def test_first_body_sentence_is_never_taken_as_title() -> None:
    page = """\
By Lorna Pike
Updated 10:40 GMT
Councillors in Ridgeway voted on Monday to close two of the town's three public toilets, saying the savings would go to street cleaning.
The vote was nine to four.
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.title is None
    assert article.body.startswith("Councillors in Ridgeway voted on Monday")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Gideon Pryce, Rural Affairs Correspondent", "Gideon Pryce"),
        ("By Hana Ruiz, senior reporter", "Hana Ruiz"),
        ("By Hana Ruiz and Tomas Ek, Staff Writers", "Hana Ruiz and Tomas Ek"),
        ("By Hana Ruiz, Tomas Ek", "Hana Ruiz, Tomas Ek"),
    ],
)
def test_byline_role_is_dropped(line: str, expected: str) -> None:
    found = parse_byline(line)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Marshfield Beacon", True),
        ("KESTREL VALLEY TIMES", True),
        ("KVT", True),
        ("NewsHub", True),
        ("Voice of the Fens", True),
        ("Coastal", False),  # a lone Title-Case word: section label or place
        ("Stories from the Brook valley", False),
        ("Tollbury ferry fares to rise", False),
        ("Weather: sunny", False),
    ],
)
def test_looks_like_site_name(line: str, expected: bool) -> None:
    assert looks_like_site_name(line) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("KESTREL VALLEY TIMES", "Kestrel Valley Times"),
        ("THE VOICE OF THE FENS", "The Voice of the Fens"),
        ("KVT NEWS", "KVT News"),
        ("The Marshfield Beacon", "The Marshfield Beacon"),
    ],
)
def test_site_name_title_case(name: str, expected: str) -> None:
    assert site_name_title_case(name) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("ORRIN FALLS, Oct 3 (Lantern Newswire) - The glass works", "Lantern Newswire"),
        ("Dunmore (KVT) — Police said", "KVT"),
        ("Senator Ada Bell (D) - who chairs the panel", None),
        ("The minister (pictured) - said nothing", None),
    ],
)
def test_parse_wire_dateline(paragraph: str, expected: str | None) -> None:
    assert parse_wire_dateline(paragraph) == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Jump to navigation", "navigation"),
        ("(Reporting by Ines Aalto; editing by Rob Fenn)", "boilerplate"),
        ("Liked this story? Tell a friend about it.", "widget"),
        ("Did you enjoy this piece? Send it on.", "widget"),
        ("Liked by many, the old pier was pulled down in 1987.", None),
    ],
)
def test_classify_header_and_footer_furniture(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason
