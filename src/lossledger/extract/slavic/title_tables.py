"""The tables of round 34c's titles of a nation (extract/slavic/title_nation.py), built once a language, with the
language's own tables, so that the language's one pass over a sentence finds their phrases too (not a pass of
their own over every sentence)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...languages.morphology import PhraseTable

__all__ = ["TitleTables", "title_tables"]

#: the language's titles by kind, the nations' names, and each nation's keys by kind
TitleTables = tuple[PhraseTable, PhraseTable, dict[str, dict[str, str]]]


def title_tables(raw: Mapping[str, Any], lang: str) -> TitleTables | None:
    """The titles (grammar ``[titles]`` and ``context.head_of_state``), the nations' names and keys (profile
    ``[title_nations]``), or None where the profile names no nation or the grammar no title."""
    spec = raw.get("profile", {}).get("title_nations") or {}
    grammar = raw.get("grammar", {})
    titles = {kind: list(words) for kind, words in grammar.get("titles", {}).items()}
    titles["head_of_state"] = list(grammar.get("context", {}).get("head_of_state", ()))
    if not spec or not titles:
        return None
    return (PhraseTable(titles, lang),
            PhraseTable({nation: table.get("names", []) for nation, table in spec.items()}, lang),
            {nation: {k: v for k, v in table.items() if isinstance(v, str)} for nation, table in spec.items()})
