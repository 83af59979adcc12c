"""Metadata found in page lines: publication dates, bylines, title shape.

Pure functions over one line of text; nothing here knows about pages or
articles. Every parser returns ``None`` when the line is not what it looks
for, never raises.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.records import DatePrecision

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_ANY_MONTH = rf"(?:{_MONTH_NAMES})\.?"  # the same, without a capture group
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
# A clock time and zone that may trail a date: "10:30 AM EST", "at 9 p.m.", "14:05 GMT+1".
_TIME = (
    r"(?:\s*(?:,|at|\||-|–|—|·)?\s*\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?"
    r"|\s*(?:,|at|\||-|–|—|·)?\s*\d{1,2}\.\d{2}\s*[ap]\.?m\.?"
    r"|\s*(?:,|at|\||-|–|—|·)?\s*\d{1,2}\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
)

#: Words that announce a date line: "date 2025-02-27", "Published: Feb. 26, 2025".
DATE_KEYWORDS = (
    r"(?:date|dated|published(?:\s+on)?|first\s+published(?:\s+on)?|posted(?:\s+on)?"
    r"|updated(?:\s+on)?|last\s+updated(?:\s+on)?|modified|released|on)"
)
_KEYWORD_PREFIX = rf"(?:(?P<keyword>{DATE_KEYWORDS})\s*:?\s*)?"

# Full-date shapes, tried in order. Each must consume the whole date part.
_DATE_SHAPES: tuple[re.Pattern[str], ...] = (
    # ISO 8601 with optional time: 2025-02-26, 2025-02-26T10:00:00Z
    re.compile(
        r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})"
        r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        re.I,
    ),
    # February 26, 2025 / Feb. 26 2025 / Feb 26th, 2025
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})", re.I),
    # 26 February 2025 / 26th Feb. 2025
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})", re.I),
    # 2025/02/26
    re.compile(r"(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})"),
    # 02/26/2025 or 26.02.2025 (day/month order decided below)
    re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})"),
)
# Partial dates: only month and year ("February 2025", "2025-02").
_MONTH_SHAPES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"{_MONTH},?\s+(?P<year>\d{{4}})", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})"),
)
_YEAR_SHAPE = re.compile(r"(?P<year>(?:19|20)\d{2})")

#: The longest line still read as a date line ("Wednesday, February 26, 2025 at 10:30 AM EST").
DATE_LINE_MAX_CHARS = 80


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def _from_match(match: re.Match[str]) -> tuple[str, DatePrecision] | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        month = MONTHS[groups["month"].lower()]
    elif groups.get("mon"):
        month = int(groups["mon"])
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12:  # 26/02/2025
            month, groups["day"] = second, str(first)
        elif second > 12:  # 02/26/2025
            month, groups["day"] = first, str(second)
        else:  # 03/04/2025 is ambiguous: say nothing rather than guess
            return None
    else:
        return None
    day = int(groups["day"]) if groups.get("day") else None
    if not _valid(year, month, day):
        return None
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


_WEEKDAY_RE = re.compile(_WEEKDAY, re.I)
#: Each date shape with an optional trailing clock time, compiled once.
_TIMED_SHAPES = [
    re.compile(rf"(?:{shape.pattern}){_TIME}", shape.flags)
    for shapes in (_DATE_SHAPES, _MONTH_SHAPES)
    for shape in shapes
]


def parse_date(text: str) -> tuple[str, DatePrecision] | None:
    """An ISO date and its precision when ``text`` is exactly one date.

    Accepts "2025-02-27", "2025-02-27T10:00Z", "Feb. 26, 2025", "26 February
    2025", "February 2025", "2025-02", "2025", with a trailing clock time.
    """
    text = text.strip().strip(".,;|")
    if not text:
        return None
    weekday = _WEEKDAY_RE.match(text)
    if weekday:
        text = text[weekday.end() :]
    if not any(c.isdigit() for c in text):
        return None  # every shape holds a day or a year
    for shape in _TIMED_SHAPES:
        match = shape.fullmatch(text)
        if match:
            found = _from_match(match)
            if found:
                return found
    if _YEAR_SHAPE.fullmatch(text):
        return text, "year"
    return None


_DATE_LINE_RE = re.compile(rf"^\s*{_KEYWORD_PREFIX}(?P<rest>.+?)\s*$", re.I | re.S)


def parse_date_line(line: str) -> tuple[str, DatePrecision, str | None] | None:
    """``(iso, precision, keyword)`` when the whole line is a (labelled) date.

    A bare year counts only with a keyword ("Published 2025"), since a line
    holding just "2025" is as likely a score or a count.
    """
    if len(line) > DATE_LINE_MAX_CHARS:
        return None
    match = _DATE_LINE_RE.match(line)
    if not match:
        return None
    keyword = match.group("keyword")
    found = parse_date(match.group("rest"))
    if not found:
        return None
    if found[1] == "year" and not keyword:
        return None
    return found[0], found[1], keyword.lower() if keyword else None


#: A dateline glued to the front of a line: " date 2025-02-27 This audio is ...".
DATE_PREFIX_RE = re.compile(
    rf"^\s*(?P<date>(?:{DATE_KEYWORDS})\s*:?\s*"
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|{_ANY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_ANY_MONTH}\s+\d{{4}}))\s+(?P<rest>\S.*)$",
    re.I | re.S,
)


def split_date_prefix(line: str) -> tuple[str, str] | None:
    """Split "date 2025-02-27 Some text" into ("date 2025-02-27", "Some text")."""
    match = DATE_PREFIX_RE.match(line)
    if not match or not parse_date_line(match.group("date")):
        return None
    return match.group("date").strip(), match.group("rest").strip()


# --- bylines -----------------------------------------------------------------

_NAME_WORD = r"(?:[A-Z][\w.'’-]*|de|da|van|von|der|la|le|al|bin|el)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
#: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters", "Written by J. Doe".
BYLINE_RE = re.compile(
    rf"^(?:[-–—•]\s*)?(?:(?:written|story|words|reporting|text)\s+)?by:?\s+"
    rf"(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,4}})\s*$",
    re.I,
)
#: "Author: Jane Doe", "Reporter: Jane Doe".
AUTHOR_LABEL_RE = re.compile(
    rf"^(?:author|authors|reporter|writer|correspondent)s?\s*:\s*(?P<names>{_NAME}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME}){{0,4}})\s*$",
    re.I,
)
#: Words that follow "By" in ordinary sentences ("By Monday, ...", "By then").
_NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "contrast", "comparison", "law",
    "far", "late", "early", "noon", "midday",
}  # fmt: skip
#: An outlet line in a teaser block: "- Russia Today", "— HPO".
DASH_OUTLET_RE = re.compile(r"^[-–—]\s*(?P<name>[A-Z0-9][\w&'’.]*(?:\s+[\w&'’.]+){0,4})\s*$")
#: Separators between a byline and a date on one line: "By Jane Doe | Feb 26, 2025".
BYLINE_SEPARATORS_RE = re.compile(r"\s+[|·•]\s+|\s+[–—]\s+")


#: A social handle after an author's name, and the post's age or date after it: "Jane
#: Doe @janedoe", "By Jane Doe (@janedoe)", "Jane Doe @janedoe / 2 days".
_HANDLE_RE = re.compile(
    r"^(?P<head>.+?)(?:\s*[,|·•/]\s*|\s+)\(?@\w{1,30}\)?(?:\s*[/|·•–—]\s*(?P<when>.+))?$"
)
#: The units of a relative time ("5h", "2 days", "3 mos"), for :data:`_AGE_RE`, the
#: relative page stamps below and the text cleaner's RELATIVE_TIME_RE.
TIME_UNITS = (
    r"s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y"
    r"|yrs?|years?"
)
#: A post's age as a social site writes it beside a handle: "2 days", "5h", "3 hours ago".
_AGE_RE = re.compile(
    rf"(?:\d+|an?|one)\s*(?:{TIME_UNITS})(?:\s+ago)?|yesterday|just now|moments? ago", re.I
)
#: An agency, a place or a licence in brackets after the names: "By Jane Doe (Reuters)",
#: "Written by Jane Roe, MS, RD (CA)".
_NOTE_RE = re.compile(r"^(?P<head>.+?)\s+\([A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,2}\)$")
#: Two to four name words with no "By": an author's line only beside a handle.
_BARE_NAME_RE = re.compile(rf"^(?P<names>[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{1,3}})$")
#: First words of a line with a handle that is a call to act, not a name ("Follow Jane
#: Doe @janedoe").
_NOT_BARE_NAME_STARTS = frozenset(
    "follow like join contact email message tweet dm find tag mention reply subscribe watch"
    " listen read share send".split()
)


def parse_byline(line: str) -> tuple[str, str | None, DatePrecision | None] | None:
    """``(names, iso_date, precision)`` for an author line, else ``None``."""
    line = line.strip()
    handled = _HANDLE_RE.match(line) if "@" in line else None
    if handled is not None:
        when = handled["when"]
        dated = parse_date_line(when) if when else None
        if when and not dated and _AGE_RE.fullmatch(when.strip()) is None:
            return None  # "Jane Doe @janedoe | Tickets on sale now": not an author line
        names = _byline_names(handled["head"], bare=True)
        if names is None:
            return None
        return (names, dated[0], dated[1]) if dated else (names, None, None)
    parts = BYLINE_SEPARATORS_RE.split(line)
    if len(parts) == 1 and " on " in parts[0]:
        # "By Jane Roe on Monday, May 5th, 2031 at 9:10 a.m.": the date after "on".
        names, _, when = parts[0].rpartition(" on ")
        if parse_date_line(when):
            parts = [names, when]
    head, found_date = parts[0], None
    for part in parts[1:]:
        found_date = found_date or parse_date_line(part)
        if not parse_date_line(part):
            return None  # a separator followed by something that is no date: not a byline
    names = _byline_names(head)
    if names is None:
        return None
    if found_date:
        return names, found_date[0], found_date[1]
    return names, None, None


def _byline_names(head: str, bare: bool = False) -> str | None:
    """The names of an author line without its date (``bare``: a name alone will do, as
    beside a handle), a note in brackets after them left out."""
    note = _NOTE_RE.match(head) if head.endswith(")") else None
    if note is not None:
        head = note["head"]
    match = BYLINE_RE.match(head) or AUTHOR_LABEL_RE.match(head)
    if match is None and bare:
        match = _BARE_NAME_RE.match(head)
        if match is not None and head.split()[0].lower() in _NOT_BARE_NAME_STARTS:
            return None
    if not match:
        return None
    names = _drop_roles(match.group("names").strip().rstrip(","))
    if not names:
        return None
    first = names.split()[0]
    if not first[:1].isupper() or first.lower().strip(",.") in _NOT_NAMES:
        return None
    if len(names.split()) > 12:
        return None
    return names


#: Job titles that follow a name in a byline: "By Jane Doe, Senior Health Reporter".
ROLE_WORDS_RE = re.compile(
    r"\b(?:reporters?|correspondents?|editors?|writers?|columnists?|contributors?|staff"
    r"|producers?|analysts?|critics?|journalists?|photographers?|chief|desk|team|interns?"
    r"|fellows?|commentators?|anchors?|hosts?|bureau|contributing|freelance|special)\b",
    re.I,
)


#: Degrees and licences written after a name in a byline ("Jane Roe, MS, RD"), without
#: their dots and hyphens ("Ph.D." is "PhD", "PA-C" is "PAC").
CREDENTIALS = frozenset(
    """PhD MD DO MS MSc MA BA BSc BS MPH MBA JD LLM DDS DMD DVM PharmD RD RDN LD RN NP
    PAC CPA CFA CFP LCSW CDCES CNS FACP FACC Esq EdD PsyD""".split()
)


def _is_credential(word: str) -> bool:
    return word.replace(".", "").replace("-", "") in CREDENTIALS


def _drop_roles(names: str) -> str:
    """ "Jane Doe, Harbour Affairs Reporter" -> "Jane Doe": comma parts naming a job go,
    and so do degrees after a name ("Jane Roe, MS, RD and Tom Hale, Ph.D." -> "Jane Roe
    and Tom Hale")."""
    kept: list[str] = []
    joins = False  # a credential was dropped: an "and ..." part goes on the name before
    for index, raw in enumerate(names.split(",")):
        part = raw.strip()
        if not part or ROLE_WORDS_RE.search(part):
            continue
        words = part.split()
        if (
            index
            and kept
            and _is_credential(words[0])
            and (len(words) == 1 or words[1].lower() in ("and", "&"))
        ):
            words = words[1:]
            joins = True
            if not words:
                continue
            part = " ".join(words)
        if joins and words[0].lower() in ("and", "&"):
            kept[-1] = f"{kept[-1]} {part}"
        else:
            kept.append(part)
        joins = False
    return ", ".join(kept)


def parse_dash_outlet(line: str) -> str | None:
    """The outlet named by a teaser line such as "- Russia Today"."""
    match = DASH_OUTLET_RE.match(line.strip())
    if not match:
        return None
    name = match.group("name").strip()
    if name[-1] in ".!?:;," or len(name) > 40:
        return None
    return name


# --- line shape ----------------------------------------------------------------

#: A title is at most this many words; longer lines are body paragraphs.
TITLE_MAX_WORDS = 22
#: Marks that end a sentence, so a line ending in one is prose, not a heading.
SENTENCE_END = ".!:;,"
#: Quotes and brackets that may close a sentence or a headline, stripped before its end is read.
TRAILING_QUOTES = "\"'”’»)]"


def word_count(text: str) -> int:
    return len(text.split())


def ends_like_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(TRAILING_QUOTES).rstrip()
    return bool(stripped) and (stripped[-1] in SENTENCE_END or stripped.endswith("..."))


#: Headlines may end in an abbreviation ("... From the I.R.S.") or in "!" / "?".
_ENDS_WITH_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
TITLE_END_BLOCKERS = ".:;,"


def _ends_with_abbreviation(stripped: str) -> bool:
    """:data:`_ENDS_WITH_ABBREVIATION` found in a right-stripped line, searched for only
    when the line's third-last character is the "." every match has there (the search
    tries every position of the line)."""
    return stripped[-3:-2] == "." and _ENDS_WITH_ABBREVIATION.search(stripped) is not None


def is_title_like(line: str) -> bool:
    """Short, no sentence-ending mark, starts with a capital or a digit/quote."""
    # The ending first: most lines asked are paragraphs ending in ".", turned down
    # without being split into words.
    stripped = line.rstrip().rstrip(TRAILING_QUOTES).rstrip()
    if stripped.endswith("...") or (
        stripped[-1:] in TITLE_END_BLOCKERS and not _ends_with_abbreviation(stripped)
    ):
        return False
    # Split no further than one word past the limit: a paragraph is not cut into words.
    words = len(line.split(None, TITLE_MAX_WORDS))
    if not 2 <= words <= TITLE_MAX_WORDS:
        return False
    if has_sentence_break(stripped):
        return False
    first = line.lstrip("\"'“‘«(")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


_SENTENCE_BREAK_RE = re.compile(r"(\S*)[.!?][”\"’']?\s+[“\"‘']?[A-Z]")
#: Words after which a period does not end a sentence ("Mr. Trump").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt rep sen gov pres vs no inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c".split()
)


