"""Quantities: number, unit, what is measured, normalised value."""

from __future__ import annotations

import pytest

from storyline.records import Article
from storyline.stages.enrich import enrich_articles
from storyline.stages.enrich.quantities import find_quantities


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


def test_about_two_million_tons_of_aluminum_across_a_quote_mark():
    q = one("Russia could sell “about 2 million tons” of aluminum to the US.")
    assert (q.value, q.unit, q.measured, q.approx) == (2e6, "ton", "aluminum", True)
    assert q.text == "about 2 million tons"


def test_dollars_with_magnitude():
    q = one("They sent $300 billion to Ukraine.")
    assert (q.value, q.unit, q.approx) == (3e11, "USD", False)


def test_percent_of_something_in_a_year():
    q = one("Exports fell from 15% of U.S. imports in 2017 to a fraction of that.")
    assert (q.value, q.unit, q.measured) == (15.0, "percent", "U.S. imports")


def test_some_twenty_thousand_missiles():
    q = one("The administration rerouted some 20,000 anti-drone missiles – initially for Kiev.")
    assert (q.value, q.unit, q.measured, q.approx) == (
        20000.0,
        None,
        "anti-drone missiles",
        True,
    )


def test_a_ten_percent_tariff():
    q = one("In early February, Trump imposed a 10% tariff on goods from China.")
    assert (q.value, q.unit, q.measured) == (10.0, "percent", "tariff")


@pytest.mark.parametrize(
    "text",
    [
        "The vote was held in 2023.",
        "They met on Feb. 18 in Riyadh.",
        "On 27 February the talks resumed.",
        "The meeting starts at 10:30.",
        "It was the 3rd round of talks.",
        "One of the two sides left.",
    ],
)
def test_years_dates_times_ordinals_and_counting_words_are_not_quantities(text):
    assert find_quantities(text) == []


def test_currency_words_percent_words_and_units():
    found = find_quantities(
        "He owed more than 780,000 dollars, growth was 3.5 percent and "
        "the spill covered 42 miles of coast; Moscow paid €5bn for 1.2 million barrels of oil."
    )
    got = [(q.value, q.unit, q.measured, q.approx) for q in found]
    assert (780000.0, "USD", None, True) in got
    assert (3.5, "percent", None, False) in got
    assert (42.0, "mile", "coast", False) in got
    assert (5e9, "EUR", None, False) in got
    assert (1.2e6, "barrel", "oil", False) in got


def test_skip_spans_drop_numbers_inside_time_mentions():
    text = "Twelve days later, 300 troops arrived."
    assert [q.value for q in find_quantities(text, skip=[(20, 23)])] == []


@pytest.mark.slow
def test_enrich_fills_article_quantities_without_verbs_in_measured():
    art = Article(
        id="q",
        doc_id="q",
        source="q.txt",
        segment=0,
        body="On Feb. 18, 2025, about 300 soldiers arrived and 11 workers died.",
        published="2025-02-20",
        published_precision="day",
    )
    enrich_articles([art])
    got = [(q.value, q.measured, q.approx) for q in art.quantities]
    assert got == [(300.0, "soldiers", True), (11.0, "workers", False)]


@pytest.mark.slow
def test_seed_quantities(seeds_dir):
    from storyline.stages.clean import clean_documents
    from storyline.stages.ingest import read_file

    got = {}
    for name in ("000", "001", "002", "004"):
        path = next(seeds_dir.glob(f"{name}_*.txt"))
        articles = clean_documents(read_file(path))
        enrich_articles(articles)
        got[name] = [
            (q.value, q.unit, q.measured, q.approx) for a in articles for q in a.quantities
        ]
    assert (2e6, "ton", "aluminum", True) in got["001"]
    assert (3e11, "USD", None, False) in got["000"]
    assert (20000.0, None, "anti-drone missiles", True) in got["000"]
    assert (15.0, "percent", "U.S. imports", False) in got["002"]
    assert (10.0, "percent", "tariff", False) in got["004"]
