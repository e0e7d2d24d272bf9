"""The pipeline frame: the model plus Accord's components, and the tokenizer tweaks it adds."""

from __future__ import annotations

from accord.nlp.pipeline import COMPONENTS


def test_accord_components_follow_the_model_in_order(nlp):
    assert nlp.pipe_names[-len(COMPONENTS) :] == list(COMPONENTS)
    assert {"parser", "ner"} <= set(nlp.pipe_names)


def test_a_quote_mark_glued_to_its_cue_is_split_off(nlp):
    words = [t.text for t in nlp.make_doc('Ryan said,“Look, we won.” She said:"Fine."')]
    assert words[:5] == ["Ryan", "said", ",", "“", "Look"]
    assert words[-6:-2] == ["said", ":", '"', "Fine"]


def test_a_glued_quote_is_attributed_to_its_speaker(annotate):
    text = "Speaker Paul Ryan said,“Look, those images have no place in a campaign.”"
    (quote,) = annotate(text, "2016-07-03").annotations.quotes
    assert quote.kind == "direct" and quote.text.startswith("Look, those images")
    assert quote.speaker is not None and "Ryan" in quote.speaker.text
