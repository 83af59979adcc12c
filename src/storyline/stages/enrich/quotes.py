"""Quotes: who said what, with the cue verb, as spans of the article body.

Three steps:

1. `find_quote_spans` scans the body for quoted spans (straight, curly and
   single quotes, quotes that run across paragraphs) without any NLP.
2. Each span is attributed from its surroundings, in order of reliability:
   the attribution right after it (`"...," X said`), right before it
   (`X said: "..."`), the previous sentence (`X told Y. "..."`) or
   paragraph (`X responded in a statement:`), then the sentence's own cue
   verb for quotes embedded in a sentence (mixed). Every cue is resolved
   once, in text order. Subjects are read from spaCy's dependency parse
   (never from inside the quote, a heading above or a topic label); "he"
   and "she" go to the person of the most recent sentence who was a
   subject highest in its clause tree, or to a speaker already attributed
   there ("they" never goes to one person); role descriptions go to the
   person the article introduced with that role. When the text does not
   say who spoke the speaker is None.
3. Indirect speech ("X said that ...", "According to X, ...") from the parse.

Nothing here raises on odd input: the functions are meant to be fuzzed.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.records import Mention, Quote, QuoteKind, content_id
from storyline.stages.enrich.entities import (
    ROLE_HEADS,
    TITLE_WORDS,
    RoleIndex,
    build_roles,
    description_mentions,
    extract_mentions,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

#: Lemmas of verbs that attribute speech next to a quote.
CUE_LEMMAS = frozenset(
    """
    say tell add state claim note argue warn explain write ask respond reply echo
    emphasize emphasise stress suggest caution insist declare announce characterize
    characterise describe acknowledge admit continue conclude comment remark recall
    observe predict counter concede confirm tweet post urge vow pledge promise
    complain boast lament quip joke reveal indicate highlight tout assert maintain
    contend testify proclaim demand recount muse charge retort reiterate repeat answer
    shout yell whisper plead interject opine clarify
    """.split()
)
#: Extra lemmas that introduce a partial (mixed) quote: "called it 'a disaster'".
MIXED_CUE_LEMMAS = CUE_LEMMAS | frozenset(
    "call accuse label dub term refer brand deride praise".split()
)
#: Lemmas that introduce reported (indirect) speech: "X said that ...".
INDIRECT_CUE_LEMMAS = frozenset(
    """
    say tell add state claim note argue warn explain insist declare announce
    suggest acknowledge admit confirm caution stress emphasize emphasise
    """.split()
)
#: Verbs of thought: what someone fears or believes is not what they said, so
#: these never introduce reported speech or a direct quote, but a quoted
#: fragment inside their clause is that person's words ("Rubio fears that
#: Moscow becomes Beijing's 'junior partner'") unless a speech cue governs it.
THOUGHT_LEMMAS = frozenset("fear believe worry hope".split())
#: The same cues as surface words, for when the tagger misses a verb.
_CUE_WORDS = frozenset(
    """
    said says told tells added adds stated states claimed claims noted notes argued
    argues warned warns explained explains wrote writes asked asks responded responds
    replied replies echoed emphasized emphasised stressed suggested cautioned insisted
    declared announced characterized characterised described acknowledged admitted
    continued concluded commented remarked recalled observed predicted countered
    conceded confirmed tweeted posted urged vowed pledged promised complained boasted
    lamented quipped joked revealed indicated highlighted asserted maintained contended
    testified proclaimed demanded recounted mused charged retorted reiterated repeated answered
    shouted yelled whispered pleaded interjected opined clarified
    """.split()
)

_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
#: Parts of speech a subject phrase between a quote and its cue is made of.
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "ADV", "NUM"})
_PRONOUNS = frozenset({"he", "she", "they"})
_UNRESOLVABLE_SUBJECTS = frozenset({"i", "we", "you", "me", "us", "one", "who", "that", "which"})

#: How far (in tokens) an attribution may sit from the quote it attributes.
MAX_ATTRIBUTION_TOKENS = 12
#: How many sentences back a pronoun may look for its person.
PRONOUN_LOOKBACK_SENTENCES = 4
#: ... and for the one gendered person named when nobody was a subject.
SOLE_PERSON_LOOKBACK_SENTENCES = 2
#: A paragraph that only runs on a quote must follow the quote closely: at
#: most this many characters of attribution after it ("…,” he added.").
RUN_ON_TAIL_CHARS = 80
#: A curly quote left open may close this many paragraphs further on.
MAX_QUOTE_PARAGRAPHS = 4

_DOUBLE_OPEN = "“„"
_DOUBLE_CLOSE = "”"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPENER_PREV = frozenset(" \t\n([{—–-/\"“‘'«")
# Apostrophes that look like openers: '90s, 'em, 'til, 'cause, rock 'n' roll.
_ELISION = re.compile(r"['‘’](?:\d0s|\d\ds|em\b|tis\b|til\b|cause\b|n['’]|bout\b|round\b)", re.I)
_TERMINATOR = re.compile(r"[.!?…]+[\"”’']?(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|Jan|Feb"
    r"|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Ltd|Co|approx|Adm|Ft|Mt))$"
)
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_HONORIFIC_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_RELATIVE_PRONOUNS = frozenset({"who", "that"})
#: What a person speaks through: "Trump's account tweeted" is Trump speaking.
_CHANNEL_NOUNS = frozenset(
    "account feed page profile statement tweet post letter message email".split()
)
#: Capitalised words that head a subject without being anyone's name.
_NOT_NAMES = frozenset(
    """
    the a an this that these those it he she they we i you officials police court
    house senate congress government administration white ministry
    """.split()
)


@dataclass(slots=True)
class QuoteSpan:
    """A quoted span found in a text, before attribution."""

    start: int  # first character inside the marks (trimmed)
    end: int  # one past the last character inside the marks (trimmed)
    open: int  # position of the opening mark
    close: int  # one past the closing mark (== paragraph end when unclosed)
    style: str  # "double" or "single"
    group: int  # quotes of one multi-paragraph quote share a group


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def _opener_like(text: str, i: int, pstart: int) -> bool:
    prev = text[i - 1] if i > pstart else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in _OPENER_PREV or not prev.isalnum()) and not nxt.isspace() and nxt != "\n"


def _single_opener(text: str, i: int, pstart: int) -> bool:
    prev = text[i - 1] if i > pstart else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() or not (nxt.isalnum() or nxt in '"“[(….'):
        return False
    return not _ELISION.match(text, i)


def _single_closer(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and not nxt.isalnum()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted spans of `text` (outermost quotes only), in order."""
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(text)
    next_group = 0
    carry_group: int | None = None  # group of a quote continued from the last paragraph
    for p in range(len(paragraphs)):
        pstart, pend = paragraphs[p]
        found, unclosed, next_group = _scan_paragraph(text, pstart, pend, next_group, carry_group)
        carry_group = None
        spans.extend(found)
        if unclosed is None:
            continue
        style, open_at, group = unclosed
        nxt = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
        first = text[nxt[0]] if nxt else ""
        continues = nxt is not None and (
            (style == "double" and (first in _DOUBLE_OPEN or first == '"'))
            or (style == "single" and first in "‘'")
        )
        if continues or nxt is None:
            span = _make_span(text, open_at, pend, pend, style, group)
            if span:
                spans.append(span)
                if continues:
                    carry_group = group
            continue
        # Opened here and closed in a following paragraph without a new
        # opener (a quoted tweet or letter over several short paragraphs);
        # a straight quote only in the next paragraph, a curly one a little further.
        reach = MAX_QUOTE_PARAGRAPHS if text[open_at] in _DOUBLE_OPEN else 1
        close_at, q = None, p + 1
        while q < len(paragraphs) and q <= p + reach:
            close_at = _find_double_close(text, *paragraphs[q])
            if close_at is not None or _has_double_opener(text, *paragraphs[q]):
                break
            q += 1
        if close_at is None:
            span = _make_span(text, open_at, pend, pend, style, group)
        else:
            span = _make_span(text, open_at, close_at, close_at + 1, style, group)
            for skipped in range(p + 1, q):
                paragraphs[skipped] = (paragraphs[skipped][1], paragraphs[skipped][1])
            paragraphs[q] = (close_at + 1, paragraphs[q][1])  # rescan the rest after the closer
        if span:
            spans.append(span)
    return spans


