"""Which language an article is in, guessed cheaply with py3langid's bundled model.

py3langid scores a text by multiplying its (mostly zero) feature counts with the whole
7,480 × 97 model matrix; that dense product dominated reading time. The same scores come from
the rows of the features that occur, about a tenth of them, so only those are multiplied.
The argmax is the one ``py3langid.classify`` gives; English is kept unless another
language wins by ``ENGLISH_MARGIN``: wire tables of figures ("Shr 45 cts vs 58 cts  Net 1.1
mln") carry few letter n-grams and tip to Occitan or Spanish by a few points (under 30 for
all but 7 of 19,042 Reuters stories), while a real sentence in another language wins by 70 or more.
"""

from __future__ import annotations

import functools
from typing import Any

LANGUAGE_SAMPLE_CHARS = 2000  # enough text for a stable guess, cheap on long articles
LANGUAGE_MIN_CHARS = 40  # below this a guess is noise; such texts default to English
ENGLISH_MARGIN = 30.0  # log-probability by which another language must beat English


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, from its first couple of thousand chars."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < LANGUAGE_MIN_CHARS:
        return "en"
    import numpy as np

    model = _model()
    counts = model.instance2fv(sample, datatype="float32")
    present = np.flatnonzero(counts)
    scores = counts[present] @ model.nb_ptc[present] + model.nb_pc
    best = int(np.argmax(scores))
    if scores[best] - scores[_english_index()] < ENGLISH_MARGIN:
        return "en"
    return str(model.nb_classes[best])


@functools.cache
def _model() -> Any:
    """The language model, loaded once, on the first article (about 0.1 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE)


@functools.cache
def _english_index() -> int:
    return list(_model().nb_classes).index("en")
