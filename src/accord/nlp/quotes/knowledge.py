"""``quotes.yaml``: cue verbs, source phrases, speaker pronouns and role nouns.

Read and validated on first use; a bad entry raises ``DataFileError`` naming the file and the
key. User files under ``ACCORD_DATA_DIR`` add words to the bundled lists.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.errors import DataFileError
from accord.nlp.lexicon import data_files, read_data_file

FILE_NAME = "quotes.yaml"
LIST_KEYS = (
    "cue_verbs",
    "source_phrases",
    "speaker_pronouns",
    "group_pronouns",
    "speaker_nouns",
    "byline_dashes",
)


@dataclass(frozen=True)
class QuotesKnowledge:
    cue_verbs: frozenset[str]  # lemmas, lower case
    source_phrases: tuple[tuple[str, ...], ...]  # "according to" -> ("according", "to")
    speaker_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    speaker_nouns: frozenset[str]
    byline_dashes: frozenset[str]
    version: str

    @property
    def pronouns(self) -> frozenset[str]:
        return self.speaker_pronouns | self.group_pronouns


@functools.cache
def load_knowledge() -> QuotesKnowledge:
    """Every ``quotes.yaml`` in use (bundled, then the user's), merged and validated."""
    words: dict[str, set[str]] = {key: set() for key in LIST_KEYS}
    versions = []
    for path in data_files(FILE_NAME):
        document = read_data_file(path)
        versions.append(str(document["version"]))
        for key in LIST_KEYS:
            words[key].update(_word_list(path, key, document))
    if not words["cue_verbs"]:
        raise DataFileError(FILE_NAME, "'cue_verbs' is empty: no quote could ever be attributed")
    phrases = tuple(sorted((tuple(p.split()) for p in words["source_phrases"]), key=len))
    return QuotesKnowledge(
        cue_verbs=frozenset(words["cue_verbs"]),
        source_phrases=tuple(reversed(phrases)),  # longest first
        speaker_pronouns=frozenset(words["speaker_pronouns"]),
        group_pronouns=frozenset(words["group_pronouns"]),
        speaker_nouns=frozenset(words["speaker_nouns"]),
        byline_dashes=frozenset(words["byline_dashes"]),
        version="+".join(versions),
    )


def _word_list(path: Path, key: str, document: dict[str, Any]) -> list[str]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise DataFileError(str(path), f"'{key}' must be a list of words")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise DataFileError(str(path), f"{key}[{index}] must be a non-empty string")
    return [item.strip().lower() for item in value]
