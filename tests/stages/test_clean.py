# ruff: noqa: E501  (fixture pages keep their scraped lines whole)
"""The clean stage: furniture removal, article splitting, metadata, HTML, body form.

Fixture pages are made up (invented outlets and events) with furniture phrased
differently from the seeds; the seed tests read ../shared/seeds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.records import Document, content_id
from storyline.stages.clean import clean_documents
from storyline.stages.clean.metadata import parse_byline, parse_date_line
from storyline.stages.clean.textdump import (
    CleanedArticle,
    classify_line,
    drop_foreign_headlines,
    split_articles,
)

SEED_FORBIDDEN = (
    "Try Our AI Features", "Related Articles", "hours ago", "days ago", "enable JavaScript",
    "Subscribe", "Log in", "AI assistance", "Hashtags", "No comments yet", "Leave a Reply",
    "date 2025",
)  # fmt: skip


def text_doc(
    content: str, source: str = "page.txt", record_index: int = 0, **meta: str
) -> Document:
    doc_id = content_id(source, str(record_index), content)
    return Document(
        id=doc_id, source=source, content=content, form="text", record_index=record_index, **meta
    )


# --- a made-up multi-article page ---------------------------------------------------------

HARBOUR_PAGE = """\
Coastal
Harbour authority approves new ferry terminal in Port Ellis
Published March 4, 2031
By Mara Quint
The Port Ellis harbour authority on Tuesday approved a new ferry terminal, ending a two-year dispute over the waterfront site.

Board chair Ivo Brennan said the terminal would open in 2033 and carry 1.2 million passengers a year.

Local fishers had opposed the plan, arguing that dredging would harm the mussel beds near the old quay.

Share on Bluesky
Print this page
12 comments
You might also like

Gull Gazette
40 minutes ago
- Gull Gazette
Lighthouse keepers vote to strike over pay
Lighthouse keepers along the northern coast voted on Monday to strike for the first time in forty years, their union said. The union said talks with the maritime ministry had broken down after the ministry offered a raise below inflation.
Advertisement

Tide Times
1 day ago
- Tide Times
Storm surge floods low-lying streets in Bellmouth
Residents of Bellmouth spent Sunday pumping water out of their homes after a storm surge breached the sea wall. The council said repairs to the wall would take at least three weeks.
Sign up for our morning briefing
"""


def test_multi_article_page_splits_into_articles_with_titles_and_outlets() -> None:
    articles = clean_documents([text_doc(HARBOUR_PAGE)])

    assert [a.title for a in articles] == [
        "Harbour authority approves new ferry terminal in Port Ellis",
        "Lighthouse keepers vote to strike over pay",
        "Storm surge floods low-lying streets in Bellmouth",
    ]
    assert [a.outlet for a in articles] == [None, "Gull Gazette", "Tide Times"]
    assert [a.segment for a in articles] == [0, 1, 2]
    main = articles[0]
    assert main.byline == "Mara Quint"
    assert (main.published, main.published_precision) == ("2031-03-04", "day")
    # "40 minutes ago" is not resolved: no fetch date is known.
    assert articles[1].published is None


def test_multi_article_page_bodies_hold_article_text_only() -> None:
    articles = clean_documents([text_doc(HARBOUR_PAGE)])
    main = articles[0]

    assert main.body.startswith("The Port Ellis harbour authority on Tuesday approved")
    assert main.body.count("\n\n") == 2  # three paragraphs kept apart
    assert "mussel beds near the old quay." in main.body
    assert "Lighthouse keepers vote" not in main.body
    for article in articles:
        for furniture in (
            "Share on", "Print this", "comments", "You might also like", "minutes ago",
            "day ago", "Gull Gazette", "Tide Times", "Advertisement", "Sign up", "Published",
            "By Mara",
        ):  # fmt: skip
            assert furniture not in article.body, (furniture, article.title)
    assert articles[1].body.endswith("offered a raise below inflation.")


def test_removed_spans_record_every_dropped_line_with_a_reason() -> None:
    articles = clean_documents([text_doc(HARBOUR_PAGE)])
    removed = {span.text: span.reason for article in articles for span in article.removed}

    assert removed["Coastal"] == "navigation"
    assert removed["Published March 4, 2031"] == "dateline"
    assert removed["By Mara Quint"] == "byline"
    assert removed["Share on Bluesky"] == "widget"
    assert removed["40 minutes ago"] == "timestamp"
    assert removed["- Gull Gazette"] == "byline"
    assert removed["Harbour authority approves new ferry terminal in Port Ellis"] == "title"
    assert removed["Advertisement"] == "widget"
    # Every line of the page is either in a body, a title, or a removed span.
    kept = {p for a in articles for p in a.body.split("\n\n")}
    for line in HARBOUR_PAGE.splitlines():
        if line.strip():
            assert line.strip() in kept or line.strip() in removed, line


def test_headline_list_without_bodies_is_furniture_not_articles() -> None:
    page = """\
Orchard growers report record apple harvest
Growers in the Vale of Stenn picked a record 80,000 tonnes of apples this autumn, the growers' association said on Friday.
The association credited a mild spring and fewer late frosts.
Trending now
•
Culture2 days ago
Museum returns carved panels to island community
•
Science4 hours ago
Probe sends first images from the ice moon
•
Travel1 week ago
Night trains return to the mountain line
"""
    articles = clean_documents([text_doc(page)])

    assert len(articles) == 1
    assert articles[0].title == "Orchard growers report record apple harvest"
    assert "Museum returns" not in articles[0].body
    assert "Night trains" not in articles[0].body
    reasons = {span.text: span.reason for span in articles[0].removed}
    assert reasons["Probe sends first images from the ice moon"] == "headline_list"
    assert reasons["Science4 hours ago"] == "headline_list"


LINK_BLOCK_PAGE = """\
Lighthouse keepers' cottages reopen as a museum on Skerry Point
The restored cottages on Skerry Point opened to visitors on Saturday, after three years of work by volunteers from the island trust.
The trust raised most of the money from small donations, its chair Ingrid Voss said.
{label}
* Ferry fares to rise again in the spring timetable
* Storm closes the causeway for a second weekend
* Island school wins national choir competition
The museum will open every day from April to October, and on weekends through the winter.
Tickets cost four pounds, and children under twelve go free.
"""


def test_bulleted_link_block_under_a_label_goes_even_with_text_below() -> None:
    page = LINK_BLOCK_PAGE.format(label="See also:")
    [article] = split_articles(page)

    assert "Ferry fares" not in article.body
    assert "Island school" not in article.body
    assert "every day from April to October" in article.body  # the text below stays
    reasons = {span.text: span.reason for span in article.removed}
    assert reasons["* Storm closes the causeway for a second weekend"] == "headline_list"


def test_an_articles_own_bulleted_list_stays() -> None:
    # Under a body sentence, or under a photo credit, the same list is the article's own.
    for label in (
        "Three cottages were restored in the first phase:",
        "(Photo: Skerry Point Trust)",
    ):
        [article] = split_articles(LINK_BLOCK_PAGE.format(label=label))
        assert "* Ferry fares to rise again in the spring timetable" in article.body, label
        assert "* Island school wins national choir competition" in article.body, label


def test_paywall_ai_notice_dateline_and_duplicate_title_are_removed() -> None:
    page = """\
 date 2029-11-08 This summary was generated with AI assistance
Council delays vote on tram extension
Council delays vote on tram extension
The city council postponed its vote on the tram extension until January, citing missing cost estimates.
"We will not sign a blank cheque," councillor Ada Royce said.
Please allow JavaScript to be enabled in your browser to continue.
You have reached your limit of free articles. Subscribe to continue reading.
Already a member? Sign in
© 2029 Riverside Courier Ltd. All rights reserved.
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.title == "Council delays vote on tram extension"
    assert (article.published, article.published_precision) == ("2029-11-08", "day")
    assert article.body == (
        "The city council postponed its vote on the tram extension until January, citing "
        'missing cost estimates.\n\n"We will not sign a blank cheque," councillor Ada Royce said.'
    )
    reasons = [span.reason for span in article.removed]
    assert reasons == [
        "dateline", "ai_notice", "title", "duplicate_line", "paywall", "paywall", "paywall",
        "boilerplate",
    ]  # fmt: skip


def test_article_sentences_that_mention_furniture_words_are_kept() -> None:
    page = """\
Streaming service loses subscribers after price rise
The streaming service said on Thursday that 2 million people cancelled their subscriptions in the quarter, and analysts warned that more could log out for good.
"Customers told us to share the cost fairly, and we did not listen," the chief executive said in a statement.
Readers who want to follow the case can subscribe to court notices, a clerk said.
"""
    (article,) = clean_documents([text_doc(page)])

    assert article.removed[0].reason == "title"
    assert len(article.removed) == 1
    assert article.body.count("\n\n") == 2


def test_single_long_first_line_is_body_not_title() -> None:
    page = (
        "Engineers in the valley town of Orrin finished the new flood barrier on Monday, a week "
        "ahead of the rainy season, the regional water board said.\n"
        "The barrier cost 40 million crowns.\n"
    )
    (article,) = clean_documents([text_doc(page)])

    assert article.title is None
    assert article.body.startswith("Engineers in the valley town of Orrin")


def test_given_metadata_wins_and_ids_hashes_language() -> None:
    doc = text_doc(
        HARBOUR_PAGE,
        source="feed.jsonl",
        title="Ferry terminal approved",
        outlet="Port Ellis Post",
        published="2031-03",
        language="en-GB",
        external_id="rec-7",
        url="https://example.org/ferry",
    )
    articles = clean_documents([doc])
    main = articles[0]

    assert main.title == "Ferry terminal approved"
    assert main.outlet == "Port Ellis Post"
    assert (main.published, main.published_precision) == ("2031-03", "month")
    assert articles[1].outlet == "Gull Gazette"  # the page's other pieces keep their own
    for index, article in enumerate(articles):
        assert article.id == content_id(doc.id, str(index))
        assert article.doc_id == doc.id
        assert article.external_id == "rec-7"
        assert article.language == "en-GB"
        assert article.url == "https://example.org/ferry"
        assert article.body_hash == content_id(" ".join(article.body.lower().split()))


def test_segments_are_numbered_per_source_in_record_order() -> None:
    first = text_doc(HARBOUR_PAGE, source="a.jsonl", record_index=1)
    second = text_doc("Short piece about nothing much at all, said a spokesman.", "a.jsonl", 0)
    other = text_doc("Another source entirely holds this sentence of text.", "b.jsonl", 0)
    articles = clean_documents([first, other, second])

    by_source = {(a.source, a.segment): a for a in articles}
    assert by_source[("a.jsonl", 0)].doc_id == second.id
    assert [by_source[("a.jsonl", i)].title for i in (1, 2, 3)] == [
        "Harbour authority approves new ferry terminal in Port Ellis",
        "Lighthouse keepers vote to strike over pay",
        "Storm surge floods low-lying streets in Bellmouth",
    ]
    assert by_source[("b.jsonl", 0)].doc_id == other.id
    assert len(articles) == 5


def test_body_form_is_kept_verbatim() -> None:
    body = "  Line one. Share this article\n\n2 hours ago\nRelated Articles\n  "
    doc = Document(id="d1", source="x.jsonl", content=body, form="body", title="Given")
    (article,) = clean_documents([doc])

    assert article.body == body.strip()
    assert article.removed == []
    assert article.title == "Given"


@pytest.mark.parametrize(
    "content",
    ["", "   \n\n  ", "\x00\x01\ufffd", "-\n-\n-", "Advertisement\nShare", "<<<>>>" * 1000,
     "a" * 100_000, "2 hours ago\n" * 500, "\ud800 lone surrogate", "Title only line"],
)  # fmt: skip
def test_garbage_never_raises(content: str) -> None:
    for form in ("text", "html", "body"):
        doc = Document(id="g", source="g.txt", content=content, form=form)  # type: ignore[arg-type]
        articles = clean_documents([doc])
        assert isinstance(articles, list)


def test_furniture_only_page_yields_no_article() -> None:
    page = "Menu\nSubscribe\nSign in\n3 hours ago\nShare this story\nCookie settings\n"
    assert clean_documents([text_doc(page)]) == []


