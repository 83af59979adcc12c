"""Full page renders, HTML pages holding several articles, and date fallbacks.

Every page here is made up, with furniture phrased unlike the seeds and the dev data.
"""

from __future__ import annotations

from storyline.records import Document, content_id
from storyline.stages.clean import clean_documents
from storyline.stages.clean.html import clean_html
from storyline.stages.clean.metadata import (
    date_from_url,
    outlet_from_url,
    resolve_relative_stamp,
)
from storyline.stages.clean.textdump import CleanedArticle, split_articles
from storyline.stages.clean.zones import is_full_render, is_glued_teaser, is_prose, main_zone

ARTICLE = [
    "The lighthouse keepers of Marrow Point voted on Thursday to hand the beacon over to "
    "the county, ending ninety years of family stewardship on the rocky headland.",
    "Keeper Ada Munroe said the decision had been hard, but that the cost of the new lamp "
    "and the storm damage from last winter left the small trust with little choice.",
    "The county plans to keep the tower open to visitors in summer and to fit an automatic "
    "light before the autumn gales arrive, officials told the meeting.",
]
MENU = [f"+ {word}" for word in (
    "Harbours", "Tides", "Gulls", "Ferries", "Weather desk", "Puzzles", "Obits", "Letters",
    "Shop", "Jobs board", "Our team", "Tip line", "Archive", "Print edition", "Podcasts",
    "Events", "Kids corner", "Recipes", "Lighthouses", "Boats", "Fishing", "Maps",
    "Moorings", "Radio", "Webcams", "Almanac",
)]  # fmt: skip
TEASERS = [
    "* Gull numbers soar on the northern cliffs this spring season",
    "* Ferry timetable shake-up promised for the winter months ahead",
    "* Mayor opens the new fish market hall on the quay today",
]
COMMENTS = [
    "14 comments",
    "seadog77 wrote:",
    "I have walked past that light every day for thirty years and I will be sorry to see "
    "the family go from it.",
]


def render_page() -> str:
    lines = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    lines += [p for paragraph in ARTICLE for p in (paragraph, "")]
    lines += ["Pass it on", "Tell a friend by post", ""] + TEASERS + [""] + COMMENTS
    return "\n".join(lines)


def test_full_render_is_cut_to_its_article() -> None:
    page = render_page()
    assert is_full_render(page.split("\n"))
    articles = split_articles(page)
    assert len(articles) == 1
    body = articles[0].body
    for paragraph in ARTICLE:
        assert paragraph in body
    for furniture in ["Harbours", "Gull numbers soar", "seadog77", "thirty years", "14 comments"]:
        assert furniture not in body
    reasons = {span.reason for span in articles[0].removed}
    assert "navigation" in reasons
    assert all(span.text for span in articles[0].removed)


def test_short_pages_are_not_zoned() -> None:
    page = "\n\n".join(ARTICLE)
    assert not is_full_render(page.split("\n"))
    assert split_articles(page)[0].body == page


def test_main_zone_prefers_the_first_heavy_run() -> None:
    texts = MENU + ARTICLE + MENU + ARTICLE[:2]
    zone = main_zone(texts, lambda text: False)
    assert zone is not None
    assert zone[0] == len(MENU)
    assert zone[1] <= len(MENU) + len(ARTICLE) + 2


def _article_html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<article><h2>{title}</h2>{body}</article>"


def test_html_page_with_full_related_articles_is_split() -> None:
    other = [
        "Divers from the harbour club found the wreck of a nineteenth century schooner off "
        "Gannet Rock last weekend, lying upright in twelve metres of clear water.",
        "The club has asked the maritime museum to survey the timbers before the winter "
        "storms, and has marked the site so that anchors keep well away from it.",
        "Museum staff said they hoped to raise the ship's bell and figurehead next summer if "
        "the money can be found, and would put both on show in the old customs house.",
    ]
    html = (
        "<html><head><title>Marrow Point news</title></head><body><nav>Harbours Tides</nav>"
        + _article_html("Keepers hand Marrow Point light to the county", ARTICLE)
        + "<aside><h3>Read these too</h3></aside>"
        + _article_html("Divers find old schooner off Gannet Rock", other)
        + "</body></html>"
    )
    found = clean_html(html, "https://www.marrow-gazette.example/2031/05/02/keepers")
    assert [a.title for a in found] == [
        "Keepers hand Marrow Point light to the county",
        "Divers find old schooner off Gannet Rock",
    ]
    assert ARTICLE[0] in found[0].body and other[0] not in found[0].body
    assert other[2] in found[1].body


