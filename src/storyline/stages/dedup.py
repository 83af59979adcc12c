"""Dedup: link exact and near-duplicate articles to the first copy seen.

Copies are kept and linked through ``duplicate_of``, never dropped: a
syndicated article is still evidence of which outlets carried the story
(stages that count outlets fold ``duplicate_of`` and count each once).

- **Exact**: the same normalised body (``Article.body_hash``).
- **Near**: MinHash signatures (datasketch) of word 5-shingles, with
  locality-sensitive hashing into bands. Each stored article keeps its
  signature and band keys in the store (migration 0002), so a new article
  looks up only the articles that share a band with it: the cost per
  article does not grow with the corpus. Candidates are then checked on
  the signatures' estimated Jaccard similarity and containment.

``duplicate_of`` always points at an original (an article that is not
itself a copy), the earliest one stored; within a batch, earlier batch
articles come before later ones.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

import numpy as np

from storyline.records import Article

#: Words per shingle. Five words rarely repeat by chance between two articles
#: written separately about the same event, yet one edited word breaks only
#: five shingles.
SHINGLE_WORDS = 5
#: Permutations per signature: the Jaccard estimate's standard error is about
#: sqrt(J(1-J)/128) ≈ 0.04 around the thresholds below.
NUM_PERM = 128
#: Near-copy when the estimated Jaccard similarity of the shingle sets is at
#: least this. Why 0.5: a copy with furniture lines added or a dozen words
#: edited keeps J well above it, while no two distinct articles on one event
#: in the ECB+/BASIL dev sets reach it (0 false positives in the
#: near-duplicate benchmark, docs/benchmarks.md); 0.5 leaves room on both
#: sides for the estimate's noise.
NEAR_JACCARD = 0.5
#: Or when most of the smaller article is inside the larger one (a copy cut
#: short, or a wire story with an extra paragraph): estimated containment of
#: the smaller shingle set in the larger at least this, with Jaccard at least
#: LSH_THRESHOLD (a 40% truncation has J = 0.4, containment 1.0).
NEAR_CONTAINMENT = 0.8
#: The LSH bands are tuned to retrieve pairs from this Jaccard up; anything
#: lower is never a candidate. It is below NEAR_JACCARD so truncated copies
#: are still found and then confirmed by containment.
LSH_THRESHOLD = 0.3
#: Articles with fewer shingles than this are matched exactly only: in a
#: short text a handful of common phrases would decide.
MIN_SHINGLES = 20


@cache
def lsh_bands() -> tuple[int, int]:
    """(bands, rows per band) of the LSH keys: datasketch's choice for LSH_THRESHOLD,
    with false positives and false negatives weighted alike. datasketch is imported
    here and in :func:`_signature_of_text`, not at module level: it pulls in scipy
    (half a second), which commands that never dedup (``--help``, ``export``) skip."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(LSH_THRESHOLD, NUM_PERM, 0.5, 0.5)


WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    """An article's MinHash signature, its shingle count and its LSH band keys."""

    hashvalues: np.ndarray  # uint64, NUM_PERM values
    n_shingles: int

    @property
    def bands(self) -> list[int]:
        """One signed 64-bit key per band (SQLite integers are signed)."""
        out = []
        bands, rows = lsh_bands()
        for b in range(bands):
            chunk = self.hashvalues[b * rows : (b + 1) * rows].tobytes()
            key = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big")
            out.append(key - (1 << 63))
        return out

    def to_blob(self) -> bytes:
        return self.hashvalues.astype("<u8").tobytes()

    @classmethod
    def from_blob(cls, blob: bytes, n_shingles: int) -> Signature:
        return cls(np.frombuffer(blob, dtype="<u8").astype(np.uint64), n_shingles)


def shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


@lru_cache(maxsize=512)
def _signature_of_text(text: str) -> Signature:
    from datasketch import MinHash

    grams = shingles(text)
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(sorted(grams))
    return Signature(mh.hashvalues.copy(), len(grams))


def signature(article: Article) -> Signature:
    """The article body's MinHash signature (cached: dedup and storing both ask)."""
    return _signature_of_text(article.body)


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """Estimated (Jaccard, containment of the smaller in the larger)."""
    jaccard = float(np.count_nonzero(a.hashvalues == b.hashvalues)) / NUM_PERM
    small = min(a.n_shingles, b.n_shingles)
    if not small:
        return jaccard, 0.0
    # |A ∩ B| = J (|A| + |B|) / (1 + J)
    common = jaccard * (a.n_shingles + b.n_shingles) / (1 + jaccard)
    return jaccard, min(1.0, common / small)


def is_near_copy(a: Signature, b: Signature) -> bool:
    if min(a.n_shingles, b.n_shingles) < MIN_SHINGLES:
        return False
    jaccard, containment = similarity(a, b)
    return jaccard >= NEAR_JACCARD or (jaccard >= LSH_THRESHOLD and containment >= NEAR_CONTAINMENT)


class DuplicateView(Protocol):
    def article_by_body_hash(self, body_hash: str) -> str | None: ...
    def near_duplicate_candidates(self, band_keys: list[int]) -> list[str]: ...
    def minhash_signatures(
        self, article_ids: list[str]
    ) -> dict[str, tuple[bytes, int, str | None]]: ...


def link_duplicates(batch: list[Article], view: DuplicateView) -> list[Article]:
    """Set ``duplicate_of`` for articles already stored, or earlier in the batch, as copies."""
    first_in_batch: dict[str, str] = {}
    # The batch's own originals, as an in-memory LSH: band key -> article ids.
    batch_bands: dict[tuple[int, int], list[str]] = {}
    batch_sigs: dict[str, Signature] = {}
    for article in batch:
        original = view.article_by_body_hash(article.body_hash) or first_in_batch.get(
            article.body_hash
        )
        if original is None:
            original = _near_original(article, view, batch_bands, batch_sigs)
        if original is not None and original != article.id:
            article.duplicate_of = original
            continue
        first_in_batch.setdefault(article.body_hash, article.id)
        sig = signature(article)
        if sig.n_shingles >= MIN_SHINGLES:
            batch_sigs[article.id] = sig
            for band, key in enumerate(sig.bands):
                batch_bands.setdefault((band, key), []).append(article.id)
    return batch


def _near_original(
    article: Article,
    view: DuplicateView,
    batch_bands: dict[tuple[int, int], list[str]],
    batch_sigs: dict[str, Signature],
) -> str | None:
    sig = signature(article)
    if sig.n_shingles < MIN_SHINGLES:
        return None
    keys = sig.bands
    # Stored articles first (they came first), in the order they were stored.
    stored = view.minhash_signatures(view.near_duplicate_candidates(keys))
    for aid, (blob, n, duplicate_of) in stored.items():
        if aid != article.id and is_near_copy(sig, Signature.from_blob(blob, n)):
            return duplicate_of or aid
    seen: set[str] = set()
    for band, key in enumerate(keys):
        for aid in batch_bands.get((band, key), []):
            if aid not in seen:
                seen.add(aid)
    for aid in sorted(seen, key=list(batch_sigs).index):
        if is_near_copy(sig, batch_sigs[aid]):
            return aid
    return None
