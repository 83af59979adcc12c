"""Named-entity mentions and their canonical names inside one article.

spaCy finds the mentions; this module cleans their spans, fixes the labels
the small model gets wrong inside one article ("Trump" tagged ORG next to
"Donald Trump" tagged PERSON), links short forms to the full name the
article introduced ("Putin" -> "Vladimir Putin"), and resolves role
descriptions ("the Russian president", "the spy chief") to the person the
article introduced with that role. Anything uncertain stays unresolved:
a wrong name is worse than no name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: spaCy labels kept as entity mentions. Dates, numbers and money are handled
#: by the time (and quantity) extractors instead.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW"})

#: Places en_core_web_sm often tags PERSON or ORG in news text ("Kiev",
#: "Vilnius", "Crimea"). A short list of capitals and regions that recur in
#: international news; a mention starting with one of them is a GPE.
KNOWN_PLACES = frozenset(
    """
    kiev kyiv moscow kharkiv kharkov odesa odessa lviv mariupol bakhmut donetsk luhansk
    lugansk donbas donbass crimea kherson zaporizhzhia zaporozhye minsk tallinn riga
    vilnius warsaw berlin paris london brussels rome madrid vienna prague budapest
    bucharest sofia belgrade ankara istanbul tehran riyadh jeddah doha dubai beijing
    tokyo seoul pyongyang taipei delhi islamabad kabul baghdad damascus beirut gaza
    jerusalem cairo geneva helsinki stockholm oslo copenhagen
    """.split()
)

#: Labels relabelled to PERSON when the article names a person that way.
_RELABELLABLE = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC"})

_TRAILING_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")

#: Words that are titles, not names; stripped from the front of a PERSON's
#: canonical name ("Secretary of State Marco Rubio" -> "Marco Rubio").
TITLE_WORDS = frozenset(
    """
    president vice secretary of state sen. sen senator rep. rep representative mr. mr
    mrs. mrs ms. ms dr. dr prof. prof professor gen. gen general minister prime foreign
    chancellor king queen prince princess pope gov. gov governor mayor judge justice chief
    lord sir dame rev. rev col. col lt. lt capt. capt adm. adm sgt. sgt ambassador envoy
    special speaker deputy defense defence spokesman spokeswoman spokesperson u.s. us
    u.s u.k. uk russian american ukrainian german french british chinese former
    national security advisor adviser director commander premier sheikh emir
    """.split()
)

#: Head nouns of a role ("Defense *Secretary*", "the spy *chief*").
ROLE_HEADS = frozenset(
    """
    president secretary minister chancellor spokesman spokeswoman spokesperson envoy
    advisor adviser chief head director leader ambassador senator governor mayor
    commander premier aide negotiator diplomat ceo chairman chairwoman chair
    congressman congresswoman speaker
    """.split()
)

#: Abbreviated titles read as the role they stand for ("Sen. Ted Cruz" is a senator).
_TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "congressman",
    "rep": "congressman",
    "representative": "congressman",
    "congresswoman": "congressman",
    "gov.": "governor",
    "gov": "governor",
}
#: Descriptive modifiers that are not part of a role ("the four-term congressman").
_TENURE = re.compile(r"^[\w]+-(?:term|time|year)$|^(?:longtime|veteran|embattled|outgoing)$")

#: Ranks that must agree exactly: "the president" is not the vice president.
_RANKS = frozenset({"vice", "deputy", "assistant", "acting", "former", "under"})

#: A description headed by one of these matches a role with any head when the
#: domain words agree ("the Pentagon chief" ~ "Defense Secretary").
_GENERIC_HEADS = frozenset({"chief", "head", "director"})

#: "the Ukrainian leader" may refer to a president, chancellor or premier.
_LEADER_HEADS = frozenset({"president", "chancellor", "premier", "minister", "leader"})

_DOMAIN_SYNONYMS = {
    "spy": "intelligence",
    "spies": "intelligence",
    "pentagon": "defense",
    "defence": "defense",
    "war": "defense",
}

#: Nationality / country words normalised to one qualifier key.
_QUALIFIERS = {
    "us": "us",
    "u.s.": "us",
    "u.s": "us",
    "american": "us",
    "america": "us",
    "america's": "us",
    "washington": "us",
    "russian": "russia",
    "russia": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "ukrainian": "ukraine",
    "ukraine": "ukraine",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "german": "germany",
    "germany": "germany",
    "french": "france",
    "france": "france",
    "british": "uk",
    "u.k.": "uk",
    "uk": "uk",
    "britain": "uk",
    "chinese": "china",
    "china": "china",
    "beijing": "china",
    "israeli": "israel",
    "israel": "israel",
    "european": "eu",
    "eu": "eu",
    "nato": "nato",
    "saudi": "saudi",
    "turkish": "turkey",
    "indian": "india",
    "japanese": "japan",
    "polish": "poland",
    "italian": "italy",
    "iranian": "iran",
}

_ROLE_STOPWORDS = frozenset(
    {"of", "for", "the", "and", "a", "an", "on", "with", "its", "his", "her"}
)

#: Lower-case words allowed inside a title phrase before a name
#: ("Russian Foreign Ministry *spokeswoman* Maria Zakharova").
_ROLE_LOWER_WORDS = (
    ROLE_HEADS
    | _RANKS
    | frozenset(
        {
            "of",
            "foreign",
            "defense",
            "defence",
            "special",
            "national",
            "security",
            "state",
            "senior",
            "top",
            "intelligence",
            "press",
            "economic",
            "finance",
            "interior",
            "trade",
            "prime",
            "presidential",
            "affairs",
        }
    )
)

_WORD = re.compile(r"[^\W\d_][\w.’'-]*|\d[\w.]*", re.UNICODE)
_COUNTRY_OWNER = re.compile(r"(?:^|[\s(])([A-Z][\w.]*)['’]s\s+$")
_PREFIX_WORDS = re.compile(r"((?:[\w.’'-]+ )+)$")
_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an)\s+|(?P<owner>[A-Z][\w.]*)['’]s\s+)"
    r"(?P<role>[^,;:()\[\]\n“”\"]{2,90}?)\s*(?=[,;:()\n]|\.\s|$)"
)
_HEAD_ALT = "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
#: "the U.S. secretary of state", "the spy chief", "the Russian president".
_DESCRIPTION = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?P<phrase>(?:[\w.’'-]+\s+){0,3}?"
    rf"(?i:{_HEAD_ALT})(?:\s+of\s+(?:[Ss]tate|[Dd]efen[cs]e|[A-Z][\w.]*))?)\b(?!['’-])"
)
_DESCRIPTION_BLOCKERS = frozenset(
    {
        "and",
        "or",
        "of",
        "for",
        "with",
        "who",
        "that",
        "which",
        "to",
        "in",
        "on",
        "at",
        "by",
        "from",
        "as",
        "is",
        "was",
        "has",
        "have",
        "had",
        "a",
        "an",
        "the",
        "this",
    }
)


def normalise_name(text: str) -> str:
    """A display/canonical form: straight apostrophes, single spaces, no "the"."""
    text = _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip()
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text) if text.endswith(("'s", "'")) and len(text) > 2 else text


def strip_titles(name: str) -> str:
    """Drop leading titles from a person's name, keeping at least one word."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def _trim_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading "the " and a trailing possessive from a mention span."""
    text = body[start:end]
    m = _LEADING_THE.match(text)
    if m and m.end() < len(text):
        start += m.end()
    text = body[start:end]
    if len(text) > 2 and text[-2:] in ("'s", "’s"):
        end -= 2
    elif len(text) > 1 and text[-1] in "'’" and text[-2] in "sS":
        end -= 1
    newline = body.rfind("\n", start, end)
    if newline >= 0:  # an entity never crosses a line: keep its last line
        start = newline + 1
    while True:
        text = body[start:end].rstrip(" \t,;:")
        end = start + len(text)
        last = text.rsplit(" ", 1)
        if len(last) == 2 and last[1].lower() in _TRAILING_FUNCTION_WORDS:
            end -= len(last[1]) + 1  # "Crimean War of the" -> "Crimean War"
            continue
        break
    while start < end and body[start] in " \t\n":
        start += 1
    return start, end


def extract_mentions(doc: Doc, body: str | None = None) -> list[Mention]:
    """Entity mentions of `doc` with cleaned spans, fixed labels and canonical names."""
    body = doc.text if body is None else body
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        start, end = _trim_span(body, ent.start_char, ent.end_char)
        if end <= start or not any(ch.isalpha() for ch in body[start:end]):
            continue
        mentions.append(Mention(text=body[start:end], label=ent.label_, start=start, end=end))
    mentions = [m for m in mentions if not _is_title_fragment(body, m, mentions)]
    mentions = _add_missed_places(doc, mentions)
    _fix_labels(mentions, body)
    mentions = _add_missed_surnames(doc, mentions)
    _trim_run_on_names(mentions)
    _canonicalise(mentions, body)
    return mentions


def _add_missed_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Known places the model did not tag at all ("Kyiv seeks guarantees")."""
    covered = [(m.start, m.end) for m in mentions]
    added = []
    for tok in doc:
        if (
            tok.text[:1].isupper()
            and tok.text.lower() in KNOWN_PLACES
            and not tok.ent_type_
            and not any(s <= tok.idx < e for s, e in covered)
        ):
            end = tok.idx + len(tok.text)
            added.append(Mention(text=tok.text, label="GPE", start=tok.idx, end=end))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _add_missed_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's surname the model did not tag at all ("Lauten later
    apologized" after "Elizabeth Lauten"): a proper noun outside any entity
    that is the last word of a full name the article gives a PERSON."""
    surnames: set[str] = set()
    for m in mentions:
        if m.label == "PERSON":
            words = strip_titles(normalise_name(m.text)).split()
            if len(words) > 1 and words[-1][:1].isupper():
                surnames.add(words[-1])
    if not surnames:
        return mentions
    covered = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in covered]
    added = []
    for tok in doc:
        if tok.text not in surnames or not tok.tag_.startswith("NNP") or tok.ent_type_:
            continue
        i = bisect.bisect_right(starts, tok.idx) - 1
        if i >= 0 and covered[i][0] <= tok.idx < covered[i][1]:
            continue
        end = tok.idx + len(tok.text)
        added.append(Mention(text=tok.text, label="PERSON", start=tok.idx, end=end))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _trim_run_on_names(mentions: list[Mention]) -> None:
    """A name the model ran on into the next capitalised word of a headline
    ("Blake Farenthold Resigns") is cut back to the full name the article
    gives elsewhere ("Blake Farenthold")."""
    names = {
        tuple(normalise_name(m.text).split())
        for m in mentions
        if m.label == "PERSON" and len(normalise_name(m.text).split()) >= 2
    }
    for m in mentions:
        if m.label != "PERSON":
            continue
        words = m.text.split(" ")
        for k in range(len(words) - 1, 1, -1):
            if words[k].rstrip(".,").lower() in _NAME_SUFFIXES:
                break  # "Donald Trump Jr." is not Donald Trump
            if tuple(normalise_name(" ".join(words[:k])).split()) in names:
                m.text = " ".join(words[:k])
                m.end = m.start + len(m.text)
                break


