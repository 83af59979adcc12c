"""Online clustering through the real store, without spaCy: placement, merges, order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from storyline.pipeline import regroup_stories
from storyline.records import Article, Document, Entity, content_id
from storyline.stages.clean.metadata import normalise_for_compare
from storyline.stages.cluster import (
    article_terms,
    candidate_keys,
    describe_story,
    find_merges,
    find_splits,
    place_articles,
    text_terms,
)
from storyline.stages.dedup import link_duplicates, signature
from storyline.store.db import Store

STORIES = {
    "bridge": [
        "Marlowe council votes to close the harbour bridge to cars after engineers find "
        "corrosion in its steel supports; the mayor promises a ferry while it is repaired.",
        "The Marlowe harbour bridge will close to cars in June, the council decided, "
        "because engineers found corrosion in the steel supports; a ferry is promised.",
        "Traders fear the Marlowe harbour bridge closure to cars will keep tourists away; "
        "the council studies a ferry while the corroded steel supports of the bridge are "
        "repaired.",
    ],
    "vaccine": [
        "A new malaria vaccine cut infections in children by two thirds in a trial across "
        "four countries, researchers reported in a medical journal on Thursday.",
        "Researchers say the malaria vaccine trial in children across four countries cut "
        "infections by two thirds; regulators will review the malaria vaccine trial.",
        "The malaria vaccine could reach children next year if regulators approve it, the "
        "trial researchers said, after malaria infections in the trial dropped by two thirds.",
    ],
    "chess": [
        "The teenage chess prodigy from Lagos won the national championship with a round "
        "to spare, beating the defending champion in a long endgame.",
        "Lagos chess prodigy clinches national championship title after an endgame win "
        "against the defending champion, becoming the youngest chess champion ever.",
        "After winning the national chess championship, the teenage prodigy from Lagos said "
        "the endgame against the defending champion was the hardest of the championship.",
    ],
}


def article(key: str, body: str, published: str | None = None) -> Article:
    return Article(
        id=content_id("article", key),
        doc_id=content_id("doc", key),
        source=f"test/{key}",
        segment=0,
        body=body,
        title=None,
        published=published,
        body_hash=content_id(normalise_for_compare(body)),
    )


def land(store: Store, batch: list[Article]) -> None:
    """What analyze_batch does after enrich, for articles without entities."""
    link_duplicates(batch, store)
    terms_of = {a.id: article_terms(a) for a in batch}
    with store.transaction():
        placements = place_articles(batch, store, terms_of)
        for p in placements:
            next(a for a in batch if a.id == p.article_id).story_id = p.story_id
        for a in batch:
            store.add_document(Document(a.doc_id, a.source, "", "body"), 1)
            store.add_article(a, terms_of[a.id])
            if not a.duplicate_of:
                sig = signature(a)
                store.add_minhash(a.id, sig.to_blob(), sig.n_shingles, sig.bands)
            store.add_recent_postings(a.id, candidate_keys(a, terms_of[a.id]))
        touched = regroup_stories(store, {p.story_id for p in placements})
        for sid in sorted(touched):
            store.upsert_story(describe_story(sid, store.load_articles("story_id = ?", (sid,))))


def _store_in_story(store: Store, articles: list[Article], story_id: str) -> None:
    """Store ``articles`` as one story, as if placement had put them together."""
    with store.transaction():
        for a in articles:
            a.story_id = story_id
            terms = article_terms(a)
            store.add_document(Document(a.doc_id, a.source, "", "body"), 1)
            store.add_article(a, terms)
            store.add_recent_postings(a.id, candidate_keys(a, terms))


def corpus() -> list[tuple[str, Article]]:
    return [
        (name, article(f"{name}/{i}", body))
        for name, bodies in STORIES.items()
        for i, body in enumerate(bodies)
    ]


def partition(store: Store) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in store.stories()}


def test_articles_group_by_story(tmp_path: Path) -> None:
    items = corpus()
    with Store(tmp_path / "s.db") as store:
        for _, a in items:
            land(store, [a])
        got = partition(store)
    want = {frozenset(a.id for n, a in items if n == name) for name in STORIES}
    assert got == want


def test_partition_does_not_hinge_on_input_order(tmp_path: Path) -> None:
    seen = []
    for seed in range(4):
        items = corpus()
        random.Random(seed).shuffle(items)
        with Store(tmp_path / f"s{seed}.db") as store:
            size = 1 + seed % 3
            for n in range(0, len(items), size):
                land(store, [a for _, a in items[n : n + size]])
            seen.append(partition(store))
    assert all(p == seen[0] for p in seen)
    assert len(seen[0]) == 3


def test_two_stories_of_one_event_merge_and_different_events_do_not(tmp_path: Path) -> None:
    bridge = [a for n, a in corpus() if n == "bridge"]
    chess = [a for n, a in corpus() if n == "chess"]
    with Store(tmp_path / "s.db") as store:
        # Land two halves of the bridge story as separate stories, as if placed
        # before the evidence linked them, and a chess story beside them.
        for sid, group in (("s-a", bridge[:1]), ("s-b", bridge[1:]), ("s-c", chess)):
            _store_in_story(store, group, sid)
        merges = find_merges(["s-a", "s-b", "s-c"], store)
    assert merges == [("s-a", "s-b")], "the smaller bridge story joins the larger"


def test_a_copy_joins_its_originals_story(tmp_path: Path) -> None:
    body = " ".join(STORIES["vaccine"]) + " " + " ".join(STORIES["vaccine"][::-1])
    with Store(tmp_path / "s.db") as store:
        land(store, [article("orig", body, "2024-03-01")])
        # Published earlier than its original, and in the same batch as an unrelated piece.
        copy = article("copy", "Advertisement\n" + body + "\nRelated Articles", "2024-02-28")
        land(store, [copy, article("chess", STORIES["chess"][0])])
        stories = store.stories()
    orig_story = next(s for s in stories if content_id("article", "orig") in s.article_ids)
    assert copy.duplicate_of == content_id("article", "orig")
    assert copy.id in orig_story.article_ids


def test_time_gap_keeps_same_words_apart(tmp_path: Path) -> None:
    a = article("jan", STORIES["bridge"][0], "2024-01-10")
    b = article("jul", STORIES["bridge"][1], "2024-07-10")
    with Store(tmp_path / "s.db") as store:
        land(store, [a])
        land(store, [b])
        assert len(store.stories()) == 2


def test_merge_text_is_average_link_not_centroid(tmp_path: Path) -> None:
    # Two stories that share a topic word but no article pair closely: their
    # centroids meet on the shared word, the mean over article pairs does not.
    from storyline.stages.cluster import StoryScorer, _cosine

    bodies = {
        "a1": "quake quake tremor fault",
        "a2": "quake quake aftershock rubble",
        "b1": "quake quake magnitude coast",
        "b2": "quake quake epicentre depth",
    }
    batch = [article(k, v) for k, v in bodies.items()]
    with Store(tmp_path / "s.db") as store:
        scorer = StoryScorer(store, batch, {a.id: article_terms(a) for a in batch})
        ids = [a.id for a in batch]
        centroid = scorer.score(ids[:2], ids[2:])
        average = scorer.score(ids[:2], ids[2:], average_link=True)
        pairs = [_cosine(scorer.vector(q), scorer.vector(m)) for q in ids[:2] for m in ids[2:]]
    assert centroid is not None and average is not None
    assert average[0] == pytest.approx(sum(pairs) / len(pairs))
    assert average[0] < centroid[0]


def test_stories_alike_but_each_tighter_do_not_merge(tmp_path: Path, monkeypatch) -> None:
    # Two tight stories sharing a third of their words: alike enough as wholes
    # for MERGE_THRESHOLD, but far less alike than each is to itself.
    import storyline.stages.cluster as cluster

    shared = "harbour quake magnitude rescue cranes"
    own = {
        "a": "marlowe container quay toppled ferry dockers",
        "b": "dunmore village school buried rubble mountain",
    }
    variants = ["night", "morning", "evening"]
    arts = []
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            for side, words in own.items():
                for i, extra in enumerate(variants):
                    a = article(f"{side}{i}", f"{shared} {words} {extra}")
                    a.story_id = content_id("story", side)
                    store.add_document(Document(a.doc_id, a.source, "", "body"), 1)
                    store.add_article(a, article_terms(a))
                    store.add_recent_postings(a.id, candidate_keys(a, article_terms(a)))
                    arts.append(a)
        stories = sorted({a.story_id for a in arts})
        scorer = cluster.StoryScorer(store, [], {})
        ids_a = [a.id for a in arts[:3]]
        ids_b = [a.id for a in arts[3:]]
        scored = scorer.score(ids_a, ids_b, average_link=True)
        assert scored is not None and scored[2] >= cluster.MERGE_THRESHOLD
        assert find_merges(stories, store) == []
        monkeypatch.setattr(cluster, "MERGE_COHESION_SHARE", 0.0)
        assert len(find_merges(stories, store)) == 1


def test_cohesion_is_the_mean_over_own_pairs_shrunk_to_the_prior(tmp_path: Path) -> None:
    from storyline.stages.cluster import PRIOR_COHESION, PRIOR_PAIRS, TEXT_WEIGHT, StoryScorer

    batch = [article(f"k{i}", body) for i, body in enumerate(STORIES["bridge"])]
    with Store(tmp_path / "s.db") as store:
        scorer = StoryScorer(store, batch, {a.id: article_terms(a) for a in batch})
        ids = [a.id for a in batch]
        pairs = [(x, y) for i, x in enumerate(ids) for y in ids[i + 1 :]]
        text = sum(
            sum(v * scorer.vector(y).get(t, 0.0) for t, v in scorer.vector(x).items())
            for x, y in pairs
        )
        expected = (TEXT_WEIGHT * text + PRIOR_PAIRS * PRIOR_COHESION) / (len(pairs) + PRIOR_PAIRS)
        assert scorer.cohesion(ids) == pytest.approx(expected)
        assert scorer.cohesion(ids[:1]) == PRIOR_COHESION


def test_articles_without_terms_do_not_break_cohesion_or_placement(tmp_path: Path) -> None:
    """Pages with no content words (numbers only, another script) have empty
    vectors: a story of them has cohesion at least the prior's share, never
    below zero, and landing them with real articles does not fail."""
    from storyline.stages.cluster import StoryScorer

    blank = [article(f"n{i}", "1 2 3 — 4 5 6 … 7 8 9") for i in range(4)]
    real = [article(f"k{i}", body) for i, body in enumerate(STORIES["bridge"])]
    batch = blank + real
    with Store(tmp_path / "s.db") as store:
        scorer = StoryScorer(store, batch, {a.id: article_terms(a) for a in batch})
        assert all(not scorer.vector(a.id) for a in blank)
        assert scorer.cohesion([a.id for a in blank]) >= 0
        mixed = [a.id for a in batch]
        assert scorer.cohesion(mixed) > 0
        placements = place_articles(batch, store, {a.id: article_terms(a) for a in batch})
    assert len(placements) == len(batch)


def test_nearest_gap_is_the_closest_dated_pair() -> None:
    from storyline.stages.cluster import _nearest_gap

    assert _nearest_gap(["2024-01-01", "2024-03-01"], ["2024-02-27", None]) == 3
    assert _nearest_gap(["2024-01-01"], ["2023-12-30T08:00:00"]) == 2
    assert _nearest_gap([None, "2024"], ["2024-01-01"]) is None
    assert _nearest_gap(["2024-01-01"], []) is None


def test_numbers_and_dates_are_terms() -> None:
    from storyline.records import Quantity, TimeMention

    a = article("n", "Pirates captured by the navy in the gulf.")
    a.quantities = [Quantity("23", 0, 2, 23.0, None, None), Quantity("one", 0, 3, 1.0, None, None)]
    a.times = [
        TimeMention("December 13, 2008", 0, 5, "2008-12-13", "day"),
        TimeMention("2008", 0, 4, "2008", "year"),
    ]
    terms = article_terms(a)
    assert terms["#23"] == 1.0 and "#1" not in terms
    assert terms["@2008-12-13"] == 1.0 and "@2008" not in terms
    assert terms["pirates"] == 1.0


def _named(key: str, body: str, names: list[tuple[str, str, str]]) -> Article:
    """An article mentioning ``names`` as (text, label, entity id), each found in ``body``."""
    from storyline.records import Mention

    a = article(key, body)
    a.mentions = [
        Mention(text, label, body.index(text), body.index(text) + len(text), text, entity_id)
        for text, label, entity_id in names
    ]
    return a


def test_name_words_link_one_actor_filed_under_two_entity_ids(tmp_path: Path) -> None:
    """Linking filed "Ilse Marwick" and "Marwick" under two ids: the shared name word
    still makes the two articles alike on the entity side; a shared place name does not
    (two events of one kind often happen in one place)."""
    from storyline.stages.cluster import StoryScorer, _dot, name_words

    full = _named(
        "m1", "Ilse Marwick opened the Tolland dam inquiry.", [("Ilse Marwick", "PERSON", "p1")]
    )
    surname = _named(
        "m2", "The inquiry led by Marwick heard engineers.", [("Marwick", "PERSON", "p2")]
    )
    place_a = _named("t1", "Floods hit Tolland again.", [("Tolland", "GPE", "g1")])
    place_b = _named("t2", "A fire broke out in Tolland.", [("Tolland", "GPE", "g2")])
    assert name_words(full) == ["ilse", "marwick"] and name_words(place_a) == []
    batch = [full, surname, place_a, place_b]
    with Store(tmp_path / "s.db") as store:
        scorer = StoryScorer(store, batch, {a.id: article_terms(a) for a in batch})
        assert _dot(scorer.entity_vector(full.id), scorer.entity_vector(surname.id)) > 0.2
        assert _dot(scorer.entity_vector(place_a.id), scorer.entity_vector(place_b.id)) == 0
        # The name words stay off the text side (and out of the story label).
        assert not any(t.startswith("=") for t in scorer.vector(full.id))


def test_a_lone_article_needs_more_to_be_joined_than_a_story(tmp_path: Path, monkeypatch) -> None:
    """Joining a story of one article is a pair decision with no story around it to
    vouch for it: it takes LONE_JOIN_THRESHOLD; a story of two takes JOIN_THRESHOLD."""
    import storyline.stages.cluster as cluster

    first, second, third = (article(f"b{i}", body) for i, body in enumerate(STORIES["bridge"]))

    def placed(store: Store, new: Article) -> bool:
        terms = {new.id: article_terms(new)}
        return not cluster.place_articles([new], store, terms)[0].opened

    with Store(tmp_path / "lone.db") as store:
        land(store, [first])
        scorer = cluster.StoryScorer(store, [third], {third.id: article_terms(third)})
        scored = scorer.score([third.id], [first.id], average_link=True)
        assert scored is not None and scored[2] >= cluster.JOIN_THRESHOLD
        monkeypatch.setattr(cluster, "LONE_JOIN_THRESHOLD", scored[2] - 0.01)
        assert placed(store, third)
        monkeypatch.setattr(cluster, "LONE_JOIN_THRESHOLD", scored[2] + 0.01)
        assert not placed(store, third)
    with Store(tmp_path / "pair.db") as store:
        land(store, [first])
        land(store, [second])
        assert len(store.stories()) == 1
        assert placed(store, third), "a story of two is held to JOIN_THRESHOLD only"


def test_in_a_big_batch_an_article_finds_its_event_placed_just_before(tmp_path: Path) -> None:
    """The batch's own stories are candidates by shared keys, like stored ones: more
    than MAX_CANDIDATE_STORIES unrelated stories opened earlier in the batch do not
    hide the one story of the same event."""
    import storyline.stages.cluster as cluster

    rng = random.Random(7)

    def word() -> str:
        return "".join(rng.choice("bcdfghjklmnpqrstvwxz") + rng.choice("aeiou") for _ in range(4))

    n = cluster.MAX_CANDIDATE_STORIES + 10
    unrelated = [
        article(f"u{i}", " ".join(word() for _ in range(12)), f"2024-03-{1 + i % 9:02d}")
        for i in range(n)
    ]
    first = article("bridge0", STORIES["bridge"][0], "2024-03-20")
    second = article("bridge1", STORIES["bridge"][1], "2024-03-21")
    batch = [second, *unrelated, first]
    with Store(tmp_path / "s.db") as store:
        placements = place_articles(batch, store, {a.id: article_terms(a) for a in batch})
    story = {p.article_id: p.story_id for p in placements}
    assert len(set(story.values())) == n + 1
    assert story[second.id] == story[first.id]


FERRY_FIRE = (
    "Fire broke out aboard the Marlowe ferry Gannet on {d} evening during the crossing; the "
    "crew brought all forty passengers ashore in lifeboats, and the harbour master said the "
    "engine room was gutted."
)
FERRY_FIRE_SHORT = (
    "Passengers were brought ashore in lifeboats after a ferry fire off Marlowe on {d}, "
    "officials said."
)


@pytest.mark.parametrize(
    ("first", "second", "published", "stories"),
    [
        ("the crossing", "the crossing", None, 1),  # alike enough on their words
        ("Tuesday", "Tuesday", None, 1),
        ("Tuesday", "Saturday", None, 2),  # two fires of one kind, days apart
        ("Tuesday", "Saturday", "2031-03-04", 1),  # dates known: they decide, not weekdays
    ],
)
def test_named_weekdays_stand_in_for_dates_when_undated(
    tmp_path: Path, first: str, second: str, published: str | None, stories: int
) -> None:
    one = article("fire/1", FERRY_FIRE.format(d=first), published)
    two = article("fire/2", FERRY_FIRE_SHORT.format(d=second), published)
    with Store(tmp_path / "s.db") as store:
        land(store, [one])
        land(store, [two])
        assert len(partition(store)) == stories


def test_the_first_weekday_named_is_a_term_of_its_own() -> None:
    terms = article_terms(article("w", "On Friday the council met; on Monday it voted."))
    assert terms["%friday"] == 1 and "%monday" not in terms
    assert "friday" in text_terms(terms) and "%friday" not in text_terms(terms)
    assert not any("%" in key for key in candidate_keys(article("w", "x"), terms))


def _two_events(dated: bool) -> list[Article]:
    """The bridge and vaccine reports, dated a week apart (or not at all)."""
    return [
        article(f"{name}/{i}", body, (day if dated else None))
        for name, day in (("bridge", "2024-03-01"), ("vaccine", "2024-03-08"))
        for i, body in enumerate(STORIES[name])
    ]


def test_a_dated_story_of_two_events_splits_in_two(tmp_path: Path) -> None:
    arts = _two_events(dated=True)
    with Store(tmp_path / "s.db") as store:
        _store_in_story(store, arts, "s-x")
        splits = find_splits(["s-x"], store)
    # The part holding the story's first article (a bridge report) keeps it.
    assert splits == [("s-x", [a.id for a in arts[3:]])]


def test_an_undated_story_or_one_of_a_single_event_stays_whole(tmp_path: Path) -> None:
    more = [
        "Engineers say the corroded steel supports of the Marlowe harbour bridge need a "
        "year of repairs; the council confirmed the bridge closes to cars and a ferry runs.",
        "Marlowe ferry operators prepare for commuters as the harbour bridge closes to cars; "
        "the council says repairs to the corroded steel supports start in June.",
        "Cyclists and walkers may still cross the Marlowe harbour bridge while its corroded "
        "steel supports are repaired, the council said; cars must take the ferry.",
    ]
    one_event = [
        article(f"b{i}", body, f"2024-03-0{1 + i % 2}")
        for i, body in enumerate(STORIES["bridge"] + more)
    ]
    with Store(tmp_path / "s.db") as store:
        _store_in_story(store, _two_events(dated=False), "s-undated")
        _store_in_story(store, one_event, "s-one")
        # Three bridge reports and one chess report: the odd one out is no part of two.
        odd = [article(f"o{i}", body, "2024-03-01") for i, body in enumerate(STORIES["bridge"])]
        _store_in_story(
            store, [*odd, article("o-chess", STORIES["chess"][0], "2024-03-01")], "s-odd"
        )
        assert find_splits(["s-odd", "s-one", "s-undated"], store) == []


def test_an_undated_story_splits_only_where_its_parts_name_different_days(
    tmp_path: Path,
) -> None:
    def reports(tag: str, days: dict[str, str]) -> list[Article]:
        return [
            article(f"{tag}/{name}/{i}", f"{body} The news came on {day}.")
            for name, day in days.items()
            for i, body in enumerate(STORIES[name])
        ]

    apart = reports("apart", {"bridge": "Monday", "chess": "Saturday"})
    shared = reports("shared", {"bridge": "Monday", "chess": "Monday"})
    with Store(tmp_path / "s.db") as store:
        _store_in_story(store, apart, "s-apart")
        _store_in_story(store, shared, "s-shared")
        # Weekdays stand in for dates: one day named on both sides keeps the story whole.
        assert find_splits(["s-apart", "s-shared"], store) == [
            ("s-apart", [a.id for a in apart[3:]])
        ]


def test_a_split_moves_copies_with_their_originals(tmp_path: Path) -> None:
    arts = _two_events(dated=True)
    copy = article("vaccine/copy", "Advertisement\n" + STORIES["vaccine"][0], "2024-03-08")
    copy.duplicate_of = arts[3].id
    with Store(tmp_path / "s.db") as store:
        _store_in_story(store, [*arts, copy], "s-x")
        assert find_splits(["s-x"], store) == [("s-x", [a.id for a in arts[3:]] + [copy.id])]


def test_regrouping_gives_the_split_part_a_story_of_its_own(tmp_path: Path) -> None:
    arts = _two_events(dated=True)
    with Store(tmp_path / "s.db") as store:
        _store_in_story(store, arts, "s-x")
        with store.transaction():
            touched = regroup_stories(store, {"s-x"})
            for sid in sorted(touched):
                store.upsert_story(describe_story(sid, store.load_articles("story_id = ?", (sid,))))
        got = partition(store)
    assert len(touched) == 2 and "s-x" in touched
    assert got == {frozenset(a.id for a in arts[:3]), frozenset(a.id for a in arts[3:])}


QUOTA_REPORTS = [
    "Fisheries minister {name} signed the new quota rule for the northern bay, cutting "
    "the cod catch by a third; trawler crews in the bay protested at the harbour.",
    "The northern bay cod quota falls by a third under the rule fisheries minister "
    "{name} signed, and trawler crews protested at the harbour against the cut.",
    "Trawler crews protested at the harbour after fisheries minister {name} cut the "
    "northern bay cod quota by a third with a new rule.",
]


#: What every report names besides the minister: the story's other actors and places.
QUOTA_NAMES = [
    ("northern bay", "LOC", "l-bay"),
    ("cod", "PRODUCT", "x-cod"),
    ("harbour", "FAC", "f-harbour"),
    ("crews", "ORG", "o-crews"),
]


MINISTERS = [("Odile Varga", "PERSON", "p-varga"), ("Tomas Brandt", "PERSON", "p-brandt")]


def _quota_story(tag: str, name: str, entity_id: str, day: str | None = None) -> list[Article]:
    """Three reports of one minister's quota rule, each naming the minister."""
    out = []
    for i, body in enumerate(QUOTA_REPORTS):
        a = _named(
            f"{tag}/{i}", body.format(name=name), [(name, "PERSON", entity_id), *QUOTA_NAMES]
        )
        a.published = day
        out.append(a)
    return out


