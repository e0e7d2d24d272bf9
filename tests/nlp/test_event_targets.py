"""How the target (and a pronoun source) of a coded clause is found by walking the parse."""

from __future__ import annotations

import pytest


def coded(annotate, text: str) -> set[tuple]:
    """(cameo, source, target) of every event found in ``text``."""
    events = annotate(text).annotations.events
    return {(e.cameo, e.source.code, e.target.code if e.target else None) for e in events}


def target_words(annotate, text: str, cameo: str) -> str | None:
    """The words naming the target of the event coded ``cameo``."""
    event = next(e for e in annotate(text).annotations.events if e.cameo == cameo)
    return event.target.text if event.target else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran rejected a proposal by France to resume nuclear talks.", ("127", "IRN", "FRA")),
        (  # the partner it is with beats the body that qualifies the agreement
            "Norway said it would not ratify the EU fisheries agreement with Iceland.",
            ("057", "NOR", "ISL"),
        ),
    ],
)
def test_the_partner_of_an_object_is_the_target(annotate, text, expected):
    assert expected in coded(annotate, text)


def test_a_partner_target_keeps_its_own_words(annotate):
    text = "Iran rejected a proposal by France to resume nuclear talks."
    assert target_words(annotate, text, "127") == "France"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia's government said Russian troops had begun leaving the country.",
            ("0874", "RUSMIL", "GEO"),
        ),
        (
            "NATO moved more troops to Poland. Russia accused the alliance of escalating tensions.",
            ("112", "RUS", "IGOWSTNAT"),
        ),
        (
            "Jordan closed its airspace on Sunday, and Britain said it would send more troops "
            "to the kingdom.",
            ("074", "GBRMIL", "JOR"),  # a bare country sending troops is its military
        ),
    ],
)
def test_the_country_and_the_alliance_stand_for_the_one_named_before(annotate, text, expected):
    assert expected in coded(annotate, text)


def test_the_country_is_the_one_the_sentence_is_about_and_keeps_its_words(annotate):
    text = "Egypt mediated talks between Israel and Hamas. Qatar praised the country."
    assert ("051", "QAT", "EGY") in coded(annotate, text)
    assert target_words(annotate, text, "051") == "the country"


def test_a_pronoun_opening_a_sentence_continues_its_subject_and_an_object_is_not_it(annotate):
    text = "Chancellor Olaf Scholz hosted Polish President Andrzej Duda in Berlin on Monday. "
    text += "He signed a defence pact with him."
    assert ("057", "DEUGOV", "POLGOV") in coded(annotate, text)
    text = "Serbia signed a gas deal with Russia on Friday. It also agreed to buy jets from France."
    assert ("030", "SRB", None) in coded(annotate, text)
    text = "Vantex Energy cut gas supplies to Ukraine on Monday. It said the pipe needed repairs, "
    text += "and it accused Kyiv of stealing gas."
    assert coded(annotate, text) == set()  # "it" is the company no table knows


def test_them_passes_over_the_clause_subject_and_single_people_but_not_plural_things(annotate):
    text = "Swedish authorities allowed a man to burn a flag outside an embassy in Stockholm. "
    text += "Iraq condemned them on Sunday."
    assert ("111", "IRQ", "SWEGOV") in coded(annotate, text)
    text = "Pakistani officials blamed a local militant group for the attacks. "
    text += "Islamic State later claimed responsibility for them."
    assert ("015", "IMGMOSISI", None) in coded(annotate, text)


def test_a_demand_targets_who_is_to_give_the_guarantee(annotate):
    text = "Israel demanded assurances that Lebanon would disarm Hezbollah."
    assert ("100", "ISR", "LBN") in coded(annotate, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State claimed responsibility for a suicide bombing at a mosque in Peshawar.",
            ("015", "IMGMOSISI", "PAK"),
        ),
        (
            "The Egyptian president expressed sorrow over the deaths in the flood in Libya.",
            ("018", "EGYGOV", "LBY"),
        ),
        ("Russia promised to scale back military activity around Kherson.", ("0356", "RUS", "UKR")),
        ("The Red Army withdrew from Hungary in 1991.", ("0874", "USRMIL", "HUN")),
    ],
)
def test_the_country_of_the_scene_or_of_a_retreat_is_the_target(annotate, text, expected):
    assert expected in coded(annotate, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish troops launched an offensive against Kurdish fighters in northern Iraq.",
            ("190", "TURMIL", "IRQREB"),
        ),
        (
            "Kyiv said Russian forces had deported hundreds of residents of Kherson to Crimea.",
            ("201", "RUSMIL", "UKRCVL"),
        ),
        (
            "Iraqi troops stormed the emir's palace and government buildings in Kuwait City.",
            ("190", "IRQMIL", "KWTGOV"),
        ),
    ],
)
def test_a_sector_only_target_is_placed_by_its_own_phrase(annotate, text, expected):
    assert expected in coded(annotate, text)