def has_sentence_break(text: str) -> bool:
    """True when ``text`` holds two sentences ("... he wrote. “No collusion!”")."""
    if "." not in text and "!" not in text and "?" not in text:
        return False  # no mark to end a sentence on (the pattern's scan costs more)
    for match in _SENTENCE_BREAK_RE.finditer(text):
        before = match.group(1).lower().strip("\"'“”‘’(")
        if len(before) <= 1 or before in ABBREVIATIONS or "." in before:
            continue  # "J. Smith", "Mr. Trump", "U.S. Army"
        return True
    return False


def is_name_like(line: str) -> bool:
    """A short capitalised label such as an outlet or section name ("Russia Today")."""
    if len(line) > 40:
        return False
    words = line.split()
    if not 1 <= len(words) <= 4 or ends_like_sentence(line):
        return False
    return all(
        word[:1].isupper() or word[:1].isdigit() or word in {"&", "of", "the"} for word in words
    )


def normalise_for_compare(text: str) -> str:
    return " ".join(text.lower().split())


# --- page header: site names and wire datelines ----------------------------------

#: Lowercase words a site name may hold ("Voice of the Valley", "Post & Courier").
_SITE_NAME_SMALL_WORDS = frozenset("of the and & de da del du la le van von y".split())
#: Words kept lowercase when an ALL-CAPS name is put in title case.
_TITLE_CASE_SMALL_WORDS = frozenset("of the and de da del du la le van von y on in at for".split())
SITE_NAME_MAX_WORDS = 5
SITE_NAME_MAX_CHARS = 50


