"""Five families of furniture told by their shape, for phrasings no line rule names
(see :mod:`..families`): notices that a machine made or read the article (:mod:`.ai`),
calls to subscribe, sign up, log in or give (:mod:`.subscriptions`), the comment
section's counts, states, prompts and rules (:mod:`.comments`), the share and social
widgets' calls, tallies, states, labels, rows and follow prompts (:mod:`.share`), and
advertising's furniture: ad labels and slots, sponsors' credits, commercial disclosures,
ad-free and advertise-with-us offers, ad controls (:mod:`.ads`).

Each module has ``is_notice(line)``, for a line of at most 25 to 30 words, and ``GATE``, a
pattern every notice of its family holds (``is_notice`` asks it first): the line judge
puts both in its Hyperscan pass, so only the few lines they let through are asked
the family's own patterns, which are many and slow.
They were written on 2026-12-07 (twenty-second session) by helpers that read the
looked-at furniture sets, the dev gold and one topical set, and only the totals of the
held-out sets: broad word classes and clause shapes under a guard against the language
of news, rather than lists of phrasings. The comment family, written with them, was
added on 2026-12-07 (twenty-third session), once the teaser-tail step no longer leaned on
a comment prompt left in the article (see :func:`..textdump.mark_teaser_tail`). The share
and ad families were written on 2026-12-08 (twenty-fourth session) by two helpers under
the same rules (looked-at sets, dev gold, topical set A; of the held-out sets, totals
only). Both give the reason the share and advert rules of :mod:`..textdump` give,
``widget``.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def lowercase_gate(gate: re.Pattern[str]) -> re.Pattern[str]:
    """``gate`` compiled without IGNORECASE, for lines already lowercased.

    Each ``GATE`` is written in lowercase and compiled with IGNORECASE (so Hyperscan, which
    scans lowercased lines, reads it as written). Python's ``re`` folds case at every
    alternative of such a pattern; asked of the line lowercased, the same pattern without
    the flag is four times faster on the ad family's gate, and gives the same answer on
    every line but those holding a letter whose case twin lies beyond ASCII only in
    Unicode's case folding (the long s, "ſ", which IGNORECASE reads as "s").
    """
    return re.compile(gate.pattern, gate.flags & ~re.IGNORECASE)


def notice_test(gate: re.Pattern[str], shaped: Callable[[str], bool]) -> Callable[[str], bool]:
    """A family's ``is_notice``: ``gate`` holds in the line (asked as :func:`lowercase_gate`)
    and so does ``shaped``."""
    lowercase = lowercase_gate(gate)

    def is_notice(line: str) -> bool:
        return lowercase.search(line.lower()) is not None and shaped(line)

    is_notice.__doc__ = (
        "Whether ``line`` (at most 30 words) is furniture of this family: it holds a word "
        "of :data:`GATE` and has one of the family's shapes."
    )
    return is_notice
