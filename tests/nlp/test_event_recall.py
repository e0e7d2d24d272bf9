"""Events the coder used to miss: rejected demands and offers, participle clauses, particles
parsed as adverbs, and the patterns added for them. Each sentence runs the full pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a rejection answers is an event of its author, aimed at the one who rejects it
        (
            "Iran rejected an ultimatum from Britain to free the tanker.",
            ("139", "GBR", "IRN", "asserted"),
        ),
        (
            "Israel rejected the Security Council's demand that it halt settlement building.",
            ("100", "IGOUNO", "ISR", "asserted"),
        ),
        (
            "Myanmar's junta rejected U.N. appeals to free political prisoners.",
            ("020", "IGOUNO", "MMRMIL", "asserted"),
        ),
        (
            "Beijing spurned an offer by the Philippine president to hold talks.",
            ("036", "PHLGOV", "CHN", "intended"),
        ),
        # a participle after its noun: its "by" phrase is the source, the noun its object
        ("The two sides returned to talks mediated by Qatar.", ("045", "QAT", None, "asserted")),
        (
            "Ukraine demanded the return of the ships, which were seized by Russian forces.",
            ("1711", "RUSMIL", None, "asserted"),
        ),
        # a deal signed with a partner is the deal of the clause's subject
        (
            "Nigeria began exporting gas under a deal signed with Morocco.",
            ("057", "NGA", "MAR", "asserted"),
        ),
        # what an agreement is signed to do is planned by its signers
        (
            "India and Japan signed an agreement to share intelligence on maritime threats.",
            ("064", "JPN", "IND", "intended"),
        ),
        # a force noun whose owner is named needs no target
        (
            "Thousands of Armenians fled Karabakh after Azerbaijan's military offensive last week.",
            ("190", "AZEMIL", None, "asserted"),
        ),
        (
            "Kyiv's residents rebuilt their homes after the Russian invasion.",
            ("192", "RUS", None, "asserted"),
        ),
        # handing a suspect over to another state is judicial cooperation, also when the
        # tagger reads the title before the name as an adjective
        (
            "Thai police turned over suspected militant Abdul Rahman to Malaysia.",
            ("063", "THACOP", "MYS", "asserted"),
        ),
        # an event called off did not happen; breaking off talks is the event itself
        ("Israel called off a planned air strike on Gaza.", ("195", "ISR", "PSE", "negated")),
        ("Pakistan broke off talks with India.", ("164", "PAK", "IND", "asserted")),
        # a particle parsed as an adverb, with the target hung on it
        ("Portugal handed Macau back to China in 1999.", ("0842", "PRT", "CHN", "asserted")),
        (
            "The French foreign minister told his Iranian counterpart that Paris would not "
            "accept further delays.",
            ("010", "FRAGOV", "IRN", "asserted"),
        ),
        (
            "Thousands of protesters took to the streets in Tbilisi on Saturday.",
            ("141", "GEOCVL", "GEOGOV", "asserted"),
        ),
        (
            "The opposition leader warned that her supporters would return to the streets in "
            "Minsk if the vote was rigged.",
            ("133", "BLROPP", "BLRGOV", "asserted"),
        ),
        (
            "North Korea defied Chinese warnings and launched a ballistic missile.",
            ("128", "PRK", "CHN", "asserted"),
        ),
        (
            "India suspended trade with Pakistan after the attack.",
            ("163", "IND", "PAK", "asserted"),
        ),
        ("Britain's recognition of Palestine angered Israel.", ("054", "GBR", "PSE", "asserted")),
        (
            "Washington's visa restrictions on Nigerian officials took effect on Monday.",
            ("163", "USA", "NGAGOV", "asserted"),
        ),
        ("Washington kept sanctions on Cuba in place.", ("1244", "USA", "CUB", "asserted")),
        (
            "U.N. investigators found evidence of torture by Syrian security forces.",
            ("092", "IGOUNO", "SYRCOP", "asserted"),
        ),
        # retaliation is a sanction; a warning of it threatens one
        (
            "China could retaliate against Japanese companies over the export curbs.",
            ("163", "CHN", "JPNBUS", "hypothetical"),
        ),
        (
            "Japan warned of countermeasures against U.S. tariffs.",
            ("1312", "JPN", "USA", "asserted"),
        ),
        (
            "Hamas fighters used civilians as human shields in Gaza, the Israeli army said.",
            ("184", "PSEHMS", None, "reported"),
        ),
    ],
)
def test_a_missed_event_is_coded(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The exchange suspended trade in the company's shares on Tuesday.", "16"),
        ("The company rejected a takeover offer from Dart Group.", "03"),
        ("Two Britons sentenced to death by a court were freed on Wednesday.", "11"),
        ("In a five-year protocol signed in 1985, Cairo agreed to buy more wheat.", "05"),
        ("Strong Chinese demand for soybeans lifted prices on Monday.", "10"),
        ("Kenya will receive a grant from Japan under an agreement signed on Saturday.", "05"),
        ("China's lunar probe landed on the far side of the moon.", "09"),
        ("Exporters fear U.S. sanctions will hurt trade.", "16"),
        ("Beijing asked the U.S. to reduce its restrictions on Chinese imports.", "16"),
        ("The Supreme Court rejected an appeal by Imran Khan against his conviction.", "02"),
        ("The mercury was sold below the prices charged by EC producers.", "17"),
        ("Tanzania has cut spending in line with a package agreed with the IMF.", "01"),
    ],
)
def test_no_event_is_invented(coded, text, root):
    assert not {e for e in coded(text) if e[0].startswith(root)}


def test_a_rejected_call_is_not_the_rejecter_s_own_appeal(coded):
    events = coded("China rejected calls for talks with Taiwan.")
    assert not {e for e in events if e[0].startswith("02")}


def test_strikes_called_off_are_negated_strikes_not_an_appeal(coded):
    events = coded("Israel called off air strikes on Lebanon at the last minute.")
    assert events == {("195", "ISR", "LBN", "negated")}
