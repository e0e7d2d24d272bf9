"""Ingest throughput: articles/s for read + NLP + store, for store writes alone, for re-ingest.

    python bench/ingest_throughput.py [-n 1000] [--batch-size 64] [--model NAME]

Reads the first N articles of ../shared/corpora/reuters21578.jsonl (development data, not
part of the project; the benchmark says so and stops when it is absent) into a temporary
database. The store-only figure re-writes the same annotated articles, read back from the
first database, into a fresh one, so it measures the Arrow batch writes and nothing else.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from accord import service
from accord.models import AnnotatedArticle
from accord.store import Batch, open_store, queries

if TYPE_CHECKING:
    from spacy.language import Language

T = TypeVar("T")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles to ingest (default 1000)")
    parser.add_argument("--batch-size", type=int, default=service.DEFAULT_BATCH)
    parser.add_argument("--model", default=service.DEFAULT_MODEL)
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} is absent (development corpora are not part of Accord)")
        return 0
    from accord.nlp.pipeline import build_pipeline

    load, nlp = timed(lambda: warmed(build_pipeline(args.model)))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "sample.jsonl"
        with CORPUS.open(encoding="utf-8") as corpus:
            source.write_text("".join(itertools.islice(corpus, args.n)), encoding="utf-8")
        db = Path(tmp) / "bench.duckdb"
        full, result = timed(
            lambda: service.ingest_files([source], db, batch_size=args.batch_size, nlp=nlp)
        )
        again, _ = timed(lambda: service.ingest_files([source], db, nlp=nlp))
        annotated = read_back(db)
        copy = Path(tmp) / "copy.duckdb"
        store_only, rows = timed(lambda: write_all(annotated, copy, args.batch_size))
    stored = result.articles
    print(f"corpus: first {args.n} records of {CORPUS.name}; batch size {args.batch_size}")
    print(f"stored {stored} articles ({result.rejected} rejected), {result.events} events")
    print(f"pipeline load+warm : {load:8.1f} s (once, not counted below)")
    print(f"read + NLP + store : {stored / full:8.1f} articles/s  ({full:.1f} s)")
    print(
        f"store writes alone : {stored / store_only:8.1f} articles/s  ({store_only:.2f} s, ", end=""
    )
    print(f"{rows} rows, {rows / store_only:.0f} rows/s)")
    print(f"re-ingest (skip)   : {args.n / again:8.1f} articles/s  ({again:.2f} s)")
    return 0


def timed(work: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    value = work()
    return time.perf_counter() - start, value


def warmed(nlp: Language) -> Language:
    """Run one sentence through, so components that load data lazily have loaded it."""
    nlp("Russia and Pakistan signed an agreement in Karachi on Monday, Lavrov said.")
    return nlp


def read_back(db: Path) -> list[AnnotatedArticle]:
    with open_store(db, read_only=True) as store:
        ids = [row[0] for row in store.fetch("SELECT id FROM articles ORDER BY id").rows]
        found = (queries.article(store, i) for i in ids)
        return [stored.annotated for stored in found if stored is not None]


def write_all(annotated: list[AnnotatedArticle], db: Path, batch_size: int) -> int:
    """Write every article in batches, as ingest does; return how many rows that made."""
    with open_store(db) as store:
        run_id = store.start_run("bench", "{}", model=None, lexicon="bench")
        for start in range(0, len(annotated), batch_size):
            chunk = annotated[start : start + batch_size]
            store.write_batch(Batch(run_id, "bench", [(a, "annotated") for a in chunk]))
        tables = ("articles", "actor_mentions", "events", "quotes", "timexes", "places")
        return sum(store.fetch(f"SELECT count(*) FROM {t}").rows[0][0] for t in tables)


if __name__ == "__main__":
    sys.exit(main())
