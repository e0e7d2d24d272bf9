"""Create and upgrade the schema with numbered SQL files (``migrations/NNN_name.sql``).

The database records the highest migration applied in ``schema_version``; opening a file
applies the missing ones in order, each in its own transaction, so a file is always at one
known version. A file written by a newer Accord is refused rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

import duckdb

from accord.errors import StoreError

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str]]:
    """Every bundled migration as ``(number, sql)``, in order."""
    folder = resources.files("accord.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version of an open database; 0 for an empty one."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """Apply the migrations ``con`` lacks; return the version it is at afterwards."""
    current = schema_version(con)
    if current > latest_version():
        raise StoreError(
            f"{where}: schema version {current} is newer than this Accord knows "
            f"({latest_version()}); upgrade Accord to open it"
        )
    if current == 0:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)"
        )
    for number, sql in migrations():
        if number <= current:
            continue
        con.begin()
        try:
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?)",
                [number, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
            )
            con.commit()
        except duckdb.Error as exc:
            con.rollback()
            raise StoreError(f"{where}: migration {number:03d} failed: {exc}") from exc
        current = number
    return current