def _has_double_opener(text: str, start: int, end: int) -> bool:
    return any(text[i] in _DOUBLE_OPEN for i in range(start, end))


def _find_double_close(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        ch = text[i]
        if ch in _DOUBLE_OPEN:
            return None
        if ch in _DOUBLE_CLOSE or (ch == '"' and i > start and not text[i - 1].isspace()):
            return i
    return None


def _make_span(
    text: str, open_at: int, inner_end: int, close: int, style: str, group: int
) -> QuoteSpan | None:
    start, end = open_at + 1, inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return QuoteSpan(start, end, open_at, close, style, group)


def _scan_paragraph(
    text: str, pstart: int, pend: int, next_group: int, carry_group: int | None
) -> tuple[list[QuoteSpan], tuple[str, int, int] | None, int]:
    """Scan one paragraph.

    Returns its closed quotes, the quote still open at its end as
    (style, opening mark, group) or None, and the next free group id.
    """
    spans: list[QuoteSpan] = []
    outer: tuple[str, int] | None = None  # (style, position of the opening mark)
    inner: str | None = None  # style of a nested quote inside `outer`
    singles_off = False  # no single-quote closer follows: single openers are apostrophes
    i = pstart
    while True:
        if i >= pend:
            if outer is None or outer[0] == "double":
                break
            if text[pend:].lstrip()[:1] in ("‘", "'"):
                break  # continued in the next paragraph
            # An unclosed single quote is most likely an apostrophe we
            # misread: rescan after it, keeping what was found before it.
            # Nothing after it could close a single quote, so later single
            # openers are apostrophes too (this keeps the scan linear).
            i, outer, inner, singles_off = outer[1] + 1, None, None, True
            continue
        ch = text[i]
        closed_at: int | None = None
        if ch in _DOUBLE_OPEN:
            if outer is None:
                outer = ("double", i)
            elif outer[0] == "single" and inner is None:
                inner = "double"
        elif ch in _DOUBLE_CLOSE:
            if outer is not None and outer[0] == "double":
                closed_at = i
            elif inner == "double":
                inner = None
        elif ch == '"':
            if outer is not None and outer[0] == "double":
                closed_at = i
            elif inner == "double":
                inner = None
            elif outer is not None and outer[0] == "single":
                if _opener_like(text, i, pstart):
                    inner = "double"
            elif _opener_like(text, i, pstart):
                outer = ("double", i)
        elif ch == _SINGLE_OPEN or ch == "'":
            if ch == "'" and inner == "single" and _single_closer(text, i):
                inner = None
            elif (
                ch == "'" and outer is not None and outer[0] == "single" and _single_closer(text, i)
            ):
                closed_at = i
            elif not singles_off and _single_opener(text, i, pstart):
                if outer is None:
                    outer = ("single", i)
                elif outer[0] == "double" and inner is None:
                    inner = "single"
        elif ch == _SINGLE_CLOSE and _single_closer(text, i):
            if inner == "single":
                inner = None
            elif outer is not None and outer[0] == "single":
                closed_at = i
        if closed_at is not None and outer is not None:
            group = carry_group if (carry_group is not None and not spans) else None
            if group is None:
                group, next_group = next_group, next_group + 1
            span = _make_span(text, outer[1], closed_at, closed_at + 1, outer[0], group)
            if span:
                spans.append(span)
            outer, inner = None, None
        i += 1
    if outer is None:
        return spans, None, next_group
    group = carry_group if (carry_group is not None and not spans) else None
    if group is None:
        group, next_group = next_group, next_group + 1
    return spans, (outer[0], outer[1], group), next_group


# --- attribution -----------------------------------------------------------


@dataclass(slots=True)
class _Attribution:
    speaker: str | None
    cue: str | None
    found: bool  # a cue with a subject was found, even if it did not resolve


_NONE = _Attribution(None, None, False)


class _Context:
    """One article's parse, mentions and quotes, with the lookups attribution needs."""

    def __init__(
        self, doc: Doc, mentions: list[Mention], roles: RoleIndex, spans: list[QuoteSpan]
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.roles = roles
        self.spans = spans
        self.mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
        self.mention_starts = [m.start for m in self.mentions]
        self.tok_idx, self.cue_candidates = _token_index(doc)
        self._cue_candidate_set = set(self.cue_candidates)
        self.paragraphs = _paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paragraphs]
        self.quote_regions = sorted((s.open, s.close) for s in spans)
        self.region_starts = [a for a, _ in self.quote_regions]
        self.boundaries = self._sentence_boundaries()
        self.sent_starts = self._sentence_units()
        self.narrative_upto = self._narrative_counts()
        #: Speakers already attributed, as (subject position, cue position,
        #: speaker, depth of the subject in its clause tree): "he added" after
        #: a quote attributed to Rubio is Rubio again.
        self.attributed: list[tuple[int, int, str, int]] = []
        self._attributed_at: set[int] = set()
        self._cue_results: dict[int, _Attribution] = {}
        #: Names of persons: only they are what "he" or "she" stands for.
        self.people = {m.canonical for m in self.mentions if m.label == "PERSON" and m.canonical}
        #: "m"/"f" for people the text genders ("Ms. Rice", "..., she said").
        self.gender: dict[str, str] = {}
        for m in self.mentions:
            if m.label == "PERSON" and m.canonical:
                honorific = _HONORIFIC.search(self.text, max(0, m.start - 6), m.start)
                if honorific:
                    self.gender.setdefault(m.canonical, _HONORIFIC_GENDER[honorific.group(1)])

    # -- positions ---------------------------------------------------------

    def quote_region(self, pos: int) -> tuple[int, int] | None:
        """The (opening mark, after closing mark) region holding `pos`, if any."""
        i = bisect.bisect_right(self.region_starts, pos) - 1
        # Regions do not overlap, but look one further back to be safe.
        for a, b in self.quote_regions[max(0, i - 1) : i + 1]:
            if a <= pos < b:
                return a, b
        return None

    def in_quote(self, pos: int) -> bool:
        return self.quote_region(pos) is not None

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.paragraphs[i]

    def _sentence_boundaries(self) -> list[int]:
        out = []
        for m in _TERMINATOR.finditer(self.text):
            punct = m.start()
            if (
                self.text[punct] == "."
                and m.end() - punct == 1
                and _ABBREVIATION.search(self.text, max(0, punct - 6), punct)
            ):
                continue
            region = self.quote_region(punct)
            if region is not None and m.end() < region[1]:
                continue  # a full stop inside a quote that goes on
            pos = m.end()
            while pos < len(self.text) and self.text[pos].isspace():
                pos += 1
            out.append(pos)
        return out

    def sentence_start(self, pos: int) -> int:
        """Start of the (quote-aware) sentence holding `pos`, within its paragraph."""
        pstart, _ = self.paragraph(pos)
        i = bisect.bisect_right(self.boundaries, pos) - 1
        start = self.boundaries[i] if i >= 0 else 0
        return max(start, pstart)

    def sentence_end(self, pos: int) -> int:
        _, pend = self.paragraph(pos)
        i = bisect.bisect_right(self.boundaries, pos)
        end = self.boundaries[i] if i < len(self.boundaries) else len(self.text)
        return min(end, pend)

    def tokens(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self.tok_idx, start)
        out = []
        while i < len(self.doc) and self.tok_idx[i] < end:
            out.append(self.doc[i])
            i += 1
        return out

    def mention_at(self, pos: int) -> Mention | None:
        """The mention covering `pos`, preferring speakers (PERSON, ORG, GPE)."""
        i = bisect.bisect_right(self.mention_starts, pos)
        best = None
        for m in self.mentions[max(0, i - 8) : i]:
            if m.start <= pos < m.end and (
                best is None
                or (m.label in _SPEAKER_LABELS and best.label not in _SPEAKER_LABELS)
                or (m.label == "PERSON" and best.label != "PERSON")
            ):
                best = m
        return best

    def _sentence_units(self) -> list[int]:
        """Starts of the units pronouns look back over: spaCy's sentences,
        cut at paragraph breaks (the parser runs sentences across them)."""
        starts = set(self.para_starts) | {0}
        if len(self.doc) and self.doc.has_annotation("SENT_START"):
            starts.update(s.start_char for s in self.doc.sents)
        else:
            starts.update(self.boundaries)
        return sorted(starts)

    def _narrative_counts(self) -> list[int]:
        """For each unit, how many units up to it hold words outside quotes.

        A pronoun's look-back counts these only: a long quote between a name
        and "he added" does not push the name out of reach."""
        ends = [*self.sent_starts[1:], len(self.text)]
        narrative = []
        for start, end in zip(self.sent_starts, ends, strict=True):
            pos, found = start, False
            for a, b in self.quote_regions[
                max(0, bisect.bisect_right(self.region_starts, start) - 1) :
            ]:
                if a >= end:
                    break
                if b <= pos:
                    continue
                if a > pos and _WORD_CHAR.search(self.text, pos, a):
                    found = True
                    break
                pos = max(pos, b)
            narrative.append(found or bool(_WORD_CHAR.search(self.text, pos, max(pos, end))))
        counts, total = [], 0
        for flag in narrative:
            total += flag
            counts.append(total)
        return counts

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def narrative_distance(self, earlier: int, later: int) -> int:
        """Narrative units from unit `earlier` to unit `later`."""
        return self.narrative_upto[later] - self.narrative_upto[earlier]

    def depth(self, tok: Token) -> int:
        """How deep `tok` sits in its clause tree: 1 for the subject of the
        main verb. Coordination does not count ("X said and added"), and the
        tree is cut at paragraph breaks."""
        pstart, pend = self.paragraph(tok.idx)
        depth, node = 0, tok
        for _ in range(64):
            head = node.head
            if head.i == node.i or not pstart <= head.idx < pend:
                break
            if node.dep_ != "conj":
                depth += 1
            node = head
        return depth

    # -- subjects ----------------------------------------------------------

    def resolve_cues(self) -> None:
        """Resolve every cue verb's speaker once, in text order, so that a
        pronoun sees every speaker named before it ("Scalia, who said ...
        '...,' he said") whichever pass asks first."""
        for i in self.cue_candidates:
            tok = self.doc[i]
            if self.is_cue(tok, MIXED_CUE_LEMMAS | INDIRECT_CUE_LEMMAS):
                self.cue_subject(tok)

    def cue_subject(self, cue: Token) -> _Attribution:
        """The speaker of a cue verb, from its grammatical subject."""
        cached = self._cue_results.get(cue.i)
        if cached is None:
            cached = self._cue_results[cue.i] = self._cue_subject(cue)
        return cached

    def _cue_subject(self, cue: Token) -> _Attribution:
        cue_word = cue.text.lower()
        verb = cue
        subj = None
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                subj is None
                and verb.dep_ == "pcomp"
                and verb.head.dep_ == "prep"
                and verb.head.head.i != verb.head.i
            ):
                verb = verb.head.head  # "continued ... by asserting that ..."
                continue
            if subj is None and (controller := _adjective_controller(verb)) is not None:
                verb = controller  # "Biden was quick to retort"
                continue
            if (
                subj is not None
                or verb.dep_ not in ("conj", "advcl", "xcomp")
                or verb.head.i == verb.i
            ):
                break
            if verb.tag_ == "VBN" and verb.dep_ == "advcl":
                # "when asked": the understood subject is the one who was asked.
                return _Attribution(None, cue_word, False)
            head = verb.head
            if (
                verb.dep_ == "conj"
                and not self.is_cue(head)
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
            ):
                # "indicated that Washington might explore ... and suggested":
                # the parse joined the cue to the wrong clause. A tensed verb
                # cannot share the modal of a bare one ("might explore and
                # suggested"), so it is coordinated with the cue that reports
                # that clause, and shares its subject; otherwise it is unsure.
                reporter = head.head
                if (
                    verb.tag_ in ("VBD", "VBZ")
                    and head.tag_ == "VB"
                    and head.dep_ == "ccomp"
                    and reporter.i < head.i
                    and self.is_cue(reporter)
                ):
                    verb = reporter
                    continue
                return _Attribution(None, cue_word, False)
            verb = head
        if subj is not None and (
            (self.in_quote(subj.idx) and not self.in_quote(cue.idx))
            or self.paragraph_index(subj.idx) != self.paragraph_index(cue.idx)
        ):
            # The parse took a word of the quote for the cue's subject
            # ('"... China," Mr. Trump wrote.'), or ran over a paragraph
            # break: look next to the cue instead.
            subj = None
        if subj is not None and _is_label(subj):
            # "Ukraine: President Zelensky ... said": a topic label, with
            # perhaps the speaker in apposition to it.
            subj = self._person_appositive(subj)
        if subj is None:
            subj = self._participle_subject(verb)
        if subj is None:
            subj = self._adjacent_subject(cue)
        if subj is None and verb.i != cue.i and verb.dep_ == "ROOT" and verb.i > 0:
            # "Putin emphasized ..., describing": the parse hung the name on a
            # heading above; the person named right before the main verb.
            prev = verb.nbor(-1)
            m = self._speaker_mention(prev)
            if m is not None and m.label == "PERSON" and not self.in_quote(prev.idx):
                subj = prev
        if subj is None:
            return _Attribution(None, cue_word, False)
        if (
            cue.tag_ == "VBG"
            and cue.dep_ == "advcl"
            and cue.head.i == verb.i
            and subj.pos_ == "NOUN"
            and (reporter := self._speech_clause_right_before(cue)) is not None
            and self.resolve_subject(subj, cue.idx) is None
        ):
            # "The announcement came after Trump revealed ..., highlighting
            # '...'": the parse hung the participle on the main verb, whose
            # subject is no speaker; it goes on the speech clause it follows.
            att = self.cue_subject(reporter)
            if att.speaker:
                return _Attribution(att.speaker, cue_word, True)
        if (
            subj.lower_ in _RELATIVE_PRONOUNS
            and verb.dep_ == "relcl"
            and not self.in_quote(verb.head.idx)
        ):
            # "said Bloomberg, who added that ...": the person right before the
            # relative pronoun, else the noun the clause hangs on.
            before = self._name_before(subj)
            subj = before if before is not None else verb.head
        speaker = self.resolve_subject(subj, cue.idx)
        if speaker and cue.idx not in self._attributed_at:
            self._attributed_at.add(cue.idx)
            self.attributed.append((subj.idx, cue.idx, speaker, self.depth(subj)))
            gender = _PRONOUN_GENDER.get(subj.lower_)
            if gender:
                self.gender.setdefault(speaker, gender)
        return _Attribution(speaker, cue_word, True)

    def _adjacent_subject(self, cue: Token) -> Token | None:
        """Regex-like fallback when the parse gives no subject: a name or pronoun
        right before the cue, or a name right after it ("said Rubio")."""
        if cue.i > 0:
            prev = cue.nbor(-1)
            if not self.in_quote(prev.idx) and (
                prev.lower_ in _PRONOUNS or self._speaker_mention(prev)
            ):
                return prev
        if cue.i + 1 < len(self.doc):
            nxt = cue.nbor(1)
            if not self.in_quote(nxt.idx) and self._speaker_mention(nxt):
                return nxt
        return None

    def _speech_clause_right_before(self, participle: Token) -> Token | None:
        """The speech cue of a clause hung on the same verb as `participle`,
        with its own subject, that ends right before it (only punctuation
        between): "... after Trump revealed X, highlighting Y"."""
        for sibling in participle.head.children:
            if sibling.i >= participle.i or sibling.dep_ not in ("advcl", "ccomp"):
                continue
            if not self.is_cue(sibling, finite=True):
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in sibling.children):
                continue
            gap = self.doc[sibling.right_edge.i + 1 : participle.i]
            if len(gap) and all(t.is_punct for t in gap):
                return sibling
        return None

    def _participle_subject(self, verb: Token) -> Token | None:
        """'Zelensky, angered that ..., said': the parse gave the person to the
        participle before the verb; a participle has no subject of its own."""
        for child in verb.lefts:
            if child.dep_ not in ("advcl", "acl", "ccomp"):
                continue
            if child.tag_ not in ("VBN", "VBG", "VBD"):
                continue
            if any(c.dep_ in ("mark", "aux", "auxpass") for c in child.children):
                continue  # "After Obama spoke, ... said": a clause of its own
            for subj in child.children:
                if subj.dep_ not in ("nsubj", "nsubjpass") or self.in_quote(subj.idx):
                    continue
                if _is_label(subj):
                    subj = self._person_appositive(subj)
                    if subj is None:
                        continue
                m = self._speaker_mention(subj)
                if m is not None and m.label == "PERSON":
                    return subj
        return None

    def _person_appositive(self, tok: Token) -> Token | None:
        """The person in apposition to `tok` ("Vetland: President Ana Ruiz")."""
        for child in tok.children:
            if child.dep_ == "appos":
                m = self._speaker_mention(child)
                if m is not None and m.label == "PERSON":
                    return child
        return None

    def _name_before(self, relative: Token) -> Token | None:
        """The person named right before a relative pronoun ("Scalia, who")."""
        i = relative.i - 1
        if i >= 0 and self.doc[i].text == ",":
            i -= 1
        if i < 0:
            return None
        m = self._speaker_mention(self.doc[i])
        return self.doc[i] if m is not None and m.label == "PERSON" else None

    def _speaker_mention(self, tok: Token) -> Mention | None:
        m = self.mention_at(tok.idx)
        return m if m is not None and m.label in _SPEAKER_LABELS else None

    def resolve_subject(self, subj: Token, pos: int) -> str | None:
        low = subj.lower_
        if low == "they":
            return None  # a group, or people the text names together: not one person
        if low in _PRONOUNS:
            return self.pronoun_antecedent(pos, low)
        if low in _UNRESOLVABLE_SUBJECTS or subj.pos_ == "PRON":
            return None
        m = self.mention_at(subj.idx)
        if m is not None and m.label in _SPEAKER_LABELS:
            return m.canonical
        name = self.unlabelled_name(subj, pos)
        if name:
            self.people.add(name)
            return name
        if low in _CHANNEL_NOUNS:
            # "Trump's account tweeted", "Rubio's statement said": the owner speaks.
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            m = self._speaker_mention(owner) if owner is not None else None
            if m is not None and m.label == "PERSON":
                return m.canonical
        for child in subj.children:
            # "the president, Donald Trump, said" / "Secretary Rubio said"; but
            # not "the Trump administration said".
            if child.dep_ == "appos" or (
                child.dep_ in ("compound", "flat") and subj.lower_ in ROLE_HEADS
            ):
                m = self._speaker_mention(child)
                if m is not None and m.label == "PERSON":
                    return m.canonical
        left = subj.left_edge.idx
        phrase = self.text[left : subj.idx + len(subj.text)]
        return self.roles.resolve(phrase, left)

    def unlabelled_name(self, subj: Token, pos: int) -> str | None:
        """A proper-noun subject the NER missed ("Pelosi said"): the person the
        article names with that surname, or the name as written. Only in the
        cue's own paragraph: a parse running over a heading is not a speaker."""
        if subj.pos_ != "PROPN" or not subj.text[:1].isupper() or subj.lower_ in _NOT_NAMES:
            return None
        if self.paragraph_index(subj.idx) != self.paragraph_index(pos):
            return None
        if subj.lower_ in TITLE_WORDS or self.in_quote(subj.idx):
            return None
        words = [
            t
            for t in subj.subtree
            if t is subj or (t.i < subj.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "flat"))
        ]
        words = [t for t in words if t.lower_ not in TITLE_WORDS]
        if not words or any(not t.text[:1].isupper() for t in words):
            return None
        name = " ".join(t.text for t in words)
        last = words[-1].lower_
        full = {
            m.canonical
            for m in self.mentions
            if m.label == "PERSON" and m.canonical and m.canonical.lower().split()[-1] == last
        }
        return full.pop() if len(full) == 1 else name

    def pronoun_antecedent(self, pos: int, pronoun: str | None = None) -> str | None:
        """The person a pronoun before `pos` stands for.

        Candidates are people who were the subject of a clause and speakers
        already attributed, within PRONOUN_LOOKBACK_SENTENCES narrative
        sentences (sentences inside quotes do not count). The most recent
        sentence holding one decides; within it, the subject highest in the
        clause tree ("He said Obama ...": he, not Obama), then the latest. A
        person the text genders otherwise ("Ms. Rice") never takes "he".
        """
        gender = _PRONOUN_GENDER.get(pronoun or "")
        here = self.sentence_index(pos)

        def fits(name: str | None) -> bool:
            return bool(name) and not (gender and self.gender.get(name or "", gender) != gender)

        best: tuple[int, int, int] | None = None  # (unit, -depth, position)
        name: str | None = None

        def consider(unit: int, depth: int, at: int, who: str) -> None:
            nonlocal best, name
            key = (unit, -depth, at)
            if best is None or key > best:
                best, name = key, who

        i = bisect.bisect_left(self.mention_starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.label != "PERSON" or m.end > pos or self.in_quote(m.start):
                continue
            unit = self.sentence_index(m.start)
            if self.narrative_distance(unit, here) > PRONOUN_LOOKBACK_SENTENCES:
                break
            if best is not None and unit < best[0]:
                break
            if not fits(m.canonical):
                continue
            subj = self._subject_token(m)
            if subj is not None:
                consider(unit, self.depth(subj), m.start, m.canonical or "")
        for at, cue_at, speaker, depth in self.attributed:
            if cue_at >= pos or at >= pos or speaker not in self.people or not fits(speaker):
                continue
            unit = self.sentence_index(at)
            if self.narrative_distance(unit, here) <= PRONOUN_LOOKBACK_SENTENCES:
                consider(unit, depth, at, speaker)
        if name is None and gender:
            name = self._sole_gendered_person(pos, here, gender)
        return name

    def _sole_gendered_person(self, pos: int, here: int, gender: str) -> str | None:
        """No subject to go by ("Enter Ms. Okafor, a lawyer. ... she wrote"): the
        one person of the nearest sentence naming any whom the text gives the
        pronoun's gender ("Ms.", an earlier "she said")."""
        names: set[str] = set()
        unit = None
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.label != "PERSON" or m.end > pos or self.in_quote(m.start) or not m.canonical:
                continue
            u = self.sentence_index(m.start)
            if unit is not None and u != unit:
                break
            if self.narrative_distance(u, here) > SOLE_PERSON_LOOKBACK_SENTENCES:
                break
            unit = u
            names.add(m.canonical)
        fitting = [n for n in names if self.gender.get(n) == gender]
        return fitting[0] if len(fitting) == 1 else None

    def _subject_token(self, m: Mention) -> Token | None:
        """The subject token `m` is (or is an appositive or compound of)."""
        for tok in self.tokens(m.start, m.end):
            subj = None
            if tok.dep_ in ("nsubj", "nsubjpass"):
                subj = tok
            elif tok.head.idx >= m.end or tok.head.idx < m.start:
                # The mention's head token; an appositive or compound of a subject counts.
                if tok.dep_ in ("appos", "compound") and tok.head.dep_ in ("nsubj", "nsubjpass"):
                    subj = tok.head
            if subj is not None:
                # "Smith and Jones are drafting a letter": neither is "he".
                return None if any(c.dep_ == "conj" for c in subj.children) else subj
        return None

    # -- attribution patterns ---------------------------------------------

    def is_cue(self, tok: Token, lemmas: frozenset[str] = CUE_LEMMAS, finite: bool = False) -> bool:
        """Whether `tok` is a speech verb outside quotes. `finite` excludes
        participles without a subject ("speaking to CNN", "when asked")."""
        if tok.i not in self._cue_candidate_set or self.in_quote(tok.idx):
            return False
        if finite and (
            tok.tag_ == "VBG"
            or (
                tok.tag_ == "VBN"
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
            )
        ):
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() in lemmas
        if tok.pos_ == "PROPN" or tok.ent_type_:
            return False  # "the United States" does not state anything
        if tok.lower_ in _CUE_WORDS:
            return True
        # "was quick to retort:": an infinitive the tagger took for a noun.
        nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        return (
            tok.lower_ in lemmas
            and tok.dep_ == "pobj"
            and tok.i > 0
            and tok.nbor(-1).lower_ == "to"
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))
        )

    def _is_thought(self, tok: Token) -> bool:
        """A verb of thought outside quotes ("fears", "believes"), tagged as a verb."""
        return (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in THOUGHT_LEMMAS
            and not self.in_quote(tok.idx)
        )

    def right_attribution(self, span: QuoteSpan, limit: int) -> _Attribution:
        """`"...," X said` / `"...," said X` / `"..." he added`."""
        toks = [t for t in self.tokens(span.close, limit) if not t.is_space]
        named = False  # a name or noun seen: a comma may open its appositive
        for n, tok in enumerate(toks[:MAX_ATTRIBUTION_TOKENS]):
            if self.is_cue(tok, finite=True):
                return self.cue_subject(tok)
            if tok.is_punct and (tok.text in ",—–-:" and n == 0 or tok.text == "," and named):
                continue  # '"...," Ms. Reyes's spokesman, Tom Hale, wrote'
            named = named or tok.pos_ in ("PROPN", "NOUN")
            # Only a subject may stand between a quote and its cue.
            if tok.pos_ not in _SUBJECT_POS and tok.text not in ("'s", "’s", ".", "-"):
                break
        return _NONE

    def left_attribution(self, span: QuoteSpan, sent_start: int) -> _Attribution:
        """`X said: "..."`, `X told Y, "..."`, `X responded "..."`."""
        toks = [t for t in self.tokens(sent_start, span.open) if not t.is_space]
        for n in range(len(toks) - 1, max(-1, len(toks) - MAX_ATTRIBUTION_TOKENS - 1), -1):
            tok = toks[n]
            adjacent = all(t.is_punct for t in toks[n + 1 :])
            if self.is_cue(tok, finite=not (adjacent and tok.tag_ == "VBG")):
                return self.cue_subject(tok)
            if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.lower_ == "that":
                break
        if toks and toks[-1].text == ":":
            # "Ms. Okafor wrote what the board should do: '...'": the colon
            # hands the quote to the main verb before it when that is a cue.
            inside = {t.i for t in toks}
            heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
            for head in heads:
                if head.dep_ != "punct" and self.is_cue(head, finite=True):
                    return self.cue_subject(head)
        return _NONE

    def sentence_attribution(self, span: QuoteSpan, start: int, end: int) -> _Attribution:
        """The cue that governs a quote embedded in a sentence (mixed quotes)."""
        inside = [t for t in self.tokens(span.start, span.end) if not t.is_space]
        seen = set()
        thought: Token | None = None
        for tok in inside[:1]:
            node = tok
            for _ in range(12):
                if node.head.i == node.i or node.i in seen:
                    break
                seen.add(node.i)
                node = node.head
                if node.idx < start or node.idx >= end:
                    break
                if self.is_cue(node, MIXED_CUE_LEMMAS):
                    # The nearest governing cue decides, even when its subject
                    # is unknown: a higher cue belongs to another speaker
                    # ("stated when asked why ... 'additional debt'").
                    return self.cue_subject(node)
                if thought is None and self._is_thought(node):
                    thought = node  # a speech cue above it still decides
        if thought is not None:
            return self.cue_subject(thought)
        according = self.according_to(start, end)
        if according.speaker:
            return according
        best: _Attribution = _NONE
        best_distance = None
        for tok in self.tokens(start, end):
            if self.is_cue(tok, MIXED_CUE_LEMMAS):
                att = self.cue_subject(tok)
                distance = abs(tok.idx - span.start)
                if att.speaker and (best_distance is None or distance < best_distance):
                    best, best_distance = att, distance
        return best

    def according_to(self, start: int, end: int) -> _Attribution:
        for m in _ACCORDING_TO.finditer(self.text, start, end):
            if self.in_quote(m.start()):
                continue
            after = [t for t in self.tokens(m.end(), end) if not t.is_space]
            if not after:
                continue
            if after[0].lower_ in ("him", "her", "them"):
                speaker = self.pronoun_antecedent(m.start(), after[0].lower_)
                return _Attribution(speaker, "according to", True)
            # "According to (Governor) Thomas Becker," / "according to the minister,"
            for tok in after[:4]:
                mention = self._speaker_mention(tok)
                if mention is not None:
                    return _Attribution(mention.canonical, "according to", True)
                if tok.lower_ not in TITLE_WORDS:
                    break
            phrase_end = next((t.idx for t in after if t.is_punct), after[-1].idx)
            speaker = self.roles.resolve(self.text[m.end() : phrase_end], m.start())
            return _Attribution(speaker, "according to", True)
        return _NONE

    def previous_sentence_attribution(self, sent_start: int) -> _Attribution:
        """`X told Y. "..."`: the sentence before a quote that opens a sentence."""
        pstart, _ = self.paragraph(sent_start)
        if sent_start <= pstart:
            return self.previous_paragraph_attribution(pstart)
        prev_start = self.sentence_start(sent_start - 1)
        for tok in self.tokens(prev_start, sent_start):
            if self.is_cue(tok, finite=True):
                att = self.cue_subject(tok)
                if att.found:
                    return att
        return _NONE

    def previous_paragraph_attribution(self, pstart: int) -> _Attribution:
        """A quote that opens a paragraph, introduced by the paragraph before:
        `Trump responded in a statement:` / `Mayor Cole tweeted Friday.`

        The introducing sentence ends with a colon, or its cue verb has no
        words of its own (no reported clause), so the quote is what was said.
        """
        k = self.paragraph_index(pstart)
        if k <= 0:
            return _NONE
        prev_start, prev_end = self.paragraphs[k - 1]
        last = self.text[prev_start:prev_end].rstrip()
        if not last:
            return _NONE
        end = prev_start + len(last)
        sent = self.sentence_start(end - 1)
        if any(sent < b and a < end for a, b in self.quote_regions):
            return _NONE  # a quote of its own (run-ons are handled elsewhere)
        colon = last.endswith(":")
        cues = [
            tok
            for tok in self.tokens(sent, end)
            if self.is_cue(tok, finite=not colon)
            and (colon or not any(c.dep_ in _CONTENT_DEPS for c in tok.children))
        ]
        for tok in sorted(cues, key=self.depth):
            att = self.cue_subject(tok)
            if att.found:
                return att
        return _NONE


