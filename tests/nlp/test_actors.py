"""The accord_actors component on the acceptance sample and on wire-style sentences."""

from __future__ import annotations

import itertools
import re

import pytest
import yaml

from accord.models import ActorMention

ACCEPTANCE = "2023-06-12-russia-pakistan-oil.expected.yaml"


def actors(annotate, text: str, date: str = "2023-06-12") -> list[ActorMention]:
    found = list(annotate(text, date).annotations.actors)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return found


def coded(annotate, text: str, date: str = "2023-06-12") -> dict[str, tuple]:
    """Mention text -> (code, person, kind) for every mention but group ones."""
    return {
        m.text: (m.code, m.person, m.kind)
        for m in actors(annotate, text, date)
        if m.kind != "group"
    }


@pytest.fixture(scope="module")
def sample(annotate, sample_path):
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", sample_path.read_text(encoding="utf-8"))
    return actors(annotate, text, "2023-06-12")


def test_sample_yields_every_expected_actor(sample, sample_path):
    expected_file = sample_path.parents[2] / "tests" / "acceptance" / ACCEPTANCE
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))["actors"]
    for item in expected:
        codes = item["code"] if isinstance(item["code"], list) else [item["code"]]
        found = [m for m in sample if m.text == item["mention"]]
        assert found, f"{item['mention']!r} not found"
        assert {m.code for m in found} & set(codes), (item, found)
        if "person" in item:
            assert any(m.person == item["person"] for m in found), (item, found)
    two_nations = {m.code for m in sample if m.text == "the two nations"}
    assert two_nations == {"RUS", "PAK"}


def test_sample_mentions_are_explained_and_do_not_overlap(sample):
    singles = [m for m in sample if m.kind != "group"]
    for before, after in itertools.pairwise(singles):
        assert before.end <= after.start
    assert all(m.rule for m in sample)
    lavrov = next(m for m in sample if m.text == "Russian Foreign Minister Sergei Lavrov")
    assert lavrov.rule == "people.yaml#Sergei Lavrov"
    assert (lavrov.country, lavrov.sector, lavrov.kind) == ("RUS", "GOV", "person")
    minister = next(m for m in sample if m.text == "the Russian foreign minister")
    assert (minister.code, minister.person, minister.kind) == ("RUSGOV", "Sergei Lavrov", "role")
    alone = next(m for m in sample if m.text == "Lavrov")
    assert (alone.code, alone.person) == ("RUSGOV", "Sergei Lavrov")
    assert not [m for m in sample if "Steel Mills" in m.text or m.text == "Karachi"]


def test_compound_people_and_unknown_holders(annotate):
    found = coded(
        annotate,
        "Pakistani Foreign Minister Bilawal Bhutto Zardari met UN Secretary-General "
        "António Guterres in New York on Tuesday.",
        "2022-09-20",
    )
    assert found["Pakistani Foreign Minister Bilawal Bhutto Zardari"][:2] == (
        "PAKGOV",
        "Bilawal Bhutto Zardari",
    )
    assert found["UN Secretary-General António Guterres"][:2] == ("IGOUNO", "António Guterres")
    found = coded(annotate, "Kenyan Foreign Minister Alfred Mutua said talks would resume.")
    assert found["Kenyan Foreign Minister Alfred Mutua"] == ("KENGOV", "Alfred Mutua", "person")


def test_country_roles(annotate):
    found = coded(
        annotate,
        "Russian troops shelled the town as Indian police detained demonstrators. Pakistan's "
        "army said the Iranian government had been told, and the Pakistani people were calm.",
    )
    assert found["Russian troops"][0] == "RUSMIL"
    assert found["Indian police"][0] == "INDCOP"
    assert found["Pakistan's army"][0] == "PAKMIL"
    assert found["the Iranian government"][0] == "IRNGOV"
    assert found["the Pakistani people"][0] == "PAKCVL"
    assert found["demonstrators"] == ("CVL", None, "role")


def test_people_are_coded_by_their_office_on_the_article_date(annotate):
    found = coded(
        annotate, "Prime Minister Boris Johnson spoke to President Joe Biden.", "2021-06-01"
    )
    assert found["Prime Minister Boris Johnson"][:2] == ("GBRGOV", "Boris Johnson")
    assert found["President Joe Biden"][:2] == ("USAGOV", "Joe Biden")
    later = coded(annotate, "Johnson said the party must change course.", "2024-03-01")
    assert later["Johnson"] == ("GBR", "Boris Johnson", "person")
    wire_1987 = coded(annotate, "Vice President Bush and Gorbachev spoke.", "1987-03-01")
    assert wire_1987["Vice President Bush"][:2] == ("USAGOV", "George H. W. Bush")
    assert wire_1987["Gorbachev"][:2] == ("USRGOV", "Mikhail Gorbachev")
    former = coded(annotate, "The former Pakistani prime minister Imran Khan was arrested.")
    assert former["The former Pakistani prime minister Imran Khan"][0] == "PAK"