def test_an_amount_is_given_to_whom_what_it_measures_goes(annotate):
    text = "The United States froze $40 million in funding for the Palestinian Authority."
    assert ("162", "USA", "PSEGOV") in coded(annotate, text)


def test_co_agents_act_on_each_other_not_on_a_place_named_after_an_actor(annotate):
    text = "Indian Prime Minister Narendra Modi and Pakistani Prime Minister Nawaz Sharif "
    text += "shook hands on the White House lawn."
    found = coded(annotate, text)
    assert ("017", "INDGOV", "PAKGOV") in found
    assert not any(target == "USAGOV" for *_, target in found)
    text = "U.S. and EU trade officials met their Japanese counterparts in Geneva."
    assert ("043", "USAGOV", "JPN") in coded(annotate, text)  # whom they met is the target
    text = "Brazilian President Lula and German Chancellor Olaf Scholz discussed Argentina's "
    text += "debt crisis."
    assert ("040", "BRAGOV", "DEUGOV") in coded(annotate, text)  # what they discussed is not


def test_where_a_retreat_leaves_from_is_neither_its_source_nor_a_partner(annotate):
    found = coded(annotate, "Pretoria insisted on the withdrawal of Cuban troops from Angola.")
    assert ("100", "ZAF", "CUBMIL") in found
    assert not any(source == "AGO" for _, source, _ in found)


def test_a_participle_clause_inherits_its_governors_target(annotate):
    text = "Turkey reopened its border to Armenia, lifting a decades-old blockade."
    assert ("0872", "TURGOV", "ARM") in coded(annotate, text)
    text = "India launched a relief operation in Nepal within hours of the earthquake, "
    text += "flying in rescue teams."
    assert not any(code == "042" for code, *_ in coded(annotate, text))  # not a visit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel demanded an apology from Ankara.", ("102", "ISR", "TUR")),
        ("Hungary rejected calls from Warsaw for new sanctions.", ("124", "HUN", "POL")),
    ],
)
def test_a_capital_that_spoke_or_acted_is_its_state(annotate, text, expected):
    assert expected in coded(annotate, text)


def test_whom_a_struck_place_or_vehicle_holds_is_the_target(annotate):
    text = "Russian drones attacked a convoy carrying Ukrainian soldiers near Kharkiv."
    assert ("195", "RUSMIL", "UKRMIL") in coded(annotate, text)
    text = "Houthi rebels fired missiles at a Saudi ship carrying Yemeni fuel."
    assert ("195", "YEMHTH", "SAU") in coded(annotate, text)  # cargo is no occupant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel said its forces had killed a Hamas commander in Lebanon.",
            ("1823", "ISRMIL", "PSEHMS"),
        ),
        ("Saudi-led warplanes killed civilians in Yemen.", ("1823", "SAUMIL", "YEMCVL")),
        (
            "Japan protested to Beijing after a Chinese navy ship entered its waters. "
            "Its foreign ministry called the incursion a provocation.",
            ("111", "JPNGOV", None),
        ),
    ],
)
def test_a_sector_only_actor_takes_its_owner_or_leader(annotate, text, expected):
    assert expected in coded(annotate, text)


def test_an_owner_pronoun_far_back_is_not_trusted(annotate):
    assert coded(annotate, "IRNA said a group of its reporters visited the front.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish jets struck Kurdish militants in northern Iraq.",
            ("195", "TURMIL", "IRQREB"),
        ),
        (
            "Israeli troops detained protesters in the West Bank.",
            ("173", "ISRMIL", "PSECVL"),
        ),
    ],
)
def test_a_sector_only_object_is_placed_where_its_clause_happened(annotate, text, expected):
    assert expected in coded(annotate, text)
