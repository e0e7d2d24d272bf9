"""docs/cli.md is generated from --help; it must be current and cover every command."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from accord.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def load_generator():
    spec = importlib.util.spec_from_file_location(
        "gen_cli_docs", ROOT / "tools" / "gen_cli_docs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_command_has_a_section():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    undocumented = [name for name in cli.commands if f"\n## accord {name}\n" not in text]
    assert undocumented == [], "run: python tools/gen_cli_docs.py"


def test_cli_reference_is_up_to_date():
    generator = load_generator()
    assert generator.main(["--check"]) == 0, (
        "docs/cli.md is stale: run python tools/gen_cli_docs.py"
    )
