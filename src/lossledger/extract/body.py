"""The article's own body, cut into sentences with their offsets.

News text arrives wrapped in things that are not the article: related-story bullets, "See also" and
"READ MORE" lines, photo captions and credits, newsletter prompts, comment sections and footers.
``sentences(text)`` drops those and returns the rest as ``Sentence`` records whose offsets point into
the original text, so every claim can quote its evidence exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..languages.grammar import PatternGrammar
from ..languages.scan import ASCII_CHARACTERS, class_first, literal_prefixes
from .required_words import holds_one_of, required_literals

__all__ = ["BodyRules", "Sentence", "blank_terminal_controls", "line_sentences", "sentences"]

# --- What is not text --------------------------------------------------------------------------
# Terminal control sequences (ECMA-48): CSI ("ESC [ 0 m"), the string commands OSC/DCS/PM/APC/SOS ("ESC ] 0 ;
# title BEL", ended by BEL or ST, else at the line's end), other escapes ("ESC c"), their 8-bit C1 forms, and
# any other C0/C1 control but the line breaks and tab. Their digits ("0" in "ESC ] 0 ;") are no figures.
_TERMINAL_CONTROL = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|[\x00-\x08\x0e-\x1b\x7f\x80-\x84\x86-\x9f]"
)


#: The characters a control sequence begins with: one class, which ``re`` skips through quickly (it tries the
#: alternatives of _TERMINAL_CONTROL one by one at every character).
_CONTROL_START = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


#: The characters of _CONTROL_START, read from it (none lies above U+00FF), and those of them in ASCII: a text is looked
#: for each with ``in`` (``memchr`` in C, a fraction of an instruction a character), where ``re`` tests the class at
#: every character (tens of instructions each); an ASCII text can hold only the ASCII ones.
_CONTROL_CHARS = tuple(char for char in map(chr, range(0x100)) if _CONTROL_START.match(char))
_ASCII_CONTROL_CHARS = tuple(char for char in _CONTROL_CHARS if char.isascii())


def _holds_control(text: str) -> bool:
    """``_CONTROL_START.search(text) is not None``: whether ``text`` holds a character a control sequence begins
    with (most texts hold none)."""
    for char in _ASCII_CONTROL_CHARS if text.isascii() else _CONTROL_CHARS:  # noqa: SIM110 (cheaper than any())
        if char in text:
            return True
    return False


def blank_terminal_controls(text: str) -> str:
    """``text`` with every terminal control sequence replaced by as many spaces: what a sequence holds
    yields no claim, and offsets into ``text`` stay those of the original."""
    if not _holds_control(text):
        return text
    return _TERMINAL_CONTROL.sub(lambda m: " " * len(m.group()), text)


class BodyRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        # A line like this ends the article; a line like that is dropped on its own.
        self.end_of_article = g.pattern("end_of_article", guard=False)
        self.not_body_line = g.pattern("not_body_line", guard=False)
        self.sentence_end = class_first(g.pattern("sentence_end", guard=False))  # searched in every line
        # the marks a sentence's end opens on (".", "!", "?"), when it opens on one of a few cased characters: a line
        # is looked for them with ``str.find`` and the pattern tried only there (``sentence_ends``)
        self.sentence_marks = _opening_marks(self.sentence_end)
        self.item_separator = g.pattern("item_separator", guard=False)  # a crawl's "+++" between its items
        # the literals one of which every separator holds ("+++", "//"): a line without any holds none
        self.item_separator_marks = required_literals(self.item_separator)
        # The parts of NOT_BODY_LINE that may match past a line's start need a word for a newsletter and one
        # of the sign-up words, or end the line with a credit.
        self.not_body_newsletter = g.words("body.newsletter_words")
        self.not_body_newsletter_nouns = g.words("body.newsletter_nouns")
        self.not_body_credits = g.words("body.credits")
        # A heading that introduces a list whose items are part of the article.
        self.list_intro = g.pattern("list_intro", guard=False)
        self.figures_heading_end = g.pattern("figures_heading_end", guard=False)
        # Abbreviations after which a full stop does not end a sentence.
        self.abbreviations = frozenset(g.words("body.abbreviations"))
        self.clock_before_zone = g.pattern("clock_before_zone", guard=False)
        self.timeline_day_dash = g.pattern("timeline_day_dash", guard=False)


BULLET = re.compile(r"^\s*(?:[•·▪●◦*]|-(?=\s)|–(?=\s)|\d+\.(?=\s))\s*")
_LIST_ITEM_MAX = 160  # a longer line after a list heading is prose again
# A bullet with no list heading above it is a related-story link unless it reads as prose: a full
# sentence of this length or more that ends with a full stop ("key events" digests under "Fighting").
_PROSE_BULLET_MIN = 60
# ... or, for a numbered line ("4. The governor said a strike killed two people."), a shorter sentence: a related
# story's link is a headline, which ends with no full stop
_PROSE_NUMBERED_MIN = 36
# A line ending in one of these (before trailing space) is prose, not a heading.
_TERMINAL = tuple(".!?:;,\"”’')]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article body. ``paragraph`` counts body lines; ``kind`` is
    ``sentence``, ``list_item`` (a bullet or a "label - number" line) or ``heading`` (no final
    punctuation: a title or subtitle)."""

    start: int
    end: int
    text: str
    paragraph: int
    kind: str