def looks_like_site_name(line: str) -> bool:
    """A short Title-Case or ALL-CAPS name line such as "The Gull Gazette" or "KLX NEWS".

    Judged by shape alone; whether it names the site depends on where it stands (see
    the header-zone reader in :mod:`.textdump`). A single word counts only when it is
    an acronym ("KLX") or written in camel case ("NewsHub"): a lone Title-Case word is
    as likely a section label or a place.
    """
    text = line.strip()
    words = text.split()
    if not 1 <= len(words) <= SITE_NAME_MAX_WORDS or len(text) > SITE_NAME_MAX_CHARS:
        return False
    if ends_like_sentence(text) or re.search(r"[?:;|/>»›\"“”()\d]", text):
        return False
    for word in words:
        bare = word.strip("'’.-")
        if not bare:
            return False
        if bare.lower() in _SITE_NAME_SMALL_WORDS and bare != words[0]:
            continue
        if not (bare[:1].isupper() or bare == "&"):
            return False
    if len(words) == 1:
        word = words[0]
        acronym = word.isupper() and word.isalpha() and 2 <= len(word) <= 5
        camel = word[:1].isupper() and any(c.isupper() for c in word[1:]) and not word.isupper()
        return acronym or camel
    return True


def site_name_title_case(name: str) -> str:
    """An ALL-CAPS name in title case ("CITY EVENING POST" -> "City Evening Post").

    Names already in mixed case are returned as written. Short words without vowels
    ("BBC", "KLX") and two-letter words other than small words stay capitals.
    """
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name.strip()
    out: list[str] = []
    for position, word in enumerate(name.split()):
        lower = word.lower()
        if position and lower in _TITLE_CASE_SMALL_WORDS:
            out.append(lower)
        elif (len(word) <= 4 and not re.search(r"[AEIOU]", word)) or (
            len(word) == 2 and lower not in _TITLE_CASE_SMALL_WORDS
        ):
            out.append(word)
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


