"""Quantities: a number with its unit, what it measures and a normalised value.

"about 2 million tons" of aluminum -> 2e6 "ton" of "aluminum" (approx);
"$300 billion" -> 3e11 "USD"; "15% of U.S. imports in 2017" -> 15 "percent"
of "U.S. imports"; "some 20,000 anti-drone missiles" -> 2e4 "anti-drone
missiles" (approx); "a 10% tariff" -> 10 "percent" of "tariff".

Plain text in, no NLP: years, dates, clock times, ordinals and numbers
inside time mentions are not quantities. What is measured is read from the
words around the number and left None when unclear, never guessed from
further away.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from storyline.records import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAGNITUDES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_NUMBER_WORDS = {
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
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "yen": "JPY",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
}
#: Units of measure, singular form by surface form.
_UNITS = {
    "ton": "ton",
    "tons": "ton",
    "tonne": "ton",
    "tonnes": "ton",
    "metric tons": "ton",
    "barrel": "barrel",
    "barrels": "barrel",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "km": "km",
    "mile": "mile",
    "miles": "mile",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "kilogram": "kg",
    "kilograms": "kg",
    "kg": "kg",
    "square kilometers": "km2",
    "square miles": "mile2",
    "hectares": "hectare",
    "acres": "acre",
    "gallons": "gallon",
    "liters": "liter",
    "litres": "liter",
    "cubic meters": "m3",
    "megawatts": "MW",
    "gigawatts": "GW",
}
_APPROX = (
    "about|around|some|nearly|almost|roughly|approximately|approx\\.|over|more than|"
    "less than|fewer than|up to|at least|at most|as many as|as much as|close to|"
    "an estimated|estimated|upwards of|just over|just under|well over"
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
_MAG = "|".join(sorted(_MAGNITUDES, key=len, reverse=True))
_UNIT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_CURWORD = "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))

_QUANTITY = re.compile(
    rf"(?:(?P<approx>\b(?:{_APPROX}))\s+)?"
    rf"(?P<cur>US\$|[$€£¥₽])?\s?"
    rf"(?P<num>(?<![\w.,:/-])(?:{_NUM})(?![\d:/])|\b(?:{_WORDNUM})\b)"
    rf"(?:\s?(?P<mag>(?:{_MAG})\b))?"
    rf"(?:\s?(?P<pct>%|\bper\s?cent\b|\bpercent\b|\bpercentage points?\b))?"
    rf"(?:\s(?P<curword>\b(?:{_CURWORD})\b))?"
    rf"(?:\s(?P<unit>\b(?:{_UNIT})\b))?",
    re.IGNORECASE,
)
_MONTH_NEAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$", re.IGNORECASE
)
_MONTH_AFTER = re.compile(
    r"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w.’'-]*")
#: Words that end the phrase naming what is measured.
_STOP_WORDS = frozenset(
    """
    in on at to for from by with since during after before than as that which who
    and or but is are was were be been has have had will would could should may
    might this these those its their his her a an the each per a year annually
    """.split()
)
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}")
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X"})
#: Without a parse: frequent verbs that end a measured phrase ("3 men said").
_VERB_LIKE = frozenset(
    """
    said says met told made went took sent got came left fell rose saw lost won paid
    held set put cut hit died fled remain remained are were is was
    """.split()
)
_LEAD_OF = re.compile(r"^\s*[\"”’']?\s*(?:worth\s+)?of\s+", re.IGNORECASE)


def _number(raw: str) -> float | None:
    low = raw.lower()
    if low in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[low])
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _phrase(
    text: str, pos: int, max_words: int = 3, tags: dict[int, str] | None = None
) -> str | None:
    """Up to `max_words` nominal words from `pos`, up to punctuation, a stop
    word or (with `tags`, the parts of speech by offset) a non-nominal word."""
    words: list[str] = []
    for m in _WORD.finditer(text, pos):
        gap = text[pos : m.start()]
        if gap.strip() or "\n" in gap:
            break  # punctuation (or a line break) between words ends the phrase
        word = m.group()
        if not _ABBREVIATION.fullmatch(word):
            word = word.rstrip(".’'")
        if word.lower() in _STOP_WORDS or re.fullmatch(r"\d{4}", word):
            break
        if tags is not None:
            if tags.get(m.start(), "NOUN") not in _NOMINAL:
                break
        elif word.lower() in _VERB_LIKE or (len(word) > 4 and word.lower().endswith("ed")):
            break
        words.append(word)
        pos = m.start() + len(m.group())
        if text[m.end() - 1 : m.end()] == "." and not _ABBREVIATION.fullmatch(m.group()):
            break  # a full stop after a word ends the sentence
        if len(words) >= max_words:
            break
    if not words:
        return None
    # Keep "U.S." whole; drop a trailing apostrophe-s.
    phrase = " ".join(words)
    return re.sub(r"['’]s$", "", phrase) or None


def _is_year(raw: str, value: float, m: re.Match[str]) -> bool:
    return (
        len(raw) == 4
        and raw.isdigit()
        and 1800 <= value <= 2100
        and not (m.group("cur") or m.group("mag") or m.group("pct") or m.group("unit"))
    )


def find_quantities(
    text: str, skip: Iterable[tuple[int, int]] = (), doc: Doc | None = None
) -> list[Quantity]:
    """The quantities of `text`, in order. `skip` holds spans (e.g. time
    mentions) whose numbers are not quantities; `doc`, the parse of `text`
    when there is one, keeps verbs out of what is measured."""
    skip = list(skip)
    tags = {t.idx: t.pos_ for t in doc} if doc is not None else None
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(text or ""):
        raw = m.group("num")
        value = _number(raw)
        if value is None:
            continue
        nstart, nend = m.span("num")
        if any(a < nend and nstart < b for a, b in skip):
            continue
        if _is_year(raw, value, m):
            continue
        if text[nend : nend + 2].lower() in ("st", "nd", "rd", "th") and raw.isdigit():
            continue  # an ordinal
        if _MONTH_NEAR.search(text[max(0, nstart - 6) : nstart]) or _MONTH_AFTER.match(
            text[nend : nend + 12]
        ):
            continue  # a day of a date
        word_number = not raw[0].isdigit()
        mag = (m.group("mag") or "").lower()
        if mag in ("m", "b", "k") and not m.group("cur"):
            mag = ""  # "5 m" is metres, "3 b" a label: only "$5m", "$3b" are magnitudes
        if word_number and not (mag or m.group("pct") or m.group("unit") or m.group("curword")):
            continue  # "one of the", "two sides": counting words alone are not quantities
        if mag:
            value *= _MAGNITUDES[mag]
        unit: str | None = None
        cur = (m.group("cur") or "").lower()
        if cur:
            unit = _CURRENCY_SIGNS.get(cur, "USD")
        elif m.group("curword"):
            unit = _CURRENCY_WORDS[m.group("curword").lower()]
        elif m.group("pct"):
            unit = "percentage point" if "point" in m.group("pct").lower() else "percent"
        elif m.group("unit"):
            unit = _UNITS[m.group("unit").lower()]
        # Where the quantity starts: the approximation word, else the sign or number.
        if m.group("approx"):
            start = m.start("approx")
        elif m.group("cur"):
            start = m.start("cur")
        else:
            start = nstart
        end = max(e for e in (m.end(g) for g in ("num", "mag", "pct", "curword", "unit")) if e > 0)
        if mag == "" and m.group("mag"):
            end = nend
        measured = _measured(text, end, unit, tags)
        if (
            unit is None
            and measured is None
            and not mag
            and not m.group("approx")
            and value < 10
            and "." not in raw
        ):
            continue  # a bare small number ("3 of them", list markers) says nothing
        out.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                value=value,
                unit=unit,
                measured=measured,
                approx=bool(m.group("approx")),
            )
        )
    return out


def _measured(
    text: str, end: int, unit: str | None, tags: dict[int, str] | None = None
) -> str | None:
    """What a quantity ending at `end` measures."""
    rest = text[end : end + 80]
    of = _LEAD_OF.match(rest)
    if of:  # "2 million tons” of aluminum", "15% of U.S. imports"
        return _phrase(text, end + of.end(), 3, tags)
    if unit in ("USD", "EUR", "GBP", "JPY", "RUB", "CNY", "UAH"):
        # "$300 billion in aid" / "a $5 billion deal": the noun right after.
        lead = re.match(r"\s+(?:in\s+)?", rest)
        return _phrase(text, end + lead.end(), 2, tags) if lead else None
    lead = re.match(r"[ \t]+", rest)
    if not lead:
        return None
    # "a 10% tariff", "20,000 anti-drone missiles", "2 million tons" (the unit
    # itself is not the thing measured).
    return _phrase(text, end + lead.end(), 3 if unit is None else 2, tags)
