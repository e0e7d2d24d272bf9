"""What an act implies: the target of a domestic act the text leaves unnamed, and the sector
of a bare country whose act only one sector performs; both marked in the event's rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from accord._cli_format import article_view
from accord.errors import DataFileError
from accord.nlp.events.patterns import load_lexicon
from accord.nlp.lexicon import read_data_file
from accord.store import Batch, open_store, queries


def events(annotate, text: str) -> list:
    return list(annotate(text).annotations.events)


def coded(annotate, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (e.cameo, e.source.code, e.target.code if e.target else None)
        for e in events(annotate, text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a state agent's act on its own people
            "Bolivian police warned they would use force against anyone blocking the highways.",
            ("1384", "BOLCOP", "BOLCVL"),
        ),
        (  # through a frame: the implication is the inner act's
            "The Peruvian government warned it would declare a state of emergency if the "
            "blockades continued.",
            ("1324", "PERGOV", "PERCVL"),
        ),
        (  # a people's act on its own state
            "Dutch farmers blocked highways with tractors on Wednesday.",
            ("144", "NLDAGR", "NLDGOV"),
        ),
        (  # a place of the source's own country names where, not whom
            "Bangladeshi authorities imposed a curfew in Dhaka after clashes on Friday.",
            ("1723", "BGDGOV", "BGDCVL"),
        ),
    ],
)
def test_a_domestic_act_targets_the_other_side_of_the_same_country(annotate, text, expected):
    assert expected in coded(annotate, text)


def test_an_implied_target_is_named_by_no_words_and_the_rule_says_so(annotate):
    text = "Kyrgyzstan lifted an overnight curfew in the capital on Tuesday."
    (event,) = events(annotate, text)
    assert (event.cameo, event.source.code, event.target.code) == ("0813", "KGZGOV", "KGZCVL")
    target = event.target.to_record()
    assert target["text"] == "" == text[target["start"] : target["end"]]
    assert target["start"] == event.trigger.start
    assert event.rule == "verbs.yaml#ease_restrictions+source_sector+implied_target"


def test_a_place_target_keeps_its_words(annotate):
    (event,) = events(annotate, "Bangladeshi authorities imposed a curfew in Dhaka on Friday.")
    assert (event.target.code, event.target.text) == ("BGDCVL", "Dhaka")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # only police using force imply the people as target; officials may mean abroad
            "Venezuelan officials warned they would use force if necessary.",
            ("1384", "VENGOV", None),
        ),
        (  # a company is no state acting on its people
            "The Chilean mining company imposed a curfew on its workers.",
            None,
        ),
        (  # police blocking roads are the state, not its people
            "Kenyan police blocked roads leading to the stadium.",
            ("144", "KENCOP", None),
        ),
        (  # another country in the sentence: the act may be aimed at it
            "Pakistani authorities imposed a curfew after Indian shelling on Sunday.",
            ("1723", "PAKGOV", None),
        ),
        (  # eased restrictions in general imply no one; only a curfew or an emergency does
            "Vietnam eased restrictions on foreign investors.",
            ("081", "VNMGOV", None),
        ),
        (  # an ordinary law is no emergency rule; only martial law is
            "Hungary introduced a bankruptcy law on Monday.",
            None,
        ),
    ],
)
def test_no_implied_target_where_it_is_not_near_certain(annotate, text, expected):
    found = coded(annotate, text)
    assert all(target is None or not target.endswith(("CVL", "GOV")) for *_, target in found)
    if expected is not None:
        assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad deployed 1,000 troops to Mali.", ("074", "TCDMIL", "MLI")),
        ("Iran began naval drills in the Gulf on Monday.", ("150", "IRNMIL", None)),
        ("Nepal declared a state of emergency after the earthquake.", ("1724", "NPLGOV", "NPLCVL")),
        ("Thailand declared martial law on Tuesday.", ("1724", "THAGOV", "THACVL")),
    ],
)
def test_a_bare_country_takes_the_sector_its_act_implies(annotate, text, expected):
    assert expected in coded(annotate, text)
    assert all("+source_sector" in e.rule for e in events(annotate, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish government deployed troops to Libya.", ("074", "TURGOV", "LBY")),
        ("Kenya will send a police force to Haiti.", ("074", "KEN", "HTI")),
    ],
)
def test_a_named_sector_or_what_the_act_moves_keeps_the_source(annotate, text, expected):
    assert expected in coded(annotate, text)
    assert not any("+source_sector" in e.rule for e in events(annotate, text))


def test_an_implied_target_is_stored_and_shown(annotate):
    original = annotate("Dutch farmers blocked highways with tractors on Wednesday.")
    with open_store(":memory:") as store:
        run_id = store.start_run("ingest", "[]", model="m", lexicon="lex@1")
        store.write_batch(Batch(run_id, "lex@1", [(original, "annotated")], [], 0))
        stored = queries.article(store, "test")
    assert stored is not None and stored.annotated == original
    console = Console(record=True, width=200)
    console.print(article_view(stored))
    assert "NLDAGR (Dutch farmers) → NLDGOV ()" in console.export_text()


def test_a_mapping_holds_for_the_codes_and_source_sectors_it_names(user_dir: Path):
    (user_dir / "verbs.yaml").write_text(
        'version: "1"\ndescription: test\nverbs:\n'
        '  - {id: lift_curfew, verb: lift, object: [curfew, restriction], code: "081",'
        ' refine: {curfew: "0813"}, implied_target: {"0813": CVL, COP: CVL},'
        " source_sector: GOV}\n"
    )
    pattern = next(p for p in load_lexicon().verbs["lift"] if p.id == "lift_curfew")
    assert pattern.implied_target == {"0813": "CVL", "COP": "CVL"}
    assert pattern.source_sector == {"081": "GOV", "0813": "GOV"}


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ("implied_target: CIV", "'CIV' is not a sector of roles.yaml"),
        ('implied_target: {"0814": CVL}', "names '0814', not a code the pattern gives nor"),
        ("source_sector: {COP: GOV}", "names 'COP', not a code the pattern gives"),
    ],
)
def test_implied_sectors_are_validated(user_dir: Path, fields: str, problem: str):
    (user_dir / "verbs.yaml").write_text(
        'version: "1"\ndescription: test\nverbs:\n'
        f'  - {{id: curfew_x, verb: impose, object: curfew, code: "1723", {fields}}}\n'
    )
    with pytest.raises(DataFileError, match=problem):
        load_lexicon()


def test_a_blocking_pattern_implies_nothing(user_dir: Path):
    (user_dir / "verbs.yaml").write_text(
        'version: "1"\ndescription: test\nverbs:\n'
        "  - {id: no_curfew, verb: impose, object: curfew, code: null, implied_target: CVL}\n"
    )
    with pytest.raises(DataFileError, match="a blocking pattern has no implied_target"):
        load_lexicon()


def test_a_user_adds_the_doers_of_a_deed_and_a_bad_sector_is_named(user_dir: Path):
    (user_dir / "verbs.yaml").write_text(
        'version: "1"\ndescription: test\ndeed_doers:\n  MIL: [mutiny]\n'
    )
    assert load_lexicon().deed_doers["mutiny"] == "MIL"
    assert load_lexicon().deed_doers["coup"] == "MIL"  # the bundled table still holds
    load_lexicon.cache_clear()
    read_data_file.cache_clear()
    (user_dir / "verbs.yaml").write_text(
        'version: "1"\ndescription: test\ndeed_doers:\n  military: [mutiny]\n'
    )
    with pytest.raises(DataFileError, match="deed_doers: 'military' is not a sector code"):
        load_lexicon()
