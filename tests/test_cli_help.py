"""Every command and option of the ``lossledger`` CLI has help text, and docs/cli.md is current.

Walks whatever commands exist, so commands added later are checked without editing this file.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import click
import pytest
from click.testing import CliRunner

from lossledger.cli import cli

REPO = Path(__file__).resolve().parents[1]


def _load_reference_script() -> ModuleType:
    script = REPO / "scripts" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("lossledger_cli_reference", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


reference = _load_reference_script()
COMMANDS = list(reference.walk(cli, hidden=True))
IDS = [path for path, _command, _ctx in COMMANDS]


def _command_lacks_help(command: click.Command) -> bool:
    return not (command.help or command.short_help or "").strip()


def _options_without_help(command: click.Command, ctx: click.Context) -> list[str]:
    return [
        "/".join(param.opts)
        for param in command.get_params(ctx)
        if isinstance(param, click.Option) and not (param.help or "").strip()
    ]


@pytest.mark.parametrize(("path", "command", "ctx"), COMMANDS, ids=IDS)
def test_command_has_help(path: str, command: click.Command, ctx: click.Context) -> None:
    assert not _command_lacks_help(command), f"`{path}` has no help text: give its function a docstring"


@pytest.mark.parametrize(("path", "command", "ctx"), COMMANDS, ids=IDS)
def test_every_option_has_help(path: str, command: click.Command, ctx: click.Context) -> None:
    missing = _options_without_help(command, ctx)
    assert not missing, f"`{path}`: options without help text: {', '.join(missing)}"


def _toy_cli() -> click.Group:
    """A nested group with one command lacking help and one option lacking help."""

    @click.group()
    def toy() -> None:
        """A toy CLI."""

    @toy.group()
    def ledger() -> None:
        """Work on a ledger."""

    @ledger.command()
    @click.argument("path")
    @click.option("--limit", type=int)
    def show(path: str, limit: int | None) -> None:
        pass

    @toy.command(hidden=True)
    @click.option("--fast", is_flag=True, help="Go fast.")
    def secret(fast: bool) -> None:
        """Not listed in the reference."""

    return toy


def test_walk_finds_nested_and_hidden_commands_and_the_checks_catch_gaps() -> None:
    toy = _toy_cli()
    visible = [path for path, _c, _x in reference.walk(toy, name="toy")]
    assert visible == ["toy", "toy ledger", "toy ledger show"]
    walked = {path: (c, x) for path, c, x in reference.walk(toy, name="toy", hidden=True)}
    assert set(walked) == {*visible, "toy secret"}
    show, show_ctx = walked["toy ledger show"]
    assert _command_lacks_help(show)
    assert _options_without_help(show, show_ctx) == ["--limit"]
    secret, secret_ctx = walked["toy secret"]
    assert not _command_lacks_help(secret) and _options_without_help(secret, secret_ctx) == []
    rendered = reference.render(toy, name="toy")
    assert "## toy ledger show\n" in rendered and "toy secret" not in rendered


@pytest.mark.parametrize(("path", "command", "ctx"), COMMANDS, ids=IDS)
def test_help_runs(path: str, command: click.Command, ctx: click.Context) -> None:
    """``--help`` works from the real entry point, not only through the walk."""
    args = [*path.split()[1:], "--help"]
    result = CliRunner().invoke(cli, args, prog_name="lossledger")
    assert result.exit_code == 0, result.output
    assert "Usage: lossledger" in result.output


def test_reference_is_up_to_date() -> None:
    docs = reference.DEFAULT_OUTPUT
    expected = reference.render()
    current = docs.read_text(encoding="utf-8") if docs.is_file() else ""
    assert current == expected, (
        f"{docs.relative_to(REPO)} is out of date with the CLI; regenerate it with `{reference.REGENERATE}`"
    )


def test_reference_lists_every_visible_command() -> None:
    text = reference.render()
    for path, _command, _ctx in COMMANDS:
        if not any(c.hidden for c in _chain(path)):
            assert f"## {path}\n" in text


def _chain(path: str) -> list[click.Command]:
    """The commands along ``path`` (``lossledger a b`` -> [cli, a, b])."""
    chain: list[click.Command] = [cli]
    ctx = click.Context(cli)
    for name in path.split()[1:]:
        group = chain[-1]
        assert isinstance(group, click.Group)
        sub = group.get_command(ctx, name)
        assert sub is not None
        chain.append(sub)
    return chain