#: Dependents that carry what a cue verb reports ("said *that* ...").
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "parataxis"})


_WORD_CHAR = re.compile(r"\w")
_ALL_CUE_LEMMAS = MIXED_CUE_LEMMAS | INDIRECT_CUE_LEMMAS


@functools.cache
def _cue_hashes() -> tuple[list[int], list[int]]:
    """String hashes of cue lemmas and cue word forms (spaCy imported lazily)."""
    from spacy.strings import hash_string

    lemmas = _ALL_CUE_LEMMAS | {w.capitalize() for w in _ALL_CUE_LEMMAS}
    forms = _CUE_WORDS | _ALL_CUE_LEMMAS
    return [hash_string(w) for w in sorted(lemmas)], [hash_string(w) for w in sorted(forms)]


def _token_index(doc: Doc) -> tuple[list[int], list[int]]:
    """Token offsets, and the tokens that may be cues (by lemma or form),
    read in one pass over the doc's arrays instead of token by token."""
    if not len(doc):
        return [], []
    import numpy
    from spacy.attrs import IDX, LEMMA, LOWER

    lemma_hashes, form_hashes = _cue_hashes()
    arr = doc.to_array([IDX, LEMMA, LOWER])
    maybe_cue = numpy.isin(arr[:, 1], lemma_hashes) | numpy.isin(arr[:, 2], form_hashes)
    return arr[:, 0].tolist(), numpy.flatnonzero(maybe_cue).tolist()