def test_teaser_cards_do_not_split_an_html_page() -> None:
    html = (
        "<html><body>"
        + _article_html("Keepers hand Marrow Point light to the county", ARTICLE)
        + "<article><h3>Gull numbers soar</h3><p>A short teaser.</p></article></body></html>"
    )
    assert len(clean_html(html)) <= 1


def test_date_from_url() -> None:
    assert date_from_url("https://x.example/news/2031/05/02/keepers") == ("2031-05-02", "day")
    assert date_from_url("https://x.example/story/2031-05-02/keepers") == ("2031-05-02", "day")
    assert date_from_url("https://x.example/2031/05/keepers") == ("2031-05", "month")
    assert date_from_url("https://x.example/item/12345678") is None
    assert date_from_url("https://x.example/2031/") is None
    assert date_from_url(None) is None


def test_outlet_from_url() -> None:
    assert outlet_from_url("https://www.marrow-gazette.example/a") == "marrow-gazette.example"
    assert outlet_from_url("not a url") is None


def test_relative_stamps_need_an_anchor() -> None:
    assert resolve_relative_stamp("3 hours ago", None) is None
    assert resolve_relative_stamp("3 hours ago", "2031-05-02T09:00:00Z") == ("2031-05-02", "day")
    assert resolve_relative_stamp("Harbours4 days ago", "2031-05-02T09:00:00") == (
        "2031-04-28",
        "day",
    )
    assert resolve_relative_stamp("yesterday", "2031-05-02") == ("2031-05-01", "day")
    assert resolve_relative_stamp("2 months ago", "2031-05-02") == ("2031-03", "month")


def _doc(content: str, **meta: str | None) -> Document:
    return Document(id=content_id(content), source="page.txt", content=content, form="text", **meta)


def test_publication_date_fallbacks() -> None:
    page = "\n".join(["Keepers hand Marrow Point light to the county", "6 hours ago", ""] + ARTICLE)
    fetched = clean_documents([_doc(page, fetched="2031-05-02T08:00:00Z")])[0]
    assert (fetched.published, fetched.published_precision) == ("2031-05-02", "day")
    unanchored = clean_documents([_doc(page)])[0]
    assert unanchored.published is None  # never guessed from the clock
    from_url = clean_documents([_doc(page, url="https://x.example/2031/04/30/keepers")])[0]
    assert from_url.published == "2031-04-30"
    assert from_url.outlet == "x.example"


def test_full_render_with_whole_related_articles_is_still_split() -> None:
    """A page with a long menu is a full render, but its "More from" items are
    whole articles with their own outlet headers: they come out as articles."""
    from storyline.stages.clean.textdump import split_articles

    menu = "\n".join(
        [
            "Skip to content",
            "Menu",
            "Home",
            "Local",
            "Sport",
            "Arts",
            "Weather",
            "Jobs",
            "Puzzles",
            "Obituaries",
            "Podcasts",
            "Log in",
            "Register",
            "Newsletters",
            "Events",
            "Shop",
            "Contact",
            "About us",
            "Archive",
            "Print edition",
            "Offers",
            "Travel",
            "Food",
            "Motors",
            "Homes",
            "Business",
            "Letters",
        ]
    )
    sentence = (
        "The Fenwick tram depot reopened its doors to the public on Saturday after a "
        "two-year restoration paid for by the city and a local trust. "
    )
    other = (
        "Volunteers at the Marlow Point lifeboat station launched a new inshore boat on "
        "Sunday, the first replacement in eighteen years for the busy crew. "
    )
    third = (
        "Council officers in Dunhallow confirmed that the weekly market will move to "
        "the riverside car park from next month while the square is resurfaced. "
    )
    page = (
        f"{menu}\nThe Fenwick Herald\nRestored tram depot opens its doors again\n"
        f"By Priya Olumide\nPublished April 4, 2026\n{sentence * 6}\n{sentence * 3}\n"
        "More from The Fenwick Herald\n\n"
        f"The Fenwick Herald\n5 hours ago\n- The Fenwick Herald\n"
        f"New lifeboat launched at Marlow Point\n{other * 6}\n\n"
        f"The Fenwick Herald\n7 hours ago\n- The Fenwick Herald\n"
        f"Dunhallow market to move during square works\n{third * 6}\n"
        "Share this page\nCookie settings\n"
    )
    articles = split_articles(page)
    assert [a.title for a in articles] == [
        "Restored tram depot opens its doors again",
        "New lifeboat launched at Marlow Point",
        "Dunhallow market to move during square works",
    ]
    assert all(a.outlet == "The Fenwick Herald" for a in articles[1:])
    for a in articles:
        body = "\n".join(a.paragraphs)
        assert "Menu" not in body and "Share this page" not in body and "hours ago" not in body


