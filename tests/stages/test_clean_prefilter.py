"""The Hyperscan prefilter of the line rules (``clean.prefilter``) never rules out a rule
that matches: every verdict is the one the rules give without it.

Four kinds of check: the translation of Python patterns widens what they match and
never narrows it; every real rule of the tables, on lines Hypothesis builds from the
rule itself, is let through; the line classifier gives the same verdict with the
prefilter and without it on every furniture and article line of the benchmark sets; and
the compiled rules kept in the cache folder serve a later process, or are compiled again
when they cannot be read. The tests of Hyperscan itself skip where it has no wheel, and
fail there under ``CI=true``.
"""

from __future__ import annotations

import os
import re
import sys
import time
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from storyline.stages.clean import prefilter, textdump
from storyline.stages.clean.prefilter import CACHE_ENV, RulePrefilter, superset_pattern

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

PRINTABLE_ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
#: Marks beyond ASCII (dashes, quotes, bullets, arrows, currency, emoji) and word
#: characters beyond ASCII (letters and digits of other scripts): lines of printable ASCII
#: and these are judged by Hyperscan too, each mark written as "~", each letter as "_".
MARKS = "—–’‘“”…·•›»▸→€£©™✨🎧"
LETTERS = "éÉàçñüßøłдДяЖιΩ語ー한ب٣²"
BEYOND_ASCII_TEXT = st.characters(
    min_codepoint=0x20, max_codepoint=0x7E, include_characters=MARKS + LETTERS
)


#: Tests of Hyperscan itself: skipped where it has no wheel (the rules are then asked in
#: Python, which the other tests cover), but run in CI, which always has it, so a missing
#: engine there fails them.
needs_hyperscan = pytest.mark.skipif(
    prefilter.hyperscan is None and os.environ.get("CI") != "true",
    reason="hyperscan has no wheel for this platform: every line rule is asked in Python",
)


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test compiles into a cache folder of its own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def _scan(translated: str, text: str) -> bool:
    """Whether Hyperscan, compiling as the prefilter does, finds ``translated`` in
    ``text``."""
    found: list[int] = []
    prefilter._compiled({0: translated.encode()}).scan(
        text.encode(), prefilter._collect, context=found
    )
    return bool(found)


@needs_hyperscan
@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"sign in(?! to vote)", 0, "sign in to vote"),  # lookahead dropped
        (r"(?<!not )subscribed", 0, "not subscribed"),  # lookbehind dropped
        (r"(?P<w>\w+) and (?P=w)", 0, "salt and pepper"),  # back-reference widened
        (r"(?>a+)a", 0, "aaa"),  # an atomic group made plain
        (r"a++a", 0, "aaa"),  # a possessive repeat made plain
        (r"(x)?(?(1)y|z)", 0, "y"),  # a conditional becomes both branches
        (r"^\d{1,2} (?:hours?|mins?) ago$", 0, "123 hours ago"),  # a count becomes "or more"
        (r"x{3,2000}", 0, "xx"),  # and its minimum lowered
    ],
)
def test_superset_pattern_widens_what_hyperscan_cannot_ask(
    pattern: str, flags: int, text: str
) -> None:
    translated = superset_pattern(pattern, flags)
    assert translated is not None
    assert re.search(pattern, text, flags) is None  # Python's pattern refuses the text…
    assert _scan(translated, text)  # …its translation lets it through


@needs_hyperscan
@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"^[^.!?]{3,} ago$", 0, "il y a 3 années ago"),  # a negated class
        (r"^[^:]+: \S", 0, "Lire aussi: résumé"),
        (r"^[^_]+$", 0, "café"),  # a negated class naming "_" still takes letters
        (r"^[^\d]+$", 0, "né"),  # and one naming "\d"
        (r"^\d+ min$", 0, "٣ min"),  # a digit of another script
        (r"caf[éè] \w+", re.I, "CAFÉ Ñoño"),  # letters beyond ASCII, any case
        (r"^[а-я]+ новости$", re.I, "Главные НОВОСТИ"),
        (r"\bпро\b", 0, "всё про нас"),  # word boundaries beside letters
        (r"\w+ · \w+", 0, "コメント · 共有"),
        (r"^.{2}$", 0, "語—"),
        (r"^\S+$", 0, "Zürich"),
        (r"^\D+$", 0, "straße"),
    ],
)
def test_superset_pattern_lets_through_letters_beyond_ascii(
    pattern: str, flags: int, text: str
) -> None:
    """A line with letters and digits of any script is scanned with each as "_" (marks as
    "~"): wherever the Python pattern takes one, the translation takes "_"."""
    translated = superset_pattern(pattern, flags)
    assert translated is not None
    assert re.search(pattern, text, flags) is not None
    stood_in = text.translate(prefilter._STAND_INS)
    assert stood_in.isascii() and stood_in.isprintable()
    assert _scan(translated, stood_in)


