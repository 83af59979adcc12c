"""storyline: turn a pile of scraped news into stories a person can trust.

The Python API mirrors the CLI: :func:`analyze`, :func:`export`, :func:`run`,
:func:`stories`, :func:`brief`, :func:`search` (see :mod:`storyline.api`).
They are loaded lazily so that importing a record type stays cheap.
"""

from typing import Any

__all__ = ["analyze", "brief", "export", "run", "search", "stories"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in __all__:
        from storyline import api

        return getattr(api, name)
    raise AttributeError(name)