def test_article_above_a_heavier_comment_thread_is_the_zone() -> None:
    """Readers' replies can hold more prose than the article; the article stands above."""
    replies = [
        f"reader{i} wrote in to say that the county has never once kept a promise about the "
        f"old lights, and that this one will be sold off within five years like the rest, "
        f"mark my words, because that is what happened at Gannet Rock in the end too."
        for i in range(8)
    ]
    page = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    page += [p for paragraph in ARTICLE for p in (paragraph, "")]
    page += ["Reader replies", ""]
    for index, reply in enumerate(replies):
        page += [f"harbourwatcher{index}", reply]
    articles = split_articles("\n".join(page))
    assert len(articles) == 1
    body = articles[0].body
    assert all(paragraph in body for paragraph in ARTICLE)
    assert "mark my words" not in body


def test_glued_teaser_cards_are_not_prose() -> None:
    teaser = (
        "Ferry Timetable Shake-Up Promised For The Winter MonthsThe harbour board said on "
        "Monday that the crossings would run every two hours."
    )
    assert is_glued_teaser(teaser) and not is_prose(teaser)
    for sentence in (
        "Wichita East's Hugh McPherson won first place in the 100 yard freestyle on Friday.",
        "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal at all.",
        "The harbour board uploaded the meeting to YouTube so that islanders could watch it.",
    ):
        assert not is_glued_teaser(sentence) and is_prose(sentence)


def test_a_copyright_line_closes_the_article_zone() -> None:
    """Teaser cards with one-sentence blurbs below the footer are not the article."""
    cards = []
    for headline, blurb in (
        ("Gull numbers soar on the northern cliffs", "Wardens counted twice as many nests "
         "on the cliffs as last spring, and say the mild winter helped."),
        ("Ferry timetable shake-up promised", "The harbour board will publish the new winter "
         "crossings next week after a month of talks with the island councils."),
        ("Mayor opens the new fish market hall", "Traders moved their stalls into the hall on "
         "Saturday morning, ending two years of trading from tents on the quay."),
    ):  # fmt: skip
        cards += ["", headline, "", blurb]
    page = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    page += [p for paragraph in ARTICLE for p in (paragraph, "")]
    page += ["© 2031 Marrow Gazette Ltd. Every bit of it ours.", "", "Harbour news"] + cards
    body = split_articles("\n".join(page))[0].body
    assert all(paragraph in body for paragraph in ARTICLE)
    assert "Wardens counted" not in body and "Traders moved" not in body


#: The lighthouse article with one more paragraph: it outweighs three teaser cards.
LONG_ARTICLE = ARTICLE + [
    "Munroe, whose grandfather first lit the lamp in 1941, said she would keep the "
    "keys to the lamp room until the county engineers arrived to fit the new light.",
]


def _article_above_cards(cards: list[tuple[str, str]]) -> CleanedArticle:
    """The article of a full render: menu, headline, LONG_ARTICLE, then the teaser
    ``cards`` (headline, blurb) ending the page."""
    page = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    page += [p for paragraph in LONG_ARTICLE for p in (paragraph, "")]
    for headline, blurb in cards:
        page += ["", headline, blurb]
    return split_articles("\n".join(page))[0]


def test_teaser_cards_after_the_article_are_removed() -> None:
    """Three or more headline + one-line-blurb cards ending a render's zone are links."""
    article = _article_above_cards(
        [
            ("Gull numbers soar on the northern cliffs", "Wardens counted twice as many nests "
             "on the cliffs as last spring, and say the mild winter helped."),
            ("Ferry timetable shake-up promised", "The harbour board will publish the new "
             "winter crossings next week after talks with the island councils."),
            ("Mayor opens the new fish market hall", "Traders moved their stalls into the hall "
             "on Saturday morning, ending two years of trading from tents."),
        ]
    )  # fmt: skip
    assert all(paragraph in article.body for paragraph in LONG_ARTICLE)
    assert "Wardens counted" not in article.body and "Gull numbers" not in article.body
    assert any(
        span.reason == "headline_list" and "Traders" in span.text for span in article.removed
    )


