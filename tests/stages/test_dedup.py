"""Near-duplicate dedup through the real store: copies linked, same-story articles not."""

from __future__ import annotations

from pathlib import Path

from storyline.records import Article, Document, content_id
from storyline.stages.clean.metadata import normalise_for_compare
from storyline.stages.dedup import link_duplicates, signature, similarity
from storyline.store.db import Store

ORIGINAL = """The city council of Marlowe voted seven to two on Tuesday to close the old
harbour bridge to cars from the first of June, after engineers found corrosion in
three of its steel supports. Mayor Ines Okafor said the bridge would stay open to
people on foot and on bicycles while the council looks for money to repair it.
Shop owners on Quay Street warned that the closure would cut the number of visitors
in the busiest months of the year, and asked the council for a temporary ferry.
The repair is expected to cost about forty million pounds and to take two years."""

SAME_STORY = """Drivers in Marlowe will lose their shortest route across the river this
summer. Councillors decided on Tuesday evening that the harbour bridge must shut to
motor traffic in June because its supports are rusting, a decision the mayor called
painful but unavoidable. Traders fear fewer tourists; a ferry is being considered.
Fixing the crossing could take until 2027 and cost tens of millions, officials said."""


def article(key: str, body: str) -> Article:
    return Article(
        id=content_id("article", key),
        doc_id=content_id("doc", key),
        source=f"test/{key}",
        segment=0,
        body=body,
        body_hash=content_id(normalise_for_compare(body)),
    )


def land(store: Store, batch: list[Article]) -> list[Article]:
    link_duplicates(batch, store)
    with store.transaction():
        for a in batch:
            store.add_document(Document(a.doc_id, a.source, "", "body"), 1)
            store.add_article(a, {})
            if not a.duplicate_of:
                sig = signature(a)
                store.add_minhash(a.id, sig.to_blob(), sig.n_shingles, sig.bands)
    return batch


def test_copy_with_furniture_and_an_edit_is_linked_to_the_stored_original(
    tmp_path: Path,
) -> None:
    copy_body = (
        "Related Articles\nSubscribe to our newsletter\n"
        + ORIGINAL.replace("seven to two", "7-2").replace("about forty", "around forty")
        + "\nShare this article\n2 hours ago"
    )
    with Store(tmp_path / "s.db") as store:
        (orig,) = land(store, [article("orig", ORIGINAL)])
        copy, other = land(store, [article("copy", copy_body), article("other", SAME_STORY)])
    assert orig.duplicate_of is None
    assert copy.duplicate_of == orig.id
    assert other.duplicate_of is None, "a different article on the same story is not a copy"


def test_truncated_copy_in_the_same_batch_points_at_the_earliest_original(tmp_path: Path) -> None:
    words = ORIGINAL.split(" ")
    cut = " ".join(words[: int(len(words) * 0.6)])
    with Store(tmp_path / "s.db") as store:
        orig, cut_copy, copy_of_copy = land(
            store,
            [article("orig", ORIGINAL), article("cut", cut), article("again", cut + " More.")],
        )
    assert cut_copy.duplicate_of == orig.id
    # A copy of a copy is linked to the original, never to another copy.
    assert copy_of_copy.duplicate_of == orig.id


def test_similarity_separates_copies_from_same_story_articles() -> None:
    a = signature(article("a", ORIGINAL))
    b = signature(article("b", SAME_STORY))
    assert similarity(a, a) == (1.0, 1.0)
    assert similarity(a, b)[0] < 0.1


def test_short_texts_are_only_matched_exactly(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        one, two = land(
            store,
            [article("a", "Bridge closes in June."), article("b", "Bridge closes in July.")],
        )
    assert two.duplicate_of is None
