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


class FakeAnnotator:
    """Stands in for the spaCy pipeline: the sample annotations for the sample text, nothing
    for other texts, and an error for a text containing BOOM."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen

    def annotate(self, articles):
        return [self.annotate_one(a) for a in articles]

    def annotate_one(self, article):
        self.seen.append(article.id)
        if "BOOM" in article.text:
            raise RuntimeError("component crashed")
        sample = annotated()
        notes = sample.annotations if article.text == sample.article.text else Annotations()
        return AnnotatedArticle(article, notes)


@pytest.fixture
def fake_nlp(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run ingest and recode on ``FakeAnnotator``; returns the ids it was asked to annotate
    (each once per attempt), so tests can see what was skipped before NLP."""
    seen: list[str] = []
    monkeypatch.setattr(service._LazyAnnotator, "_pipeline", lambda self: FakeAnnotator(seen))
    return seen