@needs_hyperscan
@pytest.mark.parametrize(
    ("pattern", "flags", "matching", "other"),
    [
        (r"^share (?:this|the) story$", re.I, "SHARE This Story", "share a story"),
        (r"\bsubscri(?:be|ption)s?\b", re.I, "Our Subscriptions", "subscriptionsx"),
        (r"[^:.!?]{1,30}: \S", 0, "Read more: storm", "no colon here"),
        (r"(?i:log) in", 0, "LOG in", "LOG IN"),  # scoped flags keep their scope
        (r"^ *[•*·] \w", 0, "  * item", "  - item"),  # a class keeps its ASCII members…
        (r"^[^’]+$", 0, "it's", "it’s"),  # …and every one is outside a class of them
        (r"^\u212am$", re.I, "km", "mm"),  # the Kelvin sign is a "k" when case is ignored
        (r"[\u0100-\u017f]ize", re.I, "Size", "Prize"),  # so is the long s an "s"
    ],
)
def test_superset_pattern_keeps_what_it_can_ask(
    pattern: str, flags: int, matching: str, other: str
) -> None:
    translated = superset_pattern(pattern, flags)
    assert translated is not None
    assert re.search(pattern, matching, flags) is not None
    assert _scan(translated, matching)
    # Plain patterns are translated exactly on ASCII text: what Python refuses there,
    # Hyperscan refuses too.
    if other.isascii():
        assert re.search(pattern, other, flags) is None
        assert not _scan(translated, other)


@needs_hyperscan
def test_rule_prefilter_answers_none_where_it_cannot_tell() -> None:
    rules = RulePrefilter([(r"cookies?", re.I, False), (r"^menu$", re.I, True)])
    assert rules.candidates("we use COOKIES here") == [0]
    assert rules.candidates("menu") == [1]
    assert rules.candidates("the council met") == []
    assert rules.candidates("les cookies du café") == [0]  # "é" scanned as "_"
    assert rules.candidates("les cookies du caf\u00e9\u00a0!") is None  # a space beyond ASCII
    assert rules.candidates("cookies\tand more") is None  # not printable


@needs_hyperscan
def test_rule_prefilter_always_lets_through_a_rule_hyperscan_refuses() -> None:
    # Python matches "sign in now"; Hyperscan takes no "^" inside a repeat.
    rules = RulePrefilter([(r"(?:^sign in)+ now", 0, False), (r"menu", 0, False)])
    assert re.search(r"(?:^sign in)+ now", "sign in now")
    assert rules.candidates("nothing alike") == [0]
    assert rules.candidates("menu") == [0, 1]
    assert rules.candidates("sign in now") == [0]


_RULES = [(r"cookies?", re.I, False), (r"^(?:log|sign) in$", re.I, True), (r"(?:^a)+b", 0, False)]


def _answers(rules: RulePrefilter) -> list[list[int] | None]:
    return [rules.candidates(text) for text in ("Cookies", "Sign in", "ab", "a council")]


@needs_hyperscan
def test_compiled_rules_are_kept_for_a_later_process(_own_cache: Path) -> None:
    first = RulePrefilter(_RULES)
    answers = _answers(first)
    assert answers == [[0, 2], [1, 2], [2], [2]]
    (kept,) = _own_cache.glob("line-rules-*.hsdb")
    inode = kept.stat().st_ino
    assert _answers(RulePrefilter(_RULES)) == answers  # read back, refused rule and all
    assert kept.stat().st_ino == inode  # not written again
    # Other rules are kept in a file of their own.
    assert RulePrefilter(_RULES[:1]).candidates("cookies") == [0]
    assert len(list(_own_cache.glob("line-rules-*.hsdb"))) == 2


