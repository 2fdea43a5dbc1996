"""Reading a language's grammar file, checked against the names every grammar of its kind defines.

``languages/schema.toml`` lists them: what every language defines (its number words, month and weekday
names...) and what each kind of grammar adds (``patterns``: named regular expressions, English;
``phrases``: phrases matched by dictionary lemma, Ukrainian and Russian). A file missing one is one
error naming the file and the key, when the language is first used.

The language folders are the package's (``lossledger/languages/<code>/``) and, before them, those of the
directories listed in the environment variable ``LOSSLEDGER_LANGUAGES`` (separated like ``PATH``): a language
is added by a folder of data there, with no change to the package.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from ..errors import LossledgerError

__all__ = ["check_grammar", "grammar_kinds", "language_codes", "read_grammar", "required_names"]


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return tomllib.loads((resources.files("lossledger.languages") / "schema.toml").read_text(encoding="utf-8"))


def grammar_kinds() -> tuple[str, ...]:
    """The kinds of grammar the extractor reads (``patterns``, ``phrases``)."""
    return tuple(_schema()["kinds"])


def required_names(kind: str) -> tuple[str, ...]:
    """The dotted names a grammar of ``kind`` defines: the common ones, then its kind's."""
    return (*_schema()["common"]["required"], *_schema()["kinds"][kind]["required"])


def _has(data: Mapping[str, Any], dotted: str) -> bool:
    node: Any = data
    for key in dotted.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return False
        node = node[key]
    return True


def check_grammar(data: Mapping[str, Any], *, where: str) -> None:
    """Raise ``LossledgerError`` naming ``where`` and the first name its kind requires that ``data`` lacks."""
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in _schema()["kinds"]:
        raise LossledgerError(f"{where}: `kind` must be one of {', '.join(grammar_kinds())} (got {kind!r})")
    for name in required_names(kind):
        if not _has(data, name):
            raise LossledgerError(f"{where}: no {name!r} (every {kind} grammar defines it; see "
                                   "languages/schema.toml)")


def _roots() -> list[Traversable]:
    """Where language folders are looked for: ``LOSSLEDGER_LANGUAGES``'s directories, then the package's."""
    extra = [Path(d) for d in os.environ.get("LOSSLEDGER_LANGUAGES", "").split(os.pathsep) if d]
    return [*extra, resources.files("lossledger.languages")]


def _grammar_file(code: str) -> Traversable | None:
    for root in _roots():
        path = root.joinpath(code, "grammar.toml")
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1)
def language_codes() -> tuple[str, ...]:
    """Every language with a grammar file, by code, sorted."""
    return tuple(sorted({folder.name for root in _roots() if root.is_dir() for folder in root.iterdir()
                         if folder.is_dir() and folder.joinpath("grammar.toml").is_file()}))


@lru_cache(maxsize=16)
def read_grammar(code: str) -> Mapping[str, Any]:
    """The checked contents of ``languages/<code>/grammar.toml`` (read once)."""
    path = _grammar_file(code)
    where = f"languages/{code}/grammar.toml" if path is None else str(path)
    if path is None:
        raise LossledgerError(f"{where}: no such grammar file (no language {code!r})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LossledgerError(f"{where}: not TOML: {exc}") from exc
    check_grammar(data, where=where)
    return data
