"""Behaviour of the brief stage on small hand-built stories (no spaCy)."""

from __future__ import annotations

import random
import re
from dataclasses import asdict

from storyline.records import Article, Brief, Mention, Quote, Story, TimeMention, content_id
from storyline.stages.brief import render_markdown, write_brief
from storyline.stages.compare import StoryAnalysis, compare_story

QUOTE = "We are heartbroken, and we will rebuild every home in this valley"
MENTIONS = [
    ("Velmora", "GPE", "ent-velmora"),
    ("Welmora", "GPE", "ent-velmora"),
    ("Ostravel", "GPE", "ent-ostravel"),
    ("Ilse Brandt", "PERSON", "ent-brandt"),
    ("Oren Falk", "PERSON", "ent-falk"),
    ("Rivenna", "LOC", "ent-rivenna"),
]
TIMES = [
    ("Tuesday", "2031-03-04", True),
    ("Wednesday", "2031-03-05", True),
    ("March 4", "2031-03-04", False),
]


def make_article(aid, outlet, sentences, *, published=None, duplicate_of=None, quotes=()):
    body = ""
    spans = []
    for sent in sentences:
        if body:
            body += " "
        spans.append((len(body), len(body) + len(sent)))
        body += sent
    mentions = [
        Mention(surface, label, m.start(), m.end(), None, eid)
        for surface, label, eid in MENTIONS
        for m in re.finditer(rf"\b{re.escape(surface)}\b", body)
    ]
    times = [
        TimeMention(surface, m.start(), m.end(), date, "day", relative)
        for surface, date, relative in TIMES
        for m in re.finditer(rf"\b{re.escape(surface)}\b", body)
    ]
    quote_recs = []
    for text, speaker, kind in quotes:
        at = body.find(text)
        assert at >= 0, text
        quote_recs.append(
            Quote(
                content_id(aid, text),
                aid,
                text,
                speaker,
                "ent-" + speaker.split()[-1].lower() if speaker else None,
                "said",
                kind,
                at,
                at + len(text),
            )
        )
    return Article(
        id=aid,
        doc_id="d-" + aid,
        source=f"/tmp/{aid}.txt",
        segment=0,
        body=body,
        outlet=outlet,
        title=f"Dam report from {outlet or 'somewhere'}",
        published=published,
        duplicate_of=duplicate_of,
        sentences=spans,
        mentions=mentions,
        quotes=quote_recs,
        times=times,
    )


def dam_story():
    a1 = make_article(
        "7f3a1c0e9b2d4a55",
        "Northern Ledger",
        [
            "A dam on the Rivenna river collapsed in Velmora on Tuesday, killing 12 people.",
            f"Mayor Ilse Brandt said: “{QUOTE}.”",
            "Rescue teams from Ostravel arrived in Velmora on Wednesday to search for survivors.",
            "“The wall had been leaking for years,” engineer Oren Falk said.",
        ],
        published="2031-03-05",
        quotes=[
            (QUOTE, "Ilse Brandt", "direct"),
            ("The wall had been leaking for years", "Oren Falk", "direct"),
        ],
    )
    a2 = make_article(
        "0c94d2e17a6b3f80",
        "Coastal Tribune",
        [
            "At least 14 people were killed when a dam on the Rivenna river collapsed in "
            "Welmora on Tuesday.",
            f"“{QUOTE},” Mayor Ilse Brandt said.",
            "Rescue teams from Ostravel reached Welmora on Wednesday to search for survivors.",
            "“Unknown words were spoken here,” a voice in the crowd shouted.",
        ],
        published="2031-03-05",
        quotes=[
            (QUOTE, "Ilse Brandt", "direct"),
            ("Unknown words were spoken here", None, "direct"),
        ],
    )
    a3 = make_article(
        "b5e8f6a2c3d19047",
        "Valley Post",
        [
            "The Rivenna river dam in Velmora collapsed on March 4 after days of heavy rain, "
            "killing 12 people.",
            "Officials in Ostravel pledged 2 million euros for repairs in Velmora.",
        ],
        published="2031-03-06",
    )
    articles = [a1, a2, a3]
    story = Story("story-dam", "Dam collapse in Velmora", [a.id for a in articles])
    return story, articles


def build(story, articles):
    return write_brief(story, articles, compare_story(story, articles))


def by_section(brief: Brief, section: str):
    return [s for s in brief.sentences if s.section == section]


