"""Actor mentions: sectors from role words, roles shared by coordinated countries, people of a
place, cities that say whose a role is, dated people and groups, and facilities."""

from __future__ import annotations

import pytest

from accord.models import ActorMention


def actors(annotate, text: str, date: str = "2023-06-12") -> list[ActorMention]:
    found = list(annotate(text, date).annotations.actors)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return found


def codes(annotate, text: str, date: str = "2023-06-12") -> dict[str, set[str]]:
    """Mention text -> the codes of every mention on that span."""
    found: dict[str, set[str]] = {}
    for mention in actors(annotate, text, date):
        found.setdefault(mention.text, set()).add(mention.code)
    return found


def test_government_before_an_armed_role_only_says_whose(annotate):
    found = codes(
        annotate, "Sudanese government troops shelled the town as government aircraft flew."
    )
    assert found["Sudanese government troops"] == {"SDNMIL"}
    assert found["government aircraft"] == {"MIL"}
    assert codes(annotate, "Kenyan government officials said talks resumed.")[
        "Kenyan government officials"
    ] == {"KENGOV"}


def test_military_craft_need_an_owner(annotate):
    found = codes(annotate, "Israeli drones hit a car and two Turkish warships sailed north.")
    assert found["Israeli drones"] == {"ISRMIL"}
    assert found["Turkish warships"] == {"TURMIL"}
    plain = codes(annotate, "The aircraft landed safely after the planes were refuelled.")
    assert not {"aircraft", "planes", "The aircraft", "the planes"} & set(plain)


def test_roles_of_coordinated_countries(annotate):
    found = codes(
        annotate, "The foreign ministers of Egypt, Jordan and Iraq met in Cairo on Sunday."
    )
    assert found["The foreign ministers of Egypt, Jordan and Iraq"] == {
        "EGYGOV",
        "JORGOV",
        "IRQGOV",
    }
    found = codes(annotate, "Chinese and Pakistani soldiers began joint drills on Monday.")
    assert found["Chinese and Pakistani soldiers"] == {"CHNMIL", "PAKMIL"}
    single = codes(annotate, "The president of Kenya and Uganda's army chief met.")
    assert single["The president of Kenya"] == {"KENGOV"}


def test_people_of_the_country_or_city_named_after_a_local_role(annotate):
    found = codes(annotate, "France accused Russia of arming rebels in Mali and Niger.")
    assert found["rebels in Mali and Niger"] == {"MLIREB", "NERREB"}
    found = codes(annotate, "Thousands of residents of Kharkiv fled as shells fell.")
    assert found["residents of Kharkiv"] == {"UKRCVL"}
    troops = codes(annotate, "Officials said troops in Mali were attacked.")
    assert "troops in Mali" not in troops and troops["troops"] == {"MIL"}


def test_a_city_before_a_role_gives_its_country(annotate):
    found = codes(annotate, "Protesters threw stones at a Chicago police station on Friday.")
    assert found["Chicago police station"] == {"USACOP"}
    ambiguous = codes(annotate, "Victoria police arrested two men on Friday.")
    assert not [t for t in ambiguous if "Victoria" in t]


def test_a_known_person_beside_a_role_holds_it(annotate):
    found = {
        m.text: m
        for m in actors(
            annotate,
            "Prosecutors questioned Istanbul's mayor, Ekrem Imamoglu, on Friday.",
            "2024-02-02",
        )
    }
    mayor = found["mayor, Ekrem Imamoglu"]
    assert (mayor.code, mayor.person) == ("TUROPP", "Ekrem İmamoğlu")


def test_people_are_told_apart_by_the_country_before_them(annotate):
    saudi = actors(annotate, "Saudi King Abdullah received the envoy.", "2010-05-01")
    jordan = actors(annotate, "Jordan's King Abdullah received the envoy.", "2010-05-01")
    assert [(m.code, m.person) for m in saudi if m.person] == [("SAUGOV", "Abdullah bin Abdulaziz")]
    assert [(m.code, m.person) for m in jordan if m.person] == [("JORGOV", "Abdullah II")]


def test_the_office_the_text_names_keeps_its_code_on_the_last_day(annotate):
    found = {
        m.text: m.code
        for m in actors(
            annotate,
            "Hamas mourned its political leader Ismail Haniyeh, killed in Tehran.",
            "2024-08-01",
        )
    }
    assert found["leader Ismail Haniyeh"] == "PSEHMS"
    found = {
        m.text: m.code
        for m in actors(annotate, "State Counsellor Aung San Suu Kyi was detained.", "2021-02-01")
    }
    assert found["State Counsellor Aung San Suu Kyi"] == "MMRGOV"


