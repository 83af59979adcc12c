"""The HTML cascade (storyline.stages.clean.html): parse, rescue, line rules, metadata."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from storyline.stages.clean.html import (
    HtmlLine,
    _author,
    _author_candidates,
    _author_matches,
    clean_html,
    mark_lines,
    page_metadata,
    parse_html,
    rescue_dropped,
)

PARAGRAPHS = [
    "The river authority opened the new flood gates at Harrow Bend on Monday after four "
    "years of building work and two delays over the cost of the steel.",
    "Engineers said the gates can hold back a surge two metres higher than the one that "
    "flooded the lower town in the winter of 2019.",
    "The authority will test them again in March, when the spring tide is at its highest, "
    "and publish the results on its website.",
    "Residents of the lower town said they would believe the gates work when they see the "
    "water stay out of their kitchens next winter.",
]


def _lines(*specs: tuple[str, str]) -> list[HtmlLine]:
    return [HtmlLine(text=text, tag=tag, block=i) for i, (tag, text) in enumerate(specs)]


def _kept(lines: list[HtmlLine]) -> list[str]:
    return [line.text for line in lines if line.reason is None]


# --- rescue ---------------------------------------------------------------------------------


def test_a_body_split_by_an_ad_comes_back_whole_and_in_order() -> None:
    page = (
        "<html><body><div class='grid'>"
        f"<div class='story-body'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"
        "<div class='ad'><p>Advertisement</p></div>"
        f"<div class='story-body'><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></div>"
        "</div><div class='sidebar'><p>Sidebar text that is not part of the story at all, "
        "about the weather in another town entirely.</p></div></body></html>"
    )
    tree = parse_html(page)
    lines = _lines(("p", PARAGRAPHS[0]), ("p", PARAGRAPHS[1]))
    found = rescue_dropped(tree, lines)
    assert [line.text for line in found] == PARAGRAPHS
    assert len({line.block for line in found}) == 4  # each rescued line is its own block


def test_same_class_containers_outside_the_body_are_not_rescued() -> None:
    # "widget-container" names no article body: its other copies are comments, promos.
    page = (
        "<html><body>"
        f"<div class='widget-container'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"
        f"<div class='widget-container'><p>{PARAGRAPHS[2]}</p></div></body></html>"
    )
    lines = _lines(("p", PARAGRAPHS[0]), ("p", PARAGRAPHS[1]))
    assert [line.text for line in rescue_dropped(parse_html(page), lines)] == PARAGRAPHS[:2]


def test_an_embedded_post_is_put_back_where_it_stood() -> None:
    tweet = (
        "<blockquote class='twitter-tweet'><p>The gates are shut and the water is holding."
        "</p>&mdash; River Authority (@riverauth) <a href='#'>March 3, 2031</a></blockquote>"
    )
    side_tweet = (
        "<blockquote class='twitter-tweet'><p>Follow us for more news from the valley.</p>"
        "</blockquote>"
    )
    page = (
        "<html><body><article>"
        f"<p>{PARAGRAPHS[0]}</p>{tweet}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
        f"</article><aside>{side_tweet}</aside></body></html>"
    )
    lines = _lines(("p", PARAGRAPHS[0]), ("p", PARAGRAPHS[1]), ("p", PARAGRAPHS[2]))
    found = rescue_dropped(parse_html(page), lines)
    texts = [line.text for line in found]
    assert texts[0] == PARAGRAPHS[0]
    assert texts[1] == "The gates are shut and the water is holding."
    assert texts[2].startswith("— River Authority (@riverauth)")
    assert texts[3:] == PARAGRAPHS[1:3]
    assert not any("Follow us" in text for text in texts)


def test_an_embedded_post_already_extracted_is_not_doubled() -> None:
    page = (
        f"<html><body><p>{PARAGRAPHS[0]}</p><blockquote class='twitter-tweet'><p>"
        f"{PARAGRAPHS[3]}</p></blockquote><p>{PARAGRAPHS[1]}</p></body></html>"
    )
    lines = _lines(("p", PARAGRAPHS[0]), ("quote", PARAGRAPHS[3]), ("p", PARAGRAPHS[1]))
    assert len(rescue_dropped(parse_html(page), lines)) == 3


# --- line rules ------------------------------------------------------------------------------


def test_headline_standfirst_and_date_line_above_the_text_go() -> None:
    lines = _lines(
        ("head", "Flood gates open at Harrow Bend"),
        ("head", "Four years of work end with the gates shut for the first test."),
        ("p", "segunda-feira, 3 de março de 2031 às 10:13"),
        ("p", PARAGRAPHS[0]),
        ("p", PARAGRAPHS[1]),
    )
    mark_lines(
        lines,
        title="Flood gates open at Harrow Bend | Valley Post",
        links=[],
        description="Four years of work end with the gates shut for the first test.",
    )
    assert [line.reason for line in lines[:3]] == ["title", "title", "dateline"]
    assert _kept(lines) == PARAGRAPHS[:2]


def test_a_heading_that_is_not_the_headline_stays() -> None:
    lines = _lines(("head", "What the engineers found"), ("p", PARAGRAPHS[0]), ("p", PARAGRAPHS[1]))
    mark_lines(lines, title="Flood gates open at Harrow Bend", links=[])
    assert _kept(lines)[0] == "What the engineers found"


def test_linked_headlines_go_but_linked_words_in_sentences_stay() -> None:
    links = [
        "mayor opens the new ferry terminal",
        "tram vote delayed again by council",
        "ferry strike ends after nine days",
        "ferry crews accept the new pay offer from the port",
        "new flood gates",
        "photos: the valley under water",
    ]
    links.sort(key=len, reverse=True)
    lines = _lines(
        ("p", PARAGRAPHS[0]),
        ("p", "Read more: Mayor opens the new ferry terminal"),
        ("p", "The new flood gates were paid for by the county and the river authority."),
        ("p", PARAGRAPHS[1]),
        ("head", "More from the valley"),
        ("list", "- Tram vote delayed again by council"),
        ("list", "- Ferry strike ends after nine days"),
        ("p", "Also on valley.example Ferry crews accept the new pay offer from the port [VIDEO]"),
    )
    mark_lines(lines, title=None, links=links)
    assert _kept(lines) == [
        PARAGRAPHS[0],
        "The new flood gates were paid for by the county and the river authority.",
        PARAGRAPHS[1],
    ]
    assert {line.reason for line in lines if line.reason} <= {"navigation", "headline_list"}


def test_a_lone_linked_heading_is_a_section_title_and_stays() -> None:
    links = ["satechi 72w usb-c car charger"]
    lines = _lines(("p", PARAGRAPHS[0]), ("head", "Satechi 72W USB-C Car Charger"))
    lines.append(HtmlLine(text=PARAGRAPHS[1], tag="p", block=2))
    mark_lines(lines, title=None, links=links)
    assert len(_kept(lines)) == 3


def test_runs_of_headings_with_no_text_between_go() -> None:
    lines = _lines(
        ("head", "Awards night: the full list of winners"),
        ("head", "Ten things we learned from the nominations"),
        ("head", "Who will host next year's show"),
        ("p", PARAGRAPHS[0]),
        ("head", "The cost"),
        ("p", PARAGRAPHS[1]),
    )
    mark_lines(lines, title=None, links=[])
    assert _kept(lines) == [PARAGRAPHS[0], "The cost", PARAGRAPHS[1]]


def test_the_articles_own_lists_and_dates_stay() -> None:
    lines = _lines(
        ("p", "The tour dates:"),
        ("list", "- June 9 -- Coral Hall, West Bay"),
        ("list", "- June 10 -- Quay Arena, Harrow"),
        ("list", "- Sign up for the river walk using the same email as your club account"),
        ("p", PARAGRAPHS[0]),
        ("table", "| Date | Level |"),
        ("p", PARAGRAPHS[1]),
    )
    mark_lines(lines, title=None, links=[])
    assert all(line.reason is None for line in lines)


def test_sign_up_and_follow_notes_after_the_text_go() -> None:
    lines = _lines(
        ("p", PARAGRAPHS[0]),
        ("p", PARAGRAPHS[1]),
        ("p", "Have a tip? Jo Marsh may be reached at jmarsh@valleypost.example."),
        ("p", "Get the latest updates right in your inbox. Subscribe to our newsletters."),
    )
    mark_lines(lines, title=None, links=[])
    assert _kept(lines) == PARAGRAPHS[:2]


def test_a_long_credit_line_above_removed_widgets_is_still_at_the_end() -> None:
    credit = (
        "Reporting by Jo Marsh and Sam Reed in Harrow Bend; additional reporting by Ann Lee, "
        "Tom Gill and Ray Dunn; Editing by Kay Moss and Lou Hart"
    )
    widgets = ["Share this article", "Copy link", "Print", "Email", "Comments", "Report"] * 2
    lines = _lines(*[("p", p) for p in PARAGRAPHS], ("p", credit), *[("p", w) for w in widgets])
    mark_lines(lines, title=None, links=[])
    assert _kept(lines) == PARAGRAPHS


def test_the_pages_own_address_goes() -> None:
    url = "https://www.valleypost.example/2031/03/03/flood-gates"
    lines = _lines(("p", url), ("p", PARAGRAPHS[0]))
    mark_lines(lines, title=None, links=[], url=url.replace("https://www.", "http://"))
    assert lines[0].reason == "boilerplate" and lines[1].reason is None


# --- parsing and metadata ---------------------------------------------------------------------

BYLINE_PAGE = (
    """<!DOCTYPE html>
