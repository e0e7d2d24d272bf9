"""Fixtures shared by the whole suite: one loaded pipeline, the bundled sample, ../shared."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "data" / "samples" / "2023-06-12-russia-pakistan-oil.txt"


@pytest.fixture(scope="session")
def nlp():
    """The full Accord pipeline on the default model, loaded once per test session."""
    from accord.nlp.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def annotate(nlp):
    """Annotate a text as an article published on ``date`` (default 2023-06-12)."""
    from accord.models import Article
    from accord.nlp.pipeline import Annotator

    annotator = Annotator(nlp)

    def run(text: str, date: dt.date | str = "2023-06-12"):
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        return annotator.annotate_one(Article(id="test", date=date, text=text))

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (third-party development data); tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: development corpora are not part of the project")
    return SHARED


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE
