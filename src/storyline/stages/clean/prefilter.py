"""Which of many line rules could match a line, in one pass of RE2.

The line classifier asks hundreds of Python patterns about every short line, and almost
every line matches none of them. Python's ``re`` tries a long alternation one branch at
a time; RE2 (Google's linear-time engine, the ``google-re2`` package) runs a whole set
of patterns as one automaton. :class:`RulePrefilter` gives each rule a translation RE2
accepts that matches *at least* every text the Python pattern matches (lookarounds
dropped, back-references widened to anything, atomic groups and possessive repeats made
plain), so a rule it rules out cannot match, and only the rules it lets through are then
asked in Python, in their order, for the real verdict. Verdicts are the same with and
without it; only their cost changes.

The translation is exact in what it widens only on printable ASCII text: there the two
engines agree on ``\\w``, ``\\d``, ``\\s``, ``\\b`` and case. Any other text, a pattern RE2
cannot take, a missing ``google-re2`` or a failed match (RE2 out of memory) answers
``None``: "ask every rule".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

try:  # pragma: no branch - the package is a dependency; without it every rule is asked
    import re2
except ImportError:  # pragma: no cover
    re2 = None

from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

#: RE2's limit on a counted repeat; a larger bound is widened to "or more".
_MAX_COUNT = 1000
#: Memory for the set's automaton: ample for the rule tables, so a match never runs out.
_MAX_MEM = 64 << 20
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
_FLAG_LETTERS = ((re.I, "i"), (re.S, "s"), (re.M, "m"))
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Untranslatable(Exception):
    """A construct with no RE2 counterpart the translation knows."""


def _char(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\x{{{code:x}}}"


def _flags(add: int, remove: int) -> str:
    on = "".join(letter for flag, letter in _FLAG_LETTERS if add & flag)
    off = "".join(letter for flag, letter in _FLAG_LETTERS if remove & flag)
    return on + (f"-{off}" if off else "")


def _class(items: list) -> str:  # noqa: ANN001 - sre parse items
    negate, parts = "", []
    for op, value in items:
        if op is sre.NEGATE:
            negate = "^"
        elif op is sre.LITERAL:
            parts.append(_char(value))
        elif op is sre.RANGE:
            parts.append(f"{_char(value[0])}-{_char(value[1])}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            raise _Untranslatable(op)
    return f"[{negate}{''.join(parts)}]"


def _emit(items: list) -> str:  # noqa: ANN001, C901, PLR0912 - one branch per sre opcode
    out = []
    for op, value in items:
        if op is sre.LITERAL:
            out.append(_char(value))
        elif op is sre.NOT_LITERAL:
            out.append(f"[^{_char(value)}]")
        elif op is sre.IN:
            out.append(_class(value))
        elif op is sre.ANY:
            out.append("(?s:.)")  # wider than "." without DOTALL: fine for a superset
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
            out.append("(?s:.*)")
        elif op is sre.GROUPREF_EXISTS:
            _group, yes, no = value
            out.append(f"(?:{_emit(yes)}|{_emit(no) if no else ''})")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            out.append(_CATEGORIES[value])
        else:
            raise _Untranslatable(op)
    return "".join(out)


def superset_pattern(pattern: str, flags: int = 0) -> str | None:
    """An RE2 pattern matching at least every printable ASCII text that the Python
    ``pattern`` (compiled with ``flags``) matches at the same place, or ``None`` when it
    holds a construct the translation does not know."""
    try:
        tree = _parser.parse(pattern, flags)
        body = _emit(tree.data)
    except (_Untranslatable, re.error):
        return None
    mode = _flags(tree.state.flags & (re.I | re.S | re.M), 0)
    return f"(?{mode}){body}" if mode else body


class RulePrefilter:
    """The rules among ``patterns`` that could match a text, asked of RE2 in one pass.

    ``patterns`` holds ``(pattern, flags, whole)`` triples: ``whole`` for a rule asked
    with ``fullmatch``, otherwise with ``search`` (``match`` rules are asked as
    ``search``: a wider question). The set is built at the first question.
    """

    def __init__(self, patterns: Sequence[tuple[str, int, bool]]) -> None:
        self._patterns = tuple(patterns)
        self._built = False
        self._match = None
        self._indices: list[int] = []  # the rule index of each set entry after the first
        self._always: list[int] = []  # rules RE2 cannot take: always let through

    def _build(self) -> None:
        self._built = True
        if re2 is None:
            return
        options = re2.Options()
        options.max_mem = _MAX_MEM
        rules = re2.Set.SearchSet(options)
        rules.Add("")  # entry 0 matches every text: an answer without it is a failure
        for index, (pattern, flags, whole) in enumerate(self._patterns):
            translated = superset_pattern(pattern, flags)
            if translated is not None and whole:
                translated = f"^(?:{translated})$"
            try:
                if translated is None:
                    raise re2.error(pattern)
                rules.Add(translated)
            except re2.error:
                self._always.append(index)
                continue
            self._indices.append(index)
        try:
            rules.Compile()
        except re2.error:  # pragma: no cover - the tables are far within RE2's limits
            return
        self._match = rules._set.Match  # noqa: SLF001 - the wrapper re-encodes and copies

    def candidates(self, text: str) -> list[int] | None:
        """The indices of the rules that could match ``text``, in order; ``None`` when
        the prefilter cannot tell (see the module's docstring), and every rule is to be
        asked."""
        if not self._built:
            self._build()
        if self._match is None or not (text.isascii() and text.isprintable()):
            return None
        found = self._match(text.encode())
        if not found or 0 not in found:
            return None
        indices = self._indices
        hits = [indices[entry - 1] for entry in found if entry]
        if self._always:
            hits.extend(self._always)
        hits.sort()
        return hits
