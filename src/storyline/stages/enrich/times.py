"""Time expressions, normalised against an article's publication date.

Explicit dates ("Feb. 18", "February 18, 2025", "2025-02-27", "in 2023",
"October 2024", "in early February") and relative ones ("on Tuesday",
"yesterday", "last week", "earlier this month", "three days ago") become
ISO 8601 dates with their precision (day, month or year). The anchor is the
publication date, and only when it is known to the day; without one,
relative expressions and year-less dates stay unresolved (date None) rather
than guessed. Durations and vague spans ("25 years", "the 1850s", "in recent
days") are not time mentions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storyline.records import DatePrecision, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: An article published on a day is a weak vote that something happened that
#: day (news reports the day's events): half of a later day's reference.
PUBLICATION_VOTE = 0.5

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

#: A year-less date more than this far after the anchor is taken from the
#: year before ("Dec. 30" in an article of Jan. 5 is last December).
FUTURE_TOLERANCE = timedelta(days=62)

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# "May" and "March" are also words; they count as months only capitalised.
_MONTH = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Before an explicit date a weekday (or its abbreviation) is part of that date:
# "Tuesday, 8 November 2011", "Wed Jun 2, 2010".
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAY}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?\s+)"
_NUMBER = r"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?")
_MONTH_DAY = re.compile(rf"(?P<mon>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?")
_DAY_MONTH = re.compile(
    rf"(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"
)
_MONTH_YEAR = re.compile(
    rf"(?:(?:early|mid|late|mid-|earlier|later)[\s-]*)?(?P<mon>{_MONTH})(?:,?\s+(?:of\s+)?"
    rf"(?P<year>{_YEAR}))?",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(rf"(?:(?:early|mid|late)[\s-]*)?(?P<year>{_YEAR})")
_WEEKDAY_RE = re.compile(
    rf"(?:(?P<mod>last|this past|past|this|next|coming)\s+)?(?P<wd>{_WEEKDAY})", re.IGNORECASE
)
_DAY_WORD = re.compile(
    r"today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"(?:(?:earlier|later)\s+)?(?P<mod>last|this|next)\s+(?P<unit>week|weekend|month|year)",
    re.IGNORECASE,
)
_AGO = re.compile(
    rf"(?P<n>{_NUMBER})\s+(?P<unit>minute|hour|day|week|month|year)s?\s+ago", re.IGNORECASE
)

#: Finds candidate expressions in running text. Order matters: longer forms first.
_FINDER = re.compile(
    r"\b(?:"
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?![\d-])"
    rf"|{_WEEKDAY_PREFIX}?(?P<md>{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?)(?![\d:])"
    rf"|{_WEEKDAY_PREFIX}?(?P<dm>{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)"
    rf"|(?P<my>(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)"
    rf",?\s+(?:of\s+)?{_YEAR})(?!\d)"
    # Bare months and years only after a preposition: "in January", "since 2022".
    rf"|(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his)"
    rf"\s+(?P<mon>(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?:{_MONTH_FULL}))"
    rf"(?![\w-]|,?\s+(?:of\s+)?\d{{4}})"
    rf"|(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f)"
    rf"\s+(?P<year>(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?{_YEAR})(?![\w%-]|\s*(?:%|percent))"
    rf"|(?P<wd>(?:(?:[Ll]ast|[Tt]his past|[Tt]his|[Nn]ext|[Cc]oming)\s+)?(?:{_WEEKDAY}))(?![\w-])"
    r"|(?P<dayword>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow"
    r"|[Tt]his (?:morning|afternoon|evening)|[Ll]ast night)\b"
    r"|(?P<period>(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext)\s+"
    r"(?:week|weekend|month|year))\b"
    rf"|(?P<ago>(?:{_NUMBER})\s+(?:minute|hour|day|week|month|year)s?\s+ago)\b"
    r")"
)
_RELATIVE_KINDS = frozenset({"wd", "dayword", "period", "ago"})
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|[’']ll|is due|are due|is set to|are set to|scheduled|to be held"
    r"|plans? to|expected to|going to|upcoming"
    # A clause of time in the present speaks of what is still to come: "urged him to
    # be tough when they meet on Monday".
    r"|when (?:he|she|they|we|the two|both) (?:meets?|arrives?|visits?|travels?|lands?))\b",
    re.IGNORECASE,
)
_LEADING_PREPOSITION = re.compile(r"^(?:on|in|since|by|until|from|during|the|of)\s+", re.I)


def anchor_date(published: str | None, precision: str | None = None) -> date | None:
    """The publication date as an anchor, only when it is known to the day."""
    if not published or precision not in (None, "day"):
        return None
    m = _ISO.match(published.strip())
    if not m or not m.group("d"):
        return None
    return _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(d: date) -> tuple[str, DatePrecision]:
    return f"{d.year:04d}-{d.month:02d}", "month"


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


def _month_number(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip("."))


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _year_for(month: int, day: int, anchor: date) -> int:
    candidate = _safe_date(anchor.year, month, min(day, 28)) or anchor
    if candidate - anchor > FUTURE_TOLERANCE:
        return anchor.year - 1
    return anchor.year


def normalise_date(
    expr: str, anchor: date | None, future: bool = False
) -> tuple[str, DatePrecision] | None:
    """One time expression as (ISO date, precision), or None.

    `anchor` is the publication date; relative expressions and year-less
    dates need it. `future` says the sentence speaks of the future ("will
    meet on Tuesday"): a bare weekday is then the next one, not the last.
    """
    try:
        return _normalise(expr, anchor, future)
    except (ValueError, OverflowError, AttributeError):
        return None


def _normalise(expr: str, anchor: date | None, future: bool) -> tuple[str, DatePrecision] | None:
    text = _LEADING_PREPOSITION.sub("", expr.strip().rstrip(".,;")).strip()
    text = _LEADING_PREPOSITION.sub("", text)
    if not text:
        return None
    if m := _ISO.fullmatch(text):
        y, mo = int(m.group("y")), int(m.group("m"))
        if m.group("d"):
            d = _safe_date(y, mo, int(m.group("d")))
            return (d.isoformat(), "day") if d else None
        return (f"{y:04d}-{mo:02d}", "month") if 1 <= mo <= 12 else None
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        if m := pattern.fullmatch(text):
            month = _month_number(m.group("mon"))
            day = _day_number(m.group("day"))
            if month is None:
                return None
            if m.group("year"):
                year = int(m.group("year"))
            elif anchor is not None:
                year = _year_for(month, day, anchor)
            else:
                return None
            d = _safe_date(year, month, day)
            return (d.isoformat(), "day") if d else None
    if m := _MONTH_YEAR.fullmatch(text):
        month = _month_number(m.group("mon"))
        if month is None:
            return None
        if m.group("year"):
            return f"{int(m.group('year')):04d}-{month:02d}", "month"
        if anchor is None:
            return None
        return f"{_year_for(month, 1, anchor):04d}-{month:02d}", "month"
    if m := _YEAR_ONLY.fullmatch(text):
        return m.group("year"), "year"
    if anchor is None:
        return None
    return _normalise_relative(text, anchor, future)


def _normalise_relative(text: str, anchor: date, future: bool) -> tuple[str, DatePrecision] | None:
    if m := _WEEKDAY_RE.fullmatch(text):
        weekday = _WEEKDAYS[m.group("wd").lower()]
        mod = (m.group("mod") or "").lower()
        if mod in ("next", "coming") or (future and mod not in ("last", "past", "this past")):
            # "will meet Friday" in Friday's report is that day; "next Friday" is not.
            delta = (weekday - anchor.weekday()) % 7
            if not delta and mod in ("next", "coming"):
                delta = 7
            return (anchor + timedelta(days=delta)).isoformat(), "day"
        # A news report's bare weekday is the past week's: the most recent such
        # day, and the publication day itself when it is that weekday (online
        # news dates its own day: "told CNN Friday" in Friday's report). Only
        # "last Friday" on a Friday goes a week back.
        delta = (anchor.weekday() - weekday) % 7
        if not delta and mod in ("last", "past", "this past"):
            delta = 7
        return (anchor - timedelta(days=delta)).isoformat(), "day"
    if m := _DAY_WORD.fullmatch(text):
        word = m.group().lower()
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return (anchor + timedelta(days=shift)).isoformat(), "day"
    if m := _PERIOD.fullmatch(text):
        mod, unit = m.group("mod").lower(), m.group("unit").lower()
        step = {"last": -1, "this": 0, "next": 1}[mod]
        if unit in ("week", "weekend"):
            # The contract has no week precision: a week is reported as the
            # month it falls in (the month of the anchor shifted by 7 days).
            return _month_of(anchor + timedelta(days=7 * step))
        if unit == "month":
            return _month_of(_add_months(anchor, step))
        return f"{anchor.year + step:04d}", "year"
    if m := _AGO.fullmatch(text):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
        if n is None:
            return None
        unit = m.group("unit").lower()
        if unit in ("minute", "hour"):
            return anchor.isoformat(), "day"
        if unit == "day":
            return (anchor - timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            # "two weeks ago" is approximate: month precision, as for "last week".
            return _month_of(anchor - timedelta(days=7 * n))
        if unit == "month":
            return _month_of(_add_months(anchor, -n))
        return f"{anchor.year - n:04d}", "year"
    return None


def _is_relative(expr: str) -> bool:
    text = _LEADING_PREPOSITION.sub("", expr.strip())
    return any(p.fullmatch(text) for p in (_WEEKDAY_RE, _DAY_WORD, _PERIOD, _AGO))


def _speaks_of_future(text: str, start: int) -> bool:
    """Whether the clause before `start` is in the future tense ("will meet")."""
    left = text[max(0, start - 80) : start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("; "))
    return bool(_FUTURE_CUE.search(left[cut + 1 :]))


def _is_outlet_name(text: str, start: int, word: str) -> bool:
    """'Russia Today', 'USA Today': a capitalised 'Today' after a capitalised word."""
    if word != "Today":
        return False
    prev = text[max(0, start - 30) : start].split()[-1:]
    return bool(prev) and prev[0][:1].isupper() and not prev[0].endswith((".", ":", ";"))


_ZONE_NAME = r"(?:GMT|BST|UTC|CET|[ECMP][DS]?T)\b"
#: A clock time: "1:27 pm", "6:36pm", "14.59 BST" (a dot only before a zone).
_CLOCK = (
    rf"\d{{1,2}}(?::\d{{2}}|\.\d{{2}}(?=\s*(?:[ap]\.?m|{_ZONE_NAME})))"
    rf"\s*(?:[ap]\.?m\.?)?(?:\s*{_ZONE_NAME})?"
)
#: A clock time right after the date ("February 2, 2011 at 1:27 pm",
#: "Jun 2, 2010 6:36pm EDT").
_CLOCK_AFTER = re.compile(rf"\s*(?:\|\s*|,\s*|-\s*)?(?:at\s+)?{_CLOCK}")
#: A date line's label after the date ("24 June 2010 Last updated at").
_UPDATED_AFTER = re.compile(r"\s+(?:Last\s+)?[Uu]pdated\b")
#: What a date line starts with ("updated: Fri", "Last updated at 07:48 GMT,",
#: "Posted", "7:01 pm ET", a comment's "At 4:23 pm on").
_STAMP_BEFORE = re.compile(
    # "updated: Fri", "Page last updated at 07:48 GMT,"; in prose ("the report,
    # published on May 3,") the label has neither a colon nor a clock time.
    r"(?:\b(?:[Uu]pdated|[Pp]osted|[Pp]ublished|[Cc]reated)(?:\s+(?:at|on))?"
    rf"(?:\s*:\s*(?:{_CLOCK}[,\s]*)?|\s+{_CLOCK}[,\s]*(?:on\s+)?)"
    r"|(?<![\w,] )\b(?:Updated|Posted|Published|Created)(?:\s+on)?\s+"
    rf"|{_CLOCK}(?:\s+on)?[,\s|-]*)$"
)
_ENDS_WITH_WEEKDAY = re.compile(rf"{_WEEKDAY_PREFIX}$")
_ENDS_WITH_YEAR = re.compile(rf"{_YEAR}$")


def is_timestamp(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] stamps the page rather than an event:
    a date line ("Last updated at 07:48 GMT, Tuesday, 8 November 2011") or a
    comment's time ("February 2, 2011 at 1:27 pm"). A date with a clock time
    right after it is a stamp when it also has a year or a weekday; prose gives
    an event's hour without them ("on April 20 at 9:45 p.m.")."""
    before = text[max(0, start - 60) : start]
    if _STAMP_BEFORE.search(_ENDS_WITH_WEEKDAY.sub("", before)):
        return True
    if _UPDATED_AFTER.match(text, end):
        return True
    if not _CLOCK_AFTER.match(text, end):
        return False
    return bool(_ENDS_WITH_YEAR.search(text[start:end]) or _ENDS_WITH_WEEKDAY.search(before))


def normalise_time_expressions(
    text: str, published: str | None, precision: str | None = None
) -> list[TimeMention]:
    """Time expressions in `text`, normalised against `published`.

    `published` is the ISO publication date (possibly partial); it anchors
    relative expressions only when known to the day. Unresolvable relative
    expressions are kept with ``date=None, relative=True``.
    """
    if not text:
        return []
    anchor = anchor_date(published, precision)
    found: list[TimeMention] = []
    for m in _FINDER.finditer(text):
        kind = m.lastgroup
        if kind is None:
            continue
        start, end = m.span(kind)
        expr = text[start:end]
        if kind == "dayword" and _is_outlet_name(text, start, expr):
            continue
        relative = kind in _RELATIVE_KINDS
        future = relative and _speaks_of_future(text, start)
        result = normalise_date(expr, anchor, future)
        if result is None and (anchor is not None and relative):
            continue
        if result is None and kind in ("iso", "my", "year"):
            continue  # malformed explicit date ("2025-13-40")
        date_str, prec = result if result else (None, None)
        found.append(
            TimeMention(
                text=expr, start=start, end=end, date=date_str, precision=prec, relative=relative
            )
        )
    return _add_narrative_days(text, found)


#: Days counted from the story's own last date, not from publication: "two
#: days later", "the next day", "the same day", "later that day". "The day
#: before the vote" and "two days after the blast" count from an event, not a
#: date, and a bare "that day" is too loose ("the currency of that day"):
#: those are left alone.
_NARRATIVE = re.compile(
    rf"\b(?:(?P<n>(?i:{_NUMBER}))\s+days?\s+(?P<dir>later|earlier)"
    r"|[Tt]he\s+(?P<step>next|following|previous|preceding)\s+day"
    r"|[Tt]he\s+day\s+(?P<rel>before|after)(?=\s*[,.;:)]|\s+(?:that|yesterday)\b)"
    r"|(?:(?<=[Oo]n )that|(?:[Ll]ater|[Ee]arlier)\s+that|(?:[Tt]hat|[Tt]he)\s+same)\s+day)\b"
)
#: How far back (characters) the date a narrative day counts from may be.
NARRATIVE_REACH = 300


def _add_narrative_days(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """Narrative days resolved against the closest day-precision date before them."""
    days = [t for t in found if t.date and t.precision == "day"]
    if not days:
        return found
    added: list[TimeMention] = []
    for m in _NARRATIVE.finditer(text):
        start, end = m.span()
        if any(t.start < end and start < t.end for t in found):
            continue
        # The closest date before, a narrative day just resolved included
        # ("on May 3 ... two days later ... the next day").
        before = [t for t in days + added if t.end <= start]
        if not before:
            continue
        ref = max(before, key=lambda t: t.end)
        if start - ref.end > NARRATIVE_REACH:
            continue
        base = date.fromisoformat(str(ref.date))
        if m.group("n"):
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)
            shift = n if m.group("dir") == "later" else -n
        elif m.group("step"):
            shift = 1 if m.group("step") in ("next", "following") else -1
        elif m.group("rel"):
            shift = 1 if m.group("rel") == "after" else -1
        else:
            shift = 0
        if not shift and m.group("n"):
            continue
        added.append(
            TimeMention(
                text=m.group(),
                start=start,
                end=end,
                date=(base + timedelta(days=shift)).isoformat(),
                precision="day",
                relative=True,
            )
        )
    if not added:
        return found
    return sorted(found + added, key=lambda t: t.start)


def find_times(doc: Doc, published: str | None, precision: str | None = None) -> list[TimeMention]:
    """Time mentions of a parsed article: the regex finder, plus spaCy DATE
    entities it missed that still normalise (bare years like "the 2014 vote")."""
    text = doc.text
    mentions = normalise_time_expressions(text, published, precision)
    anchor = anchor_date(published, precision)
    taken = [(t.start, t.end) for t in mentions]
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        start, end = ent.start_char, ent.end_char
        if any(start < e and s < end for s, e in taken):
            continue
        expr = text[start:end]
        relative = _is_relative(expr)
        future = relative and _speaks_of_future(text, start)
        result = normalise_date(expr, anchor, future)
        if result is None:
            continue
        core = _LEADING_PREPOSITION.sub("", expr)
        start += len(expr) - len(core)
        mentions.append(
            TimeMention(
                text=core,
                start=start,
                end=end,
                date=result[0],
                precision=result[1],
                relative=relative,
            )
        )
    mentions.sort(key=lambda t: t.start)
    return mentions


def event_times(text: str, mentions: Iterable[TimeMention]) -> list[TimeMention]:
    """The mentions that can date an event: resolved, and not a page's date line
    or a comment's time stamp."""
    return [t for t in mentions if t.date and not is_timestamp(text, t.start, t.end)]


def rank_event_days(reports: Iterable[tuple[str | None, Iterable[TimeMention]]]) -> list[str]:
    """Days ranked by how widely a collection of articles reports them.

    `reports` holds, per article, its publication date and its event times
    (see `event_times`); only day-precision dates count. A day d scores:

    - one vote per publication day other than d on which some article names d
      (a day named again on later days matters; a burst of copies on one day
      counts once);
    - one vote when an article published on d names d;
    - `PUBLICATION_VOTE` per article published on d.

    Ties go to more articles naming the day with an explicit date, then more
    articles naming it at all, then the earlier day.
    """
    referring_days: dict[str, set[object]] = defaultdict(set)
    same_day: set[str] = set()
    explicit: Counter[str] = Counter()
    naming: Counter[str] = Counter()
    published: Counter[str] = Counter()
    for n, (pub, mentions) in enumerate(reports):
        anchor = anchor_date(pub)
        pub_day: object = anchor.isoformat() if anchor else ("unknown", n)
        if anchor:
            published[anchor.isoformat()] += 1
        dated = [t for t in mentions if t.date and t.precision == "day"]
        days = {str(t.date) for t in dated}
        explicit.update({str(t.date) for t in dated if not t.relative})
        for d in days:
            naming[d] += 1
            if d == pub_day:
                same_day.add(d)
            else:
                referring_days[d].add(pub_day)
    score = {
        d: len(referring_days[d]) + (d in same_day) + PUBLICATION_VOTE * published[d]
        for d in set(naming) | set(published)
    }
    return sorted(score, key=lambda d: (-score[d], -explicit[d], -naming[d], d))
