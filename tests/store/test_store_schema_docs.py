"""docs/schema.md documents every table and column the migrations create."""

from __future__ import annotations

import re
from pathlib import Path

from accord.store import open_store

SCHEMA_DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def documented() -> dict[str, set[str]]:
    """Each ``## table`` section's column names (the backticked first cell of each row)."""
    sections: dict[str, set[str]] = {}
    table = None
    for line in SCHEMA_DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\w+)$", line)
        if heading:
            table = heading.group(1)
            sections[table] = set()
        column = re.match(r"^\| `(\w+)` \|", line)
        if column and table:
            sections[table].add(column.group(1))
    return sections


def test_every_table_and_column_is_documented():
    with open_store(":memory:") as store:
        rows = store.fetch(
            "SELECT table_name, column_name FROM information_schema.columns ORDER BY ALL"
        ).rows
    actual: dict[str, set[str]] = {}
    for table, column in rows:
        actual.setdefault(table, set()).add(column)
    docs = documented()
    assert {t: c - docs.get(t, set()) for t, c in actual.items() if c - docs.get(t, set())} == {}
    assert {t: c - actual.get(t, set()) for t, c in docs.items() if c - actual.get(t, set())} == {}