# --- line rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Follow us on Mastodon", "widget"),
        ("Download the Courier app", "widget"),
        ("Story continues below advertisement", "widget"),
        ("5 min read", "widget"),
        ("Comments (42)", "widget"),
        ("We use cookies to personalise content. Manage your preferences.", "widget"),
        ("Sign in to keep reading", "paywall"),
        ("This story is available to subscribers only.", "paywall"),
        ("Summary produced by AI", "ai_notice"),
        ("Photo: Lena Voss/Harbour Press", "boilerplate"),
        ("Copyright © 2030 Gull Gazette", "boilerplate"),
        ("Home > Regions > Coast", "navigation"),
        ("Most viewed", "navigation"),
        ("Updated 17 minutes ago", "timestamp"),
        ("Weather3 hours ago", "timestamp"),
        ("By Tomas Ek and Rui Salgado", "byline"),
        ("February 26, 2031", "dateline"),
        ("The minister said the ferry would sail on Friday.", None),
        ("By Monday, the strike had spread to three ports.", None),
        ("Lighthouse keepers vote to strike over pay", None),
    ],
)
def test_classify_line(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # list headings with a qualifier, a noun or a period of their own
        ("Staff selections", "navigation"),
        ("Hot stories this month", "navigation"),
        ("More articles like these", "navigation"),
        ("More on our website", "navigation"),
        # ways out of the page
        ("Go home", "navigation"),
        ("Return to the desktop version", "navigation"),
        ("Directory of sections", "navigation"),
        # invitations, offers and notices
        ("Debate the issue", "widget"),
        ("Have your say on this", "widget"),
        ("Forward the article", "widget"),
        ("Turn off adverts", "widget"),
        ("Paid for by the Harbour Board", "widget"),
        ("Oops! That didn't work", "widget"),
        ("Something isn't working", "widget"),
        ("The clip is currently unavailable", "widget"),
        ("This gallery is no longer available", "widget"),
        ("Refresh this page to load the video", "widget"),
        ("AI-generated overview", "ai_notice"),
        ("Earlier this evening", "timestamp"),
        ("Subscribe for 6 months for €9", "paywall"),
        ("Digital access for just 2 pounds a week", "paywall"),
        ("More like these", "navigation"),
        ("Browse by subject", "navigation"),
        ("Open a discussion below", "widget"),
        ("Show 3 replies", "widget"),
        ("Presented by our partners", "widget"),
        ("Advertiser feature", "widget"),
        ("Tap play to hear it", "widget"),
        ("Text a colleague", "widget"),
        ("Receive the weekly digest", "widget"),
        ("Sorry, the graphic could not be shown", "widget"),
        ("Just $2 a month for all our stories", "paywall"),
        ("Open an account to keep reading", "paywall"),
        ("Uh-oh, the map failed to load", "widget"),
        ("Overview written by an algorithm", "ai_notice"),
        ("Highlights by AI", "ai_notice"),
        ("Frontpage", "navigation"),
        ("Browse sections", "navigation"),
        ("Helpful links", "navigation"),
        ("Trending in Harbourside", "navigation"),
        ("Register today for full access", "paywall"),
        ("This is the final free story this month", "paywall"),
        ("This piece is only for paying subscribers", "paywall"),
        # page words inflected or compounded, and page parts
        ("Loading options", "widget"),
        ("Members-only article", "paywall"),
        ("Close toolbar", "widget"),
        # article text that stays
        ("Get 4 months of Tidewater Radio Plus for $1", None),
        ("Fares rise to $4 a month from April", None),
        ("This story is available to subscribers only.", "paywall"),
        ("Double-tap to skip a track", None),
        ("Earlier this week the council met", None),
        ("Also on the agenda was the ferry", None),
        ("The vaccine is not available yet", None),
        ("Reloading the ferry took hours", None),
        ("Presented by the mayor, the plan won", None),
        ("Promotion for the harbour club", None),
        ("Promotion", None),  # a league table's subhead as often as an advert's label
        ("The essay was written by a machine", None),
        ("Sorry, I was wrong about the tide", None),
        ("The film review ran on Sunday", None),
        # round 9 (session of 2026-12-06, tenth): arrows, separators, counts and notes
        ("Main sections ▾", "navigation"),
        ("TOP OF PAGE ↑", "navigation"),
        ("Hand-picked for you", "navigation"),
        ("Best reads right now", "navigation"),
        ("MUST READ › Ferry fares frozen for another year at the harbour", "navigation"),
        ("You are here: Home › Sport", "navigation"),
        ("Head back to the front page", "navigation"),
        ("From our advertisers", "navigation"),
        ("Why do I see this?", "widget"),
        ("Be the first to share your views", "widget"),
        ("What do you think? Tell us in the comments", "widget"),
        ("Drop us your thoughts below", "widget"),
        ("Reply pending approval", "widget"),
        ("Powered by Tidewater Credit Union", "widget"),
        ("Would rather listen? Tap below", "widget"),
        ("Paid promotion for Harbour Homes", "widget"),
        ("The text continues after these messages", "widget"),
        ("Video playback is not supported here", "widget"),
        ("Become a Quayside Courier insider", "paywall"),
        ("Sign up free to keep reading, it's quick", "paywall"),
        ("Allowlist this site and keep reading", "paywall"),
        ("Replies (12)", "widget"),
        ("Open the discussion (1,204)", "widget"),
        ("Print this • Email this", "widget"),
        ("SPONSOR CONTENT | Why am I seeing this ad?", "widget"),
        ("Previous article ← | → Next article", "navigation"),
        ("Available for registered subscribers only.", "paywall"),
        ("House rules apply. Replies will be moderated.", "widget"),
        ("This page will be updated throughout the day.", "boilerplate"),
        # round 10: stamps led by rarer verbs, notes after labels, series links
        ("Filed 9.05am GMT", "timestamp"),
        ("Last refreshed: 20 mins ago", "timestamp"),
        ("Originally published on Friday; revised since", "timestamp"),
        ("Head back to the Quayside Courier front page", "navigation"),
        ("Back to Sport index", "navigation"),
        ("Earlier in this series: How the keepers kept the lamp alight", "navigation"),
        ("Gift this story (3 left)", "widget"),
        ("2 gifts remaining", "widget"),
        ("This reply was removed by a moderator", "widget"),
        ("Playback speed 1.5x", "widget"),
        ("Branded content", "widget"),
        ("Advert closes in 3", "widget"),
        ("Be the first to chime in", "widget"),
        ("Article continues after the partner placement", "widget"),
        ("Save (members only)", "widget"),
        ("Patron exclusive", "paywall"),
        ("Free trial ends tomorrow - keep your access", "paywall"),
        ("AI recap (checked by a person)", "ai_notice"),
        ("Highlights, produced automatically", "ai_notice"),
        ("Takeaways written with machine help", "ai_notice"),
        ("User comments get reviewed before they appear.", "widget"),
        ("This page has been updated with more details.", "boilerplate"),
        # round 11: readers' picks, series, sponsors named, pointers to changes
        ("Saved stories ★", "widget"),
        ("Browse every Harbour Life topic", "navigation"),
        ("People who read this also read", "navigation"),
        ("Catch up with previous instalments", "navigation"),
        ("Latest from the sports desk", "navigation"),
        ("Exit the live blog and read the summary", "navigation"),
        ("Back to Obituaries listings", "navigation"),
        ("Also on the network › Tide tables for the winter", "navigation"),
        ("Further reading", "navigation"),
        ("Messages from our advertisers", "widget"),
        ("This newsletter is supported by Gull Bank", "widget"),
        ("Download the story as a PDF", "widget"),
        ("Pay what you like", "widget"),
        ("Paid sponsor content", "widget"),
        ("Support trusted community journalism", "widget"),
        ("Text resumes after the break", "widget"),
        ("Article updated - see note at foot", "boilerplate"),
        ("Clarification added 09:30", "boilerplate"),
        ("Turn on scripts to play the quiz", "paywall"),
        ("The map needs a more recent browser to load.", "paywall"),
        ("You have used 4 of 5 free pieces this month", "paywall"),
        ("You need to be signed in to vote", "paywall"),
        ("Members get full access from £2 a month", "paywall"),
        ("Summary generated by our reading assistant", "ai_notice"),
        ("Auto-generated captions", "ai_notice"),
        ("External video hidden until you agree to cookies", "widget"),
        ("Consent needed to show this clip", "widget"),
        # Session of 2026-12-07 (eleventh): audio players and machine-made summaries ...
        ("Voiced by Amazon Polly", "ai_notice"),
        ("Narration powered by AudioSpark", "ai_notice"),
        ("Machine-read audio", "ai_notice"),
        ("Experimental AI feature", "ai_notice"),
        ("This feature is in beta", "ai_notice"),
        ("Our AI summary may contain mistakes", "ai_notice"),
        ("AI can make mistakes. Check important info.", "ai_notice"),
        ("Key takeaways (generated)", "ai_notice"),
        ("Summary by Lumen AI", "ai_notice"),
        ("Auto-summary", "ai_notice"),
        ("Voice: Synthetic (English, UK)", "ai_notice"),
        ("Speed 1.25x", "widget"),
        ("00:00 / 04:32", "widget"),
        ("Listen on Spotify", "widget"),
        ("Open in your podcast app", "widget"),
        ("Summarize this article", "widget"),
        ("Was this summary helpful?", "widget"),
        ("Skip 15 seconds", "widget"),
        ("Chat about this article", "widget"),
        ("Press ▶ to listen", "widget"),
        # ... share, reuse and comment controls ...
        ("Shared 2,134 times", "widget"),
        ("Share count: 38", "widget"),
        ("Gift link", "widget"),
        ("Permalink", "widget"),
        ("Republish this article", "widget"),
        ("Cite this article", "widget"),
        ("Spread the word", "widget"),
        ("Text size: A A A", "widget"),
        ("Report abuse", "widget"),
        ("Upvote | Downvote", "widget"),
        ("Conversation (17)", "widget"),
        ("12 people are talking about this", "widget"),
        ("Comments are subject to our community guidelines", "widget"),
        ("Commenting is now closed", "widget"),
        ("Notify me of new comments via email", "widget"),
        ("Please keep comments civil", "widget"),
        ("What's your reaction?", "widget"),
        ("Post as guest", "widget"),
        ("Sort by: Oldest first", "widget"),
        # ... page controls, pagination and list headings ...
        ("Go to the Marlowe Courier homepage", "navigation"),
        ("Jump to: Top stories • Opinion • Sport", "navigation"),
        ("‹ Previous story | Next story ›", "navigation"),
        ("Next in Business →", "navigation"),
        ("Search for:", "navigation"),
        ("Edition: UK ▾", "navigation"),
        ("Switch to dark mode", "navigation"),
        ("E-edition", "navigation"),
        ("Page 2 of 3", "navigation"),
        ("1 2 3 Next »", "navigation"),
        ("Stories you may have missed", "navigation"),
        ("You might also want to read", "navigation"),
        ("Keep reading: Mayor signs budget", "navigation"),
        ("Latest in Politics", "navigation"),
        ("More to explore", "navigation"),
        ("In case you missed it", "navigation"),
        # ... adverts and offers ...
        ("Advert: Harbour Bank", "widget"),
        ("A message from our sponsors", "widget"),
        ("Recommended by Marlin", "widget"),
        ("Close ad", "widget"),
        ("Shop now", "widget"),
        ("This post may contain affiliate links", "widget"),
        ("This content was paid for by an advertiser", "widget"),
        ("Support for this story comes from Harbour Bank", "widget"),
        ("Already a supporter? Log in here", "paywall"),
        ("Become a Founding Reader ›", "paywall"),
        ("Start your 14-day trial — cancel anytime", "paywall"),
        ("This story is reserved for Kessel Post Plus members.", "paywall"),
        ("Amended at 11.08pm AEDT", "timestamp"),
        ("Last modified 09:42 IST", "timestamp"),
        ("Est. read 6 mins", "widget"),
        # (a second round the same day)
        ("Sponsored feature from Gull Bank", "widget"),
        ("— Promoted —", "widget"),
        ("Highlights • AI-generated", "ai_notice"),
        ("Translated by machine from Tagalog", "ai_notice"),
        ("Conversation closed", "widget"),
        ("Have your say — 14 replies", "widget"),
        ("Our house rules apply to every comment.", "widget"),
        ("Replying as guest | Sign in", "widget"),
        ("Reader comments [8]", "widget"),
        ("Loading live scores", "widget"),
        (
            "Something went wrong while loading the tide chart. Refresh the page to retry.",
            "widget",
        ),
        ("Oops, something went wrong on our end.", "widget"),
        ("Embedded posts are unavailable until you accept cookies.", "widget"),
        ("Skip to story text", "navigation"),
        ("Also on Quay Radio: Lifeboat crew honoured at harbour", "navigation"),
        ("Become a Friend of the Quay Trust", "paywall"),
        ("3 bonus reads left this week", "paywall"),
        ("5 min read | 980 words", "widget"),
        ("Time to listen: about 6 minutes", "widget"),
        # ... and article text that stays
        ("Something went wrong with the engine, the pilot said.", None),
        ("Loading the trucks took four hours", None),
        ("Conversation with the mayor", None),
        ("2,400 words of testimony were read into the record.", None),
        ("Time to read the small print", None),
        ("Latest in a series of blunders", None),
        ("Next in line", None),
        ("A message from the President", None),
        ("Be kind to one another, she said.", None),
        ("Content by the numbers", None),
        ("We earn a commission on each sale, the broker said.", None),
        ("The event was sponsored by a local bank.", None),
        ("Experts warn AI can make mistakes in diagnosis.", None),
        ("Narrated by Morgan Freeman, the film follows a penguin colony.", None),
        ("Sort by size before washing.", None),
        ("Country: Peru", None),
        ("Night Mode", None),
        ("2019 2020 2021", None),
        ("Comments on the proposal are due by Friday.", None),
        ("Keep reading for our full guide.", None),
        ("Latest on the harbour fire.", None),
        ("Also on the agenda: a vote on ferry fares", None),
        ("Insider story", None),
        ("The story was updated by witnesses all week", None),
        ("Filed in 2019, the suit claims fraud", None),
        ("Revised figures came out on Tuesday", None),
        ("The post was deleted by its author hours later", None),
        ("Back to the Future turns 40", None),
        ("Storm hits the coast | Residents leave their homes", None),
        ("12 March 2021 | 4 April 2022", None),
        ("This story has been updated to correct the mayor's title:", None),
        ("The whitelist of approved firms grew", None),
        ("Brought to you by the mayor, the plan failed", None),
        ("What do you think the council will do?", None),
        # 2026-12-07 (twelfth session)
        ("Next in Harbour News: Ferry fares rise again", "navigation"),
        ("Most-shared today", "navigation"),
        ("Skip down to the story", "navigation"),
        ("FROM OUR ARCHIVE: The night the lamp went out", "navigation"),
        ("Keep browsing: more walks along the quay", "navigation"),
        ("« Older entry: Lamps of the north coast", "navigation"),
        ("Sections: Quay | Isles | Weather & Tides | Letters | Notices | Puzzles", "navigation"),
        ("Pass this article on", "widget"),
        ("Pass it along", "widget"),
        ("Sponsor spotlight", "widget"),
        ("Branded content story from Gannet Ferries", "widget"),
        ("✉ Send to a colleague", "widget"),
        ("Share ✔", "widget"),
        ("Approx. read time: 7 min", "widget"),
        ("Approx. listening time: 9 min", "widget"),
        ("⌚ 8-minute listen", "widget"),
        ("Last revised: Nov. 3, 2031, 9:40 a.m.", "timestamp"),
        ("Online since 4 March | In print 5 March", "timestamp"),
        ("Oops — something went wrong. Try reloading this page.", "widget"),
        ("Decline optional cookies", "widget"),
        ("Block analytics cookies", "widget"),
        ("The interactive chart could not be shown.", "widget"),
        ("Tags › ferries, tides, harbour board, keepers' cottages", "widget"),
        ("Donate to the Quay Gazette Trust", "widget"),
        ("Support nonprofit journalism in the isles", "widget"),
        ("Scripting seems to be turned off in this browser, so the tide map is blank.", "paywall"),
        ("This story is reserved for Gazette+ members.", "paywall"),
        ("You need to be logged in to add a reply.", "paywall"),
        ("Gift it: 2 free unlocks left", "paywall"),
        ("These key points were machine-written and checked by staff.", "ai_notice"),
        ("Transcribed automatically from the harbour radio", "ai_notice"),
        ("Auto-translated from Gaelic", "ai_notice"),
        ("Online since 2019, the shop sells lamps.", None),
        ("Donate to the flood appeal, the mayor urged residents.", None),
        ("Scripts for the play were disabled in rehearsal.", None),
        ("Listening time matters to the keepers", None),
        ("Rovers | 12 | 8 | 2 | 2 | 26 | 14 | 30 | 1", None),
        ("Pass the salt along, he said.", None),
        # 2026-12-07 (twelfth session), second round
        ("Sponsored content: not written by Gazette staff", "widget"),
        ("Content from our partnerships team", "widget"),
        ("Members get ad-free pages and early access to tide tables", "widget"),
        ("AI recap: four key points", "ai_notice"),
        ("Summary compiled by an automated tool; check the tide tables yourself.", "ai_notice"),
        ("Error 502: bad gateway", "widget"),
        ("Service temporarily unavailable. Please try again later.", "widget"),
        ("This video player needs an up-to-date browser.", "paywall"),
        ("Your browser has scripting turned off.", "paywall"),
        ("Scripting is disabled, so the tide chart will not load.", "paywall"),
        ("Radio Gannet — Local | Isles | Weather | Podcasts | Schedule", "navigation"),
        (
            "Quay Gazette: Harbour | Ferries | Fishing | Weather | Letters | Puzzles | Notices",
            "navigation",
        ),
        ("« Previous: The lamp room at dawn | Next: Keepers' logs, restored »", "navigation"),
        ("Pass it on: Signal | WhatsApp | Email", "widget"),
        ("Chip in to keep the Gazette free to read", "widget"),
        ("Support community radio — give what you can", "widget"),
        ("Approx. reading time: 6 min 30 sec", "widget"),
        ("First aired 8.15am, Monday 4 March", "timestamp"),
        ("Last revised: Wed, 6 Mar 2031 · 10:02 GMT", "timestamp"),
        ("4 March 2031 — 6 mins", "timestamp"),
        ("Today at 07:45", "timestamp"),
        ("Playback speed: 0.5x 1x 1.5x 2x 2.5x", "widget"),
        ("⏯ Resume narration", "ai_notice"),
        ("↪ Respond", "widget"),
        ("The embedded post could not be loaded.", "widget"),
        ("SHOP BY AISLE ▾ Ropes • Lamps • Oilskins • Charts", "navigation"),
        ("Tagged with: ferries · harbour board · tides", "widget"),
        ("« Later episode: The night ferry", "navigation"),
        ("Catch up on the whole story", "navigation"),
        ("From around the province", "navigation"),
        ("Latest guides this month", "navigation"),
        ("Gift links remaining: 2", "widget"),
        ("Printer friendly page", "widget"),
        ("Republish this interview", "widget"),
        ("Episode length 12:04", "widget"),
        ("Originally reported 2 Mar · Revised 3 Mar", "timestamp"),
        ("The service is unavailable on Sundays, the council said.", None),
        ("Members get a vote on the harbour board each spring.", None),
        ("Next: the council will vote on the ferry fares in May.", None),
        ("Next week: Budget special", None),
        ("Residents chip in to repair the quay wall every winter.", None),
        ("Yesterday at the quay, the keepers met the trust.", None),
        ("Support for the harbour board fell in the survey.", None),
        ("Error rates fell by 40% after the upgrade.", None),
        ("400 not found after the earthquake", None),
        ("Error 404 was the first sign of trouble", None),
        ("Today 12 dead", None),
        ("Around the country", None),
        # Round 16 (thirteenth session): the twenty-sixth set's families, in my wordings.
        ("From our archives", "navigation"),
        ("Change to the text-only edition", "navigation"),
        ("No comments so far: be the first", "widget"),
        ("Please review the house rules before commenting", "widget"),
        ("Get the Quay Gazette app on Android", "widget"),
        ("Promoted post · Brought to you by Kestrel Tyres", "widget"),
        ("Official kit sponsor: Marrow Sportswear", "widget"),
        ("Interactive chart not supported on this device", "widget"),
        ("Unlock Gazette Unlimited for ad-free reading", "paywall"),
        ("Postal subscribers: activate your online access here", "paywall"),
        ("LIVE • 21:05 CET — Set 3, 4–4", "timestamp"),
        ("Last reviewed by a pharmacist: 04/03/2031", "timestamp"),
        ("Fact checked 3 March 2031", "timestamp"),
        # and what stays beside them
        ("Go pro: how amateurs turned professional", None),
        ("Commercial partnership with Qatar criticised", None),
        ("No comment: the minister stays silent", None),
        ("Post office services unavailable in rural areas", None),
        ("Unser Partner: eZ Systems", None),
        ("Reviewed 14 cases, the panel found", None),
        ("Download the app, officials urged residents", None),
        ("Translated by machine, the poems lost their rhythm, critics say", None),
        ("This project was funded by the regional government and will create 200 jobs.", None),
        # Round 17 (thirteenth session): the twenty-eighth set's families, in my wordings.
        ("Listen later — download the MP3 (8 MB)", "widget"),
        ("Latest match reports", "navigation"),
        ("What readers are reading right now", "navigation"),
        ("Fellow anglers are watching", "navigation"),
        ("+ Save to your reading list", "widget"),
        ("← Back to Harbour news", "navigation"),
        (
            "ALSO ON THE QUAY GAZETTE: Lifeboat crew rescue two kayakers off Gannet Rock in a"
            " force seven gale",
            "navigation",
        ),
        # and what stays beside them
        ("Made from AI-sorted recycled plastic, the bench cost £400", None),
        ("Police download the audio from the doorbell camera", None),
        ("Back to school: parents face rising costs", None),
        ("Latest figures show a rise in knife crime", None),
        ("Other parents are worried about the new timetable", None),
        ("+44 20 7946 0000", None),
        # Round 18 (fourteenth session): the thirtieth set's families, in my wordings.
        ("Reject optional", "widget"),
        ("Allow essential only", "widget"),
        ("Consent preferences", "widget"),
        ("Update your consent settings", "widget"),
        ("Pin this story to your favourites", "widget"),
        ("Join 48,000 readers: The Quay Gazette Morning Note, every weekday", "widget"),
        ("Unlock every recipe and tide table with Gazette Plus", "paywall"),
        ("Change edition: Scotland", "navigation"),
        ("Choose your region", "navigation"),
        ("Popular now on The Quay Gazette", "navigation"),
        ("First reviewed March 2023", "timestamp"),
        ("Retested in May 2024", "timestamp"),
        ("Tested Feb 2025 with app version 2.4.1", "timestamp"),
        ("HARBOURTON — Updated 14 Feb 2025, 09:12", "timestamp"),
        ("MORE FROM THE COAST: Lifeboat station to close", "navigation"),
        ("Your browser is no longer supported", "paywall"),
        # and what stays beside them
        ("Join 300 volunteers at the beach clean on Saturday", None),
        ("LONDON — The minister resigned on Tuesday", None),
        ("Tested in June 2024, it failed", None),
        ("Commenting is switched off on many news sites during trials", None),
        ("The app, free on iOS and Android, has 2m users", None),
        ("Content from the ministry is hidden from the public", None),
        ("Choose your battles, the coach told his players", None),
        # Round 19 (fourteenth session): the thirty-second set's families, in my wordings.
        ("About 6 minutes to read", "widget"),
        ("Back to all harbour stories", "navigation"),
        ("Hot on the Gazette today", "navigation"),
        ("Already a Quay Gazette Plus member? Log in", "paywall"),
        ("Become a Harbour Friend", "paywall"),
        ("Produced for Gannet Ferries", "widget"),
        ("Report filed: Monday, 3 March 2025", "timestamp"),
        ("SALTHAVEN — 3 March 2025", "timestamp"),
        # and what stays beside them
        ("Back to school for 2,000 pupils", None),
        ("Hot on the heels of the storm, another arrives today", None),
        ("Made for each other", None),
        ("Produced for the stage by the Royal Theatre", None),
        ("SALTHAVEN — 2025 was the wettest year on record", None),
        ("This post was deleted by the minister after a backlash", None),
        ("Machine-generated audio fools bank voice checks", None),
        # Round 20 (fourteenth session): the thirty-fourth set's families, in my wordings.
        ("Advertising disclosure", "widget"),
        ("Bookmark this explainer for later", "widget"),
        ("Download the Quay Gazette app for tide alerts", "widget"),
        ("Review continues after this message from our sponsors", "widget"),
        ("Do not sell my personal data", "boilerplate"),
        ("Your privacy choices", "boilerplate"),
        ("Change edition: Harbour & Coast", "navigation"),
        ("Save to my reading list +", "widget"),
        ("HARBOURTON — 03/02/2025 09h40", "timestamp"),
        ("Originally aired on The Harbour Hour, 6pm", "timestamp"),
        ("Prices correct as of 3 March 2025", "timestamp"),
        ("Read by Gazette Radio's synthetic presenter", "ai_notice"),
        # and what stays beside them
        ("Learn C++", None),
        ("Prices rose 3% as of March, the survey found", None),
        ("Download speeds doubled in the town last year", None),
        # Round 21 (fifteenth session): the thirty-sixth set's families, in my wordings.
        ("Werbung", "widget"),
        ("Publicité", "widget"),
        ("Sponsored links from around the web", "widget"),
        ("Ads by Harbourmart | Why am I seeing this ad?", "widget"),
        ("Editor's pick: Lighthouse keeper retires after 40 years", "navigation"),
        ("Skip past the navigation to the story", "navigation"),
        ("Viewing the text-only Gazette. Switch to the desktop version", "navigation"),
        ("Follow the Quay Gazette on Bluesky, Threads and Mastodon for harbour news", "widget"),
        ("Join our ferry updates channel on WhatsApp", "widget"),
        ("Compartir artículo: WhatsApp, Facebook, X", "widget"),
        ("128 replies — join the debate", "widget"),
        # and what stays beside them
        ("Compartir coche sale más barato en la costa", None),
        ("Promoted staff take over the harbour office", None),
        ("Follow the money: who paid for the new quay", None),
        # Round 22 (sixteenth session): the thirty-eighth set's families, in my wordings.
        ("Jump over the banner to the tide tables", "navigation"),
        ("Passer au contenu principal", "navigation"),
        ("Direkt zum Inhalt springen", "navigation"),
        ("Leggi anche: Il porto di Quayfield chiude per lavori", "navigation"),
        ("Analysis ▸ Why the ferry fares keep rising", "navigation"),
        ("Stay connected with the Gazette on TikTok and Threads", "widget"),
        ("214 responses", "widget"),
        ("Les commentaires sont fermés pour cet article", "widget"),
        ("Oops, the tide chart couldn't load. Tap to try again", "widget"),
        ("The video player failed to load on this browser.", "widget"),
        ("This story is free to read — thanks to our members", "paywall"),
        ("Let us know what you think of our new AI digest", "ai_notice"),
        ("Ask Quay AI anything about this story", "ai_notice"),
        ("Veröffentlicht am 03.02.2025 um 09:40 Uhr", "timestamp"),
        ("Mis à jour le 3 mars 2025 à 14h05", "timestamp"),
        ("Today at 9.05am, updated 2.40pm", "timestamp"),
        ("About a 6-minute read", "timestamp"),
        ("PORT ELLEN, Friday, 7.40pm —", "timestamp"),
        # and what stays beside them
        ("The content was free to read for a week, the court heard", None),
        ("Passer au vote: the council's next step", None),
        ("214 responses to the harbour survey were read by the panel", None),
        ("Updated maps show the flood line moving inland", None),
        ("Analysis of the ferry fares shows a rise", None),
        # Round 23 (seventeenth session): the fortieth set's families, in my wordings.
        ("Ask Gull's helper bot about this piece", "ai_notice"),
        ("Résumé généré par l'IA", "ai_notice"),
        ("KI-generierte Zusammenfassung", "ai_notice"),
        ("Chart not available in the lite edition", "widget"),
        ("Partager sur WhatsApp", "widget"),
        ("Condividi su Telegram", "widget"),
        ("Alle 31 Kommentare anzeigen", "widget"),
        ("Leggi i 9 commenti", "widget"),
        ("Drop your email below to get the harbour briefing", "widget"),
        ("Aktualisiert vor 5 Minuten", "timestamp"),
        ("hace 2 días", "timestamp"),
        ("il y a 3 heures", "timestamp"),
        ("Aggiornato 4 ore fa", "timestamp"),
        ("12 uur geleden", "timestamp"),
        ("Thurs 6 March 2025, 8.15am", "dateline"),
        ("Today, 08:10 – amended this afternoon", "timestamp"),
        ("Page 2 of 9 — Next page ›", "navigation"),
        ("🎧 Listen to this piece — narrated by a synthetic voice (7 min)", "ai_notice"),
        ("Computer-read audio · Beta · Tell us what you think", "ai_notice"),
        ("Harbour Plus readers get tide alerts first — start a 7-day trial for £1", "paywall"),
        ("Bitte aktivieren Sie JavaScript für die Karte", "paywall"),
        ("Activez JavaScript pour afficher la carte", "paywall"),
        (
            "Parts of this review were written using AI tools, then checked by our editors.",
            "ai_notice",
        ),
        # and what stays beside them
        ("The harbour master — who retired last week — spoke at length", None),
        ("Comentarios del ministro sobre el puerto", None),
        ("Share prices fell (AP)", None),
        ("The mayor (a Labour councillor)", None),
        ("Il y a 3 heures de route jusqu'au port", None),
        ("Beta testers found the ferry app slow", None),
        ("Users can start a 14-day trial of the ferry app", None),
        ("The report was drafted using AI tools, the council admitted.", None),
        ("New — and cheaper — ferries for the islands", None),
        # Round 24 (seventeenth session): families of three pools of 360 lines, in my
        # wordings.
        ("Chat with our harbour bot about ferry times", "ai_notice"),
        ("Summarise this article for me", "ai_notice"),
        ("Machine-read audio may stumble over Gaelic place names", "ai_notice"),
        ("Read our policy on generative AI", "ai_notice"),
        ("Illustration created with AI tools", "ai_notice"),
        ("Automated report: tide heights updated by machine every hour", "ai_notice"),
        ("Tell us what you think of AI-voiced stories → short survey", "ai_notice"),
        ("Page 4 of 11 « First ‹ Prev Next › Last »", "navigation"),
        ("1 2 3 … 14 Older posts", "navigation"),
        ("Topics in this story: ferries, tolls, island schools", "navigation"),
        ("Send this story to a neighbour who rows", "widget"),
        ("Shared 3.4k times · Saved 210 times", "widget"),
        ("No thanks", "widget"),
        ("Fed up with ads? Go ad-free for €2 a month", "widget"),
        ("Be the first to post a tip on this trail", "widget"),
        ("You appear to be offline. Showing the copy saved earlier.", "widget"),
        ("Are you human? Tick the box to carry on", "widget"),
        ("Oops! The slideshow could not be loaded. Refresh to try again.", "widget"),
        ("New here? Start a 14-day free trial", "paywall"),
        ("Give a gift subscription this Christmas", "paywall"),
        ("Déjà abonné ? Connectez-vous", "paywall"),
        ("This investigation is for Gazette Plus members only", "paywall"),
        ("Updated · 3 hrs", "timestamp"),
        ("Stand: 04.11.2024, 09:15 Uhr", "timestamp"),
        ("Listening time 06:12", "timestamp"),
        ("This story is more than 6 years old", "boilerplate"),
        (
            "Heads up: this article dates from 2017 and some details may have changed since",
            "boilerplate",
        ),
        ("Please note: this review was published 3 years ago", "boilerplate"),
        (
            "The Gazette used an AI tool to transcribe this interview; quotes were checked.",
            "ai_notice",
        ),
        ("This results page is automated", "ai_notice"),
        ("For the best experience, please update your browser to the latest version.", "paywall"),
        (
            "Cookies help us run the forum. By tapping OK, you agree to our cookie policy.",
            "paywall",
        ),
        (
            "We and our 38 partners use cookies to store and access information on your device.",
            "widget",
        ),
        ("Back to the Quayside noticeboard", "navigation"),
        ("Save to My Harbour Ledger ☆", "widget"),
        ("Forward via LINE or Viber", "widget"),
        ("Commenting has been shut for legal reasons", "widget"),
        ("Your comment has been held for review", "widget"),
        # and what stays beside them
        ("This church dates back to the 12th century.", None),
        ("This building is more than 200 years old", None),
        ("Public comments open until March 3 on the rezoning", None),
        ("Have your say on the bypass plan at Tuesday's meeting", None),
        ("Save to your pension early, experts say", None),
        ("Automated update systems failed at the plant", None),
        ("Video generated using AI fooled millions of viewers", None),
        ("How the NHS uses AI to speed up scans", None),
        ("The EU policy on AI faces a vote", None),
        ("Filed under pressure, the minister resigned", None),
        ("For the best experience, use a tripod, the photographer says", None),
        ("Tax-deductible donations rose 5% last year", None),
        ("An AI tool helped doctors detect cancer in this study", None),
        ("This factory is automated", None),
        ("Not now, the minister replied", None),
        # Round 25 (seventeenth session): families of pools D, E and F, in my wordings.
        (
            "Portions of this explainer were drafted with an AI tool and checked by the tide desk.",
            "ai_notice",
        ),
        (
            "Our reporter used an AI tool to help transcribe the harbour meeting recordings.",
            "ai_notice",
        ),
        (
            "Morning bulletin read by an AI voice modelled on our presenter, with her consent.",
            "ai_notice",
        ),
        (
            "Affiliate disclosure: the Gazette earns a small fee when you book through our partner links.",
            "widget",
        ),
        (
            "For best results on the tide map, turn off strict tracking protection in your browser.",
            "paywall",
        ),
        ("Turn on JS for the interactive tide chart and the harbour webcam.", "paywall"),
        ("Scripts are blocked, so some charts on this page won't render.", "paywall"),
        ("Ask Wren, our tide assistant, about high water", "ai_notice"),
        ("Tap ✨ Summarise for the short version", "ai_notice"),
        ("AI-generated picture — not a real quay", "ai_notice"),
        ("Transcript machine-generated from the radio bulletin", "ai_notice"),
        ("Audio version: synthetic voice, 4 min", "ai_notice"),
        ("Bot-written match report · Flag a mistake", "ai_notice"),
        ("Automated: tide times pulled from the harbour feed", "ai_notice"),
        ("Disclosure: no AI was used to write this column", "ai_notice"),
        ("TL;DR (AI, may be wrong)", "ai_notice"),
        ("Quay Brief — powered by a language model", "ai_notice"),
        ("← Return to all Quay Gazette explainers", "navigation"),
        ("Back up to the top of the page", "navigation"),
        ("Pg 2 of 8 ‹ Prev | Next ›", "navigation"),
        ("Older dispatches", "navigation"),
        ("Skip to the tide table", "navigation"),
        ("Read more columns by Ada Munroe", "navigation"),
        ("You have 3 of 10 gift links left this month", "widget"),
        ("Stash it for later ☆", "widget"),
        ("Repost this harbour alert", "widget"),
        ("Send this tide chart to a friend", "widget"),
        ("Bookmark this column for later", "widget"),
        ("Captions available", "widget"),
        ("Comments on this story are paused while the inquiry runs", "widget"),
        ("A reply was removed by a moderator", "widget"),
        ("House rules: no abuse, no spam", "widget"),
        ("Escribe tu comentario", "widget"),
        ("Made this? Tell us how it went", "widget"),
        ("Your browser is a bit old for the tide charts", "widget"),
        ("Looks like you're blocking ads. Please let us in.", "widget"),
        ("Checking your connection before loading the page…", "widget"),
        ("Confirm you are human: tick below", "widget"),
        ("Legitimate interest (12 vendors) — Object", "widget"),
        ("Map player failed to start", "widget"),
        ("Brought to you in association with Harbour Bank", "widget"),
        ("Sponsored listing: Flats on the quay", "widget"),
        ("Tired of pop-ups? Go ad-free for £2", "widget"),
        ("Shop the story: our editors' picks", "widget"),
        ("Presented by Gannet Ferries — the island's carrier", "widget"),
        ("PROMOTED · Quayside Motors", "widget"),
        ("Ferry timetable app launch (sponsored)", "widget"),
        ("Reklama", "widget"),
        ("Create a free Gazette account to keep reading", "paywall"),
        ("This column is reserved for Gazette Insiders", "paywall"),
        ("Your free pass expires tomorrow", "paywall"),
        ("Already a paying reader? Sign in", "paywall"),
        ("Only verified members can comment", "paywall"),
        ("Become a Harbour Member: early tide alerts and more", "paywall"),
        ("No thanks, I'll read the preview", "paywall"),
        ("This review first ran in our spring issue", "boilerplate"),
        ("Not financial advice", "boilerplate"),
        ("Yest. at 09:14 GMT", "timestamp"),
        ("Prices as at 16:05 BST", "timestamp"),
        ("Watch time: 3m 10s", "timestamp"),
        # and what stays beside them
        ("Keep it for later use, experts advise", None),
        ("Flag as a symbol of unity", None),
        ("Posting as a doctor, the man scammed patients", None),
        ("Checking your connection speed is easy", None),
        ("Legitimate interests of shareholders were ignored", None),
        ("Some names may be wrong, police warned", None),
        ("The news team was not involved in the decision, the broadcaster says", None),
        ("Skip to the end, the coach said", None),
        ("Back to the stories that matter", None),
        ("Drones — powered by AI — patrol the border", None),
        # Round 26 (seventeenth session): families of pools G and H, in my wordings.
        ("↑ Return to the top of the tide tables", "navigation"),
        ("Bookmark added — find it in My Gazette", "widget"),
        ("Deja tu comentario", "widget"),
        ("Consent preferences updated", "widget"),
        ("Script error — reload the page", "widget"),
        ("Content from our sponsor, Gannet Ferries", "widget"),
        ("Ads help keep the lights on at the Gazette", "widget"),
        ("Hide ads? Go Gazette Plus", "widget"),
        ("Chip in: keep the Gazette free to read", "paywall"),
        ("Log in or create a free account to keep reading", "paywall"),
        ("Register for free — it takes a minute", "paywall"),
        ("Archived story — first published 9 years ago", "timestamp"),
        ("Released Thurs", "timestamp"),
        ("Episode runtime 52:10", "widget"),
        ("Approx. 3 min to read, 7 min to listen", "timestamp"),
        ("Vor 10 Minuten aktualisiert", "timestamp"),
        ("First printed in the Gazette, 4 May 2001", "boilerplate"),
        ("Automated tide-table story · no human edit", "ai_notice"),
        ("AI tools assisted our research; a reporter checked every figure", "ai_notice"),
        ("Cette vidéo nécessite l'activation des cookies", "paywall"),
        # and what stays beside them
        ("Released on bail, the skipper went home", None),
        ("Archive footage shows the old quay", None),
        ("Approx. 3 min to walk from the ferry", None),
        # Precision (seventeenth session): news that borrows a notice's words stays, the
        # notices themselves still go.
        ("Menu — £35 for three courses", None),
        ("Published in the latest issue of Science", None),
        ("Published in March 2024", "timestamp"),
        ("Published in print, 3 March 2025", "timestamp"),
        ("Contents — a memoir in five parts", None),
        ("The video could not be shown in court", None),
        ("This lounge is for members only", None),
        ("Are you a robot? Why captchas keep getting harder", None),
        ("Discussion closed", "widget"),
        ("The map couldn't load. Tap to retry", "widget"),
        ("Video failed to load on this device", "widget"),
        ("This content is for subscribers only", "paywall"),
        ("For members only", "paywall"),
        ("Are you a robot? Tick the box to go on", "widget"),
    ],
)
def test_classify_line_generalised_labels(line: str, reason: str | None) -> None:
    """The rules of 2026-12-06 (ninth and tenth sessions) and 2026-12-07 by their idea, in
    wordings of their own: qualified list headings, exits, notices and offers, inflected
    page words, audio players, comment controls, pagination."""
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # News about AI is the article's, however much it speaks of machine-made things.
        ("The summary of AI-generated music research", None),
        ("Lawmakers debate rules for AI-generated images", None),
        ("Artists sue over AI-generated songs", None),
        ("Voice actors protest synthetic voice deals", None),
        ("Why AI-powered search worries publishers", None),
        ("Study finds AI-written essays fool teachers", None),
        ("Newsroom staff used AI to summarise the documents.", None),
        ("AI-generated content floods social media", None),
        ("AI-generated voice clones scam pensioners", None),
        ("Doctors test AI-assisted diagnosis in rural clinics", None),
        ("Court rejects brief with AI-assisted citations", None),
        ("Machine-translated menus baffle tourists", None),
        ("Chatbot answers generated by the model were wrong, the report says.", None),
        ("The AI can make mistakes, experts warn", None),
        ("The article was written by AI, the magazine admitted", None),
        ("Essays written by AI fool teachers", None),
        # The page's own notices still go.
        ("This article was generated by AI", "ai_notice"),
        ("Summary generated by AI, checked by editors", "ai_notice"),
        ("This story was translated with AI assistance.", "ai_notice"),
        ("Translated by AI", "ai_notice"),
        ("AI-generated summary", "ai_notice"),
        ("AI-assisted translation", "ai_notice"),
        ("Machine-translated from Tagalog", "ai_notice"),
        ("This page was machine translated", "ai_notice"),
        ("AI-generated summary — check the full story", "ai_notice"),
        ("Created with AI; reviewed by editors", "ai_notice"),
        ("Voters fooled by AI", None),
        ("AI voice: Ava (beta)", "ai_notice"),
    ],
)
def test_classify_line_keeps_news_about_ai(line: str, reason: str | None) -> None:
    """A line naming AI and a making verb is a notice only when it speaks of the page (its
    summary, audio, translation) or is a label; headlines and reported findings about
    machine-made things stay."""
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # A stamp's keyword starts a headline too: what follows must be a stamp's.
        ("Updated flood maps show 3,000 homes at risk", None),
        ("Published figures show unemployment rose again", None),
        ("Posted to Facebook, the video drew two million views", None),
        ("Modified crops approved for field trials", None),
        ("Updated 40 minutes ago", "timestamp"),
        ("Posted in: Local politics", "timestamp"),
        ("Published an hour ago", "timestamp"),
        ("Updated Thursday evening", "timestamp"),
        ("Last updated this morning", "timestamp"),
        # Reported speech is the article's, whatever words it quotes.
        ("Click here, the scam text said", None),
        ("Subscribe to the idea that less is more, she says", None),
        ("Ad blockers cost publishers millions, critics argue", None),
        ("Sign up now or lose your place, the union told members", None),
        ("Click here to read more", "widget"),
        ("News | Court | Crime | Sport", "navigation"),
        # Headlines about newsletters, reading lists and AI (fourteenth session).
        ("Podcast network buys newsletter firm", None),
        ("Newsletter giant cuts a third of its staff", None),
        ("Get our newsletter", "widget"),
        ("The Morning Note: the newsletter in your inbox every day", "widget"),
        ("Most read novels of the decade named", None),
        ("Most read this week", "navigation"),
        ("Most viewed: Ferry runs aground", "navigation"),
        ("Written by AI? Readers can't tell", None),
        ("Narrated by AI", "ai_notice"),
        # A call to join names the members in capitals; a sentence-case headline stays, and
        # "Elsewhere …" before a clause is the article's (fifteenth session).
        ("Become a better cook", None),
        ("Become a citizen", None),
        ("Become a Tide Keeper", "paywall"),
        ("Become an Insider ›", "paywall"),
        ("Elsewhere in the region, rain fell", None),
        ("Elsewhere on Tideline", "navigation"),
        # A platform's rule about a kind of post or user is news; the page's own comments
        # closing is not (sixteenth session).
        ("Comments are disabled on videos made for children", None),
        ("Replies are turned off for teenage users", None),
        ("Comments are closed on this article", "widget"),
        ("Commenting is now closed on these posts", "widget"),
        ("Comments are closed for the weekend", "widget"),
    ],
)
def test_classify_line_keeps_headlines_and_reported_speech(line: str, reason: str | None) -> None:
    """Stamp keywords need a stamp after them, a line that reports speech is not
    furniture, even when it quotes a widget's words, and headlines that name newsletters,
    reading lists or AI stay."""
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2025-02-27", ("2025-02-27", "day", "date")),
        ("Published Feb. 26, 2025", ("2025-02-26", "day", "published")),
        ("2025-02-26T10:00", ("2025-02-26", "day", None)),
        ("Wednesday, 26 February 2025 10:30 GMT", ("2025-02-26", "day", None)),
        ("Updated: March 2025", ("2025-03", "month", "updated")),
        ("Published 2025", ("2025", "year", "published")),
        ("2025", None),
        ("3 hours ago", None),
    ],
)
def test_parse_date_line(line: str, expected: tuple[str, str, str | None] | None) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Written by Ines Vale, MS, RD", "Ines Vale"),
        ("By Ines Vale, Ph.D., and Tomas Brell, M.D.", "Ines Vale and Tomas Brell"),
        ("By Ines Vale, RDN & Tomas Brell", "Ines Vale & Tomas Brell"),
        ("By Ines Vale, M.D., Senior Health Writer", "Ines Vale"),
        # Not degrees: a name's own words, a second author in capitals.
        ("By Ines Vale, MD Harbour Clinic", "Ines Vale, MD Harbour Clinic"),
        ("By INES VALE, TOMAS BRELL", "INES VALE, TOMAS BRELL"),
        ("By Ines Vale, Tomas Brell, and Odile Sand", "Ines Vale, Tomas Brell, and Odile Sand"),
    ],
)
def test_parse_byline_drops_degrees(line: str, names: str) -> None:
    found = parse_byline(line)
    assert found is not None and found[0] == names


