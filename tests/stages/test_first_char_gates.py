"""The first-character gates of the text cleaner are exact: a line whose first character
a gate rules out is one its regex could never have matched, so skipping the regex
changes no verdict. Each gate is derived from its pattern by ``zones.first_chars``;
here every pattern is tried on lines starting with each ruled-out character."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.stages.clean import textdump, zones

GATED = [
    zones._ZONE_STOP_NOT_SAYS_RE,
    zones.BULLET_LINE_RE,
    zones.SYMBOL_BULLET_RE,
    textdump.BULLET_RE,
    textdump.TIME_FURNITURE_RE,
    textdump.UPDATED_LINE_RE,
    textdump.STAMP_LINE_RE,
    textdump.LIST_HEADING_RE,
    textdump.CAPTION_START_RE,
]
# Tails made of what the patterns look for: words, digits, separators, some non-ASCII.
CHARS = list("aeiouAEIOU stnrhdlcmpx0123456789:.,-|/©•'’é")
TAIL = st.text(alphabet=st.sampled_from(CHARS), max_size=40)


@pytest.mark.parametrize("pattern", GATED, ids=lambda p: p.pattern[:40])
def test_cannot_start_holds_for_every_ruled_out_character(pattern: re.Pattern[str]) -> None:
    ruled_out = zones.cannot_start(pattern)
    assert ruled_out, "the gate rules nothing out: it would be pointless"
    # Every ruled-out character before every short start, then random tails.
    for first in ruled_out:
        for second in CHARS:
            for rest in ("", " ", " 1 ", "2 hours ago", " Updated 12:30"):
                assert pattern.match(first + second + rest) is None, first + second + rest

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(first=st.sampled_from(sorted(ruled_out)), tail=TAIL)
    def check(first: str, tail: str) -> None:
        assert pattern.match(first + tail) is None

    check()


def test_the_gate_keeps_characters_a_match_starts_with() -> None:
    # Sanity of the derivation itself: literals, classes, case folding, alternatives.
    gate = zones.cannot_start(re.compile(r"(?:share|[0-9]+ comments?|©)", re.I))
    assert "s" not in gate and "S" not in gate and "7" not in gate
    assert "x" in gate and "#" in gate
    spaced = zones.cannot_start(re.compile(r"\s*share"))
    assert " " not in spaced and "s" not in spaced and "x" in spaced
    assert zones.cannot_start(re.compile(r"x?")) == frozenset()  # matches the empty string


def test_short_rules_by_first_character_agree_with_the_full_rules() -> None:
    lines = ["Share this", "2 hours ago", "Read more", "Advertisement", "Follow us", "x"]
    lines += [line.upper() for line in lines] + [line.lower() for line in lines]
    for line in lines:
        table = textdump._SHORT_RULES_BY_FIRST.get(line[:1])
        full = textdump._SHORT_RULES_RE.fullmatch(line)
        cut = table.fullmatch(line) if table is not None else None
        assert (full and full.lastgroup) == (cut and cut.lastgroup), line