def test_every_sentence_is_cited_with_story_articles():
    story, articles = dam_story()
    brief = build(story, articles)
    assert brief.story_id == story.id and brief.title == story.title
    assert brief.sentences
    for sent in brief.sentences:
        assert sent.text.strip()
        assert sent.article_ids, sent
        assert set(sent.article_ids) <= set(story.article_ids), sent
        assert sent.article_ids == sorted(set(sent.article_ids))
        assert sent.section in {"summary", "facts", "conflicts", "quotes", "timeline", "coverage"}


def test_brief_draws_on_several_articles():
    story, articles = dam_story()
    brief = build(story, articles)
    cited = {aid for s in brief.sentences if s.section != "coverage" for aid in s.article_ids}
    assert len(cited) >= 2
    summary = by_section(brief, "summary")
    assert 1 <= len(summary) <= 3
    assert len({aid for s in summary for aid in s.article_ids}) >= 2


def test_cited_articles_support_the_sentence():
    story, articles = dam_story()
    bodies = {a.id: a.body for a in articles}
    brief = build(story, articles)
    for sent in by_section(brief, "quotes"):
        quoted = re.search(r"“(.+)”", sent.text).group(1)
        for aid in sent.article_ids:
            assert quoted in bodies[aid]
    for sent in by_section(brief, "summary") + by_section(brief, "timeline"):
        core = sent.text.split(": ", 1)[-1].rstrip(".")
        assert any(core in bodies[aid] for aid in sent.article_ids), sent


def test_a_one_outlet_story_does_not_count_its_outlet_on_every_fact():
    # "(reported by 1 outlet)" after every fact of a story only one outlet tells says
    # nothing; in a story of several outlets it does (see test_sections_content).
    sentences = [
        "A ferry ran aground off Skarholm on Friday with 230 passengers on board.",
        "The coast guard took all 230 passengers ashore by nightfall, Captain Eira Lund said.",
        "Divers found a 12-metre gash in the hull below the waterline.",
        "Nordsund Lines, which runs the ferry, suspended two other crossings to Vesterby.",
        "Investigators from the Skarholm maritime board will board the vessel on Monday.",
        "About 40 tonnes of fuel were pumped out of the tanks overnight.",
        "The ferry, built in 1998, had passed an inspection in March.",
        "Three passengers were treated for minor injuries at Skarholm hospital.",
    ]
    one = make_article("e1a2b3c4d5e6f708", "Skarholm Courier", sentences, published="2031-05-02")
    story = Story("story-ferry", "Ferry aground off Skarholm", [one.id])
    facts = by_section(build(story, [one]), "facts")
    assert facts, "the story's facts were not listed"
    assert not any("reported by" in f.text for f in facts), [f.text for f in facts]
    assert all(f.text.rstrip(".") + "." in " ".join(sentences) for f in facts)


def test_a_fact_ending_in_a_quote_takes_its_count_after_the_quote():
    # "… “until the gash is repaired.” (reported by 2 outlets)." read as two sentences;
    # the stop inside the quote goes, the quote stays whole.
    quoted = (
        "Nordsund Lines said the Skarholm crossing would stay closed "
        "“until the 12-metre gash is repaired.”"
    )
    first = [
        "A ferry ran aground off Skarholm on Friday with 230 passengers on board.",
        "Divers found a 12-metre gash in the hull below the waterline.",
        quoted,
        "About 40 tonnes of fuel were pumped out of the tanks overnight.",
    ]
    second = [
        "A ferry carrying 230 passengers ran aground off Skarholm on Friday.",
        "Divers found a 12-metre gash below the waterline of the hull.",
        quoted,
        "Three passengers were treated for minor injuries at Skarholm hospital.",
    ]
    articles = [
        make_article("a1a2a3a4a5a6a7a8", "Skarholm Courier", first, published="2031-05-02"),
        make_article("b1b2b3b4b5b6b7b8", "Fjord Gazette", second, published="2031-05-02"),
    ]
    story = Story("story-ferry", "Ferry aground", [a.id for a in articles])
    facts = [f.text for f in by_section(build(story, articles), "facts")]
    assert (
        "Nordsund Lines said the Skarholm crossing would stay closed "
        "“until the 12-metre gash is repaired” (reported by 2 outlets)."
    ) in facts, facts


