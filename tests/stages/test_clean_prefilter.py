"""The RE2 prefilter of the line rules (``clean.prefilter``) never rules out a rule that
matches: every verdict is the one the rules give without it.

Three kinds of check: the translation of Python patterns widens what they match and
never narrows it; every real rule of the tables, on lines Hypothesis builds from the
rule itself, is let through; and the line classifier gives the same verdict with the
prefilter and without it on every furniture and article line of the benchmark sets.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import re2
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from storyline.stages.clean import textdump
from storyline.stages.clean.prefilter import RulePrefilter, superset_pattern

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

PRINTABLE_ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"sign in(?! to vote)", 0, "sign in to vote"),  # lookahead dropped
        (r"(?<!not )subscribed", 0, "not subscribed"),  # lookbehind dropped
        (r"(?P<w>\w+) and (?P=w)", 0, "salt and pepper"),  # back-reference widened
        (r"(?>a+)a", 0, "aaa"),  # an atomic group made plain
        (r"a++a", 0, "aaa"),  # a possessive repeat made plain
        (r"(x)?(?(1)y|z)", 0, "y"),  # a conditional becomes both branches
    ],
)
def test_superset_pattern_widens_what_re2_cannot_ask(pattern: str, flags: int, text: str) -> None:
    translated = superset_pattern(pattern, flags)
    assert translated is not None
    assert re.search(pattern, text, flags) is None  # Python's pattern refuses the text…
    assert re2.search(translated, text) is not None  # …its translation lets it through


@pytest.mark.parametrize(
    ("pattern", "flags", "matching", "other"),
    [
        (r"^share (?:this|the) story$", re.I, "SHARE This Story", "share a story"),
        (r"\bsubscri(?:be|ption)s?\b", re.I, "Our Subscriptions", "subscriptionsx"),
        (r"^\d{1,2} (?:hours?|mins?) ago$", 0, "12 hours ago", "123 hours ago"),
        (r"[^:.!?]{1,30}: \S", 0, "Read more: storm", "no colon here"),
        (r"(?i:log) in", 0, "LOG in", "LOG IN"),  # scoped flags keep their scope
        (r"x{2,2000}", 0, "x" * 1500, "x"),  # a bound past RE2's limit becomes "or more"
        (r"^ *[•·] \w", 0, "  • item", "item"),
    ],
)
def test_superset_pattern_keeps_what_it_can_ask(
    pattern: str, flags: int, matching: str, other: str
) -> None:
    translated = superset_pattern(pattern, flags)
    assert translated is not None
    assert re.search(pattern, matching, flags) is not None
    assert re2.search(translated, matching) is not None
    # Plain patterns are translated exactly: what Python refuses, RE2 refuses too.
    assert re.search(pattern, other, flags) is None
    assert re2.search(translated, other) is None


def test_rule_prefilter_answers_none_where_it_cannot_tell() -> None:
    rules = RulePrefilter([(r"cookies?", re.I, False), (r"^menu$", re.I, True)])
    assert rules.candidates("we use COOKIES here") == [0]
    assert rules.candidates("menu") == [1]
    assert rules.candidates("the council met") == []
    assert rules.candidates("les cookies du café") is None  # not ASCII
    assert rules.candidates("cookies\tand more") is None  # not printable


def test_rule_prefilter_always_lets_through_a_rule_re2_refuses() -> None:
    # Python takes a thousand repeats of a thousand; RE2 refuses a program that large.
    rules = RulePrefilter([(r"(?:ab{1000}){1000}", 0, False), (r"menu", 0, False)])
    assert rules.candidates("nothing alike") == [0]
    assert rules.candidates("menu") == [0, 1]


_TABLE_RULES = [
    (index, re.compile(pattern, re.I), True)
    for index, pattern in enumerate(textdump._SHORT_RULE_PATTERNS)
] + [
    (textdump._SHORT_PATTERN_COUNT + index, pattern, False)
    for index, (_, pattern) in enumerate(textdump._COMPILED_PHRASES)
]


@pytest.mark.parametrize(
    ("index", "pattern", "whole"), _TABLE_RULES, ids=[str(rule[0]) for rule in _TABLE_RULES]
)
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_table_rule_is_let_through_on_lines_it_matches(
    index: int, pattern: re.Pattern[str], whole: bool, data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(pattern, fullmatch=whole, alphabet=PRINTABLE_ASCII))
    # Hypothesis may ignore a lookaround while building: keep the lines the rule takes.
    assume((pattern.fullmatch(text) if whole else pattern.search(text)) is not None)
    assume(text.isprintable())  # ("$" lets a final newline in; such lines ask every rule)
    hits = textdump._LINE_RULES.candidates(text)
    assert hits is not None
    assert index in hits, text


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
