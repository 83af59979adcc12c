"""Which of many line rules could match a line, in one pass of Hyperscan.

The line classifier asks hundreds of Python patterns about every short line, and almost
every line matches none of them. Python's ``re`` tries them one at a time; Hyperscan
(Intel's multi-pattern engine, the ``hyperscan`` package) compiles a whole set of
patterns into one automaton ahead of time and scans a line against all of them at once.
:class:`RulePrefilter` gives each rule a translation that matches *at least* every text
the Python pattern matches (lookarounds dropped, back-references widened to anything,
atomic groups and possessive repeats made plain, counted repeats widened to "or more"),
so a rule it rules out cannot match, and only the rules it lets through are then asked
in Python, in their order, for the real verdict. Verdicts are the same with and without
it; only their cost changes.

Why Hyperscan and not RE2's sets: RE2 builds its automaton lazily, state by state, as
texts need them. On lines it has seen before a set match is cheap, but on new lines it
keeps building states (60-150 µs a line for these tables), so a page the process has
never seen was judged at half the speed of the plain Python path. Hyperscan does that
work when it compiles: a line costs the same (about 2 µs) seen or not.

Compiling the tables takes one to three seconds, so the compiled database is kept in a
cache file (``$STORYLINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/storyline``, else
``~/.cache/storyline``) named after a digest of the translations and of Hyperscan's
version; a later process loads it in milliseconds. A cache that cannot be read is
compiled again; one that cannot be written is skipped.

The translation is exact in what it widens only on printable ASCII text: there the two
engines agree on ``\\w``, ``\\d``, ``\\s``, ``\\b`` and case. Characters beyond ASCII are
scanned as stand-ins:

- a mark (punctuation or a symbol: dashes, curly quotes, arrows, bullets, currency
  signs, emoji) as "~". In a pattern a mark matches "~" too, and so does every class or
  negated class that may match a mark. Marks, like "~", are neither word characters,
  digits, spaces nor cased;
- a word character (a letter or digit of any script: "é", "д", "語", "٣") as "_". In a
  pattern, a literal or class that may match such a character matches "_" too, and so do
  "\\d" and every negated class but those naming "\\w". Both are word characters to
  "\\b", in Python and in Hyperscan, and neither has an ASCII case twin.

So the translation still matches at least what the pattern does. A line holding any
other character (a space or control beyond ASCII, or one that matches an ASCII letter
when case is ignored, such as the Kelvin sign), a missing ``hyperscan`` (it has no wheel
for some platforms) or a failed scan answers ``None``: "ask every rule". A pattern
Hyperscan refuses is let through on every line.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

try:  # pragma: no branch - the package is a dependency where it has a wheel
    import hyperscan
except ImportError:  # pragma: no cover - without it every rule is asked
    hyperscan = None

from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

#: The largest counted repeat kept as counted: a larger bound is widened to "or more" and
#: a larger minimum lowered to this (both only widen a match). Counted repeats make
#: Hyperscan's compiling slow, and the Python rule asked next checks the real count.
_MAX_COUNT = 1
#: What a character that is not ASCII becomes: a byte no ASCII text holds, so a literal
#: that is not ASCII matches nothing, as it matches nothing in a printable ASCII line.
_NO_ASCII = "\\xff"
#: The cache's environment variable, and the folder under the user's cache folder.
CACHE_ENV = "STORYLINE_CACHE_DIR"
_CACHE_FOLDER = "storyline"
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ANCHORS = {
    sre.AT_BEGINNING: "^",
    sre.AT_BEGINNING_STRING: "^",
    sre.AT_END: "$",
    sre.AT_END_STRING: "$",
    sre.AT_BOUNDARY: r"\b",
    sre.AT_NON_BOUNDARY: r"\B",
}
#: DOTALL is left out: a printable line holds no newline, so "." is the same with it or
#: without.
_FLAG_LETTERS = ((re.I, "i"), (re.M, "m"))
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
#: The characters of the lines the prefilter judges. Every class, "." and "\\w" among
#: them, is written out as the printable ASCII characters it holds: besides being exact
#: on those lines, this keeps clear of Hyperscan 5.4 missing matches of patterns with
#: repeats of classes wider than that, as in "^(?:(?s:.)+[.!] )?switch" on "Lite. switch",
#: or ".+" in a database with some other rules.
_PRINTABLE = frozenset(range(0x20, 0x7F))
#: What a mark and a word character beyond ASCII (see the module's docstring) stand in
#: as, in lines and in patterns.
_MARK = ord("~")
_WORD = ord("_")
_NOT_MARK_RE = re.compile(r"[\w\s]")
_WORD_RE = re.compile(r"\w")
#: The characters beyond ASCII that an ASCII character matches when case is ignored, in
#: Python's ``re``: "İ" and "ı" ("i"), the long s ("s") and the Kelvin sign ("k"). (A test
#: asks every character.) Lines holding one are not scanned.
ASCII_TWINNED = frozenset({0x130, 0x131, 0x17F, 0x212A})
#: The characters beyond ASCII that are no word characters but match one when case is
#: ignored: the Greek ypogegrammeni (a combining mark) matches "ι". (A test asks every
#: character.) In a pattern it takes "_" too; in a line it is not scanned.
FOLDS_TO_WORD = frozenset({0x345})


@cache
def _is_mark(code: int) -> bool:
    """Whether the character ``code`` is a mark: beyond ASCII, punctuation or a symbol,
    and matched by none of ``\\w``, ``\\d``, ``\\s`` nor, when case is ignored, by an ASCII
    character."""
    char = chr(code)
    return (
        code >= 0x80
        and code not in ASCII_TWINNED
        and unicodedata.category(char)[0] in "PS"
        and _NOT_MARK_RE.match(char) is None
    )


@cache
def _is_word(code: int) -> bool:
    """Whether the character ``code`` is a word character beyond ASCII with no ASCII case
    twin (it stands in as "_")."""
    return code >= 0x80 and code not in ASCII_TWINNED and _WORD_RE.match(chr(code)) is not None


class _StandInTable(dict):  # type: ignore[type-arg]
    """``str.translate`` table writing each character beyond ASCII as its stand-in: "~"
    for a mark, "_" for a word character, and NUL (which no printable line holds, so the
    line is not scanned) for any other."""

    def __missing__(self, code: int) -> str:
        if code < 0x80:
            value = chr(code)
        else:
            value = "~" if _is_mark(code) else "_" if _is_word(code) else "\0"
        self[code] = value
        return value


_STAND_INS = _StandInTable()
#: Ranges of patterns longer than this are taken to hold a mark (or a word character)
#: without looking.
_MARK_SEARCH_LIMIT = 0x3000


def _may_match_word(code: int) -> bool:
    """Whether the character ``code`` may match a word character beyond ASCII (which a
    line writes as "_"): it is one, or one of :data:`FOLDS_TO_WORD`."""
    return code in FOLDS_TO_WORD or _WORD_RE.match(chr(code)) is not None


@cache
def _holds(low: int, high: int, test: Callable[[int], bool]) -> bool:
    """Whether ``low``..``high`` holds a character beyond ASCII that passes ``test``
    (:func:`_is_mark` or :func:`_may_match_word`)."""
    low = max(low, 0x80)
    if high - low > _MARK_SEARCH_LIMIT:
        return True
    return any(test(code) for code in range(low, high + 1))


class _Untranslatable(Exception):
    """A construct with no Hyperscan counterpart the translation knows."""


@cache
def _ascii_twins(low: int, high: int) -> frozenset[int]:
    """The printable ASCII characters that one of the characters ``low``..``high`` (none
    of them ASCII) matches when case is ignored: "k" for the Kelvin sign, "s" for the
    long s."""
    pattern = re.compile(f"[{re.escape(chr(low))}-{re.escape(chr(high))}]", re.I)
    return frozenset(code for code in _PRINTABLE if pattern.fullmatch(chr(code)))


@cache
def _category(category: object) -> frozenset[int]:
    """The printable ASCII characters of a category ("\\d", "\\w", "\\s" and their
    opposites), as Python's ``re`` has them, and "_" for "\\d" (digits of other scripts
    stand in as "_"; the others already hold it or match no word character)."""
    pattern = re.compile(_CATEGORIES[category])
    members = frozenset(code for code in _PRINTABLE if pattern.fullmatch(chr(code)))
    return members | {_WORD} if category is sre.CATEGORY_DIGIT else members


def _escape(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\x{{{code:x}}}"


def _written(members: frozenset[int] | set[int]) -> str:
    """A class of exactly ``members`` (printable ASCII codes), in ranges; a byte no ASCII
    text holds when there are none."""
    if not members:
        return _NO_ASCII
    ranges: list[str] = []
    codes = sorted(members)
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            ranges.append(
                _escape(start) if start == previous else f"{_escape(start)}-{_escape(previous)}"
            )
            start = code
        previous = code
    return f"[{''.join(ranges)}]"


def _span(low: int, high: int, twins: bool = True) -> set[int]:
    """The printable ASCII characters among ``low``..``high``, and with ``twins`` those
    that its characters beyond ASCII match when case is ignored, "~" when it holds a mark
    and "_" when it holds a word character beyond ASCII."""
    members = set(range(max(low, 0x20), min(high, 0x7E) + 1))
    if twins and high >= 0x80:
        members |= _ascii_twins(max(low, 0x80), high)
        if _holds(low, high, _is_mark):
            members.add(_MARK)
        if _holds(low, high, _may_match_word):
            members.add(_WORD)
    return members


def _class(items: list) -> str:  # noqa: ANN001 - sre parse items
    """A class as the printable ASCII characters it may match. A negated class leaves out
    only what it names exactly, and never "~" (a mark it does not name) nor, unless it
    names "\\w", "_" (a word character it does not name): it may then match more than
    Python's, never less."""
    negate = bool(items) and items[0][0] is sre.NEGATE
    members: set[int] = set()
    for op, value in items[1:] if negate else items:
        if op is sre.LITERAL:
            members |= _span(value, value, not negate)
        elif op is sre.RANGE:
            members |= _span(*value, not negate)
        elif op is sre.CATEGORY and value in _CATEGORIES:
            members |= _category(value)
        else:
            raise _Untranslatable(op)
    if not negate:
        return _written(members)
    names_words = any(op is sre.CATEGORY and value is sre.CATEGORY_WORD for op, value in items)
    return _written((_PRINTABLE - members) | {_MARK} | (set() if names_words else {_WORD}))