def test_parse_byline_with_date() -> None:
    assert parse_byline("By Ana Lind | March 3, 2031") == ("Ana Lind", "2031-03-03", "day")
    assert parse_byline("By then the vote was over") is None
    assert parse_byline("By Ana Lind on Monday, March 3rd, 2031 at 9:10 a.m.") == (
        "Ana Lind",
        "2031-03-03",
        "day",
    )
    assert parse_byline("By the end of the vote on Monday, March 3, 2031") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # An agency, a place or a licence in brackets after the names.
        ("By Ines Vale (Harbour Wire)", ("Ines Vale", None, None)),
        ("Written by Ines Vale, MS, RD (NZ)", ("Ines Vale", None, None)),
        # A handle after the names, with or without "By", and the post's age or date.
        ("By Ines Vale @inesvale", ("Ines Vale", None, None)),
        ("By Ines Vale | @inesvale", ("Ines Vale", None, None)),
        ("Ines Vale (@inesvale)", ("Ines Vale", None, None)),
        ("Tomas Brell @tbrell / 3 days", ("Tomas Brell", None, None)),
        ("Tomas Brell @tbrell · March 3, 2031", ("Tomas Brell", "2031-03-03", "day")),
        # Not author lines: a call to follow, a handle before other words, a lowercase
        # noun, a bracketed year.
        ("Follow Ines Vale @inesvale", None),
        ("Ines Vale @inesvale | Tickets on sale now", None),
        ("the harbour master @quaywatch", None),
        ("By Christmas (2031)", None),
    ],
)
def test_parse_byline_with_a_handle_or_a_note_in_brackets(
    line: str, expected: tuple[str, str | None, str | None] | None
) -> None:
    assert parse_byline(line) == expected