def _is_label(tok: Token) -> bool:
    """A word opening its sentence and followed by a colon: "Ukraine: ..."."""
    return (
        tok.i + 1 < len(tok.doc)
        and tok.nbor(1).text == ":"
        and (tok.i == 0 or tok.nbor(-1).is_space or tok.nbor(-1).text in ".!?")
    )


def _adjective_controller(verb: Token) -> Token | None:
    """The verb whose subject an infinitive cue under an adjective shares:
    "Biden was quick to retort" (retort -> quick -> was). The small model
    sometimes tags "to retort" as a preposition and a noun; both parses
    are read."""
    node = verb
    if node.dep_ == "pobj" and node.head.lower_ == "to":
        node = node.head
    if node.i == verb.i and node.dep_ != "xcomp":
        return None
    adjective = node.head
    if adjective.dep_ != "acomp" or adjective.pos_ != "ADJ" or adjective.head.i == adjective.i:
        return None
    return adjective.head


def _starts_clause(ctx: _Context, span: QuoteSpan, sent_start: int) -> bool:
    """Whether the quote stands as its own clause (not part of the sentence)."""
    left = ctx.text[sent_start : span.open].rstrip()
    if not left:
        return True
    if left[-1] in ",:;—–-":
        return True
    toks = [t for t in ctx.tokens(sent_start, span.open) if not t.is_space]
    return bool(toks) and ctx.is_cue(toks[-1])


