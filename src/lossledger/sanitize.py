"""Text from a source made inert before it reaches a person: every output path goes through here.

An article's text (its quote, its claimant's words, its id) is written to terminals, CSV files and JSON.
A terminal obeys escape sequences (window titles, OSC 8 links, clearing the screen), a spreadsheet runs
a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula, and bidirectional controls reorder
what is shown. Here control characters are made visible as escapes (``\\x1b``) and formula cells are
neutralised with a leading apostrophe (the OWASP rule for CSV injection).
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["csv_cell", "csv_row", "json_line", "visible"]

# C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates (which reorder the text
# shown around them). Tab, newline and carriage return are handled apart.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|[\r\n\t\u2028\u2029\x85]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, keep_lines: bool = False) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``) instead of obeyed.

    Line breaks and tabs become spaces (a table cell is one line), or, with ``keep_lines``, stay as they
    are except a carriage return, which would let the text overwrite the start of its line.
    """
    if text.isprintable():
        return text
    if keep_lines:
        text = text.replace("\r\n", "\n")
        return _CONTROLS.sub(_escape, text).replace("\r", "\\r")
    return _CONTROLS.sub(_escape, _LINE_BREAKS.sub(" ", text))


#: First characters a spreadsheet reads as the start of a formula (or that hide one behind them).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs: text beginning with ``= + - @``, a tab or a carriage return
    gets a leading apostrophe (OWASP); control characters are made visible (``visible``, newlines kept).
    Numbers and other non-text values are returned as they are."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return visible(value, keep_lines=True)


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """``csv_cell`` applied to every cell of a row."""
    return {key: csv_cell(value) for key, value in row.items()}


# JSON already escapes C0 controls; C1 controls (an 8-bit terminal's CSI is \x9b) and bidirectional
# controls pass through with ensure_ascii=False. As \\u escapes they are the same JSON value, made inert.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_line(value: Any, **dumps_options: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)`` with the characters a terminal would act on escaped."""
    text = json.dumps(value, ensure_ascii=False, **dumps_options)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