def _not_body(r: BodyRules, line: str, lowered: str | None = None) -> bool:
    """``NOT_BODY_LINE.search(line)``, without scanning the whole line when it cannot match past its start
    (``lowered``: ``line.lower()`` when the caller has it)."""
    if r.not_body_line.match(line):
        return True
    if line.isascii() or _lower_is_faithful(line):
        lowered = line.lower() if lowered is None else lowered
        if not (lowered.rstrip().endswith(r.not_body_credits)  # str.rstrip strips what re's \s matches
                or (holds_one_of(lowered, r.not_body_newsletter_nouns)
                    and holds_one_of(lowered, r.not_body_newsletter))):
            return False
    return r.not_body_line.search(line) is not None


_ASCII_LETTER = re.compile(r"[a-z]", re.IGNORECASE)
_FOLDS_TO_ASCII: dict[str, bool] = {}  # non-ASCII character -> does re's IGNORECASE match it to a-z


def _lower_is_faithful(line: str) -> bool:
    """True when ``str.lower`` finds every ASCII word that re's IGNORECASE finds in ``line``: no character
    of it folds to an ASCII letter ("\u212a", the Kelvin sign, matches "k"). Curly quotes and dashes
    make most news lines non-ASCII; they are checked once per distinct character."""
    for char in set(line).difference(ASCII_CHARACTERS):  # (the line's other characters, set apart in C)
        folds = _FOLDS_TO_ASCII.get(char)
        if folds is None:
            folds = _FOLDS_TO_ASCII[char] = _ASCII_LETTER.fullmatch(char) is not None
            if len(_FOLDS_TO_ASCII) > 10_000:  # bounded: memory stays flat over any corpus
                _FOLDS_TO_ASCII.clear()
        if folds:
            return False
    return True


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        spans.append((pos, pos + len(content)))
        pos += len(line)
    return spans


def _last_token(chunk: str) -> str:
    """The run of word characters and dots that ends ``chunk``: what ``[\\w.]+$`` finds in a line (no
    newline), read backwards instead of searched for (re's \\w is exactly str.isalnum() or "_"). Most chunks end with
    a plain word after a space: taken whole when it is all letters or digits (one ``isalnum`` in C, where the walk
    back tests each character in Python); the walk back stops at that space too."""
    tail = chunk[chunk.rfind(" ") + 1:]
    if tail.isalnum():
        return tail
    i = len(chunk)
    while i and (chunk[i - 1].isalnum() or chunk[i - 1] in "_."):
        i -= 1
    return chunk[i:]


def _introduces_list(r: BodyRules, line: str) -> bool:
    """``LIST_INTRO.search(line)`` for a line (no newline): its ':' branch is a test of the line's end,
    and its other branch is anchored at the start; or a factbox heading ("..., by the numbers"), asked of the line's
    end."""
    return (line.rstrip().endswith(":") or r.list_intro.match(line) is not None
            or r.figures_heading_end.search(line, max(0, len(line) - 24)) is not None)