def test_a_byline_with_a_handle_is_removed_and_read() -> None:
    page = "\n\n".join(
        [
            "Harbour board backs second ferry terminal",
            "Tomas Brell @tbrell / 2 days",
            *FERRY_PARAGRAPHS,
        ]
    )
    [article] = split_articles(page)
    assert article.byline == "Tomas Brell"
    assert ("Tomas Brell @tbrell / 2 days", "byline") in [
        (s.text, s.reason) for s in article.removed
    ]


_LIVE_ENTRIES = [
    "QUAYSIDE (Harbour Wire) — The latest on the ferry fire in the outer harbour (all times"
    " local):",
    "9:40 p.m.",
    "Fire crews say the blaze on the car deck of the night ferry is out and no one was hurt.",
    "The harbour master has closed the north quay until the morning.",
    "___",
    "7:15 p.m.",
    "Smoke was seen rising from the night ferry as it waited to leave the outer harbour.",
    "Passengers were led off the ship by the crew before fire crews arrived.",
]


def test_the_times_heading_a_live_story_s_entries_stay() -> None:
    [article] = split_articles("\n\n".join(["Ferry fire in the outer harbour", *_LIVE_ENTRIES]))
    assert "9:40 p.m." in article.paragraphs
    assert "7:15 p.m." in article.paragraphs
    assert article.paragraphs.index("7:15 p.m.") == article.paragraphs.index("___") + 1