def _word_count(text: str) -> int:
    return len(text.split())


def attribute_quotes(ctx: _Context, article_id: str) -> list[Quote]:
    """Attribute every span in `ctx`; return the direct and mixed quotes."""
    results: list[tuple[QuoteSpan, _Attribution, QuoteKind]] = []
    for k, span in enumerate(ctx.spans):
        if _names_a_title(ctx.text, span):
            continue  # 'said on "Fox News Sunday"': the name of a show, not words spoken
        sent_start = ctx.sentence_start(span.open)
        pstart, pend = ctx.paragraph(span.open)
        nxt = ctx.spans[k + 1].open if k + 1 < len(ctx.spans) else len(ctx.text)
        after = span.close
        if ctx.text[span.close - 2 : span.close - 1] in ("?", "!", "…"):
            # '"Why not?" Obama said.': the question mark ends the quote, not
            # the sentence that attributes it.
            while after < len(ctx.text) and ctx.text[after] in " \t":
                after += 1
        sent_end = max(ctx.sentence_end(after), span.close)
        right_limit = min(nxt, sent_end, pend if span.close <= pend else len(ctx.text))
        clause = _starts_clause(ctx, span, sent_start)

        att = ctx.right_attribution(span, right_limit)
        if not att.found and clause and sent_start < span.open:
            att = ctx.left_attribution(span, sent_start)
        if not att.found and clause:
            # "'A,' without 'B,' he said": the attribution after the last quote.
            last = None
            for other in ctx.spans[k + 1 :]:
                if other.open >= sent_end:
                    break
                last = other
            if last is not None:
                att = ctx.right_attribution(last, min(sent_end, pend))
        if not att.found and clause and not ctx.text[sent_start : span.open].strip():
            att = ctx.previous_sentence_attribution(sent_start)
        if att.found and (clause or att.speaker):
            results.append((span, att, "direct" if clause else "mixed"))
            continue
        if att.found:
            continue  # part of a sentence whose speaker is unknown
        if clause and not _scare_quote(ctx, span):
            results.append((span, _NONE, "direct"))
            continue
        att = ctx.sentence_attribution(span, sent_start, sent_end)
        if att.speaker:
            results.append((span, att, "mixed"))
        # Otherwise: a scare quote or title nobody is said to have spoken.

    _share_speakers(ctx, results)
    return [
        Quote(
            id=content_id(article_id, str(span.start), str(span.end)),
            article_id=article_id,
            text=ctx.text[span.start : span.end],
            speaker=att.speaker,
            speaker_entity_id=None,
            cue=att.cue,
            kind=kind,
            start=span.start,
            end=span.end,
        )
        for span, att, kind in results
    ]


