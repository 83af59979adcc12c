"""The article zone of a full page render: where the body text stands.

A text dump of a whole web page (every menu item, teaser and footer link on
its own line) holds the article as one dense run of prose lines among long
runs of short lines. Before the line classifier looks at such a page, this
module finds that run, so the classifier (and the splitter) only see the lines
near the article, and everything far from it is removed as page furniture.

The cascade, each step a pure function over the page's lines:

1. Scores: a prose line counts its words (so does each row of a table or schedule,
   see :func:`data_runs`); any other line, a symbol-bulleted one included, costs a
   fixed amount (more for a prose-shaped line the classifier calls furniture; a
   photo caption is not called so). A comment-thread opener, a share bar or a
   copyright line is a stop the zone never crosses.
2. :func:`dense_segments`: the maximal-sum segments of those scores, found
   recursively (best segment, then the best left and right of it).
3. :func:`main_zone`: the *first* segment holding at least
   :data:`MAIN_SEGMENT_SHARE` of the largest one's mass (an article comes
   before the comments, teaser grids and cookie texts below it; and above a comment
   thread, however heavy the replies), grown over its edges with milder costs so a
   list, table or subheading inside the article is not cut off (a list after a
   lead-in line ending in a colon is cheaper still; furniture prose dearer).

Nothing here decides why a line is furniture: the zone only says where the
article is. Lines outside it are removed by :mod:`.textdump` with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

#: A page is a full render (menus and all) when it holds at least this many short lines...
RENDER_MIN_SHORT_LINES = 25
#: ... making up at least this share of its non-blank lines. Pages pasted by hand or
#: built from articles (the seeds, multi-article dumps) have few short lines.
RENDER_MIN_SHORT_SHARE = 0.3
#: A line of at most this many words is "short": a menu item, a label, a button.
SHORT_LINE_WORDS = 4
#: A prose line has at least this many words (CJK: characters / 2).
PROSE_MIN_WORDS = 8
#: A line not ending like a sentence is prose only from this many words...
PROSE_UNENDED_MIN_WORDS = 15
#: ... and with this share of function words.
PROSE_MIN_STOPWORD_SHARE = 0.2
#: Cost of a non-prose line inside the core segment: a teaser headline or a menu item
#: between two paragraphs splits them unless the paragraphs outweigh it.
CORE_LINE_COST = 15
#: Cost of a prose-shaped line the classifier calls furniture (a cookie or paywall text).
FURNITURE_LINE_COST = 30
#: Cost of a prose-shaped furniture line at the edge (a sign-up or cookie text): the
#: zone crosses it only for a great deal of prose beyond.
EDGE_FURNITURE_COST = 60
#: Cost of a non-prose line when the core grows over its edges: lists, tables and
#: subheadings inside an article are cheap to cross when prose follows.
EDGE_LINE_COST = 2
#: Cost of a bulleted line ("* Click to share", "+ Section") at the edge: teaser and
#: link lists are bulleted in page renders; a list inside an article is short.
EDGE_BULLET_COST = 8
#: Cost of a share prompt ("Share this article") in the core and at the edge. A
#: comment-thread opener, a copyright line or a row of social networks ends the zone
#: outright, but a magazine may put a share prompt between two sections of an article:
#: the zone crosses it when this many words of prose (and more) lie beyond.
SHARE_PROMPT_COST = 300
#: A line ending in a colon introduces a list when it has at least this many words.
LEAD_IN_MIN_WORDS = 3
#: How far (in lines) the zone looks past its edge for more prose.
EDGE_LOOKAHEAD = 15
#: A segment lighter than this (in prose words) is no article.
SEGMENT_MIN_MASS = 20
#: The main zone is the first segment with at least this share of the largest's mass.
MAIN_SEGMENT_SHARE = 0.5

#: The ASCII characters, for the first-character gates below and in :mod:`.textdump`.
ASCII_CHARS = tuple(chr(i) for i in range(128))


def first_chars(items: list, flags: int) -> tuple[set[str], bool]:  # noqa: ANN001
    """The ASCII characters a parsed pattern (``re._parser`` items) can start a match
    with, and whether it can match the empty string. Each literal or character class is
    asked of every ASCII character by ``re`` itself (case folding included); anything not
    understood may start with any character."""
    from re import _constants as c

    chars: set[str] = set()
    for op, av in items:
        nullable = False
        if op == c.LITERAL:
            here = _ascii_matching(re.escape(chr(av)), flags)
        elif op == c.IN:
            here = _ascii_matching(_class_source(av), flags)
        elif op == c.BRANCH:
            here = set()
            for alternative in av[1]:
                some, empty = first_chars(alternative.data, flags)
                here |= some
                nullable = nullable or empty
        elif op == c.SUBPATTERN:
            _, add, remove, sub = av
            here, nullable = first_chars(sub.data, (flags | add) & ~remove)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            here, nullable = first_chars(av[2].data, flags)
            nullable = nullable or av[0] == 0
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the next item starts
            here, nullable = set(), True
        else:
            here = set(ASCII_CHARS)
        chars |= here
        if not nullable:
            return chars, False
    return chars, True


def _ascii_matching(source: str | None, flags: int) -> set[str]:
    if source is None:
        return set(ASCII_CHARS)
    pattern = re.compile(source, flags)
    return {char for char in ASCII_CHARS if pattern.fullmatch(char)}


def _class_source(items: list) -> str | None:  # noqa: ANN001
    """A parsed character class written back as a pattern (``None`` if not understood)."""
    from re import _constants as c

    categories = {
        c.CATEGORY_DIGIT: r"\d",
        c.CATEGORY_NOT_DIGIT: r"\D",
        c.CATEGORY_SPACE: r"\s",
        c.CATEGORY_NOT_SPACE: r"\S",
        c.CATEGORY_WORD: r"\w",
        c.CATEGORY_NOT_WORD: r"\W",
    }
    negate, parts = "", []
    for op, av in items:
        if op == c.NEGATE:
            negate = "^"
        elif op == c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op == c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op == c.CATEGORY and av in categories:
            parts.append(categories[av])
        else:
            return None
    return f"[{negate}{''.join(parts)}]"


def cannot_start(pattern: re.Pattern[str]) -> frozenset[str]:
    """The ASCII characters no match of ``pattern`` can start with: a line starting with
    one of them is not matched at all (a regex call costs more than a set look-up)."""
    try:
        from re import _parser
    except ImportError:  # pragma: no cover - every line is matched
        return frozenset()
    chars, nullable = first_chars(_parser.parse(pattern.pattern, pattern.flags).data, pattern.flags)
    return frozenset() if nullable else frozenset(ASCII_CHARS) - chars


#: Lines that open a comment thread or a share bar: the article never runs past them.
_COMMENT_OPENER = (
    r"^[\[(]?\s*(?:\d+\s+)?(?:(?:top[- ]rated|latest|all|show|view|reader|user)\s+)?"
    r"(?:comments?|responses?|replies|reactions)\b(?:\s+(?:to|on)\b.*)?\s*[\])]?$"
    r"|^(?:leave|post|add|write) (?:a |your )?(?:comment|reply|response)"
    r"|^\S+(?: \S+)? (?:says|wrote|commented):$"
)
ZONE_STOP_RE = re.compile(_COMMENT_OPENER + r"|^(?:share|click to share|share this)\b", re.I)
# ZONE_STOP_RE in two: the "Jane says:" form ends on a colon, so only lines ending on one
# are matched against it (``$`` also stands before a last newline).
_SAYS_SOURCE = r"^\S+(?: \S+)? (?:says|wrote|commented):$"
assert _SAYS_SOURCE in _COMMENT_OPENER
_ZONE_STOP_NOT_SAYS_RE = re.compile(ZONE_STOP_RE.pattern.replace("|" + _SAYS_SOURCE, ""), re.I)
_SAYS_RE = re.compile(_SAYS_SOURCE, re.I)
#: Most lines of a render ("* Home", "+ Sport", "Obituaries") cannot start a stop.
_NOT_STOP_START = cannot_start(_ZONE_STOP_NOT_SAYS_RE)
_COLON_ENDS = (":", ":\n")
#: A copyright line ("© 2019 Example Media. All rights reserved.") closes the article.
COPYRIGHT_RE = re.compile(
    r"^.{0,40}(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b|^.{0,120}\ball rights reserved\b",
    re.I,
)
#: (Spelt out again in :func:`is_zone_stop`.)
_COPYRIGHT_KEYS = (
    "©",
    "(c)",
    "(C)",
    "opyright",
    "OPYRIGHT",
    "ights reserved",
    "ights Reserved",
    "IGHTS RESERVED",
)


def is_zone_stop(text: str) -> bool:
    """A comment-thread opener, a share bar or a copyright line: the zone never crosses it."""
    return _opens_stop(text) or _closes_article(text)


def _opens_stop(text: str) -> bool:
    """:data:`ZONE_STOP_RE`: a line opening a comment thread or a share bar."""
    return (text[:1] not in _NOT_STOP_START and _ZONE_STOP_NOT_SAYS_RE.match(text) is not None) or (
        text.endswith(_COLON_ENDS) and _SAYS_RE.match(text) is not None
    )


def _closes_article(text: str) -> bool:
    """A copyright line or a share bar (the other stops of :func:`is_zone_stop`)."""
    if (
        # any of _COPYRIGHT_KEYS (a chain of substring tests is the fastest way to ask)
        "©" in text
        or "(c)" in text
        or "(C)" in text
        or "opyright" in text
        or "OPYRIGHT" in text
        or "ights reserved" in text
        or "ights Reserved" in text
        or "IGHTS RESERVED" in text
    ) and COPYRIGHT_RE.match(text):
        return True
    return is_share_bar(text)


#: Social networks named by share bars ("Facebook Twitter WhatsApp Email").
SOCIAL_NAMES = frozenset(
    "facebook twitter whatsapp linkedin reddit pinterest telegram flipboard messenger tumblr "
    "mastodon bluesky instagram youtube tiktok vk viber".split()
)
#: A share bar is a short line naming at least this many social networks (and made
#: of their names for at least half of its words).
SHARE_BAR_MIN_NAMES = 2
SHARE_BAR_MAX_WORDS = 8
SHARE_BAR_MAX_CHARS = 120
_SOCIAL_NAME_RE = re.compile("|".join(sorted(SOCIAL_NAMES)))


def is_share_bar(text: str) -> bool:
    """A row of share buttons: it stands at the article's edge, never inside it."""
    if len(text) > SHARE_BAR_MAX_CHARS or text.count(" ") >= SHARE_BAR_MAX_WORDS:
        return False
    lowered = text.lower()
    if _SOCIAL_NAME_RE.search(lowered) is None:
        return False  # every name counted below is a substring of the lowered line
    words = lowered.replace(",", " ").replace("|", " ").split()
    if not words or len(words) > SHARE_BAR_MAX_WORDS:
        return False
    names = sum(1 for word in words if word.strip(".!:;") in SOCIAL_NAMES)
    # "Stars of Instagram and YouTube" is a subhead: a bar is mostly the networks' names.
    return names >= SHARE_BAR_MIN_NAMES and 2 * names >= len(words)