def _reads_as_prose(line: str) -> bool:
    """A bullet line that is a whole sentence, not a headline: long (a numbered one less so), and ending with a full
    stop."""
    shortest = _PROSE_NUMBERED_MIN if line[:1].isdigit() else _PROSE_BULLET_MIN
    return len(line) >= shortest and line.rstrip("\"')").endswith(".")


def _timeline_line(r: BodyRules, line: str, after_bullet: int) -> bool:
    """A bullet that opens on a day and a dash and ends with a full stop ("- 5 June 2024 – Kyiv said ..."): a line of
    the article's timeline, short as it may be (a related story's link is a headline, undated)."""
    return line.rstrip("\"')").endswith(".") and r.timeline_day_dash.match(line, after_bullet) is not None


def sentences(text: str, *, grammar: PatternGrammar,
              cut: dict[tuple[int, int], list[tuple[int, int]]] | None = None) -> list[Sentence]:
    """The article body of ``text`` as sentences, boilerplate left out (as ``grammar`` writes it). ``cut``: lines
    already cut into sentences, by (start, end) (``line_sentences``'s)."""
    r = grammar.rules(BodyRules)
    result: list[Sentence] = []
    seen_lines: set[str] = set()
    in_list = False
    paragraph = 0
    for start, end in _lines(text):
        raw = text[start:end]
        line = raw.strip()
        if not line:
            continue
        if r.end_of_article.search(line):
            break
        bullet = BULLET.match(raw)
        key = line.lower()
        caption = None
        if _not_body(r, line, lowered=key) and not (bullet and in_list):
            caption = _caption_before_credit(r, text, start, end, line, key)
            if caption is None:
                continue
        if key in seen_lines and len(line) > 20:
            continue  # a caption or headline repeated
        seen_lines.add(key)
        list_intro = _introduces_list(r, line)
        if bullet:
            if not in_list and not _reads_as_prose(line) and not _timeline_line(r, line, bullet.end() - (
                    len(raw) - len(raw.lstrip()))):
                continue  # a bullet not introduced by a list heading: a related-story link
            kind = "list_item"
            start += bullet.end()
        elif list_intro or caption:
            kind = "sentence"
        elif in_list and len(line) <= _LIST_ITEM_MAX:
            kind = "list_item"  # "tanks - 854 units," under "... were approximately:"
        elif not line.rstrip().endswith(_TERMINAL):
            kind = "heading"
        else:
            kind = "sentence"
        in_list = list_intro or (in_list and kind == "list_item")
        paragraph += 1
        spans = caption or (cut.get((start, end)) if cut else None)
        crawl = _item_separator(r, text, start, end) is not None
        last_end = start
        for s, e in _line_spans(r, text, start, end) if spans is None else spans:
            if crawl and r.item_separator.search(text, last_end, s):
                paragraph += 1  # a crawl's next item is a story of its own, as a line is
            result.append(Sentence(s, e, text[s:e], paragraph, kind))
            last_end = e
    return result


def _caption_before_credit(r: BodyRules, text: str, start: int, end: int, line: str, lowered: str
                           ) -> list[tuple[int, int]] | None:
    """The sentences of a photo caption before the credit that ends its line ("... Kyiv says 4,000 were killed last
    week. Jane Doe/AFP"): the caption is the article's, the credit is not. None when the line is no such caption: one
    sentence (the credit's own line), or dropped for a reason of its own."""
    if not lowered.rstrip().endswith(r.not_body_credits) or r.not_body_line.match(line):
        return None
    spans = _line_spans(r, text, start, end)
    if len(spans) < 2 or _not_body(r, text[spans[0][0]:spans[-2][1]]):
        return None
    return spans[:-1]