#: Words a title may hold uncapitalised ("State of the Union", "Meet the Press").
_TITLE_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())
#: What stands right before a quoted title: a preposition ("said on", "told ... in") or a
#: possessive ("CNN's").
_BEFORE_TITLE_RE = re.compile(r"(?:\b(?:on|in|to|at|from|via)|['’]s)\s*$", re.IGNORECASE)


def _names_a_title(text: str, span: QuoteSpan) -> bool:
    """A quoted name of a show, book or paper rather than words spoken: up to six
    words, each capitalised (but small words), with no stop, right after a preposition
    or a possessive: 'said on "Fox News Sunday"', 'told CNN's "State of the Union"'."""
    quoted = text[span.start : span.end]
    words = quoted.split()
    if not words or len(words) > 6 or quoted[-1] in ".,;:?!…":
        return False
    if not words[0][:1].isupper() or not all(
        w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words
    ):
        return False
    return _BEFORE_TITLE_RE.search(text[max(0, span.open - 12) : span.open]) is not None


def _scare_quote(ctx: _Context, span: QuoteSpan) -> bool:
    """A short quoted phrase standing in running text ('reset', "new territories").

    A short quote that ends like an utterance ("Never!", "Yes,") is speech.
    """
    text = ctx.text[span.start : span.end]
    return _word_count(text) <= 3 and text[-1] not in ",.?!…"


