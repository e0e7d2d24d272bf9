"""Fixtures of the NLP tests: the events of a text as comparable tuples, and a user data
folder for the event knowledge files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from accord.nlp.events.codebook import load_codebook
from accord.nlp.events.patterns import load_lexicon
from accord.nlp.lexicon import USER_DATA_ENV, read_data_file


@pytest.fixture
def coded(annotate) -> Callable[..., set[tuple]]:
    """(cameo, source, target, modality) of every event the full pipeline finds in a text."""

    def run(text: str, date: str = "2023-06-12") -> set[tuple]:
        events = annotate(text, date).annotations.events
        return {
            (e.cameo, e.source.code, e.target.code if e.target else None, e.modality)
            for e in events
        }

    return run


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A user data folder for the codebook and patterns; their caches are emptied around it."""
    monkeypatch.setenv(USER_DATA_ENV, str(tmp_path))
    _clear_event_knowledge()
    yield tmp_path
    monkeypatch.delenv(USER_DATA_ENV)
    _clear_event_knowledge()


def _clear_event_knowledge() -> None:
    load_codebook.cache_clear()
    load_lexicon.cache_clear()
    read_data_file.cache_clear()