def _is_title_fragment(body: str, m: Mention, mentions: list[Mention]) -> bool:
    """ "State" in "Secretary of State Marco Rubio", "Defense" in "Defense
    Secretary Pete Hegseth": a title word the model took for an ORG."""
    if m.label != "ORG" or m.text.lower() not in TITLE_WORDS:
        return False
    nxt = next((o for o in mentions if o.start >= m.end), None)
    if nxt is None or nxt.label != "PERSON":
        return False
    between = body[m.end : nxt.start].split()
    return len(between) <= 3 and all(w.lower() in TITLE_WORDS for w in between)


#: A personal title right before a name makes it a person's ("President
#: Trump" tagged ORG, "Sen. Grassley" tagged GPE).
_PERSON_TITLE_BEFORE = re.compile(
    r"(?:^|[^\w.])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor|Speaker"
    r"|Congressman|Congresswoman|Chancellor|Mayor|Judge|Justice|Ambassador|Pope)\.?\s+$"
)


def _fix_labels(mentions: list[Mention], body: str = "") -> None:
    """Make one article's labels consistent: a name the article uses for a
    person (a full name tagged PERSON, or a name after a personal title) is a
    PERSON everywhere in it; a well-known place the small model takes for a
    person is a GPE; otherwise the majority label wins."""
    for m in mentions:
        first = normalise_name(m.text).lower().split(" ", 1)[0]
        if m.label in ("PERSON", "ORG", "NORP") and first in KNOWN_PLACES:
            m.label = "GPE"
            if len(first) < len(m.text):  # "Kiev de facto" -> "Kiev"
                m.end = m.start + len(first)
                m.text = m.text[: len(first)]
    person_forms: set[str] = set()
    for m in mentions:
        if m.label == "PERSON":
            name = strip_titles(normalise_name(m.text))
            words = name.split()
            if len(words) > 1:
                person_forms.add(name.lower())
                person_forms.add(words[-1].lower())
        if (
            body
            and (m.label == "PERSON" or m.label in _RELABELLABLE)
            and m.text[:1].isupper()
            and _PERSON_TITLE_BEFORE.search(body, max(0, m.start - 16), m.start)
        ):
            person_forms.add(normalise_name(m.text).lower())
    for m in mentions:
        key = normalise_name(m.text).lower()
        if key in person_forms:
            if m.label in _RELABELLABLE:
                m.label = "PERSON"
            continue
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        votes.setdefault(normalise_name(m.text).lower(), Counter())[m.label] += 1
    for m in mentions:
        key = normalise_name(m.text).lower()
        if key in person_forms:
            continue
        label, count = votes[key].most_common(1)[0]
        if label != m.label and count > votes[key][m.label]:
            m.label = label


