"""The CAMEO codebook and the pattern files: complete, consistent, validated at load."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import DataFileError
from accord.nlp.events.codebook import PLOVER_TYPES, load_codebook, quad_class_of
from accord.nlp.events.patterns import load_lexicon
from accord.nlp.lexicon import read_data_file


def test_codebook_has_every_root_and_the_detailed_codes():
    codebook = load_codebook()
    assert codebook.roots() == [f"{n:02d}" for n in range(1, 21)]
    assert len(codebook) >= 300
    for code in ("0311", "0874", "1121", "1384", "1823", "2042"):
        assert code in codebook


def test_entries_follow_the_cameo_conventions():
    for code in load_codebook().codes():
        entry = load_codebook()[code]
        assert entry.root == code[:2]
        assert entry.quad_class == quad_class_of(entry.root)
        assert -10 <= entry.goldstein <= 10
        assert entry.plover is None or entry.plover in PLOVER_TYPES
        assert entry.name


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [
        ("010", 0.0, 1, None),
        ("036", 4.0, 1, "AGREE"),
        ("057", 8.0, 1, "AGREE"),
        ("073", 7.4, 2, "AID"),
        ("0874", 10.0, 2, "RETREAT"),
        ("112", -2.0, 3, "ACCUSE"),
        ("163", -8.0, 4, "SANCTION"),
        ("173", -5.0, 4, "COERCE"),
        ("191", -9.5, 4, "COERCE"),
        ("195", -10.0, 4, "ASSAULT"),
    ],
)
def test_known_values(code, goldstein, quad, plover):
    entry = load_codebook()[code]
    assert (entry.goldstein, entry.quad_class, entry.plover) == (goldstein, quad, plover)


def test_patterns_cover_all_twenty_roots_with_known_codes():
    lexicon = load_lexicon()
    codebook = load_codebook()
    patterns = {p for ps in (*lexicon.verbs.values(), *lexicon.nouns.values()) for p in ps}
    codes = {p.code for p in patterns if p.code is not None}
    assert codes <= set(codebook.codes())
    assert {code[:2] for code in codes} == set(codebook.roots())


def test_a_wrong_quad_class_names_the_file_and_the_root(user_dir: Path):
    (user_dir / "cameo.yaml").write_text(
        'version: "1"\ndescription: test\nroots:\n'
        '  "19": {name: Fight, quad_class: 2, goldstein: -10.0, plover: ASSAULT}\n'
    )
    with pytest.raises(DataFileError, match=r"cameo\.yaml.*root '19'.*quad_class must be 4"):
        load_codebook()


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('"0571": {name: Sign, goldstein: 11}', "goldstein must be a number"),
        ('"0572": {name: Sign, goldstein: 8.0, plover: AGREEMENT}', "plover 'AGREEMENT'"),
        ('"57": {name: Sign, goldstein: 8.0}', "3 or 4 digits"),
    ],
)
def test_bad_codes_are_rejected_at_load(user_dir: Path, entry: str, problem: str):
    (user_dir / "cameo.yaml").write_text(f'version: "1"\ndescription: test\ncodes:\n  {entry}\n')
    with pytest.raises(DataFileError, match=problem):
        load_codebook()


def test_a_pattern_with_an_unknown_code_or_key_is_rejected(user_dir: Path):
    (user_dir / "verbs.yaml").write_text(
        'version: "1"\ndescription: test\nverbs:\n  - {id: snub, verb: snub, code: "999"}\n'
    )
    with pytest.raises(DataFileError, match=r"pattern 'snub': code '999'"):
        load_lexicon()
    (user_dir / "verbs.yaml").write_text(
        'version: "1"\ndescription: test\nverbs:\n  - {id: snub, verb: snub, cod: "120"}\n'
    )
    load_lexicon.cache_clear()
    read_data_file.cache_clear()
    with pytest.raises(DataFileError, match="unknown keys"):
        load_lexicon()


def test_a_user_pattern_is_added_without_touching_code(user_dir: Path):
    (user_dir / "verbs.yaml").write_text(
        'version: "1"\ndescription: test\nverbs:\n'
        '  - {id: snub, verb: snub, code: "120", require_target: true}\n'
    )
    patterns = load_lexicon().verbs["snub"]
    assert [(p.id, p.code, p.rule) for p in patterns] == [("snub", "120", "verbs.yaml#snub")]
    assert "sign" in load_lexicon().verbs  # the bundled patterns are still there