#: A wire dateline opening a story: "PORT ELLIS, May 3 (Gull Wire) -", "Denver (AP) --".
WIRE_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    rf"(?:,\s+(?i:{_ANY_MONTH})\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
    r"\s+\((?P<outlet>[A-Z][\w&.'’]*(?:\s+[\w&.'’]+){0,4})\)\s*(?:-{1,2}|[–—])\s+\S"
)


def parse_wire_dateline(paragraph: str) -> str | None:
    """The outlet named in a wire dateline at the start of ``paragraph``, else ``None``."""
    match = WIRE_DATELINE_RE.match(paragraph.strip())
    if not match:
        return None
    outlet = match.group("outlet").strip()
    return outlet if 2 <= len(outlet) <= 40 else None


# --- dates in URLs ----------------------------------------------------------------

#: A date in a URL path: /2025/02/27/, /2025-02-27-, /20250227/, /2025/02/ (month only).
URL_DATE_RE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d{2})(?P<sep>[/_-]?)(?P<mon>[01]\d)(?:(?P=sep)(?P<day>[0-3]\d))?"
    r"(?=[/_.-]|$)"
)


def date_from_url(url: str | None) -> tuple[str, DatePrecision] | None:
    """The publication date written in a URL's path ("/2025/02/27/slug"), else ``None``.

    Only the path is read (never the host or query), and a bare eight-digit run counts
    only when it is a valid date; "/2025/" alone says nothing.
    """
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?", 1)[0].split("#", 1)[0])
    for match in URL_DATE_RE.finditer(path):
        if not match.group("sep") and not match.group("day"):
            continue  # "201902" without separators is as likely an id
        year, month = int(match.group("year")), int(match.group("mon"))
        day = int(match.group("day")) if match.group("day") else None
        if not _valid(year, month, day):
            continue
        if day is None:
            return f"{year:04d}-{month:02d}", "month"
        return f"{year:04d}-{month:02d}-{day:02d}", "day"
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The site's domain ("www.example-news.com" -> "example-news.com") as a last-resort
    outlet name."""
    if not url:
        return None
    match = re.match(r"^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?(?P<host>[^/:?#]+)", url.strip(), re.I)
    if not match:
        return None
    host = match.group("host").lower()
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
    return host if "." in host else None


# --- relative page timestamps ------------------------------------------------------

_RELATIVE_RE = re.compile(
    rf"(?:^|\s|(?<=[a-z]))(?P<count>\d+|an?|one)\s*(?P<unit>{TIME_UNITS})\s+ago\b", re.I
)


def resolve_relative_stamp(text: str, anchor: str | None) -> tuple[str, DatePrecision] | None:
    """The date a page stamp such as "2 hours ago" or "yesterday" points to, counted back
    from ``anchor`` (an ISO fetch or publication time); ``None`` without an anchor: a
    relative date is never guessed against today's clock."""
    if not anchor:
        return None
    from datetime import datetime, timedelta

    try:
        base = datetime.fromisoformat(anchor.strip().replace("Z", "+00:00"))
    except ValueError:
        found = parse_date(anchor)
        if not found or found[1] != "day":
            return None
        base = datetime.fromisoformat(found[0])
    lowered = text.lower()
    if re.search(r"\byesterday\b", lowered):
        return (base - timedelta(days=1)).date().isoformat(), "day"
    if re.search(r"\b(?:just now|moments? ago|today)\b", lowered):
        return base.date().isoformat(), "day"
    match = _RELATIVE_RE.search(text)
    if not match:
        return None
    count_text = match.group("count").lower()
    count = 1 if count_text in ("a", "an", "one") else int(count_text)
    unit = match.group("unit").lower()
    if unit.startswith("mo"):
        months = base.year * 12 + base.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    if unit.startswith("y"):
        return f"{base.year - count:04d}", "year"
    seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[unit[0]]
    return (base - timedelta(seconds=seconds * count)).date().isoformat(), "day"
