"""Three families of furniture told by their shape, for phrasings no line rule names
(see :mod:`..families`): notices that a machine made or read the article (:mod:`.ai`),
calls to subscribe, sign up, log in or give (:mod:`.subscriptions`), and the comment
section's counts, states, prompts and rules (:mod:`.comments`).

Each module has ``is_notice(line)``, for a line of at most 25 to 30 words, and ``GATE``, a
pattern every notice of its family holds (``is_notice`` asks it first): the line judge
puts both in its Hyperscan pass, so only the few lines they let through are asked
the family's own patterns, which are many and slow.
They were written on 2026-12-07 (twenty-second session) by helpers that read the
looked-at furniture sets, the dev gold and one topical set, and only the totals of the
held-out sets: broad word classes and clause shapes under a guard against the language
of news, rather than lists of phrasings. The comment family, written with them, was
added on 2026-12-07 (twenty-third session), once the teaser-tail step no longer leaned on
a comment prompt left in the article (see :func:`..textdump.mark_teaser_tail`).
"""