def _line_spans(r: BodyRules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of the line ``text[start:end]`` (its bullet left out), without their surrounding space: a news
    crawl's items, set apart by a run of marks ("+++ ... +++"), each on its own, and each cut into sentences."""
    separator = _item_separator(r, text, start, end)
    if separator is None:
        return _sentence_spans(r, text, start, end)
    out, cur = [], start
    while separator is not None:
        out += _sentence_spans(r, text, cur, separator.start())
        cur = separator.end()
        separator = r.item_separator.search(text, cur, end)
    return out + _sentence_spans(r, text, cur, end)


def _item_separator(r: BodyRules, text: str, start: int, end: int) -> re.Match[str] | None:
    """``r.item_separator.search(text, start, end)``, or None at once when the line holds none of the literals every
    separator holds (``str.find`` skips a line several times faster than ``re`` tries the marks' class at each of
    its characters; a line of a news crawl is rare, and each line is asked twice)."""
    marks = r.item_separator_marks
    if marks is not None:
        for mark in marks:
            if text.find(mark, start, end) >= 0:
                break
        else:
            return None
    return r.item_separator.search(text, start, end)


def _opening_marks(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The characters every match of ``pattern`` opens on, when they are a few, read as spelled (the pattern does not
    ignore case), else None."""
    if pattern.flags & re.IGNORECASE:
        return None
    firsts = literal_prefixes(pattern.pattern, pattern.flags, length=1, anchored=True, fold=False)
    if not firsts or len(firsts) > 4 or any(len(first) != 1 for first in firsts):
        return None
    return tuple(sorted(firsts))


def sentence_ends(r: BodyRules, text: str, pos: int, end: int) -> list[re.Match[str]]:
    """``list(r.sentence_end.finditer(text, pos, end))``: where the window holds one of the marks a match opens on
    and no other (most lines: full stops only), the pattern is tried only at each of its places, found by ``str.find``
    (``re`` tests the pattern's opening class at every character, tens of instructions each; a match starts on a mark,
    and the next is sought from the end of the last, as ``finditer`` seeks it)."""
    marks = r.sentence_marks
    if marks is None:
        return list(r.sentence_end.finditer(text, pos, end))
    held, at = "", -1
    for mark in marks:
        place = text.find(mark, pos, end)
        if place >= 0:
            if at >= 0:  # two kinds of mark: rare, searched whole
                return list(r.sentence_end.finditer(text, pos, end))
            held, at = mark, place
    found: list[re.Match[str]] = []
    match = r.sentence_end.match
    while at >= 0:
        m = match(text, at, end)
        if m is None:
            at = text.find(held, at + 1, end)
        else:
            found.append(m)
            at = text.find(held, m.end(), end)
    return found


def _sentence_spans(r: BodyRules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, without their surrounding space: cut where SENTENCE_END matches, but not
    after an abbreviation, an initial or a clock time."""
    line = text[start:end]
    cur = start + len(line) - len(line.lstrip())
    out = []
    for m in sentence_ends(r, text, cur, end):
        stop = m.start()
        token = _last_token(text[cur:stop + 1].rstrip(".!?\"”’')]")).lower().rstrip(".")
        # "U.S." / "Feb." / single initials do not end a sentence.
        if token in r.abbreviations or (len(token) == 1 and token.isalpha() and text[stop] == "."):
            continue
        if r.clock_before_zone.match(text, max(0, stop - 3)):
            continue  # "at 11 p.m. Moscow time"
        # the space the sentence ends with is the match's own: after the mark at its start, which is none
        out.append((cur, stop + len(text[stop:m.end()].rstrip())))
        cur = m.end()
    if cur < end and (stripped := len(text[cur:end].rstrip())):
        out.append((cur, cur + stripped))
    return out


def line_sentences(text: str, start: int, end: int, *, grammar: PatternGrammar,
                   cut: dict[tuple[int, int], list[tuple[int, int]]] | None = None) -> list[list[tuple[int, int]]]:
    """The (start, end) of each sentence ``sentences`` would read in each line of ``text[start:end]`` (which
    begins and ends at a line break or the text's ends), one list a line: those of every line, kept or not,
    so a test of them sees at least what one of ``sentences`` would (``gate.may_hold_claims``). Each line's
    are filed in ``cut`` too, by the line's (start, end), for ``sentences`` to take."""
    r = grammar.rules(BodyRules)
    found = []
    for line_start, line_end in _lines(text[start:end]):
        line_start, line_end = start + line_start, start + line_end
        bullet = BULLET.match(text[line_start:line_end])
        if bullet:  # a kept bullet line is read after its bullet
            line_start += bullet.end()
        found.append(_line_spans(r, text, line_start, line_end))
        if cut is not None:
            cut[line_start, line_end] = found[-1]
    return found
