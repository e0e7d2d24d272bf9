"""Read throughput of ``accord.ingest.read_inputs`` over the Reuters-21578 corpus.

Usage: ``python bench/ingest_readers.py [PATH]`` (default: ../shared/corpora/reuters21578.jsonl).
Prints articles, errors, wall and CPU seconds, articles and megabytes per second. The corpus is
third-party development data outside the project; without it the benchmark says so and exits 0.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from accord.ingest import read_inputs
from accord.models import Article

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "reuters21578.jsonl"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    if not path.is_file():
        print(f"skipped: {path} is absent (development corpora are not part of the project)")
        return 0
    articles = errors = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for item in read_inputs([path]):
        if isinstance(item, Article):
            articles += 1
        else:
            errors += 1
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    megabytes = path.stat().st_size / 1e6
    print(f"input      {path.name} ({megabytes:.1f} MB)")
    print(f"articles   {articles:,}")
    print(f"errors     {errors:,}")
    print(f"seconds    {seconds:.2f} wall, {cpu:.2f} CPU")
    print(f"rate       {articles / seconds:,.0f} articles/s, {megabytes / seconds:.1f} MB/s (wall)")
    print(f"CPU rate   {articles / cpu:,.0f} articles/s (less sensitive to other load)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
