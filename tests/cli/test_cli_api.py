"""The public library API: ``accord.open_store``, ``accord.extract``, ``accord.ingest_files``."""

from __future__ import annotations

import json
import subprocess
import sys

from store_samples import TEXT

import accord
from accord import service
from accord.store import queries


def test_importing_accord_loads_neither_duckdb_nor_spacy():
    code = "import sys, accord; print(sorted({'duckdb', 'spacy', 'pyarrow'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_cli_starts_without_spacy():
    code = "import sys, accord.cli; print('spacy' in sys.modules, 'pyarrow' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False False"


def test_service_default_model_is_the_pipelines():
    from accord.nlp.pipeline import DEFAULT_MODEL

    assert service.DEFAULT_MODEL == DEFAULT_MODEL


def test_ingest_files_then_query_through_open_store(tmp_path, fake_nlp):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x1", "date": "2023-06-12", "text": TEXT}) + "\n")
    db = tmp_path / "api.duckdb"
    result = accord.ingest_files([source], db)
    assert (result.articles, result.events) == (1, 2)
    with accord.open_store(db, read_only=True) as store:
        stored = queries.article(store, "x1")
    assert stored is not None
    assert stored.annotated.article.text == TEXT
    assert [e.cameo for e in stored.annotated.annotations.events] == ["057", "0711"]