def test_capitals_metonyms_and_organisations(annotate):
    found = coded(
        annotate,
        "Washington and Beijing traded accusations while the Kremlin and NATO stayed silent. "
        "The Pentagon said the EU and OPEC were consulted. Talks will be held in Moscow.",
    )
    assert found["Washington"][0] == "USA"
    assert found["Beijing"][0] == "CHN"
    assert found["the Kremlin"][0] == "RUSGOV"
    assert found["The Pentagon"][0] == "USAMIL"
    assert found["NATO"] == ("IGOWSTNAT", None, "organisation")
    assert found["the EU"][0] == "IGOEUREEC"
    assert found["OPEC"][0] == "IGOBUSOPC"
    assert "Moscow" not in found
    soviet = coded(annotate, "Moscow rejected the proposal.", "1987-05-01")
    assert soviet["Moscow"][0] == "USR"


def test_groups_take_the_last_two_countries(annotate):
    mentions = actors(
        annotate, "India and China met; later Japan and South Korea said both sides would talk."
    )
    group = sorted(m.code for m in mentions if m.kind == "group")
    assert group == ["JPN", "KOR"]
    assert {m.rule for m in mentions if m.kind == "group"} == {"coref#group"}
    assert not [m for m in actors(annotate, "Both sides agreed.") if m.kind == "group"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Jordan Peterson said the trip would help us.", {"Jordan", "us"}),
        ("He bought a turkey and some china in Georgia.", {"turkey", "china"}),
        ("Pakistan Steel Mills reported a loss.", {"Pakistan"}),
        (
            "Kevin Johnson said shares of Phelps Dodge Corp rose, company officials said.",
            {"Johnson"},
        ),
        ("Shares on the Tokyo market rose as company profits grew.", {"Tokyo", "company"}),
        ("He was taken to hospital and had his day in court.", {"hospital", "court"}),
        (
            "Accords reached in Paris and Washington held at company-owned hotels.",
            {"Washington", "company"},
        ),
        (
            "Chairman Smith and President James F. Will of Cyclops Corp resigned.",
            {"President James F. Will"},
        ),
    ],
)
def test_ambiguous_words_are_not_actors(annotate, text, absent):
    found = {m.text for m in actors(annotate, text, "2023-06-12")}
    assert not found & absent, found


def test_line_breaks_do_not_split_names(annotate):
    found = coded(
        annotate, "The United\nStates and Treasury Secretary\nJames Baker agreed.", "1987-03-01"
    )
    assert found["United\nStates"][0] == "USA"
    assert found["Treasury Secretary\nJames Baker"][:2] == ("USAGOV", "James Baker")


def test_leaders_of_organisations_and_groups(annotate):
    found = {
        m.text: m
        for m in actors(
            annotate,
            "Hamas leader Yahya Sinwar rejected the plan, Kremlin spokesman Dmitry Peskov said.",
            "2023-10-20",
        )
    }
    sinwar = found["Hamas leader Yahya Sinwar"]
    assert (sinwar.code, sinwar.country, sinwar.sector) == ("PSEHMS", "PSE", "REB")
    assert found["Kremlin spokesman Dmitry Peskov"].code == "RUSGOV"


def test_governments_named_after_their_leader(annotate):
    found = coded(
        annotate, "The Obama administration and Putin's government disagreed.", "2016-10-01"
    )
    assert found["The Obama administration"] == ("USAGOV", None, "role")
    assert found["Putin's government"] == ("RUSGOV", None, "role")
    assert coded(annotate, "Trump said he would win.", "2016-10-01")["Trump"][:2] == (
        "USA",
        "Donald Trump",
    )
    assert "Bennett" not in coded(annotate, "Bennett said prices would rise.", "1987-03-01")


def test_spokesmen_need_someone_to_speak_for(annotate):
    found = coded(
        annotate,
        "A spokesman for the Foreign Ministry declined comment. The deal closed, the spokesman "
        "said, and a company spokesman confirmed it.",
    )
    assert found["spokesman for the Foreign Ministry"][0] == "GOV"
    assert found["company spokesman"][0] == "BUS"
    assert "the spokesman" not in found