def test_a_quote_inside_a_quoted_statement_turns_single():
    ledger = make_article(
        "a1a2a3a4a5a6a7a8",
        "Northern Ledger",
        [
            "A dam on the Rivenna river collapsed in Velmora on Tuesday, killing 12 people, "
            "the mayor said in a “first count.”",
            "Rescue teams arrived on Wednesday.",
        ],
        published="2031-03-05",
    )
    tribune = make_article(
        "b1b2b3b4b5b6b7b8",
        "Coastal Tribune",
        [
            "At least 14 people were killed when a dam on the Rivenna river collapsed in "
            "Velmora on Tuesday.",
            "Rescue teams arrived on Wednesday.",
        ],
        published="2031-03-05",
    )
    story = Story("story-dam", "Dam collapse", [ledger.id, tribune.id])
    conflicts = [s.text for s in by_section(build(story, [ledger, tribune]), "conflicts")]
    assert conflicts[0] == (
        "Outlets differ: Northern Ledger says “A dam on the Rivenna river collapsed in "
        "Velmora on Tuesday, killing 12 people, the mayor said in a ‘first count’”."
    ), conflicts


def test_a_piece_of_a_quote_is_not_told_as_a_fact():
    # The sentence splitter cuts a two-sentence quote in two; the second half, shared
    # by both outlets, would otherwise lead the summary as if the brief said it.
    spoken = [  # as the splitter leaves it: two sentences, each with one quote mark
        "The harbour master said: “The gates stay shut tonight.",
        "There will be no further statement before the inspection.”",
    ]
    first = [
        "A ferry ran aground off Skarholm on Friday with 230 passengers on board.",
        *spoken,
        "Divers found a 12-metre gash in the hull below the waterline.",
    ]
    second = [
        "A ferry carrying 230 passengers ran aground off Skarholm on Friday.",
        *spoken,
        "Three passengers were treated for minor injuries at Skarholm hospital.",
    ]
    words = [("The gates stay shut tonight. There will be no further statement before the "
              "inspection.", None, "direct")]  # fmt: skip
    articles = [
        make_article(
            "a1a2a3a4a5a6a7a8", "Skarholm Courier", first, published="2031-05-02", quotes=words
        ),
        make_article(
            "b1b2b3b4b5b6b7b8", "Fjord Gazette", second, published="2031-05-02", quotes=words
        ),
    ]
    story = Story("story-ferry", "Ferry aground", [a.id for a in articles])
    brief = build(story, articles)
    told = [s.text for s in by_section(brief, "summary") + by_section(brief, "facts")]
    assert told, "nothing was told"
    assert not any("no further statement" in t or "gates stay shut" in t for t in told), told


def test_a_quote_loses_the_comma_that_led_into_its_attribution():
    said = "We will reopen the harbour by May, whatever the divers find,"
    article = make_article(
        "a1a2a3a4a5a6a7a8",
        "Skarholm Courier",
        [
            "A ferry ran aground off Skarholm on Friday with 230 passengers on board.",
            f"“{said}” Mayor Oda Halvorsen said.",
        ],
        published="2031-05-02",
        quotes=[(said, "Oda Halvorsen", "direct")],
    )
    story = Story("story-ferry", "Ferry aground", [article.id])
    quotes = [s.text for s in by_section(build(story, [article]), "quotes")]
    assert quotes == [
        "Oda Halvorsen said: “We will reopen the harbour by May, whatever the divers find”"
    ]


def test_sections_content():
    story, articles = dam_story()
    brief = build(story, articles)
    prose = by_section(brief, "summary") + by_section(brief, "facts")
    rescue = [s for s in prose if "Rescue teams" in s.text]
    assert len(rescue) == 1
    assert rescue[0].article_ids == sorted(["7f3a1c0e9b2d4a55", "0c94d2e17a6b3f80"])
    facts = by_section(brief, "facts")
    pledge = "Officials in Ostravel pledged 2 million euros for repairs in Velmora"
    assert f"{pledge} (reported by 1 outlet)." in [f.text for f in facts]
    # Quotes live in their own section, not again among the facts.
    assert not any("heartbroken" in f.text for f in facts)
    conflicts = by_section(brief, "conflicts")
    # One disagreement, told as two sentences: each side cites only itself.
    assert len(conflicts) == 2
    first, second = conflicts
    assert first.text.startswith("Outlets differ: ")
    assert "12 people" in first.text and "14 people" in second.text
    assert second.text.startswith("Coastal Tribune says")
    assert first.article_ids == sorted(["7f3a1c0e9b2d4a55", "b5e8f6a2c3d19047"])
    assert second.article_ids == ["0c94d2e17a6b3f80"]
    quotes = by_section(brief, "quotes")
    assert quotes[0].text == f"Ilse Brandt said: “{QUOTE}”"
    assert quotes[0].article_ids == sorted(["7f3a1c0e9b2d4a55", "0c94d2e17a6b3f80"])
    assert any(q.text.startswith("Oren Falk said:") for q in quotes)
    assert not any("Unknown words" in q.text for q in quotes)  # no speaker, no line
    timeline = by_section(brief, "timeline")
    assert [t.text[:10] for t in timeline] == ["2031-03-04", "2031-03-05"]
    assert timeline[0].article_ids == sorted(story.article_ids)
    coverage = by_section(brief, "coverage")
    assert coverage[0].text == (
        "Covered by 3 outlets: Coastal Tribune, Northern Ledger and Valley Post."
    )
    assert coverage[0].article_ids == sorted(story.article_ids)


