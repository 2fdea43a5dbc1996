"""The ``lossledger`` command line: a thin layer that parses, calls one library function and prints.

Only this module prints or exits.
"""

from __future__ import annotations

import sys

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lossledger")
def cli() -> None:
    """lossledger: turn war news into a checkable ledger of loss claims."""


def main() -> None:
    cli(prog_name="lossledger")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
