"""CAMEO event coding: the codebook, the verb and noun patterns, and the coder that applies them.

``EventCoder`` is what the ``accord_events`` component runs; ``load_codebook`` and
``load_lexicon`` read and validate the knowledge files once, on first use.
"""

from accord.nlp.events.codebook import Codebook, CodeEntry, load_codebook
from accord.nlp.events.coder import EventCoder
from accord.nlp.events.patterns import Lexicon, Pattern, load_lexicon

__all__ = [
    "CodeEntry",
    "Codebook",
    "EventCoder",
    "Lexicon",
    "Pattern",
    "load_codebook",
    "load_lexicon",
]