#: Lines that open a comment thread: the prose after the first of them is readers'.
COMMENT_OPENER_RE = re.compile(_COMMENT_OPENER, re.I)
#: An article before the comment thread is chosen over heavier prose after it when it
#: holds at least this many prose words.
BEFORE_COMMENTS_MIN_MASS = 50
#: A bulleted line in a page render: "* item", "+ item", "o item", "- item", "1. item".
BULLET_LINE_RE = re.compile(r"^(?:[*+•◦▪·o-]|\d{1,2}[.)])\s")
#: A line bulleted with a symbol (not numbered): in a render, an item of a link or teaser
#: list unless prose stands around it.
SYMBOL_BULLET_RE = re.compile(r"^[*+•◦▪·o-]\s")
_NOT_BULLET_START = cannot_start(BULLET_LINE_RE)
_NOT_SYMBOL_START = cannot_start(SYMBOL_BULLET_RE)


def is_symbol_bulleted(text: str) -> bool:
    """:data:`SYMBOL_BULLET_RE`: a list item bulleted with a symbol ("* ", "• "), not a
    number (asked only of lines whose first character can start one)."""
    return text[:1] not in _NOT_SYMBOL_START and SYMBOL_BULLET_RE.match(text) is not None


_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END = ".!?。！？:;"
_TRAILING = "\"'”’»)] "
STOPWORDS = frozenset(
    "the a an of to in and or but is are was were be been has have had it its on for with "
    "as at by from that this which who he she they we i his her their our not said says will "
    "would can could than then there about after before into over de la el en y que los las "
    "le les des et du un une die der und das ist von zu il di che per na os da do em um uma "
    # more function words of Portuguese, Spanish, Italian, French, German and Dutch
    "o e é se com não para por mais como mas ao dos das no nas nos pela pelo sua seu "
    "del al lo con es su más una pero sus nel della gli non sono è une est pour pas dans qui "
    "sur au avec ce sont ne den dem mit sich nicht auf für ein eine im het een van op".split()
)


