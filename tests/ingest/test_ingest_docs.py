"""docs/ingest.md must keep up with the readers: every format and error reason documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from accord.ingest import FORMATS
from accord.ingest._formats import EXTENSIONS

DOC = Path(__file__).resolve().parents[2] / "docs" / "ingest.md"
SOURCES = Path(__file__).resolve().parents[2] / "src" / "accord" / "ingest"


def test_every_format_and_extension_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for name in FORMATS:
        assert f"`{name}`" in text or f"**{name}**" in text, name
    for extension in EXTENSIONS:
        assert f"`{extension}`" in text, extension


# A reason is the first string of an error, or one assigned to ``reason``/``missing``.
_REASON = re.compile(
    r'(?:(?:RecordError|IngestError|date_or_default)\([^"\n]*?|(?:reason|missing) = \(?\s*)'
    r'f?"([^"{]+)'
)


def fixed_reasons() -> list[str]:
    """The literal start of every reason the readers can give (up to its first placeholder)."""
    found = []
    for source in sorted(SOURCES.glob("*.py")):
        code = source.read_text(encoding="utf-8")
        for call in _REASON.finditer(code):
            found.append(call.group(1).strip())
    return sorted(set(found))


@pytest.mark.parametrize("reason", fixed_reasons())
def test_every_error_reason_is_documented(reason):
    assert reason in DOC.read_text(encoding="utf-8")
