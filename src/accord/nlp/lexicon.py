"""Accord's knowledge files: loaded once on first use, validated, versioned.

Placeholder until the data files land: no files, so the version is empty.
"""

from __future__ import annotations


def data_versions() -> dict[str, str]:
    """Each data file's declared version, for ``accord info`` and the ``runs`` table."""
    return {}


def lexicon_version() -> str:
    """One string naming the versions of all data files, recorded with every coded row."""
    return "+".join(f"{k}@{v}" for k, v in sorted(data_versions().items())) or "none"