def test_a_lone_time_between_paragraphs_is_still_a_stamp() -> None:
    page = "\n\n".join(
        ["Harbour board backs second ferry terminal", *FERRY_PARAGRAPHS[:2], "5:50 PM",
         *FERRY_PARAGRAPHS[2:]]
    )  # fmt: skip
    [article] = split_articles(page)
    assert "5:50 PM" not in article.paragraphs
    assert ("5:50 PM", "timestamp") in [(s.text, s.reason) for s in article.removed]


def test_times_above_headlines_are_not_entries() -> None:
    page = "\n\n".join(
        [
            "Harbour board backs second ferry terminal",
            *FERRY_PARAGRAPHS,
            "9:40 p.m.",
            "Lifeboat crew praised for night rescue",
            "7:15 p.m.",
            "Ferry fares to rise in the spring",
        ]
    )
    [article] = split_articles(page)
    assert "9:40 p.m." not in article.paragraphs and "7:15 p.m." not in article.paragraphs


def test_two_posts_signed_alike_keep_both_signatures() -> None:
    signature = "— The Harbour Board of Quayside (@harbourboard) March 3, 2031"
    page = "\n\n".join(
        [
            "Harbour board backs second ferry terminal",
            FERRY_PARAGRAPHS[0],
            "The vote is in: a second terminal for the north quay.",
            signature,
            FERRY_PARAGRAPHS[1],
            "Work starts in the spring, and the old slipway stays open until then.",
            signature,
            *FERRY_PARAGRAPHS[2:],
        ]
    )
    [article] = split_articles(page)
    assert article.paragraphs.count(signature) == 2


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("* 3 Mar 2031, 09:10", "timestamp"),
        ("* Updated: 3 Mar 2031, 09:12", "timestamp"),
        ("Ferry fares to rise in the spring timetable [VIDEO]", "headline_list"),
        ("Keepers vote to hand over the light [PICTURES]|", "headline_list"),
        ("On quay.example: Ferry timetable shake-up promised for winter", "headline_list"),
        # An acronym in brackets and a bulleted fact with a year are the article's own.
        ("The keepers wrote to the coastguard agency [MCA]", None),
        ("* 3 keepers served the light in 2031", None),
    ],
)
def test_stamps_and_link_lines_in_list_and_tag_form(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


def test_split_articles_is_pure() -> None:
    first = split_articles(HARBOUR_PAGE)
    second = split_articles(HARBOUR_PAGE)
    assert [a.body for a in first] == [a.body for a in second]


# --- HTML ----------------------------------------------------------------------------------------

HTML_PAGE = """\
<!doctype html>
<html lang="en"><head>
<title>Glacier retreat doubles in a decade | Northern Ledger</title>
<meta property="og:site_name" content="Northern Ledger">
<meta name="author" content="Sigrid Hale">
<meta property="article:published_time" content="2024-06-14T08:00:00Z">
<meta property="og:title" content="Glacier retreat doubles in a decade">
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav><a href="/">Home</a> <a href="/climate">Climate</a> <a href="/login">Sign in</a></nav></header>
<main><article>
<h1>Glacier retreat doubles in a decade</h1>
<p class="byline">By Sigrid Hale</p>
<p>The Brenna glacier lost twice as much ice in the past ten years as in the decade before, researchers at the Tovik institute reported on Friday.</p>
<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>
<p>The team measured the glacier's front with drones every spring and found it had retreated 410 metres since 2020.</p>
<p>"The melt is no longer seasonal noise," lead author Oskar Vann said. "It is the trend."</p>
<p>Advertisement</p>
<p>The institute will publish its full data set in September, and local guides have already moved their ice-walk routes higher up the valley.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a>Ferry strike ends</a></li><li><a>Tram vote delayed</a></li></ul></aside>
<footer><p>© 2030 Northern Ledger. All rights reserved.</p><a>Privacy policy</a></footer>
</body></html>
"""


def test_html_page_gives_body_and_metadata_without_furniture() -> None:
    doc = Document(
        id="h1", source="glacier.html", content=HTML_PAGE, form="html",
        url="https://ledger.example/climate/glacier",
    )  # fmt: skip
    (article,) = clean_documents([doc])

    assert article.title == "Glacier retreat doubles in a decade"
    assert article.outlet == "Northern Ledger"
    assert article.published == "2024-06-14"
    assert article.published_precision == "day"
    assert article.body.startswith("The Brenna glacier lost twice as much ice")
    assert "retreated 410 metres since 2020" in article.body
    assert "moved their ice-walk routes higher up the valley." in article.body
    for furniture in (
        "cookies", "Accept all", "Sign in", "Share on", "Advertisement", "Most read",
        "Ferry strike", "All rights reserved", "Privacy policy",
    ):  # fmt: skip
        assert furniture not in article.body, furniture


def test_html_without_main_text_falls_back_to_visible_text() -> None:
    page = (
        "<html><body><nav>Home</nav><div><span>Quarry blast rattles windows across Lund "
        "district on Tuesday morning, residents said.</span></div></body></html>"
    )
    articles = clean_documents([Document(id="h2", source="q.html", content=page, form="html")])
    assert len(articles) == 1
    assert "Quarry blast rattles windows" in articles[0].body
    assert "Home" not in articles[0].body


# --- the seeds (../shared/seeds) ------------------------------------------------------------------


def _clean_seed(seeds_dir: Path, name: str) -> list:
    path = next(seeds_dir.glob(f"{name}_*.txt"))
    doc = Document(id=path.stem, source=str(path), content=path.read_text("utf-8"), form="text")
    return clean_documents([doc])


def test_seed_000_holds_four_articles(seeds_dir: Path) -> None:
    articles = _clean_seed(seeds_dir, "000")

    assert [a.title for a in articles] == [
        "US open to economic cooperation with Russia",
        "German intelligence chief claims Russia could attack NATO",
        "US to cut Ukraine aid",
        "WHISPERING GIANT: Russia's quiet power leaves the West in the dust",
    ]
    assert [a.outlet for a in articles] == [None, "Russia Today", "Russia Today", "Russia Today"]
    assert "Putin said on Monday that Russia and the US are in talks" in articles[0].body
    assert articles[1].body.startswith("Russia could attack NATO countries")
    reasons = {span.text: span.reason for span in articles[1].removed}
    assert reasons["2 hours ago"] == "timestamp"
    assert reasons["- Russia Today"] == "byline"


def test_seed_titles_dates_and_gold_sentences(seeds_dir: Path) -> None:
    (seed_001,) = _clean_seed(seeds_dir, "001")
    (seed_002,) = _clean_seed(seeds_dir, "002")
    (seed_003,) = _clean_seed(seeds_dir, "003")
    (seed_004,) = _clean_seed(seeds_dir, "004")

    assert seed_001.title is None
    assert seed_001.body.startswith("Moscow has expressed willingness to collaborate")
    assert seed_002.title == (
        "Putin says Russia is open to economic cooperation with US on rare earth minerals"
    )
    assert "Rocks and scooter" not in seed_002.body
    assert seed_003.title == "Wednesday Briefing: U.S. and Russia Discuss Cooperation"
    assert "The meeting, which took place in Saudi Arabia" in seed_003.body
    assert seed_003.body.count("Wednesday Briefing") == 0
    assert (seed_004.published, seed_004.published_precision) == ("2025-02-27", "day")
    assert seed_004.body.startswith("American and Russian officials have identified the Arctic")


def test_no_seed_body_contains_furniture(seeds_dir: Path) -> None:
    articles = [
        a for name in ("000", "001", "002", "003", "004") for a in _clean_seed(seeds_dir, name)
    ]

    assert len(articles) == 8
    for article in articles:
        for furniture in SEED_FORBIDDEN:
            assert furniture not in article.body, (furniture, article.title)


PHRASE_LINES = [
    # Round 26 (seventeenth session), in my wordings.
    "Cette vidéo nécessite l'activation des cookies",
    "Bitte aktivieren Sie Cookies, um das Video zu sehen",
    # Round 25 (seventeenth session), in my wordings.
    "Portions of this explainer were drafted with an AI tool and checked by the tide desk.",
    "Our reporter used an AI tool to help transcribe the harbour meeting recordings.",
    "Morning bulletin read by an AI voice modelled on our presenter, with her consent.",
    "Affiliate disclosure: the Gazette earns a small fee when you book through our partner links.",
    "For best results on the tide map, turn off strict tracking protection in your browser.",
    "Turn on JS for the interactive tide chart and the harbour webcam.",
    "Scripts are blocked, so some charts on this page won't render.",
    # Round 24 (seventeenth session), in my wordings.
    "This story is more than 6 years old",
    "Heads up: this article dates from 2017 and some details may have changed since",
    "Please note: this review was published 3 years ago",
    "The Gazette used an AI tool to transcribe this interview; quotes were checked.",
    "This results page is automated",
    "For the best experience, please update your browser to the latest version.",
    "Cookies help us run the forum. By tapping OK, you agree to our cookie policy.",
    "We and our 38 partners use cookies to store and access information on your device.",
    # Round 23 (seventeenth session), in my wordings.
    "Harbour Plus readers get tide alerts first — start a 7-day trial for £1",
    "Bitte aktivieren Sie JavaScript für die Karte",
    "Parts of this review were written using AI tools, then checked by our editors.",
    # Round 22 (sixteenth session), in my wordings.
    "Parts of this newsletter were drafted with the help of artificial intelligence.",
    "This YouTube video is blocked until you consent to cookies from video sites.",
    "Vidéo bloquée : acceptez les cookies pour la lire.",
    "This supplement was commissioned by the Quayfield Harbour Trust.",
    # Round 21 (fifteenth session), in my wordings.
    "Jetzt abonnieren und alle Hafen-Nachrichten lesen",
    "Harbour Pass: £2 for your first month, then £6 a month. Cancel anytime.",
    "Unlock full digital access for €1 a week until the end of the regatta.",
    "Become a Quay Friend from €3 a month and keep the harbour desk open",
    "Dieser Beitrag wurde maschinell übersetzt und kann Fehler enthalten.",
    "Cet article a été généré avec l'aide d'une intelligence artificielle.",
    "Tide summary (AI-generated, check the harbour office for updates)",
    "This tide table was compiled by an automated system from harbour data.",
    "Was this AI recap helpful?",
    "Ask Gull, our assistant, questions about this story",
    "Replies on the Quay Gazette are moderated and appear within a day.",
    "Keep it respectful. Abuse will be deleted.",
    "Log in or register for free to join the discussion on this piece",
    "Wir verwenden Cookies, um die Seite zu verbessern.",
    "The map failed to load. Click to try again.",
    "Your web browser is no longer supported; please update it.",
    "Content supplied by Harbourmart Estates",
    "Please turn on JavaScript in your browser settings to read on.",
    "We are verifying your access to this page, one moment.",
    "Sorry, we had trouble loading this story for you.",
    "Already a subscriber? Welcome back to the Gazette.",
    "Subscribe today to keep reading every harbour story.",
    "Sign in to continue with your Gazette membership.",
    "Log into your Gannet Wire account to see the rest.",
    "Log in to keep reading this piece.",
    "You have reached your limit of free articles this month, sorry.",
    "3 free stories remaining this month on our site.",
    "This story is only available to our subscribers today.",
    "Please disable your ad blocker to read the Gazette.",
    "Are you a robot? Prove it below, then carry on.",
    "Access to this page has been denied by the server.",
    "Signed in to read? Your session may have ended.",
    "Your browser is out of date and may not show this page.",
    "This audio was narrated with the help of AI tools today.",
    "A summary produced using artificial intelligence for readers.",
    "AI-generated summary of the council meeting",
    "Machine-generated translation of the original piece",
    "We use cookies to improve your experience on the Gazette.",
    "Sign up for our free quayside newsletter for weekly news.",
    "For the full timetable, click here.",
    "Your email address will not be published in the comment box.",
    "Don't have an account? Sign up in a minute.",
    "You have 5 gift articles to give each month.",
    "Our reporting on the harbour relies on readers; donate today.",
    "Copyright 2031 Marrow Gazette, a quayside company.",
    "All rights reserved by the publisher of this page.",
    "Photo: Ada Munroe for the Gazette",
    "Reporting by Ada Munroe; editing by the night desk",
    "This article was first published in the Quay Review last week.",
    "Contact the author with corrections or ideas.",
    "Tips? Send them to news@marrow.example today",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Medically reviewed by Ada Munroe, PhD",
    "Fact-checked by the Gazette desk",
    "Have a story? Tom Hale may be reached at thale@marrow.example. Follow him @tomhale.",
    "Tom Hale covers the harbour. Follow him on Mastodon @tomhale for tide updates.",
    "Spotted a mistake? Let us know at: desk@marrow.example",
    "[Related: Ferry fares to rise in the spring timetable]",
    "See also: How the keepers kept the lamp alight",
    "Also on quay.example Ferry timetable shake-up promised for winter",
    "On quay.example: Ferry timetable shake-up promised for winter",
    "MORE NEWS: Ferry timetable shake-up promised for the winter sailings to the outer isles",
    "ALSO SEE: Keepers hand the lamp room keys to the trust after two hundred years",
    "This summary was generated automatically from the keepers' logbooks",
    "Readers' subscriptions help fund our reporting on the harbour and the isles.",
    "The tide tables are for paying subscribers only, sorry.",
    "Gazette tide tables: a subscriber-only feature of the site",
    "This report is for digital members only in the outer isles.",
    "Commenting rules apply to every post on the quay pages.",
    "Be kind. All replies are pre-moderated by the night desk.",
    "This story will be updated as events unfold.",
    "Tide notes drafted with machine help from the keepers' logs",
    "Key points from the council meeting, generated automatically",
    "Replies are reviewed by our moderators before publishing, so be patient.",
    "You've hit the limit of free stories on the Gazette this month.",
    "Please enable scripting in your settings to see the tide chart.",
    "A transcript generated by our newsroom tool follows below.",
    "Embedded posts from a third-party site are hidden until you accept.",
    # 2026-12-07 (eleventh session)
    "This story is reserved for Marrow Gazette Plus members.",
    "The discussion is pre-moderated, so replies can take a while to appear.",
    "Please allow third-party cookies to watch the tide video.",
    "The machine translation of this column may contain errors.",
    "Note: AI can make mistakes, so check the tide tables yourself.",
    "Keeper notes may contain affiliate links to lamp shops.",
    "We may earn a commission when you buy a lens through these links.",
    "This feature was paid for by an advertiser of the Gazette.",
    "Support for this series comes from the Marrow Point Trust.",
    "This column was translated using machine translation and read by an editor.",
    "You have 2 complimentary reads remaining on the Gazette this month.",
    "Something went wrong while fetching the tide chart, so please refresh the page.",
    # 2026-12-07 (twelfth session)
    "Scripts look to be switched off in this browser; the tide map needs them.",
    "The recap was AI-written and may miss some of the council's late amendments.",
    "This recap was machine-made from the keepers' radio logs and checked by staff.",
    "Auto-translated from Gaelic by the Gazette's tools; report errors below.",
    "MUST READ: Keepers hand the lamp room keys to the trust after two hundred years of service",
    "Independent journalism isn't free. Chip in $3 today.",
    "This newsletter is funded by readers like you, and always will be.",
    "You've used all 3 of your complimentary articles on the Gazette this month.",
    # Round 16 (thirteenth session), in my own wordings.
    "Become a sustaining member of the Quay Gazette and keep local reporting free for all.",
    "By creating an account with the Gazette you accept our terms and our privacy notice.",
    "This page was translated from Welsh with the help of automated tools and checked by staff.",
    "This investigation was made possible by a grant from the Harbour Trust; it had no say.",
    "Click to show the content from MapLine, which may set its own cookies on your device.",
    "To watch this MapLine video you must first allow the marketing cookies in your settings.",
    "How do you feel about this article? Tap a face below to tell the newsroom what you think.",
    # Round 17 (thirteenth session), in my own wordings.
    "SUBSCRIBE NOW: a year of the Gazette in print and online for £49, with a free tide table",
    "Drafted using AI tools and checked by the Gazette's night editor before it went online.",
    "This embedded Kestrel Radio stream is blocked until you allow the marketing cookies.",
    "The map stays hidden: it was blocked because you did not accept the mapping cookies.",
    "Some features of this site may look wrong; parts will not load in older browsers at all.",
    # Round 18 (fourteenth session), in my own wordings.
    "The Gazette may earn a small fee if you shop through the retailer links on this page.",
    "Paid for by a sponsor and produced on behalf of an advertiser by our commercial team.",
    "Prices in this guide are powered by our shopping partners and checked every morning.",
    "Video from MapTube hidden. Click to load it (MapTube may set cookies on your device).",
    "Comments are turned off for this story because the case is still before the court.",
    "Get every tide table on your phone first with the Gazette app, free on iOS and Android.",
    "Gift this story to a friend: each subscriber can send five free reads every month.",
    "Summary written with AI from the Gazette's report. May contain mistakes; check the text.",
    "Lire cet article en français, en traduction automatique depuis l'anglais.",
    "You have reached your five free match reports for the month; log in for more.",
    "MORE FROM THE COAST: Lifeboat crews train with new inshore boats at three harbours",
    # Round 19 (fourteenth session), in my own wordings.
    "This audio is narrated by a synthetic voice from our newsroom tools; Gaelic names may vary.",
    "Listen in Welsh or Gaelic — machine-generated audio, still in testing",
    "This story was machine-translated from Welsh, so some local terms may read oddly.",
    "This comment has been removed by the moderators for breaking the house rules on abuse.",
    "The Gazette is reader-funded: chip in from £3 to keep the harbour pages free for all.",
    "You have read four of your five free stories this month; subscribe for unlimited access.",
    "Keep reading with a free account: register with your email address in under a minute.",
    # Round 20 (fourteenth session), in my own wordings.
    "The tide chart failed to load. Please refresh the page or come back and try again.",
    "Branded content written by Gazette Studio for the Harbour Ferry Company",
    "Get the Gazette Evening Wrap — the day's harbour news in five minutes. Free, every weekday.",
    "Go Gazette Pro: live ferry alerts, the tide archive and no adverts on any page",
    "MOST READ: Harbour lido to reopen next summer after a three-year restoration",
    "Key points were produced with the help of AI from our reporter's notes and checked.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Thousands follow her on Instagram, where @marrowkeeper posts a photo of the lamp.",
        "Readers can see also the old logbooks in the reading room at the foot of the tower.",
        "The keepers' trust reviewed by hand every entry in the forty logbooks last winter.",
        "Related posts on the trust's page drew hundreds of replies from former keepers.",
        "On 1.5 million acres of moor the keepers counted larks for the county survey.",
    ],
)
def test_sentences_near_the_new_phrase_rules_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", PHRASE_LINES)
def test_phrase_prefilter_lets_every_phrase_rule_through(line: str) -> None:
    """The cheap prefilter in front of the phrase rules never hides a line a rule matches."""
    from storyline.stages.clean import textdump

    normalised = textdump.normalise_line(line)
    matched = [r for r, pattern in textdump._COMPILED_PHRASES if pattern.search(normalised)]
    assert matched, line  # each line here is one a phrase rule catches
    assert textdump._may_hold_phrase(normalised), line
    assert classify_line(line) is not None
    # Each rule that matches also passes its own key test (see _PHRASE_RULE_KEYS).
    for (_, pattern), keys in textdump._KEYED_PHRASES:
        if pattern.search(normalised):
            assert any(key in normalised for key in keys), (pattern.pattern, line)


