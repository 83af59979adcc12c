"""Shared fixtures.

Tests that read ``../shared`` (the seeds and benchmark data beside the repo)
skip where it is absent, as in a user's clone, but fail when ``CI=true``:
CI always has it, so a skip there would hide a broken test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


def require_shared(*parts: str) -> Path:
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing, and CI always has ../shared")
        pytest.skip(f"{path} not present (it lives beside the repo, not in it)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder (seeds and benchmark data)."""
    return require_shared()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return require_shared("seeds")