def test_a_teaser_card_whose_blurb_is_a_widget_is_still_a_card() -> None:
    """A card of the grid may show a widget where its blurb would be ("Comments are
    closed on this story."): the rules remove that line, and the cards are still three."""
    article = _article_above_cards(
        [
            ("Gull numbers soar on the northern cliffs", "Wardens counted twice as many nests "
             "on the cliffs as last spring, and say the mild winter helped."),
            ("Ferry timetable shake-up promised", "Comments are closed on this story."),
            ("Mayor opens the new fish market hall", "Traders moved their stalls into the hall "
             "on Saturday morning, ending two years of trading from tents."),
        ]
    )  # fmt: skip
    assert all(paragraph in article.body for paragraph in LONG_ARTICLE)
    assert "Gull numbers" not in article.body and "Wardens counted" not in article.body
    reasons = {span.text: span.reason for span in article.removed}
    assert reasons["Gull numbers soar on the northern cliffs"] == "headline_list"
    assert reasons["Comments are closed on this story."] == "widget"  # its own reason stays


def test_a_table_article_is_found_among_menus_and_promos() -> None:
    """A page whose article is a table (a regatta's standings) has no prose to anchor
    the zone; its rows weigh like sentences, so the sidebar promos below the share bar
    do not win."""
    rows = [
        f"{rank} {boat} {points} {wins} {seconds}"
        for rank, (boat, points, wins, seconds) in enumerate(
            [
                ("Gannet", 412, 5, 2),
                ("Kittiwake", 398, 4, 3),
                ("Puffin Lass", 377, 3, 4),
                ("Skerry Maid", 350, 2, 2),
                ("Storm Petrel", 341, 2, 1),
                ("Shag Rock", 322, 1, 3),
                ("Tern", 301, 1, 1),
                ("Fulmar", 288, 0, 2),
            ],
            start=1,
        )  # fmt: skip
    ]
    promos = [
        "Tap the photo above and read every column our skipper has written this season.",
        "Catch up with the whole harbour podcast and hear the crews talk about the races.",
        "See the tide tables, the forecasts and the mooring lists for the coming month.",
    ]
    page = MENU + ["", "Marrow Point regatta: final standings", ""]
    page += ["The standings after all twelve races of the season:", "", "Pos Boat Points Wins 2nd"]
    page += rows + ["", "Share the standings with your crew", "", "Tags", ""]
    page += [p for promo in promos for p in (promo, "", "+ Promo", "")]
    body = split_articles("\n".join(page))[0].body
    assert all(row in body for row in rows)
    assert not any(promo in body for promo in promos)


def test_bulleted_teaser_summaries_above_the_article_are_not_its_zone() -> None:
    """A ticker of bulleted headlines with a sentence of summary each stands above the
    article in many renders; bullets mark list items, not the article's paragraphs."""
    ticker = [
        f"* {headline} MARROW POINT: {summary}"
        for headline, summary in (
            (
                "Ferry timetable shake-up promised",
                "The harbour board will publish the new "
                "winter crossings next week after a month of talks with the island councils.",
            ),
            (
                "Gull numbers soar on the cliffs",
                "Wardens counted twice as many nests on the "
                "northern cliffs as last spring, and say the mild winter helped the colony.",
            ),
            (
                "Fish market hall opens on the quay",
                "Traders moved their stalls into the new "
                "hall on Saturday, ending two years of trading from tents by the harbour wall.",
            ),
            (
                "Lifeboat crew honoured for rescue",
                "The crew of the inshore boat received "
                "medals for the night rescue of four sailors off Gannet Rock in January.",
            ),
        )  # fmt: skip
    ]
    page = MENU + ["Latest"] + ticker + ["", "Keepers hand Marrow Point light to the county"]
    page += ["", "May 2", "Print this page", ""] + [p for a in ARTICLE for p in (a, "")]
    page += ["Contact", "Archive"]
    body = split_articles("\n".join(page))[0].body
    assert all(paragraph in body for paragraph in ARTICLE)
    assert "Wardens counted" not in body and "MARROW POINT" not in body


