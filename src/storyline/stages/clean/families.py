"""Furniture told by what a line is about and what it asks, not by its exact words.

The line rules of :mod:`.textdump` name phrasings: each round took the misses of one
furniture set and wrote them down as general forms. They catch nearly every line of the
sets they were written from, and barely reach a set written beside them by another hand
(see docs/benchmarks.md). A notice that a video failed to load can be worded in a
hundred ways; what stays is its two halves: a thing of the page (a player, a browser, the
cookies, an embed) and what the reader is told about it (it failed, is blocked, needs
scripts, must be accepted).

So a family here is a pair of word classes that must both be in a short line, and a
guard against the language of news (who said what, figures, the past tense), since an
article about browsers or ad blockers uses the same nouns. :func:`family_reason` asks,
in order:

- stamps (:func:`_is_stamp`): a line made of a stamp's words alone (published, updated,
  "3 min read", clock times, dates, time zones, "2 hrs ago"), four in five of its words;
- interface notices (:func:`_interface_reason`): the page's machinery (scripts,
  browsers, cookies and consent, ad blockers, embeds and players that failed, checks
  that the reader is human) and what the reader is told of it;
- the notice families of :mod:`.notices`: that a machine made or read the article,
  calls to subscribe, sign up, log in or give, the comment section's furniture
  (counts of replies, a closed thread, "be the first to comment", house rules), the
  share and social widgets (calls to share, send or copy the link, "Link copied", share
  tallies, follow prompts, rows of networks), and advertising's (ad labels and slots,
  sponsors' credits, commercial disclosures).

The line judge asks it for a short line no rule named. Each family has a gate pattern
(:data:`FAMILY_GATES`) that the judge's Hyperscan pass asks with the rules, so most
lines never reach the family's own patterns. The patterns here are written for the
line in lowercase and compiled without IGNORECASE, with which Python's ``re`` tries
every alternative at every place (several times slower on these alternations).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from types import ModuleType

from storyline.records import RemovalReason
from storyline.stages.clean.metadata import MONTHS, TIME_UNITS
from storyline.stages.clean.notices import ads, ai, comments, share, subscriptions

#: A family looks at lines of at most this many words: notices are short, and a longer
#: line is a paragraph even when it names a browser.
FAMILY_MAX_WORDS = 25

#: News language: speech reported, figures, the past and the conditional. A notice tells
#: the reader something now; an article line about the same things reports it.
_NEWS_RE = re.compile(
    r"\b(?:said|says|say|told|announced|according|reported|was|were|had|has been|have been"
    r"|would|percent|per cent|million|billion)\b|%"
)

#: What an interface notice is about: the page's machinery.
_INTERFACE_THING_RE = re.compile(
    r"\b(?:browsers?|javascript|js|scripts?|scripting|cookies?|ad ?blockers?|ad ?filters?"
    r"|ad-?block(?:er|ing)?|adblock(?:er)?|ads|videos?|embed(?:ded)?|players?|content|media"
    r"|page|website|site|section|graphics?|charts?|maps?|streams?|livestream|widgets?"
    r"|interactive|elements?|iframes?|plug-?ins?|flash|device|connection|captcha|robot|bot"
    r"|human|consent|privacy|preferences|settings|partners|vendors|tracker|tracking"
    r"|playback|audio|sound|gallery|slideshow|poll|quiz|app|tweet|post|clip|viewer"
    r"|features?)\b"
)

#: What the notice tells the reader about it: it failed or is not supported, it must be
#: switched on or accepted, it is loading, the reader should refresh or retry.
_INTERFACE_STATE_RE = re.compile(
    r"\b(?:(?:not|no longer|isn't|is not|aren't) (?:supported|available|compatible)"
    r"|(?:does|do)(?: not|n't) support|unsupported|outdated|out of date"
    r"|failed to (?:load|play|display|render|initiali[sz]e)"
    r"|(?:could|can|cannot|couldn't|can't)(?: ?not|n't)? (?:be )?"
    r"(?:load|display|play|show|render)(?:ed|n|ing)?"
    r"|unable to (?:load|display|play|show|render)|unavailable|blocked|blocking|hidden"
    r"|enabled?|disabled?|activate|switched (?:on|off)|turned (?:on|off)|turn (?:on|off)"
    r"|allow|accept|reject|manage|(?:update|updating) (?:your|it|to|now|the)|refresh(?:ing)?"
    r"|reload|retry"
    r"|try again|whitelist(?:ing)?|allowlist|verify(?:ing)?"
    r"|(?:tap|click|press) (?:to|for|here)|something went wrong|oops|switch (?:to|off|on)"
    r"|requires?|required|needs?|detected|offline|works? best|error|loading|newer|modern"
    r"|up[- ]to[- ]date|saved|(?:use|uses|store|stores) cookies)\b"
)

#: A notice speaks to the reader about this page ("your browser", "this video", "please",
#: "sorry"), or tells them what to do, or is a bare label of a few words. A line about
#: the same things told of others ("Comments are disabled on videos made for children",
#: "Post office services unavailable in rural areas") is news.
_READER_RE = re.compile(
    r"\b(?:this|these|here|your|you|you're|you’re|our|us|we|please|sorry|oops|uh-oh)\b"
)
_IMPERATIVE_RE = re.compile(
    r"\W*(?:enable|disable|turn|switch|allow|accept|reject|manage|update|upgrade|refresh"
    r"|reload|retry|try|tap|click|press|whitelist|verify|confirm|activate)\b"
)
#: A label of at most this many words needs neither ("Map player failed to start").
INTERFACE_BARE_MAX_WORDS = 6
#: Nor does a notice about the machinery only a page has: scripts, the browser, cookies,
#: an ad blocker, an embed ("Scripts are off, so the election map cannot be shown").
_MACHINERY_RE = re.compile(
    r"\b(?:browsers?|javascript|scripts?|scripting|cookies?|ad ?blockers?|ad ?filters?"
    r"|ad-?block(?:er|ing)?|adblock(?:er)?|widgets?|embed(?:ded)?|iframes?|plug-?ins?"
    r"|captcha)\b"
)

#: Of the interface notices, those about access (scripts, the browser, an ad blocker, a
#: check that the reader is human) are the ``paywall`` kind; the rest are widgets.
_ACCESS_RE = re.compile(
    r"\b(?:browsers?|javascript|js|scripts?|scripting|ad ?blockers?|ad ?filters?"
    r"|ad-?block(?:er|ing)?|adblock(?:er)?|captcha|robot|bot|human)\b"
)

#: The days of the week as stamps write them (the months are :data:`.metadata.MONTHS`).
_WEEKDAYS = (
    "mon tue tues wed thu thur thurs fri sat sun"
    " monday tuesday wednesday thursday friday saturday sunday"
)
#: The words a stamp is made of, besides figures and time zones (lowercase, one full stop
#: after a word allowed).
_STAMP_WORDS = frozenset(
    (
        "published update updated updates posted modified revised filed amended edited"
        " refreshed reviewed retested changed corrected sent created added released touched"
        " aired broadcast ran printed print edition issue originally first last latest ago"
        " back since just now moment moments earlier recently today yesterday tonight this"
        " morning afternoon evening night read reading listen listening watch viewing view"
        " time length runtime duration skim est estimated min mins minute minutes hr hrs hour"
        " hours h m s sec secs second seconds day days week weeks month months year years wk"
        " wks yr yrs d about approx approximately roughly around a an few some less than"
        " under over at on of by the in to and with from is are has been was it more old"
        " dates local word words video audio clip episode podcast story article piece report"
        " dispatch heads up live version new information additional reporting details"
        " timestamp timestamped wire editorial team our desk editors staff web " + _WEEKDAYS
    ).split()
) | frozenset(MONTHS)
#: A figure of a stamp (lowercase): "14:05", "6.15pm", "3h", "a.m.".
_STAMP_FIGURE_RE = re.compile(
    r"\d[\d.:,/hms-]*(?:am|pm|a\.m\.|p\.m\.|st|nd|rd|th|h|m|s|min|mins|hrs?)?\.?"
    r"|a\.m\.|p\.m\.|am|pm"
)
_TIME_ZONE_RE = re.compile(r"[A-Z]{1,3}[SD]?T|UTC|GMT|local")
#: A stamp names its act or an age: one of these must be in the line.
_STAMP_ANCHOR_RE = re.compile(
    r"\b(?:published|updated|posted|modified|revised|filed|amended|edited|refreshed"
    r"|(?:min|minute)s? (?:read|listen|watch)|reading time|read time|just now|aired"
    r"|broadcast|printed|reviewed|runtime|duration"
    r"|(?:story|article|piece|report|dispatch|post|page)\b.*\b(?:years?|days?|months?) old"
    r"|listening time|listen time|watch time|viewing time)\b"
    rf"|(?:\d+ ?|\b)(?:{TIME_UNITS}|moments|a while) ago\b"
)
#: ...and a figure or a word of time.
_STAMP_WHEN_RE = re.compile(r"\d|\b(?:ago|just now|yesterday|today|moments|morning)\b")
_TOKEN_RE = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?")
#: The share of a stamp's words that must be a stamp's words.
STAMP_MIN_SHARE = 0.8
#: A stamp has at most this many words.
STAMP_MAX_WORDS = 16


def family_reason(text: str, gates: Collection[int] | None = None) -> RemovalReason | None:
    """The furniture reason of a short line (at most :data:`FAMILY_MAX_WORDS` words) by
    its family, or ``None``. ``gates``: the indices of :data:`FAMILY_GATES` that may
    match the line (``None``: any may); a family whose gate cannot match is skipped."""
    lower = text.lower()
    if (gates is None or 0 in gates) and _is_stamp(text, lower):
        return "timestamp"
    if (gates is None or 1 in gates) and (reason := _interface_reason(lower)) is not None:
        return reason
    for index, (reason, notice) in enumerate(_NOTICES, start=2):
        if (gates is None or index in gates) and notice.is_notice(text):
            return reason
    return None


def _interface_reason(text: str) -> RemovalReason | None:
    """``paywall`` or ``widget`` for a notice about the page's machinery, or ``None``;
    ``text`` in lowercase, which the patterns are written for."""
    if (
        _INTERFACE_THING_RE.search(text) is not None
        and _INTERFACE_STATE_RE.search(text) is not None
        and _NEWS_RE.search(text) is None
        and (
            _READER_RE.search(text) is not None
            or _IMPERATIVE_RE.match(text) is not None
            or len(text.split()) <= INTERFACE_BARE_MAX_WORDS
            or _MACHINERY_RE.search(text) is not None
        )
    ):
        # A sentence of the article with a widget glued to its end ("… less stress.
        # Click To Tweet") is the article's: a notice speaks of the page from its start.
        first = _SENTENCE_END_RE.split(text, maxsplit=1)[0]
        if first != text and not (
            _INTERFACE_THING_RE.search(first) or _INTERFACE_STATE_RE.search(first)
        ):
            return None
        return "paywall" if _ACCESS_RE.search(text) is not None else "widget"
    return None


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")


def _is_stamp(text: str, lower: str) -> bool:
    """A line of a stamp's words: its act or an age, a figure or a word of time, and at
    least :data:`STAMP_MIN_SHARE` of its words from a stamp's vocabulary. A stamp in
    brackets is a note of the article's own ("(Published Monday, Nov. 18, 2019)").
    ``lower``: the line in lowercase, which the patterns are written for."""
    if text.lstrip().startswith("(") or _STAMP_ANCHOR_RE.search(lower) is None:
        return False
    if _STAMP_WHEN_RE.search(lower) is None:
        return False
    words = _TOKEN_RE.findall(text)
    if not words or len(words) > STAMP_MAX_WORDS:
        return False
    stamp_words = 0
    for word in words:
        low = word.lower()
        stamp_words += (
            low.removesuffix(".") in _STAMP_WORDS
            or _STAMP_FIGURE_RE.fullmatch(low) is not None
            or _TIME_ZONE_RE.fullmatch(word) is not None
        )
    return stamp_words >= STAMP_MIN_SHARE * len(words)


#: The notice families of :mod:`.notices`, with the reason each gives, in the order they
#: are asked.
_NOTICES: tuple[tuple[RemovalReason, ModuleType], ...] = (
    ("ai_notice", ai),
    ("paywall", subscriptions),
    ("widget", comments),
    ("widget", share),
    ("widget", ads),
)

#: The patterns each family needs to match before its other tests are asked, in order:
#: the stamp's act or age, a part of the page, and the gates of the notice families. The
#: line judge puts them in its Hyperscan pass (:data:`.textdump._LINE_RULES`), so a line
#: they rule out costs nothing here.
FAMILY_GATES: tuple[re.Pattern[str], ...] = (
    _STAMP_ANCHOR_RE,
    _INTERFACE_THING_RE,
    *(notice.GATE for _, notice in _NOTICES),
)
