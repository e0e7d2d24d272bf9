"""CLI fixtures: a runner, a database holding the sample annotations, a fast fake annotator."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

# The sample records live beside the store tests; both suites use the same ones.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_samples import annotated

from accord import service
from accord.models import AnnotatedArticle, Annotations
from accord.store import Batch, open_store


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database file with two sample articles (a1, a2), each with two events."""
    path = str(tmp_path / "cli.duckdb")
    with open_store(path) as store:
        run_id = store.start_run("ingest", "[]", model="m", lexicon="lex@1")
        items = [(annotated("a1"), "annotated"), (annotated("a2"), "annotated")]
        store.write_batch(Batch(run_id, "lex@1", items))
        store.finish_run(run_id)
    return path


@pytest.fixture
def fake_nlp(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the spaCy pipeline in ingest/recode by one that annotates each article with
    the sample annotations when its text is the sample text, else with nothing; returns the
    ids it was asked to annotate, so tests can see what was skipped before NLP."""
    seen: list[str] = []

    def annotate(self, articles):
        seen.extend(a.id for a in articles)
        sample = annotated()
        return [
            AnnotatedArticle(
                a, sample.annotations if a.text == sample.article.text else Annotations()
            )
            for a in articles
        ]

    monkeypatch.setattr(service._LazyAnnotator, "annotate", annotate)
    return seen