def test_duplicates_and_missing_outlets_are_counted_once():
    story, articles = dam_story()
    copy = make_article(
        "ffff000011112222",
        "Northern Ledger",
        ["Rescue teams from Ostravel arrived in Velmora on Wednesday to search for survivors."],
        duplicate_of="7f3a1c0e9b2d4a55",
    )
    anon = make_article(
        "1234abcd5678ef90",
        None,
        ["Rescue teams from Ostravel arrived in Velmora on Wednesday to look for survivors."],
    )
    story.article_ids += [copy.id, anon.id]
    brief = build(story, articles + [copy, anon])
    rescue = [s for s in brief.sentences if s.section != "coverage" and "Rescue" in s.text]
    assert rescue
    assert {copy.id, anon.id} <= set(rescue[0].article_ids)
    if rescue[0].section == "facts":
        # ledger + its copy count once; tribune; the unnamed article counts as itself
        assert "(reported by 3 sources)" in rescue[0].text
    coverage = by_section(brief, "coverage")[0]
    assert "Covered by 4 sources" in coverage.text
    assert "1 article without a named outlet" in coverage.text
    assert "1 further article repeating one of these" in coverage.text


def test_shuffled_articles_give_identical_brief():
    story, articles = dam_story()
    expected = asdict(build(story, articles))
    markdown = render_markdown(build(story, articles), articles=articles)
    rng = random.Random(11)
    for _ in range(5):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        brief = build(story, shuffled)
        assert asdict(brief) == expected
        assert render_markdown(brief, articles=shuffled) == markdown


def test_render_markdown():
    story, articles = dam_story()
    brief = build(story, articles)
    md = render_markdown(brief, articles=articles)
    assert md.startswith("# Dam collapse in Velmora\n")
    for heading in (
        "## Summary",
        "## Key facts",
        "## Where outlets differ",
        "## Who said what",
        "## Timeline",
        "## Coverage",
        "## Sources",
    ):
        assert heading in md
    assert "[7f3a1c0e]" in md and "[0c94d2e1]" in md
    assert "- [b5e8f6a2] Valley Post — *Dam report from Valley Post* (2031-03-06)" in md
    assert "`b5e8f6a2c3d19047`" in md
    bare = render_markdown(brief)
    assert "## Sources" in bare and "`7f3a1c0e9b2d4a55`" in bare


def test_story_without_facts_still_gets_a_cited_summary():
    art = make_article("aa11", "Quiet Times", ["it was quiet today and nothing much happened."])
    story = Story("s-quiet", "Quiet", ["aa11"])
    brief = build(story, [art])
    summary = by_section(brief, "summary")
    assert summary and summary[0].article_ids == ["aa11"]


def test_empty_and_odd_input_never_crash():
    empty = Story("s0", "Nothing", [])
    brief = write_brief(empty, [], StoryAnalysis(facts=[], framing=[], events=[]))
    assert brief == Brief("s0", "Nothing", [])
    assert render_markdown(brief).startswith("# Nothing")
    blank = Article(id="b1", doc_id="d", source="x", segment=0, body="")
    story = Story("s1", "Blank", ["b1"])
    brief = write_brief(story, [blank], compare_story(story, [blank]))
    assert all(s.article_ids == ["b1"] for s in brief.sentences)
    # An analysis citing articles outside the story is filtered, never cited.
    _story, articles = dam_story()
    other = compare_story(_story, articles)
    brief = write_brief(story, [blank], other)
    assert {aid for s in brief.sentences for aid in s.article_ids} <= {"b1"}