def _store_quota_entities(store: Store) -> None:
    with store.transaction():
        for name, label, entity_id in [*QUOTA_NAMES, *MINISTERS]:
            store.upsert_entity(Entity(entity_id, name, label), name.lower())


def test_stories_led_by_different_people_do_not_merge(tmp_path: Path) -> None:
    """Two quota rules told in the same words, one signed by Varga and one by Brandt (a
    rule and its reversal): each story's key person is named nowhere in the other."""
    varga = _quota_story("varga", "Odile Varga", "p-varga")
    brandt = _quota_story("brandt", "Tomas Brandt", "p-brandt")
    again = _quota_story("again", "Odile Varga", "p-varga")
    with Store(tmp_path / "s.db") as store:
        _store_quota_entities(store)
        _store_in_story(store, varga, "s-varga")
        _store_in_story(store, brandt, "s-brandt")
        _store_in_story(store, again, "s-again")
        # The same minister's rule, told twice, is one story.
        assert find_merges(["s-again", "s-brandt", "s-varga"], store) == [("s-again", "s-varga")]


def test_a_key_person_the_other_story_names_does_not_keep_it_apart(tmp_path: Path) -> None:
    varga = _quota_story("varga", "Odile Varga", "p-varga")
    brandt = _quota_story("brandt", "Tomas Brandt", "p-brandt")
    # One report of Brandt's rule recalls Varga (her surname, no entity of it).
    brandt[0].body += " Varga had opposed the cut."
    with Store(tmp_path / "s.db") as store:
        _store_quota_entities(store)
        _store_in_story(store, varga, "s-varga")
        _store_in_story(store, brandt, "s-brandt")
        assert find_merges(["s-brandt", "s-varga"], store) == [("s-brandt", "s-varga")]
    # Stories of two articles each are too small to tell their key persons.
    with Store(tmp_path / "small.db") as store:
        _store_quota_entities(store)
        _store_in_story(store, _quota_story("v2", "Odile Varga", "p-varga")[:2], "s-v2")
        _store_in_story(store, _quota_story("b2", "Tomas Brandt", "p-brandt")[:2], "s-b2")
        assert find_merges(["s-b2", "s-v2"], store) == [("s-b2", "s-v2")]


def test_a_story_grown_from_two_ministers_rules_splits(tmp_path: Path) -> None:
    arts = _quota_story("varga", "Odile Varga", "p-varga", "2024-03-01") + _quota_story(
        "brandt", "Tomas Brandt", "p-brandt", "2024-03-01"
    )
    with Store(tmp_path / "s.db") as store:
        _store_quota_entities(store)
        _store_in_story(store, arts, "s-x")
        assert find_splits(["s-x"], store) == [("s-x", [a.id for a in arts[3:]])]


def test_time_penalties_match_the_penalty_of_each_gap() -> None:
    import numpy as np

    from storyline.stages.cluster import _time_penalties, _time_penalty

    gaps = np.array([[0, 1, 2, 3], [4, 7, 10, 30], [45, 90, 365, 0.5]], dtype=float)
    expected = np.array([[_time_penalty(g) for g in row] for row in gaps.tolist()])
    found = _time_penalties(gaps)
    assert found.shape == gaps.shape
    assert found.tolist() == expected.tolist()
    assert len(set(found.ravel().tolist())) >= 4  # the bonus, the ramp and the cap all occur
