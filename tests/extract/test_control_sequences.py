"""Terminal control sequences in a source's text are no figures, and never reach the reader's screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lossledger.cli import cli
from lossledger.extract import extract_claims

ESC, BEL = "\x1b", "\x07"


@pytest.mark.parametrize(
    "text",
    [
        f"The General Staff said Russian losses stand at {ESC}]0;title{BEL} troops.",  # OSC: set the window title
        f"Russia has lost {ESC}]2;7 tanks{ESC}\\ tanks, Ukraine's military said.",  # OSC ended by ST
        "Kyiv said Russian personnel losses reached \x9d0;8-bit title\x9c soldiers.",  # the 8-bit OSC
        f"Russian troop losses are {ESC}[1;31m{ESC}[0m, the General Staff said on Monday.",  # CSI colours
    ],
)
def test_a_control_sequence_yields_no_claim(text: str) -> None:
    assert extract_claims(text, doc_id="x") == []


def test_a_figure_beside_a_control_sequence_is_read_and_quoted_as_the_source_wrote_it() -> None:
    text = f"Intro line.\nThe General Staff said Russian losses stand at {ESC}[1m300{ESC}[0m troops."
    (claim,) = extract_claims(text, doc_id="x")
    assert claim.value == 300
    # the quote is the source's own text at the claim's offsets; printing it makes the escapes visible
    assert claim.quote == text[claim.start:claim.end] and f"{ESC}[1m300" in claim.quote


def test_extract_prints_no_control_character(tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(f"Russia lost 300 tanks, the General Staff said {ESC}]0;owned{BEL} on Monday.\n"
                      f"{ESC}[2J{ESC}]8;;http://x.example/{BEL}link{ESC}]8;;{BEL}\n", encoding="utf-8")
    for fmt in ("table", "jsonl", "csv"):
        result = CliRunner().invoke(cli, ["extract", str(source), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert "300" in result.stdout
        assert not any(ch in result.output for ch in (ESC, BEL, "\x9b", "\x9d")), (fmt, result.output)


def test_the_quick_check_for_controls_admits_every_character_a_sequence_begins_with() -> None:
    from lossledger.extract.body import _CONTROL_START, _TERMINAL_CONTROL, blank_terminal_controls

    # a text without any of _CONTROL_START's characters is returned as it is, unsearched
    starts = [chr(c) for c in range(0x3000) if _TERMINAL_CONTROL.match(chr(c) + "[0m")]
    assert starts and all(_CONTROL_START.match(char) for char in starts)
    for char in starts:
        assert blank_terminal_controls(f"Troops: {char}[0m12") != f"Troops: {char}[0m12"
