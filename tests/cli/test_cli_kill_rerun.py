"""A ``kill -9`` at any moment of an ingest leaves a consistent database; re-running finishes it.

The real pipeline ingests generated articles in small batches in a subprocess, which is
killed with SIGKILL shortly after a few batches have committed (so mid-way through another
one); the same command then runs again. The result must equal an uninterrupted ingest: every
article once, every annotation once, and each run's counters matching the rows it wrote.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accord.store import open_store

ARTICLES = 240
COUNTRIES = ("Russia", "Pakistan", "China", "India", "France", "Germany", "Iran", "Turkey")
TABLES = ("articles", "actor_mentions", "events", "quotes", "timexes", "places", "article_warnings")
#: The columns that identify one annotation; no two rows may share them.
KEYS = {
    "articles": "id",
    "actor_mentions": "article_id, start_char, end_char, code",
    "events": "article_id, id",
    "quotes": "article_id, quote_index",
    "timexes": "article_id, start_char, end_char",
    "places": "article_id, start_char, end_char",
    "article_warnings": "article_id, warning_index",
}


def generate(path: Path) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for i in range(ARTICLES):
            a, b = rng.sample(COUNTRIES, 2)
            text = (
                f"{a} criticised {b} on Monday over deal number {i}. "
                f"“We will respond,” the foreign minister of {b} said in {b} last week."
            )
            record = {"id": f"gen-{i:04d}", "date": f"2023-{1 + i % 12:02d}-15", "text": text}
            out.write(json.dumps(record) + "\n")


def command(source: Path, db: Path) -> list[str]:
    ingest = ["-m", "accord", "-v", "ingest", str(source), "--db", str(db), "--batch-size", "16"]
    return [sys.executable, *ingest]


def ingest(source: Path, db: Path) -> None:
    done = subprocess.run(command(source, db), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


def ingest_and_kill(source: Path, db: Path, *, after_batches: int) -> None:
    """Start an ingest, SIGKILL it soon after ``after_batches`` batches have committed."""
    with subprocess.Popen(command(source, db), stderr=subprocess.PIPE, text=True) as process:
        assert process.stderr is not None
        committed = 0
        for line in process.stderr:
            committed += "batch committed" in line
            if committed == after_batches:
                break
        time.sleep(random.uniform(0.0, 0.5))  # land somewhere inside the next batch
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


def snapshot(db: Path) -> dict[str, object]:
    with open_store(db, read_only=True) as store:
        counts = {t: store.fetch(f"SELECT count(*) FROM {t}").rows[0][0] for t in TABLES}
        duplicates = {
            t: store.fetch(
                f"SELECT count(*) FROM (SELECT {k} FROM {t} GROUP BY ALL HAVING count(*) > 1)"
            ).rows[0][0]
            for t, k in KEYS.items()
        }
        mismatched_runs = store.fetch(
            "SELECT count(*) FROM runs r WHERE r.articles <> "
            "(SELECT count(*) FROM articles a WHERE a.run_id = r.id) OR r.events <> "
            "(SELECT count(*) FROM events e WHERE e.run_id = r.id)"
        ).rows[0][0]
        orphans = store.fetch(
            "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.run_id <> a.coded_run_id"
        ).rows[0][0]
    return {
        "counts": counts,
        "duplicates": duplicates,
        "bad runs": mismatched_runs,
        "orphans": orphans,
    }


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_equals_a_clean_ingest(tmp_path):
    source = tmp_path / "generated.jsonl"
    generate(source)

    clean_db = tmp_path / "clean.duckdb"
    ingest(source, clean_db)
    clean = snapshot(clean_db)
    assert clean["counts"]["articles"] == ARTICLES  # type: ignore[index]

    db = tmp_path / "killed.duckdb"
    ingest_and_kill(source, db, after_batches=3)
    interrupted = snapshot(db)
    stored = interrupted["counts"]["articles"]  # type: ignore[index]
    assert 3 * 16 <= stored < ARTICLES, "the kill should land mid-run"
    assert interrupted["duplicates"] == dict.fromkeys(KEYS, 0)
    assert (interrupted["bad runs"], interrupted["orphans"]) == (0, 0)

    ingest(source, db)
    assert snapshot(db) == clean
