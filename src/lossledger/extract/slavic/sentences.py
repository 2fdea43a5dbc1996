"""Sentences, paragraphs and list items of a document."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ...languages.morphology import Token

# -- sentences -------------------------------------------------------------------------------------------


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    kind: str  # "sentence", "list_item", "heading"
    tokens: list[Token] = field(default_factory=list)


#: A sentence's end: its stop, a closing quote, spaces, and a capital or a digit after them (the boundary is
#: after the stop: ``match.start() + 1``; the stop is matched rather than looked behind for, so that ``re``
#: jumps from stop to stop instead of trying every character).
_SENT_END = re.compile(r"[.!?…][\"»”]?\s+(?=[«\"“(—–‒−-]?\s*[A-ZА-ЯІЇЄҐЁ0-9])")
#: The same where the stop can only be a "." (a line with no "!", "?" or "…", most): ``re`` looks for one character
#: from one to the next in a few instructions each, where a set of them costs some hundred a character.
_FULL_STOP_END = re.compile(r"\.[\"»”]?\s+(?=[«\"“(—–‒−-]?\s*[A-ZА-ЯІЇЄҐЁ0-9])")
_ABBREV = re.compile(r"(?<![^\W\d_])"  # (a word of its own: not the end of "губернатор.")
                     r"(?:тис|тыс|млн|млрд|р|г|ст|ім|им|т\.\s?зв|т\.\s?е|т\.\s?д|пор|див|см|н\.е|ул|вул|обл)\.$", re.I)


def _ends_a_long_word(line: str, end: int) -> bool:
    """Whether the five characters before the stop at ``line[end - 1]`` are letters (no abbreviation ends so)."""
    return end >= 6 and line[end - 6:end - 1].isalpha()


#: A list item's mark: a dash, a bullet or an emoji ("▪️", "🔹", a keycap "1️⃣"), or "1." / "1)".
_BULLET = re.compile(r"^\s*(?:[^\w\s«\"“„(\[]{1,3}|\d+[.)]|\d\ufe0f?\u20e3)\s*(?=\w)")
#: A line of a list with no marks: a label, a dash or a colon, a figure ("танків – 7 446 (+14) од.", "танки: 11 401
#: (+3)").
_LABEL_LINE = re.compile(r"^\s*[^\W\d_][^\n.:;!?—–‒−]{0,80}?(?:\s[—–‒−-]|:)\s*[^\W\d_]{0,12}\s?\d")


def _emoji_title(text: str, line: str, after: int) -> bool:
    """"🔴 Наслідки ворожих атак за минулу добу" over a blank line: the first line of a post, opened by a pictograph
    and set off by a blank line, is its title, not an item of a list."""
    lead = line.lstrip()[:1]
    return bool(lead) and unicodedata.category(lead) == "So" and text[after:after + 1] in ("\n", "")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences by line (a line is a paragraph; a bulleted line a list item; a short first line with no
    closing stop the headline), split at sentence ends that are not abbreviations ("тис.", "г.")."""
    out: list[Sentence] = []
    pos = 0
    paragraph = 0
    in_list = False  # after a line ending with a colon, while the lines are "label – figure"
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        paragraph += 1
        is_item = (bool(_BULLET.match(line)) and not (not out and _emoji_title(text, line, pos))) \
            or (in_list and bool(_LABEL_LINE.match(line)))
        in_list = line.rstrip().endswith(":") or (in_list and is_item)
        # (an abbreviation is a few letters before the stop: the last dozen characters are enough to look at; none
        # is five letters or more, so the stop after five letters in a row, most, is not looked at)
        stops = _SENT_END if "!" in line or "?" in line or "…" in line else _FULL_STOP_END
        ends = [end for m in stops.finditer(line)
                if _ends_a_long_word(line, end := m.start() + 1)
                or not _ABBREV.search(line[max(0, end - 16):end].rstrip("\"»”"))]
        bounds = [0, *ends, len(line)]
        stripped = line.strip()
        heading = (not out and not is_item and len(stripped) < 220 and stripped[-1] not in ".!?:;…\"»”")
        for a, b in zip(bounds, bounds[1:], strict=False):
            seg = line[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail <= lead:
                continue
            start, end = line_start + a + lead, line_start + a + trail
            kind = "list_item" if is_item else ("heading" if heading else "sentence")
            out.append(Sentence(start, end, paragraph, kind))
    return out
