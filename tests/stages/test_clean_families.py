"""Furniture told by its family (what a short line is about and what it tells the reader),
for phrasings no line rule names. Every line here is written for this test."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from storyline.stages.clean import textdump
from storyline.stages.clean.families import FAMILY_MAX_WORDS, family_reason
from storyline.stages.clean.notices import ads, ai, comments, share, subscriptions
from storyline.stages.clean.textdump import classify_line, split_articles


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # The page's machinery and what the reader is told about it.
        ("Turn off your ad filter to keep the Harbour Ledger free", "paywall"),
        ("Scripts are off, so the election map cannot be shown", "paywall"),
        ("The tide table widget failed to initialise", "widget"),
        ("Audio clip blocked until you allow third-party media", "widget"),
        ("This poll requires cookies to record your vote", "widget"),
        ("Verifying your connection before the page opens", "widget"),
        # A line of a stamp's words.
        ("Runtime 03:12", "timestamp"),
    ],
)
def test_a_family_names_furniture_no_rule_names(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Refreshed 14 mins ago by the night desk", "timestamp"),
        ("Story first aired Tuesday 6.15pm AEDT", "timestamp"),
        ("Approx. 5 min listen", "timestamp"),
        ("Web version revised 3 hours ago", "timestamp"),
        ("Heads up: this story is 7 years old", "timestamp"),
        ("Our interactive tide chart needs scripts switched on", "paywall"),
        ("This podcast player cannot be displayed on your device", "widget"),
        ("Manage your cookie choices here", "widget"),
    ],
)
def test_family_reason_of_notices_and_stamps(line: str, reason: str) -> None:
    assert family_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # News about the same things: reported, in the past, or a headline whose
        # "update" is a noun.
        "The browser update broke online banking for thousands of customers.",
        "Browser update breaks online banking in three regions",
        "The regulator said sites must let users reject all cookies.",
        "Ad blockers cost publishers 12% of their revenue last year",
        # A how-to line: the page to upgrade on is the reader's account.
        "If you already have a streaming account, open your account page to upgrade.",
        # A sentence of the article with a widget glued to its end.
        "Quiet confidence beats loud certainty every time. Click To Tweet",
        # Stamps' words in a sentence, a figure that is no time, a note in brackets, and
        # "Ago", a month in Italian.
        "Updated figures show 40 more homes flooded overnight",
        "Tickets cost $21.50 at the door",
        "(Published Monday, Nov. 18, 2019)",
        "02 Ago 2017",
    ],
)
def test_article_lines_have_no_family(line: str) -> None:
    assert family_reason(line) is None
    assert classify_line(line) is None or line == "02 Ago 2017"


def test_a_paragraph_is_past_the_families_reach() -> None:
    notice = "Scripts are off, so the election map cannot be shown"
    long_line = (
        f"{notice} in the council chamber, where results from the eleven wards were "
        "read aloud instead, one by one, until after midnight."
    )
    assert len(long_line.split()) > FAMILY_MAX_WORDS
    assert family_reason(notice) == "paywall"
    assert classify_line(long_line) is None


def test_family_lines_leave_the_article_and_are_kept_as_removed() -> None:
    page = "\n\n".join(
        [
            "Ferry timetable changes from Monday",
            "The harbour authority will run the morning ferry twenty minutes earlier from "
            "Monday, after commuters asked for a connection to the first train.",
            "The tide table widget failed to initialise",
            "Evening sailings stay as they are, and the weekend timetable is unchanged, "
            "the authority's operations manager told a meeting of the harbour board.",
            "Runtime 03:12",
            "Season tickets bought before the change remain valid until they expire, and "
            "refunds are offered to holders who can no longer make the earlier crossing.",
        ]
    )
    (article,) = split_articles(page)
    assert "widget failed" not in article.body
    assert "Runtime" not in article.body
    assert "twenty minutes earlier" in article.body
    assert "weekend timetable" in article.body
    assert "refunds are offered" in article.body
    removed = {span.text: span.reason for span in article.removed}
    assert removed["The tide table widget failed to initialise"] == "widget"
    assert removed["Runtime 03:12"] == "timestamp"


@pytest.fixture(scope="module")
def shared_lines(shared_dir: Path) -> list[str]:
    """Every line of at most FAMILY_MAX_WORDS words in the shared datasets, and every
    furniture and topical line of the benchmarks."""
    data = shared_dir / "data"
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _cleaning_topical import TOPICAL_SETS
    from _cleaning_unseen import SETS

    lines: set[str] = set()
    for _, furniture, _ in [*SETS, *TOPICAL_SETS]:
        for kind_lines in furniture.values():
            lines.update(kind_lines)
    for path in sorted(data.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for row in handle:
                record = json.loads(row)
                for key in ("page_text", "body", "text", "title"):
                    value = record.get(key) if isinstance(record, dict) else None
                    if isinstance(value, str):
                        lines.update(
                            line.strip()
                            for line in value.split("\n")
                            if line.strip() and len(line.split()) <= FAMILY_MAX_WORDS
                        )
    return sorted(lines)


def test_the_gates_rule_out_only_lines_the_family_would_not_name(
    shared_lines: list[str],
) -> None:
    """The line judge asks a family only when its gate pattern may match, as the
    Hyperscan pass says: on every shared line, the family's answer with the gates is its
    answer without them."""
    first = textdump._FAMILY_GATE_FIRST
    changed = []
    for line in shared_lines:
        normalised = textdump.normalise_line(line)
        hits = textdump._LINE_RULES.candidates(normalised) if normalised else None
        if hits is None:
            continue
        gated = family_reason(line, [index - first for index in hits if index >= first])
        if gated != family_reason(line):
            changed.append(line)
    assert changed == []
    assert len(shared_lines) > 10_000


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # Notices that a machine made or read the article.
        ("Summary drafted by a machine, then checked by our night editor", "ai_notice"),
        ("Machine-voiced edition · report a mispronunciation", "ai_notice"),
        ("Computer-generated illustration", "ai_notice"),
        ("This explainer's questions were suggested by an AI assistant", "ai_notice"),
        # Calls to subscribe, sign up, log in or give.
        ("Unlock the rest of this column with a Quay Pass", "paywall"),
        ("Donate to the newsroom that covers your street", "paywall"),
        ("Register free to read four stories a week", "paywall"),
        ("Harbour Insider subscribers only", "paywall"),
        ("Start your membership from £1 a week", "paywall"),
        ("Sign in with your library card to read on", "paywall"),
        # The comment section: its count, who may post, its rules and its state.
        ("312 replies and counting", "widget"),
        ("You need an account to reply", "widget"),
        ("Posts that breach our house rules will be removed", "widget"),
        ("Nobody has replied yet. Start the conversation!", "widget"),
        ("Chime in below with your take on the new ferry timetable", "widget"),
        ("Our moderators are offline until 7am", "widget"),
        ("Your reply will appear once approved", "widget"),
        # Words the families' shapes know that their gates once left out: how replies are
        # sorted and counted, a reader's free reads, a call to support local reporting.
        ("Reader responses, oldest first", "widget"),
        ("Top rated responses (31)", "widget"),
        ("Showing 40 of 212 responses", "widget"),
        ("Let us know what you think in the box below", "widget"),
        ("You've had 4 complimentary reads this week", "paywall"),
        ("Support local reporting in Kestrel Bay — from $2", "paywall"),
    ],
)
def test_a_notice_family_names_what_no_rule_names(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The ferry company said an automated system had drafted the timetable.",
        "Synthetic voices now narrate one in five audiobooks, a survey found",
        "AI model writes sea shanties for harbour festival",
        "Members of the rowing club voted to sign up for the regional league.",
        "Readers who subscribe to the print edition will pay £2 more from May.",
        "The library lets members borrow e-books for free.",
    ],
)
def test_news_about_machines_and_subscriptions_is_no_notice(line: str) -> None:
    assert ai.is_notice(line) is False
    assert subscriptions.is_notice(line) is False
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Commenters on the council website opposed the plan, officials said.",
        "Replies to the consultation closed on Friday.",
        "The minister declined to comment on the report.",
        "Comments by the mayor drew criticism from residents",
        "The thread was removed by forum moderators after complaints",
        "Readers respond to the harbour plan",
        "Join the discussion about the future of the pier at the town hall on Monday",
        "The newest ferry entered service on Monday.",
        "Residents were asked to respond by Friday.",
        "Oldest pub in the valley closes",
    ],
)
def test_news_about_comments_is_no_notice(line: str) -> None:
    assert comments.is_notice(line) is False
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # Calls: a verb that passes the page on, with the page or where it goes.
        "Slide this into the group chat",
        "Fire it over to a mate ⚡",
        "Know a parent who should read this?",
        "If this helped, share it with someone who needs it",
        "Gift this explainer — recipient needn't be a subscriber",
        # Tallies, states, labels and rows.
        "1,204 reposts · 88 quotes",
        "URL copied ✓",
        "Open share menu",
        "[ Bookmark ] [ Gift ] [ Embed code </> ]",
        "Pass it along → WhatsApp · Signal · Email",
        # Follow prompts and other languages.
        "Keep up with the Harbour Gazette on Threads and Bluesky",
        "Diesen Artikel per WhatsApp teilen",
    ],
)
def test_the_share_family_tells_widgets_by_their_shape(line: str) -> None:
    assert share.is_notice(line)
    assert classify_line(line) == "widget"


@pytest.mark.parametrize(
    "line",
    [
        "Shared on Facebook, the clip drew 2 million views",
        "Share prices fell 4% on Monday",
        "She followed the account for years",
        "Tweet deleted after backlash",
        "Send in the troops, the senator urged",
        "Copy of the letter was obtained by the Gazette",
        "Forward Liam Doyle signs two-year deal",
        "Share the road, cyclists told",
        "Survivors share their stories at memorial service",
        "Facebook, Instagram and TikTok fined by regulator",
        "Leave it to someone else",
        "Tell me a story.",
    ],
)
def test_news_about_social_media_and_shares_is_no_widget(line: str) -> None:
    assert share.is_notice(line) is False


@pytest.mark.parametrize(
    "line",
    [
        # Where the story goes on past an advert, in words no rule names.
        "The interview picks up again after this short message",
        "Reading resumes underneath the promotion",
        # Credits to a sponsor, and commercial disclosures.
        "This walking guide is underwritten by the Fellgate Outdoor Trust",
        "Made possible by Harrow & Lune Building Society",
        "The e-bike was lent to us for testing by Voltrek",
        "If you book through our links we may receive a small fee",
        "Odds correct at the time of writing. 18+ only",
        # "no editorial say" reports no speech (the line judge once kept it as news).
        "This tent review used a sample sent by the maker. The maker had no editorial say.",
        # Offers and the advert's own controls.
        "Bored of banners? Go ad-light for £1.50 a month",
        "Why am I seeing this sponsored result?",
    ],
)
def test_advert_furniture_in_words_no_rule_names(line: str) -> None:
    assert ads.is_notice(line)
    assert classify_line(line) == "widget"


@pytest.mark.parametrize(
    "line",
    [
        "Sponsors pull out of the regatta after the safety review",
        "The festival is sponsored by three banks, organisers said.",
        "Advertising revenue fell 4% in the third quarter",
        "Presented by the mayor, the plan would double the bus lanes.",
        "The museum was funded by a lottery grant in 2019.",
        "Shoppers were offered free samples at the market",
        "The story continues to unfold as rescuers reach the valley",
        "Prices are correct at the time of the budget, the chancellor said.",
        "Thanks to the volunteers, the beach is clean again",
        "The new series is presented by Amira Khan and starts in May",
        "Residents had no say in the closure, the mayor admitted.",
    ],
)
def test_news_about_adverts_and_sponsors_is_no_notice(line: str) -> None:
    assert ads.is_notice(line) is False
    assert classify_line(line) is None


def test_another_firms_deal_is_no_call_to_subscribe() -> None:
    # The offer is in brackets: the call is to get another firm's product (the Dashlane
    # deal of a dev page, in other words).
    assert not subscriptions.is_notice(
        "Get Tidewatch Route Planner for Free (Upgrade to Premium for $3.99/mo)"
    )
    assert subscriptions.is_notice("Get the Harbour Digest free in your inbox (weekly)")


@pytest.mark.parametrize(
    ("module", "line"),
    [
        (ai, "Summary drafted by a machine"),
        (subscriptions, "Register free to read on"),
        (comments, "312 replies and counting"),
        (share, "Forward this explainer to your MP"),
        (ads, "Made possible by Harrow & Lune Building Society"),
    ],
    ids=["ai", "subscriptions", "comments", "share", "ads"],
)
def test_a_notice_needs_its_gate(module: ModuleType, line: str) -> None:
    """``is_notice`` asks the gate first: the line judge's Hyperscan pass leaves out the
    lines the gate rules out, and the answer must not depend on that pass."""
    assert module.GATE.search(line) is not None
    assert module.is_notice(line)
    assert not module.is_notice(module.GATE.sub("", line))
