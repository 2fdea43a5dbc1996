"""Copies of the English grammar with some of its words changed: the tests that show a stage reads its words
from the grammar, not from its code."""

from __future__ import annotations

import copy
from typing import Any

from lossledger.languages.grammar import PatternGrammar
from lossledger.languages.loader import read_grammar


def english_with(**changes: Any) -> PatternGrammar:
    """A fresh copy of the English grammar with the entries at the dotted names given (``numbers__range_to`` for
    ``numbers.range_to``) replaced."""
    data: dict[str, Any] = copy.deepcopy(dict(read_grammar("en")))
    for dotted, value in changes.items():
        *path, last = dotted.split("__")
        node = data
        for key in path:
            node = node[key]
        node[last] = value
    return PatternGrammar("en", data, where="a changed English grammar")
