"""Brief stage: a cited, extractive brief of one story.

Every sentence of the brief is built from material that the compare stage
(or enrich) tied to specific articles -- a fact's aligned sentences, a
quote, a dated event -- and carries exactly those articles' ids. Nothing is
paraphrased beyond fixed connective phrases ("reported by", "said:",
"Outlets differ:"), so a citation always points at an article that really
contains the cited words.

Sections, in order: ``summary``, ``facts``, ``conflicts``, ``quotes``,
``timeline``, ``coverage``. Deterministic: articles are sorted by id and
every choice is tie-broken on ids and text.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from storyline.records import Article, Brief, BriefSentence, Event, Fact, Quote, Story
from storyline.stages.compare import StoryAnalysis, clean_text, source_key, stem, story_articles

__all__ = [
    "write_brief",
    "render_markdown",
    "support_score",
    "supports",
    "content_words",
    "SECTIONS",
    "SECTION_TITLES",
    "SUPPORT_MIN",
]

#: A cited article supports a brief sentence when one span of it (one or two
#: consecutive sentences, or its title line) holds at least this share of
#: the sentence's content words (see :func:`support_score`).
SUPPORT_MIN = 0.5
#: Words of the brief's own connective phrases, never counted as content.
TEMPLATE_WORDS = frozenset(
    """reported reports report outlet outlets source sources said says say differ
    differs covered named without article articles further repeating range dated
    published all""".split()
)

SECTIONS = ("summary", "facts", "conflicts", "quotes", "timeline", "coverage")
SECTION_TITLES = {
    "summary": "Summary",
    "facts": "Key facts",
    "conflicts": "Where outlets differ",
    "quotes": "Who said what",
    "timeline": "Timeline",
    "coverage": "Coverage",
}

MAX_SUMMARY = 3
MAX_FACTS = 8
MAX_CONFLICTS = 5
MAX_SPEAKERS = 4
MAX_QUOTES_PER_SPEAKER = 2
MAX_QUOTES = 6
MAX_TIMELINE = 12

_PRONOUN_START = re.compile(
    r"^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|however|"
    r"also|meanwhile|still|yet|so)\b",
    re.IGNORECASE,
)
_QUOTE_CHARS = "\"'“”‘’«»„"
_TERMINAL = ".!?…"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Ctx:
    story: Story
    articles: list[Article]
    by_id: dict[str, Article]
    check: bool = True

    def valid(self, ids: Iterable[str]) -> list[str]:
        return sorted({i for i in ids or [] if i in self.by_id})

    def sources(self, ids: Iterable[str]) -> set[str]:
        return {source_key(self.by_id[i], self.by_id) for i in self.valid(ids)}

    def name(self, aid: str) -> str | None:
        art = self.by_id.get(aid)
        if art is None:
            return None
        root = art
        hops = 0
        while root.duplicate_of and root.duplicate_of in self.by_id and hops < 20:
            root = self.by_id[root.duplicate_of]
            hops += 1
        for cand in (root.outlet, art.outlet):
            if cand and cand.strip():
                return clean_text(cand)
        return None

    def names(self, ids: Iterable[str]) -> list[str]:
        """Distinct outlet names for ``ids``; unnamed articles as "an article [id8]"."""
        out: dict[str, str] = {}
        for aid in self.valid(ids):
            key = source_key(self.by_id[aid], self.by_id)
            if key in out:
                continue
            name = self.name(aid)
            out[key] = name if name else f"an article [{aid[:8]}]"
        return sorted(out.values(), key=lambda s: (s.startswith("an article"), s.lower(), s))


def _join(names: list[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _sentence_end(text: str) -> str:
    text = clean_text(text)
    if not text:
        return text
    if text[-1] in _TERMINAL or (text[-1] in _QUOTE_CHARS and text[-2:-1] in _TERMINAL):
        return text
    return text + "."


def _strip_end(text: str) -> str:
    """``text`` without the stop it ends on, so that words can follow: also inside a
    closing quote ("… should not move forward.”" -> "… should not move forward”")."""
    text = clean_text(text)
    while text and text[-1] in ".;:,":
        text = text[:-1].rstrip()
    if len(text) > 2 and text[-1] in _QUOTE_CHARS and text[-2] in ".;:,":
        text = text[:-2].rstrip() + text[-1]
    return text


#: Double quotes inside a quoted statement become single ones.
_NESTED_QUOTES = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def _quoted(text: str) -> str:
    """``text`` (its stop dropped) in double quotes, the quotes it holds turned single:
    “He said it would wait ‘until Russia takes steps’”."""
    return f"“{_strip_end(text).translate(_NESTED_QUOTES)}”"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _position(fact: Fact, ctx: _Ctx) -> float:
    """How early in its articles a fact's statement appears (0 = lede)."""
    probe = fact.statement[:60]
    best = 1.0
    for aid in ctx.valid(fact.article_ids):
        body = ctx.by_id[aid].body or ""
        at = body.find(probe) if probe else -1
        if at >= 0 and body:
            best = min(best, at / len(body))
    return best