def _flags(add: int, remove: int) -> str:
    on = "".join(letter for flag, letter in _FLAG_LETTERS if add & flag)
    off = "".join(letter for flag, letter in _FLAG_LETTERS if remove & flag)
    return on + (f"-{off}" if off else "")


def _emit(items: list) -> str:  # noqa: ANN001, C901, PLR0912 - one branch per sre opcode
    out = []
    for op, value in items:
        if op is sre.LITERAL:
            out.append(_escape(value) if value < 0x80 else _written(_span(value, value)))
        elif op is sre.NOT_LITERAL:
            out.append(_class([(sre.NEGATE, None), (sre.LITERAL, value)]))
        elif op is sre.IN:
            out.append(_class(value))
        elif op is sre.ANY:
            out.append(_written(_PRINTABLE))
        elif op in _REPEATS:
            low, high, body = value
            low = min(low, _MAX_COUNT)
            bound = "" if high is sre.MAXREPEAT or high > _MAX_COUNT else str(high)
            out.append(f"(?:{_emit(body)}){{{low},{bound}}}")
        elif op is sre.SUBPATTERN:
            _group, add, remove, body = value
            out.append(f"(?{_flags(add, remove)}:{_emit(body)})")
        elif op is sre.ATOMIC_GROUP:
            out.append(f"(?:{_emit(value)})")
        elif op is sre.BRANCH:
            out.append(f"(?:{'|'.join(_emit(branch) for branch in value[1])})")
        elif op is sre.AT and value in _ANCHORS:
            out.append(_ANCHORS[value])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # a lookaround only narrows a match: dropped, the match widens
        elif op is sre.GROUPREF:
            out.append(f"{_written(_PRINTABLE)}*")
        elif op is sre.GROUPREF_EXISTS:
            _group, yes, no = value
            out.append(f"(?:{_emit(yes)}|{_emit(no) if no else ''})")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            out.append(_written(_category(value)))
        else:
            raise _Untranslatable(op)
    return "".join(out)