def test_a_list_after_a_lead_in_line_stays_in_the_article() -> None:
    """A long bulleted list introduced by a line ending in a colon is the article's own,
    and the prose after it still belongs to the article."""
    items = [f"* {thing}" for thing in (
        "the brass lamp and its spare mantles", "the logbooks from 1931 to 2031",
        "the foghorn and its compressor", "the keepers' kitchen range", "two oilskin coats",
        "the weather station", "the signal flags", "the radio set", "the tide clock",
        "the visitors' book", "the spiral stair carpet", "the lens cleaning kit",
        "the boat winch",
    )]  # fmt: skip
    closing = (
        "The trust will keep the cottage and its garden, and plans to open a small museum "
        "there next summer with photographs and letters from ninety years of keepers."
    )
    page = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    page += [p for paragraph in ARTICLE for p in (paragraph, "")]
    page += ["Under the agreement the county takes over the following items:"] + items
    page += ["", closing, "", "Contact", "Archive"]
    body = split_articles("\n".join(page))[0].body
    assert all(paragraph in body for paragraph in ARTICLE)
    assert closing in body
    assert "the boat winch" in body


def test_the_standfirst_above_the_byline_is_not_article_text() -> None:
    deck = "The county takes over a light the Munroe family kept burning for ninety years."
    page = MENU + ["", "Keepers hand Marrow Point light to the county", "", deck, ""]
    page += ["By Tom Gull", "Published May 2, 2031", ""]
    page += [p for paragraph in ARTICLE for p in (paragraph, "")] + ["Contact", "Archive"]
    article = split_articles("\n".join(page))[0]
    assert deck not in article.body
    assert all(paragraph in article.body for paragraph in ARTICLE)
    assert any(span.text == deck for span in article.removed)


def test_a_wire_lede_above_a_byline_is_kept() -> None:
    lede = "MARROW POINT (Gannet Wire) - The county took over the lighthouse on Thursday."
    page = MENU + ["", "Keepers hand Marrow Point light to the county", "", lede, ""]
    page += ["By Tom Gull", ""] + [p for paragraph in ARTICLE for p in (paragraph, "")]
    page += ["Contact", "Archive"]
    assert lede in split_articles("\n".join(page))[0].body


def test_a_grid_of_rich_teaser_cards_is_removed_even_when_it_outweighs_the_article() -> None:
    """Kicker, headline, a source-and-section line and a blurb, card after card: a grid
    of links to other stories, however much text it holds."""
    cards = []
    for number in range(8):
        cards += [
            f"SEABIRD SEASON {number}",
            f"Wardens Count Record Numbers Of Puffins On Island {number}",
            f"{number + 1} votes harbourwatch.example Nature",
            f"Volunteers on island {number} spent the whole weekend counting burrows on the "
            "cliffs and found more young birds than in any year since the count began.",
        ]
    page = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    page += [p for paragraph in ARTICLE for p in (paragraph, "")] + cards
    article = split_articles("\n".join(page))[0]
    assert all(paragraph in article.body for paragraph in ARTICLE)
    assert "Volunteers on island" not in article.body and "Puffins" not in article.body


def test_a_share_bar_closes_the_article_zone() -> None:
    """Prose after a row of share buttons belongs to other items of the page."""
    others = [
        "Every storm that reaches the point leaves a new gift on the shingle, and this "
        "winter the sea brought a ship's figurehead ashore near the old slipway.",
        "The walkers' club meets at the lighthouse gate on the first Sunday of each month "
        "and welcomes anyone who can manage six miles of cliff path in the wind.",
    ]
    page = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    page += [p for paragraph in ARTICLE for p in (paragraph, "")]
    page += ["Facebook WhatsApp Bluesky Print", "", "Gift from the sea", ""]
    page += [p for other in others for p in (other, "", "Facebook WhatsApp Bluesky Print", "")]
    body = split_articles("\n".join(page))[0].body
    assert all(paragraph in body for paragraph in ARTICLE)
    assert not any(other in body for other in others)


def test_a_sign_up_text_after_the_article_is_a_barrier() -> None:
    """Promotional prose after a newsletter or cookie text is not the article's."""
    promos = [
        "The Gazette offers every reader a morning digest of harbour news, tide times and "
        "ferry changes, sent before the first boat leaves the quay.",
        "Our events team runs guided walks to the lighthouse every Saturday in summer, with "
        "tea and scones in the keepers' cottage afterwards for all walkers.",
    ]
    page = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    page += [p for paragraph in ARTICLE for p in (paragraph, "")]
    page += ["Stay in the know. Subscribe to our newsletter today.", "", "Gazette services", ""]
    page += [p for promo in promos for p in (promo, "", "+ More", "")]
    body = split_articles("\n".join(page))[0].body
    assert all(paragraph in body for paragraph in ARTICLE)
    assert not any(promo in body for promo in promos)


