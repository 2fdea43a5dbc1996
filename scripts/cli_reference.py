#!/usr/bin/env python3
"""Generate ``docs/cli.md``, the command line reference, from the commands' own ``--help``.

Walks the ``lossledger`` click group recursively, so new commands appear without editing this
script. Help is rendered at a fixed width so that the file does not depend on the terminal.

    .venv/bin/python scripts/cli_reference.py            # (re)write docs/cli.md
    .venv/bin/python scripts/cli_reference.py --check    # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from lossledger.cli import cli

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "docs" / "cli.md"
PROG = "lossledger"
#: Help is wrapped at this width whatever the terminal, so the file is reproducible.
HELP_WIDTH = 100
REGENERATE = ".venv/bin/python scripts/cli_reference.py"


def walk(
    command: click.Command, *, name: str = PROG, parent: click.Context | None = None, hidden: bool = False
) -> Iterator[tuple[str, click.Command, click.Context]]:
    """(full command path, command, its context) for the command and every subcommand, depth first.

    Hidden commands are left out unless ``hidden`` is true.
    """
    # make_context applies the command's context_settings (e.g. ``-h``) as the real CLI does;
    # resilient parsing of no arguments neither runs callbacks nor complains of missing ones.
    ctx = command.make_context(name, [], parent=parent, resilient_parsing=True, terminal_width=HELP_WIDTH,
                               max_content_width=HELP_WIDTH)
    yield ctx.command_path, command, ctx
    if isinstance(command, click.Group):
        for sub_name in command.list_commands(ctx):
            sub = command.get_command(ctx, sub_name)
            if sub is None or (sub.hidden and not hidden):
                continue
            yield from walk(sub, name=sub_name, parent=ctx, hidden=hidden)


def _anchor(path: str) -> str:
    return path.lower().replace(" ", "-")


def render(root: click.Command = cli, *, name: str = PROG) -> str:
    """The whole reference as Markdown."""
    entries = list(walk(root, name=name))
    lines = [
        f"# `{name}` command line reference",
        "",
        "Generated from the commands' own `--help` by `scripts/cli_reference.py`; do not edit by hand.",
        f"Regenerate with `{REGENERATE}`.",
        "",
    ]
    for path, command, _ctx in entries:
        summary = command.get_short_help_str(limit=HELP_WIDTH)
        lines.append(f"- [`{path}`](#{_anchor(path)}){': ' + summary if summary else ''}")
    for path, command, ctx in entries:
        lines += ["", f"## {path}", "", "```text", command.get_help(ctx).rstrip(), "```"]
    return "\n".join(lines) + "\n"


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUTPUT,
              show_default=True, help="Where to write the reference.")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 and show a diff if the file is out of date.")
def main(output: Path, check: bool) -> None:
    """Write the lossledger command line reference (docs/cli.md) from the commands' help."""
    text = render()
    if check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            diff = difflib.unified_diff(current.splitlines(), text.splitlines(), str(output), "generated",
                                        lineterm="")
            click.echo("\n".join(diff))
            click.echo(f"error: {output} is out of date; regenerate it with `{REGENERATE}`", err=True)
            sys.exit(1)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    click.echo(f"wrote {output} ({len(list(walk(cli)))} commands)")


if __name__ == "__main__":
    main()