def superset_pattern(pattern: str, flags: int = 0) -> str | None:
    """A Hyperscan pattern matching at least every printable ASCII text that the Python
    ``pattern`` (compiled with ``flags``) matches at the same place, marks written as "~"
    and word characters beyond ASCII as "_" (see the module's docstring), or ``None`` when
    it holds a construct the translation does not know."""
    try:
        tree = _parser.parse(pattern, flags)
        body = _emit(tree.data)
    except (_Untranslatable, re.error):
        return None
    mode = _flags(tree.state.flags, 0)
    return f"(?{mode}){body}" if mode else body


def _cache_folder() -> Path:
    """Where compiled rule sets are kept (see the module's docstring)."""
    if folder := os.environ.get(CACHE_ENV):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / _CACHE_FOLDER


def _compiled(translations: dict[int, bytes]) -> Any:
    """One Hyperscan database of ``translations`` (raises ``hyperscan.error``)."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=list(translations.values()),
        ids=list(translations),
        elements=len(translations),
        # Each rule reported once; a rule that matches the empty text reported too.
        flags=hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY,
    )
    return database


#: Compiled rule sets not read for this long are removed when a new one is kept: each
#: version of the rules leaves a file of about 2 MB.
_STALE_SECONDS = 30 * 24 * 3600


def _load(path: Path) -> tuple[Any, list[int]] | None:
    """The database and the refused rules kept at ``path``, or ``None`` when there is
    none or it does not read back whole (the file starts with the SHA-256 of the
    database and the refused rules' indices, on one line)."""
    try:
        header, _, body = path.read_bytes().partition(b"\n")
        digest, _, refused = header.partition(b" ")
        if hashlib.sha256(body).hexdigest().encode() != digest:
            return None
        stored = (
            hyperscan.loadb(body, hyperscan.HS_MODE_BLOCK),
            [int(index) for index in refused.split(b",") if index],
        )
    except (OSError, ValueError, hyperscan.error):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # read now: not stale
    return stored


def _store(path: Path, database: Any, refused: list[int]) -> None:
    """Keep ``database`` at ``path`` for later processes; a folder that cannot be written
    only costs them the compiling."""
    body = hyperscan.dumpb(database)
    header = b"%s %s" % (
        hashlib.sha256(body).hexdigest().encode(),
        ",".join(map(str, refused)).encode(),
    )
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as file:
            temporary = Path(file.name)
            file.write(header + b"\n" + body)
        os.replace(temporary, path)  # whole or not at all, for a process reading it
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        return
    now = time.time()
    for other in path.parent.glob("line-rules-*.hsdb"):
        with contextlib.suppress(OSError):
            if other != path and now - other.stat().st_mtime > _STALE_SECONDS:
                other.unlink()


def _collect(rule: int, _start: int, _end: int, _flags: int, found: list[int]) -> None:
    found.append(rule)


class RulePrefilter:
    """The rules among ``patterns`` that could match a text, asked of Hyperscan in one
    pass.

    ``patterns`` holds ``(pattern, flags, whole)`` triples: ``whole`` for a rule asked
    with ``fullmatch``, otherwise with ``search`` (``match`` rules are asked as
    ``search``: a wider question). The database is read from the cache, or compiled, at
    the first question.
    """

    def __init__(self, patterns: Sequence[tuple[str, int, bool]]) -> None:
        self._patterns = tuple(patterns)
        self._built = False
        self._database: Any = None
        self._always: list[int] = []  # rules without a database entry: always let through
        self._local = threading.local()  # a scan's scratch space, one per thread

    def _build(self) -> None:
        self._built = True
        if hyperscan is None:
            return
        translations: dict[int, bytes] = {}
        for index, (pattern, flags, whole) in enumerate(self._patterns):
            translated = superset_pattern(pattern, flags)
            if translated is None:
                self._always.append(index)
            else:
                translations[index] = (f"^(?:{translated})$" if whole else translated).encode()
        digest = hashlib.sha256(f"hyperscan {hyperscan.__version__}".encode())
        for index, expression in translations.items():
            digest.update(b"\0%d\0%s" % (index, expression))
        path = _cache_folder() / f"line-rules-{digest.hexdigest()[:32]}.hsdb"
        stored = _load(path)
        if stored is not None:
            database, refused = stored
        else:
            database, refused = _compile(translations)
            if database is not None:
                _store(path, database, refused)
        self._always = sorted(self._always + refused)
        self._database = database

    def candidates(self, text: str) -> list[int] | None:
        """The indices of the rules that could match ``text``, in order; ``None`` when
        the prefilter cannot tell (see the module's docstring), and every rule is to be
        asked."""
        if not self._built:
            self._build()
        database = self._database
        if database is None:
            return None
        if not text.isascii():
            text = text.translate(_STAND_INS)  # marks as "~", word characters as "_"
        if not text.isprintable():
            return None
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(database)
        found: list[int] = []
        try:
            database.scan(text.encode(), _collect, context=found, scratch=scratch)
        except hyperscan.error:  # pragma: no cover - a scan of a short line does not fail
            return None
        found.extend(self._always)
        found.sort()
        return found


def _compile(translations: dict[int, bytes]) -> tuple[Any, list[int]]:
    """The database of ``translations`` and the indices of those Hyperscan refuses, each
    tried alone and left out."""
    try:
        return _compiled(translations), []
    except hyperscan.error:
        pass
    refused = []
    for index, expression in translations.items():
        try:
            _compiled({index: expression})
        except hyperscan.error:
            refused.append(index)
    kept = {index: expression for index, expression in translations.items() if index not in refused}
    try:
        return (_compiled(kept) if kept else None), refused
    except hyperscan.error:  # pragma: no cover - each was compiled alone
        return None, refused