# --------------------------------------------------------------------------
# citation support
# --------------------------------------------------------------------------

_CWORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CSTOP = frozenset(
    """a an the of to in on at for by with from and or but as is are was were be been
    being has have had do does did it its this that these those than then there their
    they them he she his her we our you your i me my not no nor so if up down out over
    under about into onto per some more most least just only also around nearly
    almost roughly approximately who whom which what when where while would will can
    could should may might must shall s t""".split()
)


def content_words(text: str, *, template: bool = True) -> set[str]:
    """Stemmed content words of ``text`` (the brief's connectives left out)."""
    return set(_content_words(text or "", template))


@functools.lru_cache(maxsize=1 << 16)
def _content_words(text: str, template: bool) -> frozenset[str]:
    out = set()
    for w in _CWORD_RE.findall(text):
        lw = w.lower()
        if lw in _CSTOP or (template and lw in TEMPLATE_WORDS) or len(lw) < 2:
            continue
        out.add(_stem(lw))
    return frozenset(out)


_stem = functools.lru_cache(maxsize=1 << 17)(stem)


def _spans(article: Article) -> tuple[frozenset[str], ...]:
    """Content-word sets of the article's spans (cached: every brief sentence
    is checked against every article it cites)."""
    return _span_sets(
        article.body or "",
        tuple((_int(x, 0), _int(x, 1)) for x in article.sentences or []),
        " ".join(x for x in (article.title, article.outlet) if x),
    )