@pytest.mark.parametrize(("date", "code"), [("2020-02-29", "AFGTAL"), ("2022-05-07", "AFGGOV")])
def test_a_group_that_took_power_is_the_government(annotate, date, code):
    found = codes(annotate, "The Taliban ordered women to cover their faces.", date)
    assert found["The Taliban"] == {code}


def test_state_companies_and_armed_groups_stand_for_their_country(annotate):
    found = codes(
        annotate,
        "Gazprom halted supplies, Revolutionary Guards seized a tanker and the PKK "
        "claimed the attack.",
    )
    assert found["Gazprom"] == {"RUSBUS"}
    assert found["Revolutionary Guards"] == {"IRNMIL"}
    assert found["the PKK"] == {"TURREB"}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("India's foreign office summoned the envoy.", "India's foreign office", "INDGOV"),
        ("Iraq summoned the Turkish charge d'affaires.", "the Turkish charge d'affaires", "TURGOV"),
        ("Kenya's opposition alliance called a strike.", "Kenya's opposition alliance", "KENOPP"),
        ("Iran freed Iraqi prisoners of war.", "Iraqi prisoners of war", "IRQMIL"),
        ("A blast killed three British service members.", "British service members", "GBRMIL"),
        ("Gunmen seized 80 schoolgirls in the raid.", "schoolgirls", "EDU"),
        ("Iran arrested a French teacher.", "French teacher", "FRAEDU"),
        ("Two Russian hackers were charged.", "Russian hackers", "RUSCVL"),
        ("Guards beat detainees, the report said.", "detainees", "CVL"),
        ("The regime freed 30 political prisoners.", "political prisoners", "OPP"),
    ],
)
def test_role_words(annotate, text, mention, code):
    assert codes(annotate, text)[mention] == {code}


@pytest.mark.parametrize(
    "text",
    [
        "The National Bank raised its lending rate, company officials said.",
        "The Swiss National Bank left rates unchanged.",
        "The National Union of Mineworkers called a strike.",
    ],
)
def test_names_with_role_words_stay_out(annotate, text):
    found = codes(annotate, text, "1987-03-02")
    assert not [t for t, c in found.items() if "National" in t and c & {"CVL", "CHECVL"}]


def test_a_country_and_a_group_share_the_role_after_them(annotate):
    found = codes(annotate, "The court issued warrants for Israeli and Hezbollah commanders.")
    assert found["Israeli and Hezbollah commanders"] == {"ISRMIL", "LBNHZB"}


def test_a_known_group_beside_a_role_is_that_group(annotate):
    found = codes(
        annotate, "Police blamed a militant group, the Tamil Tigers, for the blast.", "1999-05-01"
    )
    assert found["militant group, the Tamil Tigers"] == {"LKAREB"}
    found = codes(annotate, "The FARC guerrilla group denied it.", "1999-05-01")
    assert found["The FARC guerrilla group"] == {"COLREB"}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Mali's junta expelled the envoy.", "Mali's junta", "MLIMIL"),
        (
            "Belarusian opposition candidate Ivan Petrov fled.",
            "Belarusian opposition candidate",
            "BLROPP",
        ),
        ("Bosnian Serb forces shelled Sarajevo again.", "Bosnian Serb forces", "BIHREB"),
        ("Chad's military rulers delayed the vote.", "Chad's military rulers", "TCDMIL"),
        ("He served in a Syrian army brigade.", "Syrian army brigade", "SYRMIL"),
        ("A Turkish state company built the bridge.", "Turkish state company", "TURBUS"),
        ("A Chinese military plane landed.", "Chinese military plane", "CHNMIL"),
        ("Police held a Japanese national.", "Japanese national", "JPNCVL"),
        ("Pakistan armed the mujahideen.", "the mujahideen", "REB"),
        ("Talks with the TPLF stalled.", "the TPLF", "ETHREB"),
        ("Israel left UNESCO.", "UNESCO", "IGOUNO"),
        ("Nazi Germany invaded Poland.", "Nazi Germany", "DEU"),
    ],
)
def test_more_role_words(annotate, text, mention, code):
    assert codes(annotate, text, "1994-06-01")[mention] == {code}


def test_facilities_stand_for_their_owner(annotate):
    found = codes(
        annotate,
        "Warplanes struck rebel positions near Idlib as crowds gathered outside the Iranian "
        "embassy and a bomb exploded at a U.S. base.",
    )
    assert found["rebel positions near Idlib"] == {"SYRREB"}
    assert found["the Iranian embassy"] == {"IRNGOV"}
    assert found["U.S. base"] == {"USAMIL"}
    found = codes(annotate, "A bomb exploded outside a police station, the embassy said.")
    assert found["police station"] == {"COP"}
    plain = codes(annotate, "The company's base in Texas grew as long positions rose.")
    assert not [c for found in plain.values() for c in found if c.endswith("MIL")]
    assert not [t for t in plain if "positions" in t]


