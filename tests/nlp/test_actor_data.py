"""The actor knowledge files load, validate and hold the facts the coder relies on."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from accord.errors import DataFileError
from accord.nlp.actors import people, tables
from accord.nlp.actors.lookup import (
    country_by_code,
    country_named,
    office_holder,
    organisation_by_code,
    person,
    person_role,
)
from accord.nlp.actors.surfaces import all_surfaces

D = dt.date.fromisoformat


def _clear_caches() -> None:
    for loader in (tables.role_table, tables.countries, tables.organisations, people.people):
        loader.cache_clear()
    people._by_name.cache_clear()
    all_surfaces.cache_clear()


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A user data folder read after the bundled files; caches are cleared around the test."""
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path))
    _clear_caches()
    yield tmp_path
    monkeypatch.delenv("ACCORD_DATA_DIR")
    _clear_caches()


def test_every_iso_country_and_the_historical_states_are_present():
    table = tables.countries()
    assert len(table) >= 249 + 4
    for code in (
        "USA",
        "RUS",
        "PAK",
        "CHN",
        "GBR",
        "FRA",
        "DEU",
        "IND",
        "BRA",
        "ZAF",
        "TUV",
        "ATA",
    ):
        assert code in table
    assert table["USR"].valid_to == D("1991-12-26")
    assert {"YUG", "CSK", "DDR"} <= set(table)


def test_country_names_adjectives_and_capitals():
    assert country_by_code("usa").name == "United States"
    assert "US" in country_by_code("USA").abbreviations
    assert country_named("Pakistani").code == "PAK"
    assert country_named("Soviet").code == "USR"
    assert country_named("Islamabad").code == "PAK"
    assert country_named("Moscow", D("1987-03-01")).code == "USR"
    assert country_named("Moscow", D("2023-06-12")).code == "RUS"
    assert ("Kremlin", "GOV") in country_by_code("RUS").metonyms


def test_organisations_have_cameo_codes():
    assert organisation_by_code("IGOUNO").name == "United Nations"
    assert "NATO" in organisation_by_code("IGOWSTNAT").abbreviations
    assert organisation_by_code("IGOBUSOPC").country is None
    assert organisation_by_code("PSEHMS").country == "PSE"


def test_people_are_resolved_on_the_article_date():
    assert person_role("Lavrov", D("2023-06-12")).code == "RUSGOV"
    assert person_role("Vladimir Putin", D("2010-01-01")).role == "prime minister"
    assert person_role("Putin", D("2023-06-12")).role == "president"
    assert person_role("Boris Johnson", D("2020-05-01")).code == "GBRGOV"
    assert person_role("Boris Johnson", D("2024-05-01")) is None
    assert person("Bush", D("1987-03-01")).name == "George H. W. Bush"
    assert person("Bush", D("2005-03-01")).name == "George W. Bush"
    assert person("Erdogan").name == "Recep Tayyip Erdoğan"


def test_office_holders():
    assert office_holder("RUS", "foreign minister", D("2023-06-12")).person == "Sergei Lavrov"
    assert office_holder("USA", "president", D("1987-03-01")).person == "Ronald Reagan"
    assert (
        office_holder("IGOUNO", "secretary-general", D("2023-01-01")).person == "António Guterres"
    )
    assert office_holder("GBR", "prime minister", D("2022-10-01")).person == "Liz Truss"


def test_no_office_has_two_holders_at_once():
    holders: dict[tuple[str, str], list[people.PersonRole]] = {}
    for someone in people.people():
        for held in someone.roles:
            holders.setdefault((held.country or held.code, held.role), []).append(held)
    # the EU has several leaders coded alike (Commission, Council, foreign policy chief)
    shared = {("IGOEUREEC", "secretary-general")}
    for (owner, role), terms in holders.items():
        if (owner, role) in shared or not tables.role_table().role(role).office:
            continue
        terms.sort(key=lambda r: r.start)
        for before, after in itertools.pairwise(terms):
            assert before.end is not None and before.end <= after.start, (
                owner,
                role,
                before,
                after,
            )


def test_user_files_add_entries(user_dir: Path):
    (user_dir / "people.yaml").write_text(
        "version: 1\ndescription: test\npeople:\n"
        "  - name: Jane Example\n    aliases: [Example]\n"
        "    roles: [{role: foreign minister, country: NZL, code: NZLGOV, from: 2030-01-01}]\n",
        encoding="utf-8",
    )
    assert person_role("Example", D("2031-01-01")).code == "NZLGOV"


@pytest.mark.parametrize(
    ("name", "body", "problem"),
    [
        ("roles.yaml", "roles:\n  - {role: hackers, sector: HAX}\n", "unknown sector 'HAX'"),
        (
            "people.yaml",
            "people:\n  - name: A B\n    roles: [{role: president, country: FRA, code: FRAGOV, "
            "from: March 2020}]\n",
            "'from' must be a date",
        ),
        (
            "people.yaml",
            "people:\n  - name: A B\n    roles: [{role: president, country: FRA, code: FRAGOV, "
            "from: 2020-13-01}]\n",
            "month must be in 1..12",
        ),
        (
            "people.yaml",
            "people:\n  - name: A B\n    roles: [{role: president, country: FRA, code: FRAGOV, "
            "from: 2020-01-01, to: 2019-01-01}]\n",
            "must be after 'from'",
        ),
        (
            "countries.yaml",
            "countries:\n  - {code: XXA, name: Atlantis, aliases: [Pakistan]}\n",
            "names both",
        ),
        ("countries.yaml", "countries:\n  - {name: Nowhere}\n", "'code' is required"),
        (
            "organisations.yaml",
            "organisations:\n  - {code: ABC, name: X, country: ZZZ}\n",
            "unknown country",
        ),
    ],
)
def test_bad_entries_are_refused_with_file_and_entry(user_dir: Path, name, body, problem):
    (user_dir / name).write_text("version: 1\ndescription: test\n" + body, encoding="utf-8")
    loaders = {
        "roles.yaml": tables.role_table,
        "people.yaml": people.people,
        "countries.yaml": tables.countries,
        "organisations.yaml": tables.organisations,
    }
    with pytest.raises(DataFileError) as error:
        loaders[name]()
    assert problem in str(error.value)
    assert str(user_dir / name) in str(error.value) or name in str(error.value)
