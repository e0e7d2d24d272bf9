"""Write docs/cli.md from the commands' own --help, so the reference cannot drift from the code.

python tools/gen_cli_docs.py          # rewrite docs/cli.md
python tools/gen_cli_docs.py --check  # exit 1 when docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from accord.cli import cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
WIDTH = 100

HEADER = """\
# CLI reference

Generated from `accord --help` by `tools/gen_cli_docs.py`; edit the commands' docstrings and
options, then run `python tools/gen_cli_docs.py`. A test fails when this file is out of date.

Every command that reads or writes a database takes `--db FILE` (default `accord.duckdb`, or
the `ACCORD_DB` environment variable). Exit status: 0 ok, 1 an error (one line on stderr),
2 a usage error or a missing spaCy model, 3 some inputs were rejected (each reported on stderr
as `path[:line]: reason`).
"""


def _help(
    command: click.Command, name: str, parent: click.Context | None
) -> tuple[str, click.Context]:
    settings = {**command.context_settings, "terminal_width": WIDTH, "max_content_width": WIDTH}
    ctx = click.Context(command, info_name=name, parent=parent, **settings)
    return command.get_help(ctx), ctx


def render() -> str:
    """The whole reference: the group's help, then each command's, alphabetically."""
    text, root = _help(cli, "accord", None)
    sections = [HEADER, f"## accord\n\n```text\n{text}\n```\n"]
    assert isinstance(cli, click.Group)
    for name in sorted(cli.commands):
        text, _ = _help(cli.commands[name], name, root)
        sections.append(f"## accord {name}\n\n```text\n{text}\n```\n")
    return "\n".join(sections)


def main(argv: list[str]) -> int:
    rendered = render()
    if "--check" in argv:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != rendered:
            print(f"{DOC} is out of date: run python tools/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(rendered, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
