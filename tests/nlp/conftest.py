"""Fixtures of the NLP tests: the events of a text as comparable tuples."""

from __future__ import annotations

from collections.abc import Callable

import pytest


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
