"""quotes.yaml loads, validates, and takes a user's additions."""

from __future__ import annotations

import pytest

from accord.errors import DataFileError
from accord.nlp.lexicon import read_data_file
from accord.nlp.quotes.knowledge import load_knowledge


@pytest.fixture
def fresh_knowledge():
    load_knowledge.cache_clear()
    read_data_file.cache_clear()
    yield load_knowledge
    load_knowledge.cache_clear()
    read_data_file.cache_clear()


def test_bundled_file_has_cues_phrases_and_pronouns(fresh_knowledge) -> None:
    knowledge = fresh_knowledge()
    assert {"say", "state", "add", "tell", "warn", "insist"} <= knowledge.cue_verbs
    assert ("according", "to") in knowledge.source_phrases
    assert {"he", "she"} <= knowledge.speaker_pronouns
    assert "official" in knowledge.speaker_nouns


def test_user_file_adds_cue_verbs(fresh_knowledge, tmp_path, monkeypatch) -> None:
    (tmp_path / "quotes.yaml").write_text(
        "version: 1\ndescription: local cues\ncue_verbs: [grumble]\n", encoding="utf-8"
    )
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path))
    knowledge = fresh_knowledge()
    assert {"grumble", "say"} <= knowledge.cue_verbs


def test_a_bad_entry_names_the_file_and_key(fresh_knowledge, tmp_path, monkeypatch) -> None:
    (tmp_path / "quotes.yaml").write_text(
        "version: 1\ndescription: bad\ncue_verbs: [say, 3]\n", encoding="utf-8"
    )
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path))
    with pytest.raises(DataFileError, match=r"cue_verbs\[1\]"):
        fresh_knowledge()