def _canonicalise(mentions: list[Mention], body: str = "") -> None:
    """Fill `canonical`: persons get the full name the article introduced.

    A surname shared by several full names stays as written, including names
    given by coordination ("Sasha and Malia Obama" names Sasha Obama too).
    """
    full_names: dict[tuple[str, ...], str] = {}
    for m in mentions:
        if m.label == "PERSON":
            name = strip_titles(normalise_name(m.text))
            words = tuple(w.lower() for w in name.split())
            if len(words) > 1:
                full_names.setdefault(words, name)
    for m in mentions:
        if m.label != "PERSON" or not body:
            continue
        words = strip_titles(normalise_name(m.text)).split()
        if len(words) != 2:
            continue
        for first in _coordinated_first_names(body, m.start):
            key = (first.lower(), words[-1].lower())
            full_names.setdefault(key, f"{first} {words[-1]}")
    for m in mentions:
        name = normalise_name(m.text)
        if m.label != "PERSON":
            m.canonical = name
            continue
        name = strip_titles(name)
        words = tuple(w.lower() for w in name.split())
        candidates = {
            full
            for key, full in full_names.items()
            if len(key) > len(words) and key[-len(words) :] == words
        }
        # Drop candidates that are themselves suffixes of a longer candidate
        # ("Vladimir Putin" inside "Vladimir Vladimirovich Putin").
        longest = {
            c
            for c in candidates
            if not any(o != c and o.lower().endswith(" " + c.lower()) for o in candidates)
        }
        m.canonical = longest.pop() if len(longest) == 1 else name


#: "Bill and Hillary Clinton": a lone first name coordinated with a full name,
#: not the surname of a name before it ("Nancy Pelosi and Chuck Schumer").
_COORDINATED_FIRST = re.compile(r"(?:^|[^\w\s’'.-]\s*|\b[a-z]+\s+)([A-Z][a-z]+)\s+(?:and|&)\s+$")


def _coordinated_first_names(body: str, start: int) -> list[str]:
    """First names coordinated before a full name: "Bill and Hillary Clinton"."""
    match = _COORDINATED_FIRST.search(body, max(0, start - 30), start)
    if not match or match.group(1).lower() in TITLE_WORDS:
        return []
    return [match.group(1)]


# --- roles -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Role:
    """A role the article gives a person ("US Secretary of State" -> Rubio)."""

    person: str  # canonical name
    heads: frozenset[str]
    domain: frozenset[str]
    qualifiers: frozenset[str]
    ranks: frozenset[str]
    position: int  # where the article introduces it