@functools.lru_cache(maxsize=512)
def _span_sets(
    body: str, sentences: tuple[tuple[int, int], ...], header: str
) -> tuple[frozenset[str], ...]:
    bounds = sorted((s, e) for s, e in sentences if 0 <= s < e)
    if not bounds:
        bounds = [(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]*", body)]
    sets = [_content_words(body[s:e], False) for s, e in bounds]
    out = [a | b for a, b in zip(sets, sets[1:], strict=False)] + sets
    if header:
        out.append(_content_words(header, False))
    return tuple(out)


def support_score(text: str, article: Article, section: str = "") -> float:
    """Share of ``text``'s content words held by the best span of ``article``.

    A span is one sentence of the article, two consecutive sentences, or its
    title/outlet line. Coverage sentences ("Covered by 3 outlets: A, B and
    C.") are statements about metadata: an article supports them when its
    outlet is named in the sentence (or it has none and the sentence says
    so), scored 1.0 or 0.0.
    """
    if section == "coverage":
        if text.startswith(("Reports range", "All dated reports")):
            return 1.0 if article.published and article.published in text else 0.0
        name = clean_text(article.outlet or "")
        if name:
            return 1.0 if name in text else 0.0
        return 1.0 if "without a named outlet" in text or "repeating" in text else 0.0
    words = content_words(text)
    if not words:
        return 0.0
    best = 0.0
    for span in _spans(article):
        best = max(best, len(words & span) / len(words))
        if best >= 1.0:
            break
    return best


def supports(text: str, article: Article, section: str = "") -> bool:
    return support_score(text, article, section) >= SUPPORT_MIN


# --------------------------------------------------------------------------
# sections
# --------------------------------------------------------------------------


def _cut_from_a_quote(text: str) -> bool:
    """A sentence that opens or closes a quote it does not hold whole: a piece of
    someone's words ('There will be no further readout of the meeting."'), which told
    as a fact would read as the brief's own."""
    return (
        text.count("“") != text.count("”")
        or text.count("«") != text.count("»")
        or text.count('"') % 2 == 1
    )


def _ranked_facts(facts: list[Fact], ctx: _Ctx) -> list[tuple[Fact, list[str], int]]:
    rows = []
    for fact in facts or []:
        if fact is None or not clean_text(fact.statement) or _cut_from_a_quote(fact.statement):
            continue
        # Only the articles that really hold the statement are cited for it.
        ids = [
            i
            for i in ctx.valid(fact.article_ids)
            if not ctx.check or supports(fact.statement, ctx.by_id[i])
        ]
        if not ids:
            continue
        rows.append((fact, ids, len(ctx.sources(ids))))
    rows.sort(
        key=lambda r: (-r[2], -len(r[1]), round(_position(r[0], ctx), 6), r[0].statement, r[0].id)
    )
    return rows


def _summary(rows, ctx: _Ctx) -> tuple[list[BriefSentence], set[str]]:
    if not rows:
        return _fallback_summary(ctx), set()

    # Prefer sentences that read on their own (no leading pronoun / quote).
    def standalone(r) -> int:
        text = clean_text(r[0].statement)
        if _PRONOUN_START.match(text) or any(ch in text for ch in '“”"«»'):
            return 1
        return 0

    order = sorted(range(len(rows)), key=lambda i: (standalone(rows[i]), i))
    chosen: list[int] = []
    covered: set[str] = set()
    while len(chosen) < MAX_SUMMARY:
        best = None
        best_gain = 0
        for i in order:
            if i in chosen:
                continue
            gain = len(ctx.sources(rows[i][1]) - covered)
            if gain > best_gain:
                best, best_gain = i, gain
        if best is None:
            # Nothing adds a new outlet: stop once we have two sentences.
            if len(chosen) >= 2:
                break
            rest = [i for i in order if i not in chosen]
            if not rest:
                break
            best = rest[0]
        chosen.append(best)
        covered |= ctx.sources(rows[best][1])
    chosen.sort()  # most covered first
    out = [
        BriefSentence(_sentence_end(rows[i][0].statement), list(rows[i][1]), "summary")
        for i in chosen
    ]
    return out, {rows[i][0].id for i in chosen}


def _fallback_summary(ctx: _Ctx) -> list[BriefSentence]:
    """No facts: the lede of the earliest article, cited to it."""

    def key(a: Article):
        return (a.published is None, a.published or "", a.id)

    for art in sorted(ctx.articles, key=key):
        body = art.body or ""
        spans = sorted(
            (s, e) for s, e in ((_int(x, 0), _int(x, 1)) for x in art.sentences or []) if 0 <= s < e
        )
        text = clean_text(body[spans[0][0] : spans[0][1]]) if spans else ""
        if not text:
            m = re.search(r"[^\n.!?]+[.!?]?", body)
            text = clean_text(m.group()) if m else ""
        if len(text.split()) >= 3:
            return [BriefSentence(_sentence_end(text), [art.id], "summary")]
    return []


def _int(item, i: int) -> int:
    try:
        return int(item[i])
    except (TypeError, ValueError, IndexError):
        return -1


def _facts(rows, used: set[str], ctx: _Ctx, quoted: Iterable[str] = ()) -> list[BriefSentence]:
    quoted = [q for q in quoted if len(q) > 10]
    out: list[BriefSentence] = []
    # A story told by one source: every fact is "reported by 1 outlet", which says nothing.
    one_source = len(ctx.sources(ctx.by_id)) <= 1
    for fact, ids, n_sources in rows:
        if fact.id in used:
            continue
        norm = _norm(fact.statement)
        if any(q in norm for q in quoted):  # already in "who said what"
            continue
        if one_source:
            text = _sentence_end(fact.statement)
        else:
            word = "outlet" if all(k.startswith("outlet:") for k in ctx.sources(ids)) else "source"
            text = f"{_strip_end(fact.statement)} (reported by {_plural(n_sources, word)})."
        out.append(BriefSentence(text, ids, "facts"))
        if len(out) >= MAX_FACTS:
            break
    return out


def _conflicts(rows, ctx: _Ctx) -> list[BriefSentence]:
    """Each disagreement as two sentences, each citing only its own side."""
    out: list[BriefSentence] = []
    for fact, ids, _n in rows:
        for conflict in fact.conflicts or []:
            other = [
                i
                for i in ctx.valid(conflict.article_ids)
                if not ctx.check or supports(conflict.statement, ctx.by_id[i])
            ]
            if not other or not clean_text(conflict.statement):
                continue
            a_names = ctx.names(ids)
            b_names = ctx.names(other)
            a_verb = "says" if len(a_names) == 1 else "say"
            b_verb = "says" if len(b_names) == 1 else "say"
            out.append(
                BriefSentence(
                    f"Outlets differ: {_join(a_names)} {a_verb} {_quoted(fact.statement)}.",
                    list(ids),
                    "conflicts",
                )
            )
            out.append(
                BriefSentence(
                    f"{_join(b_names)} {b_verb} {_quoted(conflict.statement)}.",
                    sorted(other),
                    "conflicts",
                )
            )
            if len(out) >= 2 * MAX_CONFLICTS:
                return out
    return out


def _quote_text(q: Quote) -> str:
    text = clean_text(q.text)
    while text and text[0] in _QUOTE_CHARS:
        text = text[1:].lstrip()
    while text and text[-1] in _QUOTE_CHARS:
        text = text[:-1].rstrip()
    return text


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


@dataclass(slots=True)
class _QuoteGroup:
    speaker: str
    speaker_key: str
    text: str
    kind: str
    article_ids: set[str]
    first: tuple[str, int]


def _quotes(ctx: _Ctx) -> list[BriefSentence]:
    groups: list[_QuoteGroup] = []
    for art in ctx.articles:
        for q in sorted(
            (q for q in art.quotes or [] if q is not None), key=lambda q: (q.start, q.end, q.id)
        ):
            if not q.speaker or not clean_text(q.speaker):
                continue
            text = _quote_text(q)
            if len(text.split()) < 3:
                continue
            speaker = clean_text(q.speaker)
            skey = ("e:" + q.speaker_entity_id) if q.speaker_entity_id else "s:" + speaker.lower()
            norm = _norm(text)
            for g in groups:
                if g.speaker_key != skey and _norm(g.speaker) != _norm(speaker):
                    continue
                gn = _norm(g.text)
                if gn == norm or (len(norm) > 20 and (norm in gn or gn in norm)):
                    same = True
                else:
                    same = SequenceMatcher(None, gn, norm, autojunk=False).ratio() >= 0.85
                if same:
                    g.article_ids.add(art.id)
                    break
            else:
                groups.append(_QuoteGroup(speaker, skey, text, q.kind, {art.id}, (art.id, q.start)))
    if not groups:
        return []
    by_speaker: dict[str, list[_QuoteGroup]] = defaultdict(list)
    for g in groups:
        by_speaker[g.speaker_key].append(g)

    def speaker_rank(skey: str):
        gs = by_speaker[skey]
        arts = set().union(*(g.article_ids for g in gs))
        name = min(g.speaker for g in gs)
        return (-len(ctx.sources(arts)), -len(gs), name, skey)

    kind_rank = {"direct": 0, "mixed": 1, "indirect": 2}
    out: list[BriefSentence] = []
    for skey in sorted(by_speaker, key=speaker_rank)[:MAX_SPEAKERS]:
        gs = sorted(
            by_speaker[skey],
            key=lambda g: (
                -len(ctx.sources(g.article_ids)),
                kind_rank.get(g.kind, 3),
                abs(len(g.text.split()) - 25) > 20,
                g.first,
            ),
        )
        has_direct = any(g.kind != "indirect" for g in gs)
        taken = 0
        for g in gs:
            if has_direct and g.kind == "indirect":
                continue
            if g.kind == "indirect":
                text = f"{g.speaker} said that {_sentence_end(g.text)}"
            else:
                # The comma that led into the attribution ("…constantly," Trump said)
                # has nothing to lead into here.
                words = g.text.rstrip(" ,;:–—").translate(_NESTED_QUOTES)
                text = f"{g.speaker} said: “{words}”"
            out.append(BriefSentence(text, sorted(g.article_ids), "quotes"))
            taken += 1
            if taken >= MAX_QUOTES_PER_SPEAKER or len(out) >= MAX_QUOTES:
                break
        if len(out) >= MAX_QUOTES:
            break
    return out


def _timeline(events: list[Event], ctx: _Ctx) -> list[BriefSentence]:
    rows = []
    for ev in events or []:
        if ev is None or not ev.date or not clean_text(ev.text):
            continue
        ids = ctx.valid(ev.article_ids)
        if ids:
            rows.append((ev, ids))
    rows.sort(key=lambda r: (-len(ctx.sources(r[1])), -len(r[1]), r[0].date, r[0].text))
    rows = sorted(rows[:MAX_TIMELINE], key=lambda r: (r[0].date, -len(r[1]), r[0].text))
    return [
        BriefSentence(f"{ev.date}: {_sentence_end(ev.text)}", ids, "timeline") for ev, ids in rows
    ]


def _coverage(ctx: _Ctx) -> list[BriefSentence]:
    ids = [a.id for a in ctx.articles]
    if not ids:
        return []
    keys: dict[str, str | None] = {}
    for aid in ids:
        keys.setdefault(source_key(ctx.by_id[aid], ctx.by_id), ctx.name(aid))
    named = sorted({n for n in keys.values() if n}, key=lambda s: (s.lower(), s))
    unnamed = sum(1 for n in keys.values() if not n)
    parts = list(named)
    if unnamed:
        parts.append(f"{_plural(unnamed, 'article')} without a named outlet")
    word = "outlet" if not unnamed else "source"
    text = f"Covered by {_plural(len(keys), word)}: {_join(parts)}."
    copies = len(ids) - len(keys)
    if copies > 0:
        text = text[:-1] + f" ({_plural(copies, 'further article')} repeating one of these)."
    out = [BriefSentence(text, ids, "coverage")]
    dated = sorted((a.published, a.id) for a in ctx.articles if a.published)
    if dated:
        first, last = dated[0][0], dated[-1][0]
        cite = sorted({aid for d, aid in dated if d in (first, last)})
        if first == last:
            text = f"All dated reports were published on {first}."
            cite = sorted(aid for _d, aid in dated)
        else:
            text = f"Reports range from {first} to {last}."
        out.append(BriefSentence(text, cite, "coverage"))
    return out


# --------------------------------------------------------------------------
# entry points
# --------------------------------------------------------------------------


def write_brief(
    story: Story, articles: list[Article], analysis: StoryAnalysis, *, check_support: bool = True
) -> Brief:
    """A cited brief: every sentence carries the ids of the articles it rests on.

    With ``check_support`` (the default) every cited id whose article holds
    no span covering at least ``SUPPORT_MIN`` of the sentence's content words
    is dropped, and a sentence left with no id is dropped. ``False`` is for
    measuring what the check removes (benchmarks/compare.py)."""
    arts = story_articles(story, articles)
    ctx = _Ctx(story=story, articles=arts, by_id={a.id: a for a in arts}, check=check_support)
    facts = list(getattr(analysis, "facts", None) or []) if analysis is not None else []
    events = list(getattr(analysis, "events", None) or []) if analysis is not None else []
    rows = _ranked_facts(facts, ctx)
    summary, used = _summary(rows, ctx) if arts else ([], set())
    sentences: list[BriefSentence] = []
    sentences += summary
    quotes = _quotes(ctx)
    quoted = [_norm(m.group(1)) for q in quotes for m in [re.search(r"“(.+)”", q.text)] if m]
    sentences += _facts(rows, used, ctx, quoted)
    sentences += _conflicts(rows, ctx)
    sentences += quotes
    sentences += _timeline(events, ctx)
    sentences += _coverage(ctx)
    if check_support:
        sentences = _enforce_support(sentences, ctx)
    else:
        sentences = [s for s in sentences if s.text and s.article_ids]
    title = clean_text(story.title) if story.title else ""
    return Brief(story_id=story.id, title=title, sentences=sentences)


def _enforce_support(sentences: list[BriefSentence], ctx: _Ctx) -> list[BriefSentence]:
    """Drop cited ids whose article holds no span supporting the sentence, then
    sentences left with no id."""
    out: list[BriefSentence] = []
    for s in sentences:
        if not s.text:
            continue
        ids = [i for i in ctx.valid(s.article_ids) if supports(s.text, ctx.by_id[i], s.section)]
        if ids:
            out.append(BriefSentence(s.text, ids, s.section))
    return out


def _short_ids(ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(ids))
    length = 8
    while length < 64:
        shorts = {i: i[:length] for i in ids}
        if len(set(shorts.values())) == len(ids):
            return shorts
        length += 4
    return {i: i for i in ids}


def render_markdown(brief: Brief, *, articles: list[Article] | None = None) -> str:
    """A readable Markdown brief with ``[id8]`` citation markers and a sources list."""
    cited = [aid for s in brief.sentences for aid in s.article_ids]
    shorts = _short_ids(cited)
    by_id = {a.id: a for a in articles or [] if a is not None}
    lines: list[str] = [f"# {brief.title or 'Untitled story'}", ""]

    def marks(ids: list[str]) -> str:
        return "".join(f"[{shorts[i]}]" for i in sorted(set(ids)))

    by_section: dict[str, list[BriefSentence]] = defaultdict(list)
    for s in brief.sentences:
        by_section[s.section if s.section in SECTION_TITLES else "summary"].append(s)
    for section in SECTIONS:
        items = by_section.get(section)
        if not items:
            continue
        lines += [f"## {SECTION_TITLES[section]}", ""]
        if section in ("summary", "coverage"):
            lines.append(" ".join(f"{s.text} {marks(s.article_ids)}" for s in items))
        else:
            lines += [f"- {s.text} {marks(s.article_ids)}" for s in items]
        lines.append("")
    if shorts:
        lines += ["## Sources", ""]
        for aid in sorted(shorts, key=lambda i: (shorts[i], i)):
            art = by_id.get(aid)
            desc = []
            if art is not None:
                if art.outlet:
                    desc.append(clean_text(art.outlet))
                if art.title:
                    desc.append(f"*{clean_text(art.title)}*")
                if art.published:
                    desc.append(f"({art.published})")
                if art.url:
                    desc.append(f"<{art.url}>")
            text = " — ".join(desc[:2]) + (" " + " ".join(desc[2:]) if desc[2:] else "")
            lines.append(f"- [{shorts[aid]}] {text + ' — ' if text else ''}`{aid}`")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