def _share_speakers(
    ctx: _Context, results: list[tuple[QuoteSpan, _Attribution, QuoteKind]]
) -> None:
    """Unattributed direct quotes take the speaker of their own multi-paragraph
    quote, or of the quote the previous paragraph ended with (a run-on)."""
    by_group: dict[int, set[str]] = {}
    for span, att, _ in results:
        if att.speaker:
            by_group.setdefault(span.group, set()).add(att.speaker)
    for n, (span, att, kind) in enumerate(results):
        if att.found or kind != "direct":
            continue
        speakers = by_group.get(span.group, set())
        if len(speakers) == 1:
            results[n] = (span, _Attribution(next(iter(speakers)), None, False), kind)
            continue
        pstart, _ = ctx.paragraph(span.open)
        if ctx.text[pstart : span.open].strip() or n == 0:
            continue
        prev_span, prev_att, prev_kind = results[n - 1]
        if prev_kind != "direct" or not prev_att.speaker:
            continue
        prev_last = max(prev_span.open, prev_span.close - 1)
        prev_pend = ctx.paragraph(prev_last)[1]
        if ctx.paragraph_index(prev_last) + 1 != ctx.paragraph_index(span.open):
            continue  # not the paragraph right before
        if prev_pend - prev_span.close > RUN_ON_TAIL_CHARS:
            continue
        results[n] = (span, _Attribution(prev_att.speaker, None, False), kind)