SECOND_SECTION = [
    "The trust was founded in 1931 by the first keeper's widow, who rowed out to the "
    "point every week with oil for the lamp until the road was built along the cliffs.",
    "Her grandson kept the logbooks of every ship that passed the headland, and the "
    "county archive has agreed to take all forty volumes into its collection next spring.",
    "Historians say the books record more than eleven thousand sailings, from fishing "
    "smacks to the steamers that once carried mail and cattle to the outer islands.",
    "A reading room at the foot of the tower will show a selection of the pages, and "
    "volunteers are transcribing the rest so that families can search for their boats.",
    "The last entry, written on the night of the great storm of 1987, notes a lifeboat "
    "launch, a lost mast and a cup of tea that went cold while the keeper watched the sea.",
    "County officers said the logbooks were the most complete record of a working "
    "light they had seen, and asked other keepers' families to come forward with theirs.",
]
MORE_OF_THE_FIRST = [
    "Members of the trust met in the keepers' cottage for the vote, with a show of hands "
    "taken by lamplight after the power failed during the afternoon's heavy rain.",
    "Several of them had served the light for more than forty years, and one still climbs "
    "the hundred and twelve steps of the tower every morning to wind the old clock.",
    "The county has promised that the family's name will stay on the door of the tower "
    "and that the brass plaque from 1934 will be cleaned and hung in the reading room.",
    "The handover will take effect at midnight on the last day of March, when the county's "
    "engineers take the keys and the trust holds its final meeting in the cottage.",
]


def test_a_share_prompt_between_two_sections_is_crossed() -> None:
    """A share prompt between sections of one article (as magazines place them) does not
    cut off the text above it when a long section follows; short prose beyond it does
    not draw the zone over it."""

    def logbook(year: int) -> str:
        return (
            f"The logbook for {year} lists the ships that passed the point that year, the "
            f"weather on each night and the hours the lamp burned before the dawn came up."
        )

    # Two sections of over 300 words each, as long magazine pieces have.
    first = ARTICLE + MORE_OF_THE_FIRST + [logbook(year) for year in range(1950, 1954)]
    second = SECOND_SECTION + [logbook(year) for year in range(1960, 1966)]
    head = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    head += [p for paragraph in first for p in (paragraph, "")]
    widget = ["Share this article", "", "Newsletter", "Get the Gazette in your inbox", ""]

    page = head + widget + [p for paragraph in second for p in (paragraph, "")]
    body = split_articles("\n".join(page))[0].body
    assert all(paragraph in body for paragraph in first + second)
    assert "Share this article" not in body

    page = head + widget + [SECOND_SECTION[0], ""] + MENU
    body = split_articles("\n".join(page))[0].body
    assert all(paragraph in body for paragraph in first)
    assert SECOND_SECTION[0] not in body


def test_share_bars_are_told_from_subheads_naming_networks() -> None:
    from storyline.stages.clean.zones import is_share_bar

    assert is_share_bar("Facebook WhatsApp Bluesky Print")
    assert is_share_bar("Follow us: Instagram, Facebook, YouTube.")
    assert not is_share_bar("Stars of Instagram and YouTube")
    assert not is_share_bar("Queue in line for the Messenger ferry")


def test_comment_openers_and_copyright_lines_stop_the_zone() -> None:
    from storyline.stages.clean.zones import ZONE_STOP_RE, is_zone_stop

    for line in ("Jane Roe says:", "Jane Roe wrote:\n", "12 Comments", "© 2031 Gazette Media"):
        assert is_zone_stop(line), line
    for line in ("Jane Roe says the ferry is late.", "Copyright law changes today"):
        assert not is_zone_stop(line), line
    # The split of the stop pattern answers as the whole pattern does.
    for line in ("Jane Roe says:", "Leave a comment", "Share this", "Ferry news"):
        assert bool(ZONE_STOP_RE.match(line)) == is_zone_stop(line), line


def test_the_signature_of_a_post_the_article_ends_on_stays() -> None:
    post = "The light at Marrow Point will shine on, whoever keeps it. Thank you all."
    signature = "— Marrow Point Trust (@marrowtrust) March 3, 2031"
    lines = MENU + ["", "Keepers hand Marrow Point light to the county", ""]
    lines += [p for paragraph in ARTICLE for p in (paragraph, "")]
    lines += [post, signature, ""]
    lines += ["Pass it on", "Tell a friend by post", ""] + TEASERS + [""] + COMMENTS
    [article] = split_articles("\n".join(lines))
    assert article.paragraphs[-2:] == [post, signature]
    assert "Pass it on" not in article.body