@needs_hyperscan
@pytest.mark.parametrize("damage", [b"", b"not a database", "truncated"])
def test_a_damaged_cache_file_is_compiled_again(_own_cache: Path, damage: bytes | str) -> None:
    answers = _answers(RulePrefilter(_RULES))
    (kept,) = _own_cache.glob("line-rules-*.hsdb")
    whole = kept.read_bytes()
    kept.write_bytes(whole[: len(whole) // 2] if damage == "truncated" else damage)
    assert _answers(RulePrefilter(_RULES)) == answers
    assert kept.read_bytes().partition(b"\n")[0] == whole.partition(b"\n")[0]  # rewritten


@needs_hyperscan
def test_a_cache_folder_that_cannot_be_written_only_costs_the_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert _answers(RulePrefilter(_RULES)) == [[0, 2], [1, 2], [2], [2]]
    assert blocker.read_text() == "not a folder"


@needs_hyperscan
def test_rule_sets_not_read_for_a_month_are_removed_when_one_is_kept(_own_cache: Path) -> None:
    RulePrefilter(_RULES).candidates("menu")
    (kept,) = _own_cache.glob("line-rules-*.hsdb")
    stale = _own_cache / "line-rules-0123456789abcdef01234567.hsdb"
    recent = _own_cache / "line-rules-fedcba9876543210fedcba98.hsdb"
    for old in (stale, recent):
        old.write_bytes(kept.read_bytes())
    month = 31 * 24 * 3600
    os.utime(stale, (time.time() - month, time.time() - month))
    os.utime(kept, (time.time() - month, time.time() - month))
    RulePrefilter(_RULES).candidates("menu")  # read back: no longer stale
    assert time.time() - kept.stat().st_mtime < 60
    RulePrefilter(_RULES[:1]).candidates("menu")  # a new set kept: the stale one goes
    names = {path.name for path in _own_cache.glob("line-rules-*.hsdb")}
    assert stale.name not in names
    assert {kept.name, recent.name} <= names and len(names) == 3


def test_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert prefilter._cache_folder() == Path("/somewhere/cache/storyline")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert prefilter._cache_folder() == Path.home() / ".cache" / "storyline"


_TABLE_RULES = [
    (index, re.compile(pattern, re.I), True)
    for index, pattern in enumerate(textdump._SHORT_RULE_PATTERNS)
] + [
    (textdump._SHORT_PATTERN_COUNT + index, pattern, False)
    for index, (_, pattern) in enumerate(textdump._COMPILED_PHRASES)
]


#: The rule tests' parameters: each rule of the tables, with its index and whether it
#: must match a whole line.
_EACH_TABLE_RULE = pytest.mark.parametrize(
    ("index", "pattern", "whole"), _TABLE_RULES, ids=[str(rule[0]) for rule in _TABLE_RULES]
)

#: Hypothesis settings of the rule tests: the same lines on every run and machine (no
#: example database), so a pass in CI is a pass everywhere. (Runs of 60 random lines a
#: rule, outside CI, let every rule through.)
_RULE_SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)


def _takes(pattern: re.Pattern[str], whole: bool, text: str) -> bool:
    return (pattern.fullmatch(text) if whole else pattern.search(text)) is not None


@cache
def _benchmark_pool() -> tuple[str, ...]:
    """The benchmark lines normalised as the classifier asks the prefilter about them,
    printable ASCII only (as the prefilter judges)."""
    lines = (textdump.normalise_line(line) for line in _benchmark_lines())
    return tuple(line for line in lines if line.isascii() and line.isprintable())


def _draw(
    data: st.DataObject, pattern: re.Pattern[str], whole: bool, alphabet: st.SearchStrategy[str]
) -> tuple[bool, str | None]:
    """Whether ``pattern`` can be written in ``alphabet`` (a rule may hold a literal outside
    it), and a text Hypothesis built from it, or ``None`` where it built none."""
    try:
        return True, data.draw(
            st.one_of(st.from_regex(pattern, fullmatch=whole, alphabet=alphabet), st.none())
        )
    except InvalidArgument:  # a literal outside the alphabet
        return False, None


def _line_for(
    data: st.DataObject, pattern: re.Pattern[str], whole: bool, lower: bool = False
) -> str | None:
    """A printable ASCII line ``pattern`` takes: one Hypothesis builds from the rule, or,
    where it builds none (Hypothesis cannot build for word boundaries and lookarounds,
    and gives up on rules full of them), the first benchmark line the rule takes.
    ``None`` for a rule that needs a character outside printable ASCII ("☰ Menu"): it
    never meets a line the prefilter judges."""
    writable, text = _draw(data, pattern, whole, PRINTABLE_ASCII)
    if not writable:
        return None
    if text is not None and lower:
        text = text.lower()
    if text is None or not (text.isprintable() and _takes(pattern, whole, text)):
        text = next((line for line in _benchmark_pool() if _takes(pattern, whole, line)), None)
    assume(text is not None)
    assert text is not None
    return text


@needs_hyperscan
@_EACH_TABLE_RULE
@settings(_RULE_SETTINGS, max_examples=4)
@given(data=st.data())
def test_every_table_rule_is_let_through_on_lines_it_matches(
    index: int, pattern: re.Pattern[str], whole: bool, data: st.DataObject
) -> None:
    text = _line_for(data, pattern, whole)
    if text is None:
        return
    hits = textdump._LINE_RULES.candidates(text)
    assert hits is not None
    assert index in hits, text


@needs_hyperscan
@_EACH_TABLE_RULE
@settings(_RULE_SETTINGS, max_examples=3)
@given(data=st.data())
def test_every_table_rule_is_let_through_on_lines_beyond_ascii(
    index: int, pattern: re.Pattern[str], whole: bool, data: st.DataObject
) -> None:
    """Lines holding marks or letters beyond ASCII ("Listen — 9 min", "“Quote”", "Lascia un
    commento · Réagir") are judged by the prefilter too: a rule is let through on every
    such line it matches."""
    _, text = _draw(data, pattern, whole, BEYOND_ASCII_TEXT)  # (none where none exists)
    if text is None or not (text.isprintable() and _takes(pattern, whole, text)):
        return  # (a line of a page holds no newline)
    hits = textdump._LINE_RULES.candidates(text)
    assert hits is not None, text
    assert index in hits, text


@needs_hyperscan
def test_ascii_twinned_holds_every_character_an_ascii_one_matches_ignoring_case() -> None:
    ascii_class = re.compile(r"[\x20-\x7e]", re.I)
    twinned = {code for code in range(0x80, 0x110000) if ascii_class.fullmatch(chr(code))}
    assert twinned == prefilter.ASCII_TWINNED


@needs_hyperscan
def test_folds_to_word_holds_every_other_character_a_word_character_matches() -> None:
    """Characters that are no word characters but match one when case is ignored, by
    Python's case mappings or its extra case pairs (``re._casefix``)."""
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

    word = re.compile(r"\w")
    found = set()
    for code in range(0x80, 0x110000):
        char = chr(code)
        if word.match(char):
            continue
        partners = {char.lower(), char.upper(), char.casefold()}
        partners |= {chr(other) for other in _EXTRA_CASES.get(code, ())}
        if any(len(other) == 1 and word.match(other) for other in partners - {char}):
            found.add(code)
    assert found == prefilter.FOLDS_TO_WORD
    assert re.search("\u0345", "\u03b9", re.I)  # as Python's re has it
    assert _scan(superset_pattern("\u0345", re.I) or "", "\u03b9".translate(prefilter._STAND_INS))


def test_marks_and_letters_are_judged_and_other_characters_are_not() -> None:
    assert all(prefilter._is_mark(ord(mark)) for mark in MARKS)
    assert not any(prefilter._is_mark(ord(char)) for char in LETTERS + "ſ\u212a\u00a0\u2003")
    assert all(prefilter._is_word(ord(char)) for char in LETTERS)
    assert textdump._LINE_RULES.candidates("share — 12 comments") is not None
    assert textdump._LINE_RULES.candidates("café culture · partagez") is not None
    # Spaces beyond ASCII, and characters that match an ASCII letter when case is ignored
    # (the long s, the Kelvin sign), stand in for nothing: such lines are asked of every
    # rule.
    for char in "ſ\u212a\u00a0\u2003\u200b":
        assert not prefilter._is_word(ord(char))
        assert textdump._LINE_RULES.candidates(f"café {char} culture") is None


_PHRASES = list(enumerate(textdump._COMPILED_PHRASES))


@pytest.mark.parametrize(("index", "rule"), _PHRASES, ids=[str(index) for index, _ in _PHRASES])
@settings(_RULE_SETTINGS, max_examples=6)
@given(data=st.data())
def test_every_phrase_rule_is_let_through_where_the_prefilter_cannot_tell(
    index: int, rule: tuple[str, re.Pattern[str]], data: st.DataObject
) -> None:
    """Lines the prefilter cannot judge (not printable ASCII, or no Hyperscan) take the
    older path: a search for the keys of all phrase rules, then each rule whose own keys
    the line holds. Neither may hide a line the rule matches."""
    _, pattern = rule
    text = _line_for(data, pattern, False, lower=True)  # (normalised lines are lowercase)
    assert text is not None, "a phrase rule that needs a character outside printable ASCII"
    assert textdump._may_hold_phrase(text), text
    assert any(key in text for key in textdump._PHRASE_RULE_KEYS[index]), text


def _benchmark_lines() -> list[str]:
    from _cleaning_topical import TOPICAL_A, TOPICAL_B
    from _cleaning_unseen import SETS

    lines = [line for _, kinds, _ in SETS for kind in kinds.values() for line in kind]
    lines += [line for table in (TOPICAL_A, TOPICAL_B) for kind in table.values() for line in kind]
    return lines


def test_line_verdicts_are_the_same_without_the_prefilter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = _benchmark_lines()
    # Each line as it stands and lowercased, and variants that reach the rules of
    # longer lines and of labels with counts.
    lines += [line.lower() for line in lines]
    lines += [f"{line} (12)" for line in lines[:2000]]
    assert len(lines) > 8_000
    with_prefilter = [textdump.classify_line(line) for line in lines]
    monkeypatch.setattr(textdump._LINE_RULES, "candidates", lambda text: None)
    without = [textdump.classify_line(line) for line in lines]
    differing = [
        (line, found, expected)
        for line, found, expected in zip(lines, with_prefilter, without, strict=True)
        if found != expected
    ]
    assert not differing
    assert sum(verdict is not None for verdict in without) > len(lines) // 3