def word_weight(text: str, words: int | None = None) -> int:
    """Words in ``text`` (``words``, when counted already); for Chinese, Japanese or
    Korean text, characters / 2."""
    if words is None:
        words = len(text.split())
    if text.isascii():
        return words
    # A CJK character takes three bytes in UTF-8, two more than an ASCII one: when a
    # quarter of the line's extra bytes is no more than its words, half its CJK
    # characters cannot be either, and they are not counted (a regex scan of the line).
    if (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 4 <= words:
        return words
    cjk = len(_CJK_RE.findall(text))
    return max(words, cjk // 2) if cjk else words


#: Pure tests asked more than once about a line (by the prose test and the zone scores,
#: by the zone's and the headline lists' table finders): memoised. The text cleaner
#: empties these memos before each page (see :data:`PAGE_MEMOS`); the bound caps others.
_MEMO_SIZE = 1 << 14
_weight = lru_cache(maxsize=_MEMO_SIZE)(word_weight)


#: A capitalised headline run into the blurb under it, with no space between:
#: "Police Name Suspect In Harbour FireA 24-year-old man was ...".
#: (Searched for as the capital, with the glue character behind it: capitals are rare in
#: a line, so the search skips most characters without trying a match.)
_GLUED_RE = re.compile(r"[A-Z](?<=[a-z0-9.?!’”)][A-Z])(?=[a-z])")
_HEADLINE_SMALL_WORDS = frozenset("of in at the a an to for on and or with by from vs as".split())
#: The glued headline stands within this many characters of the line start.
GLUED_HEADLINE_MAX_CHARS = 160
#: ... and the word it glues onto has at least this many characters ("Mc", "Le", "You"
#: and "Mac" start names written in camel case).
GLUED_WORD_MIN_CHARS = 4


def is_glued_teaser(text: str) -> bool:
    """A teaser card rendered as one line: a Title-Case headline glued to its blurb.

    The word at the glue must be a whole word before it ("SteakhouseA party"), not a
    name written in camel case ("McPherson", "LeBron", "YouTube").
    """
    match = _GLUED_RE.search(text, 0, GLUED_HEADLINE_MAX_CHARS)
    if not match:
        return False
    words = text[: match.start()].split()
    if len(words) < 3 or len(words[-1].lstrip("\"'‘“(")) < GLUED_WORD_MIN_CHARS:
        return False
    return all(
        word[:1].isupper() or word[:1].isdigit() or not word[:1].isalpha()
        or word in _HEADLINE_SMALL_WORDS
        for word in words
    )  # fmt: skip


def is_prose(text: str, weight: int | None = None) -> bool:
    """A sentence-like line: long enough, and ending like a sentence or full of function
    words (prose in any of a few languages); not a teaser card glued into one line
    (``weight``: its :func:`word_weight`, when known)."""
    if weight is None:
        weight = _weight(text)
    if weight < PROSE_MIN_WORDS:
        return False
    if is_glued_teaser(text):
        return False
    if text.rstrip(_TRAILING)[-1:] in _SENTENCE_END:
        return True
    if BULLET_LINE_RE.match(text.lstrip()) or weight < PROSE_UNENDED_MIN_WORDS:
        return False  # a teaser headline in a link list, not a paragraph
    words = text.lower().split()
    if not words:
        return False
    stop = sum(1 for word in words if word.strip('.,;:"“”‘’()') in STOPWORDS)
    return stop / len(words) >= PROSE_MIN_STOPWORD_SHARE


def is_full_render(texts: Sequence[str]) -> bool:
    """True for a dump of a whole page: many short lines (menus, buttons, labels)."""
    lines = [text for text in texts if text.strip()]
    short = sum(1 for text in lines if len(text.split()) <= SHORT_LINE_WORDS)
    return short >= RENDER_MIN_SHORT_LINES and short >= RENDER_MIN_SHORT_SHARE * len(lines)


def dense_segments(scores: Sequence[int]) -> list[tuple[int, int, int]]:
    """``(mass, start, end)`` of the maximal-sum segments, heaviest first found."""
    found: list[tuple[int, int, int]] = []
    pending = [(0, len(scores))]
    while pending:
        low, high = pending.pop()
        best, best_start, best_end = 0, low, low
        running, start = 0, low
        for index in range(low, high):
            if running <= 0:
                running, start = 0, index
            running += scores[index]
            if running > best:
                best, best_start, best_end = running, start, index + 1
        if best >= SEGMENT_MIN_MASS:
            found.append((best, best_start, best_end))
            pending.extend([(low, best_start), (best_end, high)])
    return found


#: The edge score of a line that the zone never grows over.
_STOP = -(10**6)


def _cheapen_introduced_lists(
    lines: Sequence[str], edge: list[int], bulleted: Sequence[bool] | None = None
) -> None:
    """A bulleted list right after a lead-in line ending in a colon ("Foods you may eat:")
    is the article's own list: its items cost no more than any other non-prose line
    (``bulleted``: whether each line matches :data:`BULLET_LINE_RE`, if known)."""
    introduced = False
    for index, text in enumerate(lines):
        if bulleted[index] if bulleted is not None else BULLET_LINE_RE.match(text):
            if introduced and edge[index] == -EDGE_BULLET_COST:
                edge[index] = -EDGE_LINE_COST
            continue
        introduced = text.rstrip().endswith(":") and len(text.split()) >= LEAD_IN_MIN_WORDS


def _grow(
    scores: Sequence[int],
    start: int,
    end: int,
    settle: Callable[[range], object] | None = None,
) -> tuple[int, int]:
    """Grow ``[start, end)`` over its edges while more prose than cost lies beyond
    (``settle(indices)``: makes the scores of those lines final before they are read)."""
    while True:
        best, new_end, running = 0, end, 0
        ahead = range(end, min(len(scores), end + EDGE_LOOKAHEAD))
        if settle is not None:
            settle(ahead)
        for index in ahead:
            running += scores[index]
            if running > best:
                best, new_end = running, index + 1
        if new_end == end:
            break
        end = new_end
    while True:
        best, new_start, running = 0, start, 0
        behind = range(start - 1, max(-1, start - 1 - EDGE_LOOKAHEAD), -1)
        if settle is not None:
            settle(behind)
        for index in behind:
            running += scores[index]
            if running > best:
                best, new_start = running, index
        if new_start == start:
            break
        start = new_start
    return start, end


#: A row of a table or a schedule: this many words at least, with a digit
#: ("3 Kevin Harvick 5033 4 6 15 26", "June 9 – West Palm Beach, FL @ Coral Sky").
DATA_ROW_MIN_WORDS = 4
#: Rows in a row that make a table: menus and teaser lists hold no such runs.
DATA_RUN_MIN = 5
_DIGIT_RE = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """``_DIGIT_RE.search(text) is not None``: on ASCII text by substring tests (a chain
    of them is the fastest way to ask; the regex scan of a long line costs more)."""
    if text.isascii():
        return (
            "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
        )  # fmt: skip
    return _DIGIT_RE.search(text) is not None


_ROW_SEPARATOR_RE = re.compile(r"\s[–—|@/-]\s|[:;,]\s")
DATA_ROW_MAX_WORDS = 16
_SHAPE_DIGITS = re.compile(r"\d+")
_SHAPE_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]+")
_SHAPE_LOWER = re.compile(r"[a-zß-öø-ÿ]+")


def is_data_row(text: str) -> bool:
    """A row of a table or schedule: a few words with figures in two cells, or a figure
    and a separator ("June 9 – Tampa, FL"); not a bulleted item, not a numbered headline
    ("6 Things to Do in May")."""
    if not has_digit(text):
        return False
    words = text.split()
    if not DATA_ROW_MIN_WORDS <= len(words) <= DATA_ROW_MAX_WORDS or BULLET_LINE_RE.match(text):
        return False
    figures = sum(1 for word in words if _DIGIT_RE.search(word))
    return figures >= 2 or (figures == 1 and _ROW_SEPARATOR_RE.search(text) is not None)


@lru_cache(maxsize=_MEMO_SIZE)
def _row_shape_if_row(text: str) -> str | None:
    return row_shape(text) if is_data_row(text) else None


#: The memos of this module, for a caller to empty between pages.
PAGE_MEMOS = (_weight, _row_shape_if_row)


def row_shape(text: str) -> str:
    """The shape of a row's first two cells ("1 Kyle Busch 5040" -> "0 Aa"): the rows of
    one table share it, a list of teasers that happen to hold figures does not."""
    return _SHAPE_DIGITS.sub(
        "0", _SHAPE_LOWER.sub("a", _SHAPE_UPPER.sub("A", " ".join(text.split()[:2])))
    )


def data_runs(lines: Sequence[str], digits: Sequence[bool] | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` of the runs of at least :data:`DATA_RUN_MIN` consecutive rows of
    one shape among ``lines`` (blank lines end a run only when the next line is no row;
    ``digits``: :func:`has_digit` of each line, if known)."""
    content = [index for index, text in enumerate(lines) if text != ""]
    held = (
        [has_digit(lines[index]) for index in content]
        if digits is None
        else [digits[index] for index in content]
    )
    runs: list[tuple[int, int]] = []
    # Every row holds a figure, so a run lies within a stretch of at least DATA_RUN_MIN
    # lines with a digit in a row (found by one scan of the flags as bytes): only those
    # lines are asked their row shape (a lone "2 hours ago" or "© 2024" between menu items
    # is not), and the row after a stretch ends any run in it.
    for stretch in _STRETCH_RE.finditer(bytes(held)):
        first, after = stretch.span()
        start, shape, count = 0, None, 0
        for row in range(first, after + 1):
            this = _row_shape_if_row(lines[content[row]]) if row < after else None
            if this is not None and this == shape:
                count += 1
                continue
            index = content[row] if row < len(content) else len(lines)
            if count >= DATA_RUN_MIN:
                runs.append((start, index))
            start, shape, count = index, this, 1 if this is not None else 0
    return runs


#: DATA_RUN_MIN or more lines with a digit in a row, among flags written as bytes.
_STRETCH_RE = re.compile(b"\x01{%d,}" % DATA_RUN_MIN)


def _mark_data_runs(
    lines: Sequence[str], prose: list[bool], digits: Sequence[bool] | None = None
) -> None:
    """Count the rows of a table or schedule as prose: an article may be a table (league
    standings, a race calendar), and its rows weigh like its sentences."""
    for start, end in data_runs(lines, digits):
        for row in range(start, end):
            prose[row] = True


def main_zone(
    texts: Sequence[str],
    is_furniture: Callable[[str], bool],
    prose_test: Callable[[str], bool] = is_prose,
) -> tuple[int, int] | None:
    """``[start, end)`` of the article's lines among ``texts`` (blank lines included), or
    ``None`` when no run of prose stands out.

    ``is_furniture`` is asked only about prose-shaped lines (a cookie notice, a paywall
    text), so the cost of the classifier is paid on a few lines, not on every menu item.
    """
    positions = [index for index, text in enumerate(texts) if text.strip()]
    if not positions:
        return None
    lines = [texts[index].strip() for index in positions]
    zone = zone_of_lines(lines, [prose_test(text) for text in lines], is_furniture)
    if zone is None:
        return None
    start, end = zone
    return positions[start], positions[end - 1] + 1


def zone_of_lines(
    lines: Sequence[str],
    is_prose_line: Sequence[bool],
    is_furniture: Callable[[str], bool],
    digits: Sequence[bool] | None = None,
    weights: Sequence[int] | None = None,
) -> tuple[int, int] | None:
    """:func:`main_zone` of a page's non-blank lines, stripped, with whether each is prose
    and (if known) holds a digit and its :func:`word_weight` (a caller that knows these
    already, such as :mod:`.textdump`, asks nothing again): ``[start, end)`` indexes
    ``lines``."""
    if not lines:
        return None
    prose = list(is_prose_line)  # table rows are counted as prose below
    _mark_data_runs(lines, prose, digits)
    if weights is None:
        weights = [_weight(text) if p else 0 for text, p in zip(lines, prose, strict=True)]
    # Every line's scores in one pass: the core score (see module doc), the edge score
    # (furniture, bullets and other non-prose lines cost EDGE_FURNITURE_COST,
    # EDGE_BULLET_COST and EDGE_LINE_COST; prose weighs its words) and whether it is
    # bulleted at all (for lists after a lead-in).
    # Stops are found in two steps: the lines opening a comment thread or a share bar
    # here, the copyright lines and share bars (dearer to find, and rare) by ``settle``.
    stops: list[bool] = []
    core: list[int] = []
    edge: list[int] = []
    bulleted: list[bool] = []
    # A render repeats lines (menus above and below the article): each is asked once.
    stop_of: dict[str, bool] = {}
    for text, p, weight in zip(lines, prose, weights, strict=True):
        stop = stop_of.get(text)
        if stop is None:
            stop = stop_of[text] = _opens_stop(text)
        furniture = p and is_furniture(text)
        first = text[:1]
        symbol = first not in _NOT_SYMBOL_START and SYMBOL_BULLET_RE.match(text) is not None
        bullet = symbol or (
            first not in _NOT_BULLET_START and BULLET_LINE_RE.match(text) is not None
        )
        stops.append(stop)
        bulleted.append(bullet)
        if stop:
            if COMMENT_OPENER_RE.match(text) is None:  # a share prompt: dear, not closed
                core.append(-SHARE_PROMPT_COST)
                edge.append(-SHARE_PROMPT_COST)
                continue
            core.append(_STOP)
            edge.append(_STOP)
            continue
        if furniture:
            core.append(-FURNITURE_LINE_COST)
            edge.append(-EDGE_FURNITURE_COST)
            continue
        core.append(weight if p and not symbol else -CORE_LINE_COST)
        if symbol or (not p and bullet):
            edge.append(-EDGE_BULLET_COST)
        else:
            edge.append(weight if p else -EDGE_LINE_COST)
    settled = [False] * len(lines)

    def settle(indices: range) -> bool:
        """Make stops of the copyright lines and share bars among ``lines[indices]`` (each
        line asked once); True when one was found."""
        found = False
        for index in indices:
            if not settled[index]:
                settled[index] = True
                if not stops[index] and _closes_article(lines[index]):
                    core[index] = edge[index] = _STOP
                    found = True
        return found

    # The segments of the scores with only the lines in them asked whether they close the
    # article: a stop only lowers a score, so while no segment found holds one, the stops
    # elsewhere change none of them (no later start, no earlier end, no heavier mass).
    while True:
        segments = dense_segments(core)
        found = False
        for _, low, high in segments:
            found = settle(range(low, high)) or found
        if not found:
            break
    if not segments:
        return None
    opener = next(
        (i for i, text in enumerate(lines) if stops[i] and COMMENT_OPENER_RE.match(text)), None
    )
    if opener is not None:
        # Readers' comments can outweigh the article; the article stands above them.
        before = [s for s in segments if s[2] <= opener and s[0] >= BEFORE_COMMENTS_MIN_MASS]
        segments = before or segments
    heaviest = max(mass for mass, _, _ in segments)
    _, start, end = min(
        (s for s in segments if s[0] >= MAIN_SEGMENT_SHARE * heaviest), key=lambda s: s[1]
    )
    _cheapen_introduced_lists(lines, edge, bulleted)
    return _grow(edge, start, end, settle)