<html><head><title>Flood gates open at Harrow Bend - Valley Post</title>
<meta property="og:site_name" content="Valley Post">
<meta property="article:published_time" content="2024-03-03T08:00:00Z"></head>
<body><div class="comments"><span class="author">Commenter Name</span></div>
<div class="byline"><span class="author-name">Jo Marsh <time>March 3, 2031</time></span></div>
<article><h1>Flood gates open at Harrow Bend</h1>
"""
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></body></html>"
)


def test_author_matches_trafilatura_without_copying_the_page() -> None:
    from trafilatura.metadata import extract_author

    tree = parse_html(BYLINE_PAGE)
    assert _author(tree) == extract_author(tree) == "Jo Marsh"


def test_page_metadata_matches_trafilatura() -> None:
    from trafilatura import bare_extraction
    from trafilatura.settings import set_date_params

    document = bare_extraction(
        BYLINE_PAGE,
        url="https://www.valleypost.example/2031/03/03/flood-gates",
        with_metadata=True,
        date_extraction_params=set_date_params(extensive=False),
    )
    meta = page_metadata(
        parse_html(BYLINE_PAGE), "https://www.valleypost.example/2031/03/03/flood-gates"
    )
    for key in ("title", "sitename", "author", "date"):
        assert meta[key] == getattr(document, key), key
    assert meta["date"] == "2024-03-03"  # htmldate drops dates after today


@pytest.mark.parametrize("junk", ["\x1f", "\x00", "\ufffe", "\ud800"])
def test_characters_xml_refuses_do_not_lose_the_page(junk: str) -> None:
    page = BYLINE_PAGE.replace("four years", f"four{junk} years")
    tree = parse_html(page)
    assert tree is not None
    assert "Harrow Bend" in tree.text_content()
    articles = clean_html(page)
    assert articles and "flood gates at Harrow Bend" in articles[0].body


def test_the_callers_tree_is_not_changed() -> None:
    tree = parse_html(BYLINE_PAGE)
    before = lxml_html.tostring(tree)
    rescue_dropped(tree, _lines(("p", PARAGRAPHS[0]), ("p", PARAGRAPHS[1])))
    _author(tree)
    page_metadata(tree, None)
    assert lxml_html.tostring(tree) == before


def test_clean_html_end_to_end() -> None:
    page = (
        "<html><head><title>Flood gates open at Harrow Bend | Valley Post</title>"
        '<meta name="description" content="Four years of work end with a first test.">'
        '<meta property="og:site_name" content="Valley Post">'
        "</head><body><header><nav><a href='/'>Home</a></nav></header>"
        "<main><article><h1>Flood gates open at Harrow Bend</h1>"
        "<h2>Four years of work end with a first test.</h2>"
        "<div class='article-body'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
        + "<p>Read more: <a href='/x'>Mayor opens the new ferry terminal at Quay Street</a></p>"
        "</div><div class='ad'>Advertisement</div><div class='article-body'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
        + "<p>Follow us on Twitter for more news from the valley.</p></div>"
        "</article></main><footer>© 2031 Valley Post</footer></body></html>"
    )
    (article,) = clean_html(page, "https://www.valleypost.example/2031/03/03/flood-gates")
    assert article.title == "Flood gates open at Harrow Bend"
    assert article.outlet == "Valley Post"
    assert article.paragraphs == PARAGRAPHS
    removed = {span.text: span.reason for span in article.removed}
    assert "Read more: Mayor opens the new ferry terminal at Quay Street" in removed
    assert all(span.text and span.reason for span in article.removed)


def test_pages_trafilaturas_loader_reads_still_parse() -> None:
    body = f"<p>{PARAGRAPHS[0]}</p>"
    declared = f"<?xml version='1.0' encoding='utf-8'?><html><body>{body}</body></html>"
    assert PARAGRAPHS[0] in clean_html(declared)[0].body
    assert PARAGRAPHS[0] in clean_html(body)[0].body  # a fragment, not a page
    assert clean_html("") == [] and clean_html("   ") == []


def test_a_last_paragraph_about_social_media_is_article_text() -> None:
    last = "The minister said on Twitter that the gates would be tested again in May."
    lines = _lines(("p", PARAGRAPHS[0]), ("p", PARAGRAPHS[1]), ("p", last))
    mark_lines(lines, title=None, links=[])
    assert _kept(lines) == [PARAGRAPHS[0], PARAGRAPHS[1], last]


def test_the_top_level_heading_is_the_headline_whatever_the_title_says() -> None:
    lines = _lines(("head", "Gates hold back the spring tide"), ("p", PARAGRAPHS[0]))
    lines[0].level = "h1"
    mark_lines(lines, title="Valley Post | Home of local news", links=[])
    assert lines[0].reason == "title" and lines[1].reason is None


def test_a_teaser_headline_between_paragraphs_goes_and_a_subhead_stays() -> None:
    # Two plain <p> lines among the paragraphs: a headline of another story, sharing no
    # word with the flood-gate article, and a subhead borrowing the article's words.
    teaser = "Moorland sheep rustlers jailed after lengthy autumn trial"
    subhead = "What the engineers found in the lower town"
    middle = [PARAGRAPHS[0], teaser, PARAGRAPHS[1], subhead, PARAGRAPHS[2], PARAGRAPHS[3]]
    page = (
        "<html><head><title>Flood gates open at Harrow Bend</title></head><body><article>"
        "<h1>Flood gates open at Harrow Bend</h1>"
        + "".join(f"<p>{p}</p>" for p in middle)
        + "</article></body></html>"
    )
    (article,) = clean_html(page)
    assert article.paragraphs == [p for p in middle if p != teaser]
    removed = {span.text: span.reason for span in article.removed}
    assert removed[teaser] == "headline_list"


_AUTHOR_TAGS = ["a", "address", "div", "link", "p", "span", "strong", "h3", "h4", "li", "author"]
_AUTHOR_VALUES = [
    "author", "Author", "author name", "author-name", "authorName", "AuthorName", "byline",
    "Byline", "ByLine", "byl", "BBL", "bbl", "username", "usernames", "channel-name",
    "zuozhe", "bianji", "xiaobian", "submitted-by", "posted-by", "journalist-name",
    "screenname", "writer", "comments", "post-meta", "me", "AuthorCard", "AuthorURL",
    "BylineBlock", "x author y", "",
]  # fmt: skip
_AUTHOR_ATTRIBUTES = ["class", "id", "rel", "itemprop", "data-testid", "data-component"]


@st.composite
def _author_page(draw: st.DrawFn) -> str:
    """A page of nested elements whose tags and attributes mix the words trafilatura's
    author expressions look for with near misses."""

    def element(depth: int) -> str:
        tag = draw(st.sampled_from(_AUTHOR_TAGS))
        attributes = draw(
            st.dictionaries(
                st.sampled_from(_AUTHOR_ATTRIBUTES), st.sampled_from(_AUTHOR_VALUES), max_size=3
            )
        )
        text = draw(st.sampled_from(["Jo Marsh", "Ana Lind and Tomas Brell", "x", ""]))
        children = (
            "".join(element(depth + 1) for _ in range(draw(st.integers(0, 3)))) if depth < 3 else ""
        )
        attrs = "".join(f' {name}="{value}"' for name, value in attributes.items())
        return f"<{tag}{attrs}>{text}{children}</{tag}>"

    body = "".join(element(0) for _ in range(draw(st.integers(1, 4))))
    return f"<html><body>{body}<p>{' '.join(PARAGRAPHS)}</p></body></html>"


@settings(max_examples=300, deadline=None)
@given(_author_page())
def test_author_candidates_select_what_trafilaturas_expressions_select(page: str) -> None:
    from trafilatura.metadata import AUTHOR_XPATHS, extract_author

    tree = parse_html(page)
    assert _author_matches(tree) == [list(expression(tree)) for expression in AUTHOR_XPATHS]
    assert _author(tree) == extract_author(tree)


def test_a_rel_element_falls_back_to_trafilaturas_expressions() -> None:
    from trafilatura.metadata import extract_author

    page = "<html><body><div><rel>me</rel>Jo Marsh</div></body></html>"
    tree = parse_html(page)
    assert _author_candidates(tree) is None
    assert _author(tree) == extract_author(tree)


def test_the_times_heading_a_live_story_s_entries_stay_on_the_html_path() -> None:
    entries = [
        "QUAYSIDE (Harbour Wire) — The latest on the ferry fire in the outer harbour (all"
        " times local):",
        "9:40 p.m.",
        "Fire crews say the blaze on the car deck of the night ferry is out and no one was hurt.",
        "The harbour master has closed the north quay until the morning.",
        "7:15 p.m.",
        "Smoke was seen rising from the night ferry as it waited to leave the outer harbour.",
        "Passengers were led off the ship by the crew before fire crews arrived.",
    ]
    page = (
        "<html><head><title>Ferry fire in the outer harbour</title></head><body><article>"
        "<h1>Ferry fire in the outer harbour</h1>"
        + "".join(f"<p>{p}</p>" for p in entries + PARAGRAPHS)
        + "</article></body></html>"
    )
    [article] = clean_html(page)
    assert "9:40 p.m." in article.paragraphs and "7:15 p.m." in article.paragraphs
