"""Fuzzing with hypothesis: the text cleaner, the quote extractor and the date normaliser.

Any input, however odd, must give a result without an exception, and every
offset must point into the text it claims to (``text[start:end] == span``).
Texts are drawn from news-shaped fragments (curly and straight quotes,
dates, furniture lines, HTML tags, odd whitespace and line breaks) mixed
with arbitrary Unicode, so the search reaches the branches real pages take.

CI runs a few hundred examples per property; ``benchmarks/fuzz.py`` runs the
same properties with at least 10,000 examples each.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.records import Document
from storyline.stages.clean import clean_document, clean_documents
from storyline.stages.clean.textdump import split_articles
from storyline.stages.enrich.quotes import extract_quotes, find_quote_spans
from storyline.stages.enrich.times import normalise_date, normalise_time_expressions

CI_EXAMPLES = 200
CI = settings(
    max_examples=CI_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples on every CI run; the benchmark explores
)

FRAGMENTS = [
    "The minister said", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u2028", "\x85", "\u00a0",
    '"', "“", "”", "„", "‘", "’", "'", "«", "»", "—", "–", "...", "…", ".", ",", ";", ":",
    "?", "!", "(", ")", "[", "]", "Mr.", "Dr.", "U.S.", "'90s", "rock 'n' roll",
    "on Tuesday", "last week", "next month", "Feb. 26", "February 30", "2025-02-27",
    "2025-13-40", "date 2025-02-27", "in 2025", "March 2026", "31/12/2024", "yesterday",
    "two days ago", "2 hours ago", "Published March 3, 2026", "Updated 2 hours ago",
    "Share this story", "Related Articles", "Try Our AI Features", "Advertisement",
    "Sign up for our newsletter", "This audio is created with AI assistance", "Most popular",
    "Putin", "Vladimir Putin", "Rubio", "Kyiv", "Kiev", "Zelensky", "the Russian president",
    "told reporters", "according to", "said", "says", "added", "he", "she", "they",
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->", "&amp;",
    "<h1>", "</h1>", "<article>", "</article>", "<html>", "<body>", "•", "|", "©", "#",
    "1,000", "3.5%", "$40 million", "12 km", "٣", "日本", "Привет", "\ufeff", "\ufffd", "\x00",
]  # fmt: skip

news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map(
    "".join
)
any_text = st.one_of(news_text, st.text(max_size=400))
iso_like = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.from_regex(r"\d{4}(-\d{2}(-\d{2})?)?", fullmatch=True),
    st.text(max_size=20),
)
anchors = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from([date.min, date.max, date(2024, 2, 29), date(2025, 12, 31)]),
)


@contextmanager
def no_logged_errors() -> Iterator[list[logging.LogRecord]]:
    """Fail on errors a stage logs while carrying on (they hide exceptions)."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(level=logging.ERROR)
    logger = logging.getLogger("storyline")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
    assert not records, [r.getMessage() for r in records]


def _words(text: str) -> set[str]:
    return set(text.split())


# -- the properties (plain functions, shared with benchmarks/fuzz.py) ---------------


def check_clean(text: str, form: str) -> None:
    doc = Document(id="fuzz", source="fuzz.txt", content=text, form=form)  # type: ignore[arg-type]
    with no_logged_errors():
        articles = clean_document(doc)  # raises, unlike clean_documents
        batch = clean_documents([doc])
    assert [a.body for a in batch] == [a.body for a in articles]
    for segment, a in enumerate(batch):
        assert a.body.strip() and a.segment == segment and a.source == "fuzz.txt"
        assert all(isinstance(r.text, str) and r.reason for r in a.removed)
    if form == "body":
        assert [a.body for a in articles] == ([text.strip()] if text.strip() else [])


def check_split(text: str) -> None:
    source_words = " ".join(text.split())
    for article in split_articles(text):
        for paragraph in article.paragraphs:
            assert isinstance(paragraph, str)
        # Cleaning removes and splits; it never invents text.
        for word in _words(article.body):
            assert word in source_words or re.sub(r"\W", "", word) == "", word


def check_quote_spans(text: str) -> None:
    previous_end = -1
    for span in find_quote_spans(text):
        assert 0 <= span.open <= span.start <= span.end <= span.close <= len(text), span
        assert span.style in ("double", "single")
        assert span.open >= previous_end or span.group is not None
        previous_end = span.close


def check_extract_quotes(text: str) -> None:
    with no_logged_errors():
        quotes = extract_quotes(text, "a1")
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
        assert q.kind in ("direct", "indirect", "mixed") and q.article_id == "a1"


_ISO = re.compile(r"^-?\d{4}(-\d{2}(-\d{2})?)?$")


def _valid_result(result: tuple[str, str] | None) -> None:
    if result is None:
        return
    iso, precision = result
    assert precision in ("year", "month", "day"), result
    assert _ISO.match(iso), result
    parts = [int(p) for p in iso.split("-")]
    assert len(parts) == {"year": 1, "month": 2, "day": 3}[precision], result
    if precision == "day":
        date(*parts)  # a real calendar date


def check_normalise_date(expr: str, anchor: date | None, future: bool) -> None:
    _valid_result(normalise_date(expr, anchor, future))


def check_time_expressions(text: str, published: str | None, precision: str | None) -> None:
    for m in normalise_time_expressions(text, published, precision):
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.text, m
        _valid_result((m.date, m.precision) if m.date else None)


#: name -> (property, strategies), for the tests below and benchmarks/fuzz.py.
PROPERTIES = {
    "clean_documents": (check_clean, (any_text, st.sampled_from(["text", "html", "body"]))),
    "split_articles": (check_split, (any_text,)),
    "find_quote_spans": (check_quote_spans, (any_text,)),
    "extract_quotes": (check_extract_quotes, (news_text,)),
    "normalise_date": (check_normalise_date, (any_text, anchors, st.booleans())),
    "normalise_time_expressions": (
        check_time_expressions,
        (any_text, iso_like, st.sampled_from([None, "year", "month", "day", "bogus"])),
    ),
}


@CI
@given(any_text, st.sampled_from(["text", "html", "body"]))
def test_clean_documents_never_raises(text: str, form: str) -> None:
    check_clean(text, form)


@CI
@given(any_text)
def test_split_articles_never_invents_text(text: str) -> None:
    check_split(text)


@CI
@given(any_text)
def test_quote_spans_lie_inside_the_text(text: str) -> None:
    check_quote_spans(text)


@CI
@given(news_text)
def test_extract_quotes_offsets_are_valid(text: str) -> None:
    check_extract_quotes(text)


@CI
@given(any_text, anchors, st.booleans())
def test_normalise_date_gives_a_real_date_or_none(expr: str, anchor: date | None, future: bool):
    check_normalise_date(expr, anchor, future)


@CI
@given(any_text, iso_like, st.sampled_from([None, "year", "month", "day", "bogus"]))
def test_time_expression_offsets_are_valid(
    text: str, published: str | None, precision: str | None
) -> None:
    check_time_expressions(text, published, precision)