def test_people_counted_by_number_are_civilians(annotate):
    found = codes(annotate, "Thousands of Senegalese marched as two Britons were freed.")
    assert found["Senegalese"] == {"SENCVL"}
    assert found["Britons"] == {"GBRCVL"}
    assert codes(annotate, "The Americans proposed a deal.")["Americans"] == {"USA"}


def test_communities_are_civilians_of_where_they_live(annotate):
    found = codes(annotate, "Militants attacked the Yazidis of Iraq, and Rohingya refugees fled.")
    assert found["the Yazidis of Iraq"] == {"IRQCVL"}
    assert found["Rohingya refugees"] == {"REF"}


def test_a_role_word_before_an_act_names_its_agent(annotate):
    found = codes(
        annotate,
        "Two men died in an Israeli drone strike after Sudan's military offensive began, and "
        "unions called a general strike.",
    )
    assert found["Israeli drone"] == {"ISRMIL"}
    assert found["Sudan's military"] == {"SDNMIL"}
    assert not [t for t in found if "general" in t]
    assert "military" not in codes(annotate, "Congress approved military aid for Israel.")


def test_a_government_in_a_capital_is_that_country_s(annotate):
    found = codes(annotate, "Turkey signed a deal with the authorities in Damascus.")
    assert found["the authorities in Damascus"] == {"SYRGOV"}
    found = codes(annotate, "U.S. officials in Moscow met Russian officials.")
    assert found["U.S. officials"] == {"USAGOV"}
    assert "Moscow" not in found


def test_people_of_a_local_role_or_police_in_a_capital(annotate):
    found = codes(annotate, "Police in Nairobi fired tear gas as protesters in Kampala marched.")
    assert found["Police in Nairobi"] == {"KENCOP"}
    assert found["protesters in Kampala"] == {"UGACVL"}


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        ("Pope Francis met the refugees.", "2016-05-01", "Pope Francis", "VATREL"),
        ("German carmaker BMW agreed.", "2016-05-01", "German carmaker", "DEUBUS"),
        ("Beijing denounced a U.S. Navy patrol.", "2016-05-01", "U.S. Navy", "USAMIL"),
        ("Gunmen attacked a Kabul police academy.", "2016-05-01", "Kabul police academy", "AFGCOP"),
        (
            "The head of U.S. Central Command visited Iraq.",
            "2016-05-01",
            "The head of U.S. Central Command",
            "USAMIL",
        ),
    ],
)
def test_groups_popes_companies_and_commands(annotate, text, date, mention, code):
    assert codes(annotate, text, date)[mention] == {code}


def test_a_role_word_after_a_first_name_is_a_surname(annotate):
    found = codes(annotate, "Western Union said John Pope and Stephen King had joined.")
    assert not [t for t in found if "Pope" in t or "King" in t]


def test_places_named_by_a_building_or_out_of_a_capital(annotate):
    found = codes(
        annotate, "The leaders met on the White House lawn after Obama flew out of Hanoi."
    )
    assert not [t for t in found if "White House" in t or "Hanoi" in t]
    assert codes(annotate, "Banks awaited SEC approval.")["SEC"] == {"USAGOV"}


@pytest.mark.parametrize(
    "text",
    [
        "Premier Industrial Corp said it named a new president.",
        "Pope said the unit's sales grew, and Premier said it would expand.",
        "An American Aircraft official said aircraft manufacturers gained.",
        "Industry positions were closed as the Dallas headquarters moved.",
    ],
)
def test_names_and_trade_words_are_no_armed_actors(annotate, text):
    found = codes(annotate, text, "1987-04-01")
    assert not [c for cs in found.values() for c in cs if c.endswith(("MIL", "GOV")) or c == "USA"]


def test_the_two_sides_keep_the_codes_they_were_mentioned_with(annotate):
    text = "Egypt's army chief met Saudi defence officials in Riyadh. The two sides discussed arms."
    sides = {m.code for m in actors(annotate, text) if m.kind == "group"}
    assert sides == {"EGYMIL", "SAUGOV"}
    nations = "Egypt's army chief met Saudi defence officials. The two nations signed a deal."
    assert {m.code for m in actors(annotate, nations) if m.kind == "group"} == {"EGY", "SAU"}


def test_the_two_presidents_are_the_two_governments_named_before(annotate):
    text = "The presidents of Kenya and Uganda met in Nairobi. The two presidents signed a deal."
    assert codes(annotate, text)["The two presidents"] == {"KENGOV", "UGAGOV"}


def test_a_house_speaker_is_the_legislature_while_in_office(annotate):
    text = "Pelosi's visit to Taipei angered Beijing."
    assert codes(annotate, text, "2022-08-03")["Pelosi"] == {"USALEG"}
    assert codes(annotate, text, "2024-05-01")["Pelosi"] == {"USA"}