# --- indirect speech -------------------------------------------------------


def indirect_quotes(ctx: _Context, article_id: str, direct: Iterable[Quote]) -> list[Quote]:
    """'X said (that) <clause>' and 'According to X, <clause>' with a known X."""
    direct_starts = {q.start for q in direct if q.kind == "direct"}
    # Reported clauses may hold partial (mixed) quotes, but a clause that
    # overlaps a direct quote is that quote's attribution, not reported speech.
    direct_regions = [(s.open, s.close) for s in ctx.spans if s.start in direct_starts]
    regions = [(s.open, s.close) for s in ctx.spans]
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()

    def overlaps_direct(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in direct_regions)

    def add(start: int, end: int, speaker: str, cue: str) -> None:
        while end > start and ctx.text[end - 1] in " ,;:—–-.\n":
            end -= 1
        for a, b in regions:
            if start <= a < end < b <= end + 3:
                end = b  # keep a quote the clause ends in whole: ...'to die for Vilnius.'
        if ctx.text[start:end].count("\n\n"):
            return
        if end - start < 8 or (start, end) in seen or overlaps_direct(start, end):
            return
        seen.add((start, end))
        out.append(
            Quote(
                id=content_id(article_id, str(start), str(end)),
                article_id=article_id,
                text=ctx.text[start:end],
                speaker=speaker,
                speaker_entity_id=None,
                cue=cue,
                kind="indirect",
                start=start,
                end=end,
            )
        )

    for i in ctx.cue_candidates:
        tok = ctx.doc[i]
        if not ctx.is_cue(tok, INDIRECT_CUE_LEMMAS) or tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "Carney wouldn't say whether ...": nothing was said
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        last = None
        if clause is None:
            clause = _preposed_clause(ctx, tok)
        if clause is None and (conjunct := _preposed_conjunct(ctx, tok)) is not None:
            clause, last = conjunct
        if clause is None or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children
        ):
            continue
        att = ctx.cue_subject(tok)
        if not att.speaker:
            continue
        first = clause.left_edge
        if first.i <= tok.i and clause.i > tok.i:
            continue
        if first.lower_ == "that" and first.dep_ == "mark":
            first = ctx.doc[first.i + 1] if first.i + 1 < len(ctx.doc) else first
        if last is None:
            last = clause.right_edge
        start, end = first.idx, last.idx + len(last.text)
        # Keep the clause inside its paragraph.
        pend = ctx.paragraph(tok.idx)[1]
        add(start, min(end, pend), att.speaker, tok.text.lower())

    for m in _ACCORDING_TO.finditer(ctx.text):
        if ctx.in_quote(m.start()):
            continue
        sent_end = ctx.sentence_end(m.start())
        comma = ctx.text.find(",", m.end(), sent_end)
        if comma < 0 or comma - m.end() > 60:
            continue
        att = ctx.according_to(m.start(), comma + 1)
        if att.speaker:
            add(comma + 1 + _lead_space(ctx.text, comma + 1), sent_end, att.speaker, "according to")
    return out


def _preposed_clause(ctx: _Context, cue: Token) -> Token | None:
    """The reported clause of "<clause>, X said" / "<clause>, said X": a
    clause before the cue that opens its sentence and ends at a comma."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    if clause is None or ctx.in_quote(clause.idx) or ctx.in_quote(cue.idx):
        return None
    first, last = clause.left_edge, clause.right_edge
    if first.i != first.sent.start or last.i + 1 >= cue.i:
        return None
    if ctx.doc[last.i + 1].text != ",":
        return None
    if any(ctx.in_quote(t.idx) for t in (first, last)):
        return None  # a direct quote's own attribution, not reported speech
    return clause


def _preposed_conjunct(ctx: _Context, cue: Token) -> tuple[Token, Token] | None:
    """The reported clause of "<clause>, X, the head of Y, has claimed" when
    the parser made the cue a conjunct of the clause's verb: the clause opens
    its sentence and ends at the comma right before the cue's subject, and
    nothing but that subject and the cue's auxiliaries stands between them
    (no "and": "A happened, and X said" is two statements).

    Returns the clause's verb and its last token."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or head.head.i != head.i:
        return None
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subj is None:
        return None
    comma = subj.left_edge.i - 1
    if comma <= head.i or ctx.doc[comma].text != ",":
        return None
    if any(c.dep_ in ("cc", "preconj") and c.i < cue.i for c in head.children):
        return None
    between = {t.i for t in subj.subtree}
    for t in ctx.doc[comma + 1 : cue.i]:
        if t.i not in between and not (t.head.i == cue.i and t.dep_ in ("aux", "punct")):
            return None
    first, last = head.left_edge, ctx.doc[comma - 1]
    if first.i != first.sent.start or last.is_punct:
        return None
    if ctx.in_quote(cue.idx) or any(ctx.in_quote(t.idx) for t in (first, last)):
        return None
    return head, last


def _lead_space(text: str, pos: int) -> int:
    n = 0
    while pos + n < len(text) and text[pos + n].isspace():
        n += 1
    return n


# --- public API ------------------------------------------------------------


def extract_quotes(
    doc_or_text: Doc | str,
    article_id: str,
    mentions: list[Mention] | None = None,
    roles: RoleIndex | None = None,
) -> list[Quote]:
    """Direct, mixed and indirect quotes of one text, ordered by position.

    `doc_or_text` is a spaCy Doc of the article body, or the body itself
    (parsed here). `mentions`/`roles` default to what enrich computes from
    the doc. Offsets point into the text: ``text[q.start:q.end] == q.text``.
    """
    if isinstance(doc_or_text, str):
        if not doc_or_text.strip():
            return []
        from storyline.stages.enrich.nlp import parse

        doc = parse(doc_or_text)
    else:
        doc = doc_or_text
    text = doc.text
    if mentions is None:
        mentions = extract_mentions(doc)
        if roles is None:
            roles = build_roles(text, mentions)
        mentions = mentions + description_mentions(text, roles)
    if roles is None:
        roles = build_roles(text, mentions)
    quotes: list[Quote] = []
    try:
        ctx = _Context(doc, mentions, roles, find_quote_spans(text))
        ctx.resolve_cues()
        quotes = attribute_quotes(ctx, article_id)
        quotes += indirect_quotes(ctx, article_id, quotes)
    except Exception:  # a bug here must cost one article's quotes, not the batch
        log.exception("quote extraction failed for article %s", article_id)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