@pytest.mark.parametrize(
    "line",
    [
        "Keeper Ada Munroe climbs the tower stairs for the last time (Image: Marrow Gazette )",
        "The old lamp room, now empty, on Thursday evening (Photo: Harbour Trust)",
        "Divers surface beside the wreck of the schooner off Gannet Rock Credit: Quay Divers Club",
        "In this Thursday, May 1, 2031, file photo, keepers lower the flag at Marrow Point.",
        "FILE PHOTO: Boats moored in the harbour at Marrow Point, May 1, 2031. REUTERS/Jane Roe",
        "3 of 8 Keepers carry the old lens down the spiral stairs of the Marrow Point tower.",
        "Keepers shake hands in the lamp room on Thursday. The trust handed over the keys. less",
        "Keepers shake hands in the lamp room on Thursday, as the trust hands ... more",
        "Image caption Keeper Ada Munroe lowers the flag for the last time",
        "Media caption The lamp is lit by hand every evening at dusk",
    ],
)
def test_photo_captions_are_removed_as_boilerplate(line: str) -> None:
    assert classify_line(line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "The county said 2 of 5 keepers would stay on as guides for summer visitors.",
        "In this town, the photo club meets every Thursday in the old customs house.",
        "She said the credit: union would lend the trust the money for a new lamp.",
        "The keepers said the county would have to pay for more",
    ],
)
def test_sentences_about_photos_and_credit_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    ["Stay on top of harbour news - subscribe to the Quay Letter", "You are now subscribed. Thanks!",
     "Get our weekly newsletter every Friday morning"],
)  # fmt: skip
def test_short_newsletter_lines_are_widgets(line: str) -> None:
    assert classify_line(line) == "widget"