def parse_role(
    phrase: str, owner: str | None = None
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Split a role phrase into (heads, domain words, qualifiers, ranks)."""
    heads: set[str] = set()
    domain: set[str] = set()
    qualifiers: set[str] = set()
    ranks: set[str] = set()
    if owner:
        q = _QUALIFIERS.get(owner.translate(_APOSTROPHES).lower())
        if q:
            qualifiers.add(q)
    for raw in _WORD.findall(phrase.translate(_APOSTROPHES)):
        word = raw.lower()
        if word.endswith("'s"):
            word = word[:-2]
        word = _TITLE_ABBREVIATIONS.get(word, word)
        if _TENURE.match(word):
            continue
        if word in _QUALIFIERS:
            qualifiers.add(_QUALIFIERS[word])
        elif word in _RANKS:
            ranks.add(word)
        elif word in ROLE_HEADS:
            heads.add(word)
        elif word in _ROLE_STOPWORDS:
            continue
        else:
            domain.add(_DOMAIN_SYNONYMS.get(word, word))
    return frozenset(heads), frozenset(domain), frozenset(qualifiers), frozenset(ranks)


class RoleIndex:
    """The roles one article introduces, and resolution of descriptions."""

    def __init__(self, roles: list[Role] | None = None) -> None:
        self.roles: list[Role] = list(roles or [])

    def add(self, person: str, phrase: str, position: int, owner: str | None = None) -> None:
        heads, domain, qualifiers, ranks = parse_role(phrase, owner)
        if heads:
            self.roles.append(Role(person, heads, domain, qualifiers, ranks, position))

    def resolve(self, description: str, position: int | None = None) -> str | None:
        """The one person a description like "the Russian president" names, or None."""
        text = _LEADING_THE.sub("", normalise_name(description))
        words = [w.lower() for w in _WORD.findall(text)]
        head_words = [w for w in words if w in ROLE_HEADS]
        if not head_words:
            return None
        heads, domain, qualifiers, ranks = parse_role(text)
        head = _role_word(head_words[0] if "of" in words else head_words[-1])
        people = {
            role.person
            for role in self.roles
            if (position is None or role.position < position)
            and _role_matches(role, head, domain, qualifiers, ranks)
        }
        return people.pop() if len(people) == 1 else None


def _role_matches(
    role: Role,
    head: str,
    domain: frozenset[str],
    qualifiers: frozenset[str],
    ranks: frozenset[str],
) -> bool:
    if ranks != role.ranks:
        return False
    if qualifiers and role.qualifiers and not qualifiers & role.qualifiers:
        return False
    if not domain <= role.domain:
        return False
    if head in role.heads:
        return True
    if head in _GENERIC_HEADS and (domain or role.heads & _GENERIC_HEADS):
        return True
    return head == "leader" and bool(role.heads & _LEADER_HEADS) and bool(qualifiers)


def build_roles(body: str, mentions: list[Mention]) -> RoleIndex:
    """Roles introduced in apposition with a person's name:
    "Defense Secretary Pete Hegseth", "Bruno Kahl, the head of ...".
    """
    index = RoleIndex()
    for m in mentions:
        if m.label != "PERSON" or not m.canonical or len(m.canonical.split()) < 2:
            continue
        phrase = _title_before(body, m.start)
        if phrase:
            index.add(m.canonical, phrase, m.start)
        owner = _COUNTRY_OWNER.search(body, max(0, m.start - 40), m.start)
        if owner and owner.group(1).lower() in _QUALIFIERS:
            # "Ukraine's Vladimir Zelensky": the country's leader ("the Ukrainian leader").
            index.add(m.canonical, "leader", m.start, owner=owner.group(1))
        # A title inside the entity span itself ("President Vladimir Putin").
        inner = normalise_name(m.text)
        stripped = strip_titles(inner)
        if stripped != inner:
            index.add(m.canonical, inner[: len(inner) - len(stripped)], m.start)
        app = _APPOSITIVE.match(body, m.end)
        if app and not app.group("role").lower().startswith(("one ", "who ", "which ")):
            role_text = app.group("role")
            if any(w.lower() in ROLE_HEADS for w in _WORD.findall(role_text)):
                index.add(m.canonical, role_text, m.start, owner=app.group("owner"))
    return index


def _title_before(body: str, start: int) -> str | None:
    """The title words right before a name on the same line, if any."""
    line_start = body.rfind("\n", 0, start) + 1
    window = body[max(line_start, start - 80) : start]
    match = _PREFIX_WORDS.search(window)
    if not match:
        return None
    words = match.group(1).split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.translate(_APOSTROPHES).lower()
        if bare.endswith("'s"):
            break  # "Putin's advisor": the owner is not part of the title
        if word[0].isupper() or bare in _ROLE_LOWER_WORDS:
            kept.append(word)
        else:
            break
    kept.reverse()
    while kept and kept[0].lower() in _ROLE_STOPWORDS:
        kept.pop(0)
    if not kept or not any(_role_word(w) in ROLE_HEADS for w in kept):
        return None
    return " ".join(kept)


def _role_word(word: str) -> str:
    """A title word as the role it names ("Rep." -> "congressman")."""
    low = word.translate(_APOSTROPHES).lower()
    return _TITLE_ABBREVIATIONS.get(low, low)


def description_mentions(body: str, roles: RoleIndex) -> list[Mention]:
    """Role descriptions ("the Russian president") resolved to a person.

    Only resolved descriptions are returned, as PERSON mentions whose
    canonical name is the person's; the span omits the leading "the".
    """
    found: list[Mention] = []
    if not roles.roles:
        return found
    for match in _DESCRIPTION.finditer(body):
        phrase = match.group("phrase")
        words = phrase.split()
        if any(w.lower() in _DESCRIPTION_BLOCKERS for w in words[:-1] if w.lower() != "of"):
            continue
        person = roles.resolve(phrase, match.start())
        if person:
            start, end = match.start("phrase"), match.end("phrase")
            found.append(
                Mention(
                    text=body[start:end], label="PERSON", start=start, end=end, canonical=person
                )
            )
    return found
