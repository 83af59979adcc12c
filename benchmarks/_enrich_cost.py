"""Cost of the enrich stage beside spaCy's own `nlp.pipe` on the same text.

Both sides use both cores the same way: one pool of two worker processes,
the model loaded in each before the clock starts, the same batches of
texts. One side runs `nlp.pipe` over a batch and drops the docs; the other
runs `enrich_articles` over the same batch (its own `nlp.pipe` pass plus
everything enrich adds). Words are whitespace-separated tokens.
"""

from __future__ import annotations

import copy
import time
from concurrent.futures import ProcessPoolExecutor

from storyline.records import Article
from storyline.stages.enrich import enrich_articles
from storyline.stages.enrich.nlp import PIPE_BATCH_SIZE, load_nlp

PROCESSES = 2
ROUNDS = 3


def _warm(texts: list[str]) -> int:
    # Load the model and parse a batch once: first-call set-up is nobody's cost.
    n = sum(len(doc) for doc in load_nlp().pipe(texts))
    time.sleep(0.5)  # keep this worker busy so the other one warms too
    return n


def _pipe_chunk(texts: list[str]) -> int:
    return sum(len(doc) for doc in load_nlp().pipe(texts, batch_size=PIPE_BATCH_SIZE))


def _enrich_chunk(articles: list[Article]) -> int:
    enrich_articles(articles)
    return sum(len(a.quotes) for a in articles)


def words_per_second(articles: list[Article]) -> tuple[float, float]:
    """(spaCy nlp.pipe words/s, enrich_articles words/s), both on PROCESSES cores."""
    words = sum(len(a.body.split()) for a in articles)
    chunks = [articles[i : i + PIPE_BATCH_SIZE] for i in range(0, len(articles), PIPE_BATCH_SIZE)]
    with ProcessPoolExecutor(PROCESSES) as pool:
        list(pool.map(_warm, [[a.body for a in chunks[0]]] * PROCESSES))
        spacy_wps = enrich_wps = 0.0
        for _ in range(ROUNDS):  # best of ROUNDS, alternating, for each side
            start = time.perf_counter()
            list(pool.map(_pipe_chunk, [[a.body for a in c] for c in chunks]))
            spacy_wps = max(spacy_wps, words / (time.perf_counter() - start))
            start = time.perf_counter()
            list(pool.map(_enrich_chunk, [copy.deepcopy(c) for c in chunks]))
            enrich_wps = max(enrich_wps, words / (time.perf_counter() - start))
    return spacy_wps, enrich_wps