def test_a_long_sentence_about_a_newsletter_is_kept() -> None:
    line = "The council newsletter said the mayor would step down by Friday, three aides told us."
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("PUBLISHED: 09:10, Fri, May 2, 2031 | UPDATED: 11:45, Fri, May 2, 2031", "timestamp"),
        ("Posted by the harbour board on its website in 2031 and read by every local", None),
    ],
)
def test_publication_stamp_lines(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("4 / 12", "widget"),
        ("2 of 9", "widget"),
        ("Back to the slideshow", "widget"),
        ("Hide caption", "widget"),
        ("Learn more", "widget"),
        ("Link copied", "widget"),
        ("Ada Munroe/Marrow Gazette", "boilerplate"),
        ("Tom Gull | Getty Images", "boilerplate"),
        ("Keeper Ada Munroe Submitted photo", "boilerplate"),
        ("Courtesy of the Harbour Trust", "boilerplate"),
        ("Rock / Pop", None),
        ("Input/output", None),
    ],
)
def test_gallery_controls_and_photo_credits(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


SHORT_LINES = [
    "Related stories",
    "Most read this week",
    "Share this article",
    "12 shares",
    "4 min read",
    "3 / 12",
    "Subscribe now",
    "Privacy policy | Terms",
    "Jane Roe/Harbour Trust",
    "Submitted photo",
    "(AP Photo/Jane Roe)",
    "Quayside ferry timetable changes",
    "ſhare this",  # a long s: the full tables, not the per-character cut, judge it
    "Éditions du port",
]


@pytest.mark.parametrize("line", SHORT_LINES)
def test_short_rules_cut_by_first_character_find_the_same_reason(line: str) -> None:
    """The per-character cut of the short-line tables finds what the full tables find."""
    from storyline.stages.clean import textdump

    normalised = textdump.normalise_line(line)
    full = textdump._SHORT_RULES_RE.fullmatch(normalised)
    rules = textdump._SHORT_RULES_BY_FIRST.get(normalised[0], textdump._SHORT_RULES_RE)
    cut = rules.fullmatch(normalised) if rules is not None else None
    assert (cut.lastgroup if cut else None) == (full.lastgroup if full else None)


def test_page_memos_do_not_leak_between_pages() -> None:
    """The line memos are emptied per page: a page cleans the same alone and after others."""
    menu = ["Home", "World", "Business", "Sport", "Opinion"] * 6
    paragraphs = [p for p in HARBOUR_PAGE.splitlines() if len(p.split()) > 12]
    texts = [
        "\n".join(menu + ["", "Harbour board backs ferry terminal", "", *paragraphs, *menu]),
        HARBOUR_PAGE,
        "\n".join(["Ferry timetable", "", *paragraphs[::-1], "", "Share this article"]),
    ]

    def dump(text: str) -> list[tuple]:
        return [
            (a.title, a.outlet, a.body, [(s.text, s.reason) for s in a.removed])
            for a in split_articles(text)
        ]

    alone = [dump(text) for text in texts]
    assert [dump(text) for text in texts] == alone
    assert [dump(text) for text in reversed(texts)] == alone[::-1]


@pytest.mark.parametrize(
    "line",
    [
        # Phrasings no rule lists: judged by the page's own vocabulary.
        "This clip cannot be played in your browser.",
        "Replies are closed on this article.",
        "Tap to reload the embedded player",
        "Hear this report read aloud",
        "Our partners recommended these links",
        "Upgrade your app for the best experience",
        "Flag this comment",
        "Search the site archive",
        # Made voices and readers say a machine read the text, as "AI" does.
        "Narrated by a computer voice",
        "Read by an automated voice",
        "Audio produced with a text-to-speech engine.",
        # Compact stamps, sorting controls, inbox sign-ups, site rules.
        "9h",
        "Just in",
        "Sort by oldest",
        "Email this to a friend",
        "The best of the Marrow Gazette, delivered straight to your inbox each morning.",
        "House rules",
        # Labels: one word only a page uses, beside at most one other word.
        "Site menu",
        "Back to homepage",
        "Skip navigation links",
        # Nothing but the page's words.
        "Media loading",
        "Player unavailable",
        # Share targets, ad breaks, contents, read-aloud and privacy banners.
        "Share to Mastodon",
        "Post this to Bluesky",
        "Story continues after this advertisement",
        "Table of contents",
        "Listen aloud",
        "We respect your privacy and your choices",
        # Comment order and prompts, ad notices, access offers, page-wide links.
        "Oldest comments",
        "Continue the discussion",
        "AdChoices",
        "Why are you seeing this advert?",
        "Continue reading after the advert",
        "Enjoy complete digital access for a month",
        "Cookies let us deliver a better service and analytics.",
        "Elsewhere on the Gazette",
        "To the top of the page",
        "Show all sections",
    ],
)
def test_lines_about_the_page_itself_are_removed(line: str) -> None:
    assert classify_line(line) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        # News sentences that use a page's words: no sign that they speak of this page.
        "The video was shared widely.",
        "Police released the video on Tuesday.",
        "Share prices fell sharply",
        "Members voted to accept the offer.",
        "The app was downloaded 40,000 times.",
        "Keepers read the logbook aloud every Sunday.",
        "Sign of the times",
        # Subheads and fragments with one page word: not labels of the page.
        "ECG app",
        "Ad agency",
        "Media freedom",
        "Menu prices rose",
        "Rice's comments.",
        "Best first novel",
        "Reading the tea leaves",
        "The Gazette's reader survey drew 300 replies.",
    ],
)
def test_news_sentences_with_page_words_stay(line: str) -> None:
    assert classify_line(line) is None, line


FERRY_PARAGRAPHS = [
    "The harbour board voted on Tuesday to build a second ferry terminal on the north quay, "
    "ending a dispute that had run for three winters.",
    "Share prices of the ferry company rose by a tenth after the vote, and the board said "
    "building would start in the spring.",
    "Fishermen had opposed the plan, saying the new berths would crowd the slipway where "
    "the lifeboat is launched.",
    "The board promised a second slipway for the lifeboat and a fund for the fishermen's "
    "co-operative.",
]


def _ferry_page(*inserted: str) -> str:
    first, second, third, fourth = FERRY_PARAGRAPHS
    lines = ["Harbour board backs second ferry terminal", first, inserted[0], second]
    return "\n\n".join([*lines, inserted[1], third, inserted[2], fourth])


def test_page_lines_foreign_to_the_article_are_removed_between_paragraphs() -> None:
    # One page word each, and words the article never uses: the page speaks, not the story.
    page = _ferry_page("Tap to unmute", "Player will resume shortly", "Swipe for more photos")
    [article] = split_articles(page)
    assert article.paragraphs == FERRY_PARAGRAPHS
    removed = {span.text: span.reason for span in article.removed}
    assert removed["Tap to unmute"] == "widget"
    assert removed["Player will resume shortly"] == "widget"


def test_list_and_stamp_words_mark_a_foreign_line_too() -> None:
    # Words of the page's lists and stamps, no interface word: the story never uses
    # the line's other words, so the page speaks.
    page = _ferry_page("Hot reads for your weekend", "Edited by the desk", "Regions overview")
    [article] = split_articles(page)
    assert article.paragraphs == FERRY_PARAGRAPHS
    # with the article's own words, such a line is its subhead
    subheads = ("Latest on the slipway", "The fishermen's choice", "Back to the quay")
    [article] = split_articles(_ferry_page(*subheads))
    for subhead in subheads:
        assert subhead in article.paragraphs, subhead


def test_subheads_that_borrow_the_articles_words_stay() -> None:
    subheads = ("Share prices", "Watch the lifeboat slipway", "UPDATE:")
    [article] = split_articles(_ferry_page(*subheads))
    for subhead in subheads:
        assert subhead in article.paragraphs, subhead
    # a name in capitals is the article's own subject, even if the article names it once
    [article] = split_articles(_ferry_page("ECG app", "Share prices", "Fund update"))
    assert "ECG app" in article.paragraphs


def test_teaser_headlines_for_other_stories_are_removed_between_paragraphs() -> None:
    # Headlines of other stories, alone between paragraphs, sharing no word with the
    # ferry story: teasers, whatever their wording.
    teasers = (
        "Moorland sheep rustlers jailed after lengthy autumn trial",
        "Inside the violin workshop reviving forgotten baroque techniques",
        "Valley orchards brace for another bitter April frost",
    )
    [article] = split_articles(_ferry_page(*teasers))
    assert article.paragraphs == FERRY_PARAGRAPHS
    removed = {span.text: span.reason for span in article.removed}
    for teaser in teasers:
        assert removed[teaser] == "headline_list", teaser


def test_teasers_of_any_capitals_or_with_a_question_go() -> None:
    teasers = (
        "Lost your keys? Locksmiths in Brackwater reveal the commonest mistakes",
        "gardening tips: seven shrubs that survive salty winds",
        "Why lifeboat crews backed the second slipway",  # the article's words: a subhead
    )
    [article] = split_articles(_ferry_page(*teasers))
    assert article.paragraphs == [*FERRY_PARAGRAPHS[:3], teasers[2], FERRY_PARAGRAPHS[3]]


def test_a_table_header_among_paragraphs_is_no_teaser() -> None:
    header = "| Crew | Club | Points | Wins | Seconds |"
    paragraphs = [*FERRY_PARAGRAPHS[:2], header, *FERRY_PARAGRAPHS[2:]]
    article = CleanedArticle(paragraphs=list(paragraphs), title="Harbour regatta results")
    drop_foreign_headlines(article)
    assert article.paragraphs == paragraphs


def test_a_teaser_headline_right_under_the_title_is_removed_too() -> None:
    teaser = "Inside the violin workshop reviving forgotten baroque techniques"
    page = "\n\n".join(["Harbour board backs second ferry terminal", teaser, *FERRY_PARAGRAPHS])
    [article] = split_articles(page)
    assert article.paragraphs == FERRY_PARAGRAPHS
    # a standfirst in the article's words stays
    deck = "Fishermen win a second slipway in the deal"
    page = "\n\n".join(["Harbour board backs second ferry terminal", deck, *FERRY_PARAGRAPHS])
    [article] = split_articles(page)
    assert article.paragraphs[0] == deck


@pytest.mark.parametrize(
    "subheads",
    [
        # headlines that take a word from the story are its own subheads
        (
            "Why the fishermen fear for their slipway",
            "What the second terminal will cost the harbour",
            "Lifeboat crews ask for their own berth",
        ),
        # short subheads, and rows holding figures
        ("The vote", "Spring works begin", "Berths 4 to 9 closed until 2027"),
    ],
)
def test_headlines_with_the_articles_words_or_figures_stay(subheads: tuple[str, ...]) -> None:
    [article] = split_articles(_ferry_page(*subheads))
    for subhead in subheads:
        assert subhead in article.paragraphs, subhead


def test_a_headline_among_headline_shaped_lines_is_left_to_the_list_rules() -> None:
    # Two headline-shaped lines together may be the article's own list: not judged here.
    items = ["Kettle Rock Orchestra Summer Tour", "Glass Harbour Arts Weekend Programme"]
    lines = _one_body("Harbour board backs second ferry terminal", items)
    for item in items:
        assert item in lines, item


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Tel.: +44 (0)1632 960 118", "boilerplate"),
        ("Fax: 01632-960-119", "boilerplate"),
        ("Harbour Trust - 3 Quay Row, Marrow - Telefone: (047) 3371-0099", "boilerplate"),
        ("Categorías", "navigation"),
        ("Startseite", "navigation"),
        ("The new phone 5G model sold out on the quay in an hour.", None),
        ("Keepers told the board the iPhone 12 survived the storm.", None),
    ],
)
def test_contact_lines_and_labels_in_other_languages(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- wide-screen-and-tablet", "boilerplate"),
        ("sidebar_ad_slot_2", "boilerplate"),
        ("Order a reprint", "boilerplate"),
        ("Reprints & Permissions", "boilerplate"),
        ("By", "boilerplate"),
        ("An unexpected error has occurred.", "widget"),
        ("Something went wrong, reload the page", "widget"),
        ("This copy is for your personal non-commercial use only.", "boilerplate"),
        ("[cta url=”https://quay.example/tips”]Send us your tip[/cta]", "boilerplate"),
        ("The mother-in-law of the keeper sold the lamp for scrap.", None),
        ("By then the ferry had left.", None),
    ],
)
def test_machine_names_error_notices_reprints_and_shortcodes(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


def test_a_byline_split_over_two_lines_is_read_and_removed() -> None:
    page = "\n".join(
        [
            "Harbour board backs second ferry terminal",
            "By",
            "Ada Munroe",
            "March 4, 2031",
            "",
            *FERRY_PARAGRAPHS,
        ]
    )
    [article] = split_articles(page)
    assert article.byline == "Ada Munroe"
    assert article.paragraphs == FERRY_PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # A sentence after a link label is the article's own text ...
        ("Also: the harbour board will vote on the second terminal in May.", None),
        ("More: the gale cut power to 4,000 homes on the isles.", None),
        ('Related: "We will not sell the pier," the trust said.', None),
        ("Also: none of the boats were damaged!", None),
        # ... and what the sentence says decides the line:
        ("Also: Sign up for our newsletter to get the tide tables.", "widget"),
        # ... but a headline, a cut-off teaser or a short line after the label is a link.
        ("Also: Harbour board to vote on second terminal", "navigation"),
        ("More: Gale cuts power to 4,000 homes on the isles ...", "navigation"),
        ("More: Gale cuts power to 4,000 homes on the isles…", "navigation"),
        ("Related: Who owns the pier?", "navigation"),
        ("Also: Pier sold.", "navigation"),
        ("Also read: the harbour board will vote in May.", "navigation"),
    ],
)
def test_a_sentence_after_a_link_label_is_judged_as_the_sentence(
    line: str, reason: str | None
) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # Round 27: indexes, hubs and section homes
        ("Browse sections A-Z", "navigation"),
        ("A–Z of columnists", "navigation"),
        ("Sport news home", "navigation"),
        ("Return to the Harbour Life hub", "navigation"),
        ("Sitemap", "boilerplate"),
        ("Site map", "boilerplate"),
        # where an ad goes, and a sponsor's label before its logo
        ("Advert slot", "widget"),
        ("Partner listing", "widget"),
        ("Advertisements", "widget"),
        ("Presented by", "widget"),
        ("A note from our advertisers", "widget"),
        # an audio edition and its player
        ("Audio edition narrated by Quillvoice", "widget"),
        ("Hear this story read aloud", "widget"),
        ("⏵ Play · 1.5x · 12:40", "widget"),
        ("Pause ⏸ −15s +15s", "widget"),
        # reactions, counts and comment boxes switched off
        ("❤ 1.2k 🔁 88 💬 31", "widget"),
        ("How did this make you feel? 😢 12 😠 4 😊 30", "widget"),
        ("What's your verdict?", "widget"),
        ("Read 48 readers' comments", "widget"),
        ("Load the conversation", "widget"),
        ("Comments have been switched off for legal reasons", "widget"),
        ("Replies are temporarily disabled on this story", "widget"),
        # copied links, banners, embeds and app stores
        ("Copied!", "widget"),
        ("Copy short link to this story", "widget"),
        ("Accept and continue", "widget"),
        ("Count me in!", "widget"),
        ("This map is hidden until you consent to third-party cookies", "widget"),
        ("Get alerts on your phone ▸ Google Play / App Store", "widget"),
        ("Your browser is getting old — the tide charts may look odd", "widget"),
        # accounts of other services, chipping in, donating what you can
        ("Log in using Apple or email", "paywall"),
        ("Sign in to save stories for later", "paywall"),
        ("Help the Gazette stay free: chip in $10 today", "paywall"),
        ("Chip in 300 rupees to fund our court reporter", "paywall"),
        ("No owner, no shareholders. Please donate what you can.", "paywall"),
        # ... and the article lines they must not take
        ("Promotion", None),
        ("Sponsored by a betting firm, the club faced a backlash.", None),
        ("The council's audio version of the report runs to three hours.", None),
        ("Play resumes at 2:15 after the rain delay.", None),
        ("£5.99 €6.99 ¥700", None),
        ("Comments are now closed on the proposal, which goes to a vote in June.", None),
        ("Residents were asked to chip in £5 each for the new bench.", None),
        ("If your browser is old, update it before Friday, officials said.", None),
        ("The app is available on the App Store and Google Play.", None),
        ("Welcome home", None),
        ("Back to school", None),
        ("Users can sign in with Google, the company said.", None),
    ],
)
def test_round_27_indexes_ad_slots_players_reactions_and_chipping_in(
    line: str, reason: str | None
) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # Round 28: machine translation in brackets, synthetic narration, AI-drafted points
        ("Lesen Sie auf Deutsch (machine-translated)", "ai_notice"),
        ("Read this in Welsh (auto translated)", "ai_notice"),
        ("Read to you by a synthetic voice", "ai_notice"),
        ("Narrated by a computer-generated narrator; expect odd stresses", "ai_notice"),
        ("Local names might be mispronounced", "ai_notice"),
        ("At a glance: four points written with AI", "ai_notice"),
        # this week's paper, labels before an arrow, what you missed, the e-paper
        ("In this week's edition · out Thursday", "navigation"),
        ("From today's paper", "navigation"),
        ("More stories ➜ Lifeboat crew rescue two kayakers", "navigation"),
        ("Further reading → Why the pier lights went dark", "navigation"),
        ("What you might have missed: Quarry plan back before council", "navigation"),
        ("Open the e-paper", "navigation"),
        ("E-edition readers: the puzzle page is on page 31", "navigation"),
        ("Most viewed last month: 1. Pier fire 2. School merger 3. Rates rise", "headline_list"),
        # a network with its handle, texting a story, comments closed on a kind of story
        ("Find the Harbour Herald on Threads @harbourherald", "widget"),
        ("Like us on Facebook for daily tide times", "widget"),
        ("Text this article to a friend", "widget"),
        ("Comments are disabled on articles about active inquests", "widget"),
        ("Open in the app", "widget"),
        ("Weekend walks — sponsored by Tarn Outdoor Gear", "widget"),
        ("Drones — sponsored by the state — patrol the border", None),
        ("Sign up to get push alerts when the ferry timetable changes", "widget"),
        ("Never miss an issue: home delivery from £3.40 a week", "widget"),
        # stamps of the print edition and of an update with new details
        ("Paper edition: Tuesday 4 June 2024, page 12", "timestamp"),
        (
            "This article was updated at 6.20pm with further details from the coastguard.",
            "boilerplate",
        ),
        # ... and the article lines they must not take
        ("The novel was written by artificial intelligence, its publisher said.", None),
        ("Poems generated by AI fill the new anthology.", None),
        ("In this week's vote, the council backed the quarry plan.", None),
        ("Most read this week's report on the pier before voting.", None),
        ("Never miss a dose, the pharmacist warned.", None),
        ("Sign up for swimming lessons opens on Monday.", None),
        ("Comments are closed on the planning application, which goes to a vote in June.", None),
        ("This story was updated at 6pm to correct the name of the harbour master.", None),
        ("Residents can sign up for text alerts about flooding on the council website.", None),
    ],
)
def test_round_28_translations_editions_arrow_labels_handles_and_alerts(
    line: str, reason: str | None
) -> None:
    assert classify_line(line) == reason


def _one_body(title: str, middle: list[str]) -> list[str]:
    """The body lines of the one article split from a page of ``title``, the first two
    ferry paragraphs, the lines ``middle`` and the last two ferry paragraphs."""
    page = "\n\n".join([title, *FERRY_PARAGRAPHS[:2], *middle, *FERRY_PARAGRAPHS[2:]])
    [article] = split_articles(page)
    return article.body.split("\n")


_REGATTA_ROWS = [
    f"{place} {crew} {points} {wins} {seconds}"
    for place, crew, points, wins, seconds in [
        (1, "Gannet Rowing Club", 412, 6, 2),
        (2, "Quayside Oars", 398, 5, 3),
        (3, "North Isles Gig Crew", 371, 4, 4),
        (4, "Harbour Boys' Brigade", 355, 3, 2),
        (5, "Saltpan Sculling Society", 340, 2, 5),
        (6, "Lighthouse Ladies", 322, 2, 1),
        (7, "Breakwater Veterans", 301, 1, 3),
        (8, "Cove Academy Juniors", 287, 1, 0),
        (9, "Old Pier Pilots", 260, 0, 2),
        (10, "Tidewater Tigers", 244, 0, 1),
    ]
]


@pytest.mark.parametrize(
    "inserted",
    [
        # a stamp (which heads a teaser) and ad labels between the rows
        ["Updated 2 hours ago", "Advertisement", "Sponsored"],
        # a label announcing links, a share button and a stamp
        ["Most popular", "Share on Facebook", "3h ago"],
    ],
)
def test_furniture_between_a_tables_rows_does_not_end_the_table(inserted: list[str]) -> None:
    """Furniture standing between a table's rows is removed, and every row stays: the
    rows after a stamp are not taken for the headlines of a teaser list."""
    rows = list(_REGATTA_ROWS)
    for offset, line in zip((3, 6, 8), inserted, strict=True):
        rows.insert(offset + inserted.index(line), line)
    body = _one_body(
        "Gannet crew win the harbour regatta league",
        ["Final league table after twelve races:", "Pos Crew Points Wins Seconds", *rows],
    )
    assert all(row in body for row in _REGATTA_ROWS)
    assert not any(line in body for line in inserted)


def test_the_articles_own_list_stays_with_a_label_of_links_below_it() -> None:
    """A list right after the article's text, with furniture between its items and a
    label of links below it, is the article's own list, not a block of headlines."""
    stops = [
        "Kirkwall (Orkney): three nights",
        "Lerwick (Shetland): two nights",
        "Stornoway (Lewis): one night",
        "Tobermory (Mull): two nights",
        "Portree (Skye): three nights",
    ]
    body = _one_body(
        "Island choir sets off on its summer tour",
        [
            "Where the choir will sing",
            stops[0],
            stops[1],
            "Share this article",
            *stops[2:],
            "You might also like",
            "Ferry fares to rise in the autumn",
            "Lifeboat crew honoured at harbour",
            "Harbour board backs the second terminal",
        ],
    )
    assert all(stop in body for stop in stops)
    assert all(paragraph in body for paragraph in FERRY_PARAGRAPHS)
    assert "Share this article" not in body
    assert "Ferry fares to rise in the autumn" not in body
