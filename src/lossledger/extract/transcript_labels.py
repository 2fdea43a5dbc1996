"""A transcript whose speakers are labelled by name or title in title case at the start of their lines ("Defence
Minister Nikolai Vetrov: Mr President,", "Secretary General: Our own estimate is ...", "Pavel Sorokin: Thank you."):
each label speaks for its lines and the unlabelled lines after it, up to the next label, where no sentence names a
source of its own. The capitals-only labels ("COMMANDER:") are ``line_sources.speaker_label_source``'s.

Who a label is: what its own words classify as, with a role ("President of Russia Pavel Sorokin"); else what the text
introduces its words as elsewhere ("Secretary General" after "Press conference by NATO Secretary General ..."); else a
role with no nation ("Defence Minister ...") in the nation of the transcript's other speakers (a meeting of one
state's officials). Read once a document, and only for a document with enough such labels to be a transcript."""

from __future__ import annotations

import bisect
import functools
import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader, Source
from .sources import classify_source, role_spans, roles_of_nation_speaking_as

__all__ = ["TranscriptLabelRules", "transcript_speaker_source"]

#: How many labelled lines make a transcript (its speakers take turns: a lone "Kharkiv: ..." line is a story's topic).
_MIN_LABELS = 3
#: How far into its line a label's colon may stand (a name, a title and an outlet in brackets).
_LABEL_REACH = 160


class TranscriptLabelRules:
    """The title-case speaker labels of a transcript, compiled from one language's grammar."""

    def __init__(self, g: PatternGrammar) -> None:
        self.label = g.pattern("title_speaker_label", guard=False)
        self.run_before = g.pattern("title_run_before", guard=False)
        self.run_after = g.pattern("title_run_after", guard=False)
        self.office_title = g.pattern("office_title_label", guard=False)


def transcript_speaker_source(reader: Reader, sent: Sentence) -> Source | None:
    """The speaker whose labelled turn ``sent`` is in, when the document is a transcript of such turns."""
    starts, speakers = _labels(reader)
    index = bisect.bisect_right(starts, sent.start) - 1
    return speakers[index] if index >= 0 else None


def _labels(reader: Reader) -> tuple[list[int], list[Source | None]]:
    if reader.transcript_labels is None:
        reader.transcript_labels = _read_labels(reader)
    return reader.transcript_labels


def _read_labels(reader: Reader) -> tuple[list[int], list[Source | None]]:
    r = reader.grammar.rules(TranscriptLabelRules)
    found = _label_lines(reader.text, r.label)
    if len(found) < _MIN_LABELS:
        return [], []
    runs_of: dict[str, list[tuple[str, int]]] = {}  # by label: a speaker's label recurs at each turn, read once
    for m in found:
        if m.group("label") not in runs_of:
            runs_of[m.group("label")] = _runs(reader, r, m.group("label"), m.start())
    runs = [runs_of[m.group("label")] for m in found]
    speakers = [next((s for s in (_classified(reader, words, at) for words, at in named) if s is not None), None)
                for named in runs]
    nations = {s.key for s in speakers if s is not None}
    if len(nations) == 1:
        for i, named in enumerate(runs):
            if speakers[i] is None:
                speakers[i] = next((s for s in (_role_in_nation(reader, words, at, next(iter(nations)))
                                                 for words, at in named) if s is not None), None)
    if None in speakers:
        _offices_of_body_named(reader, r, found, speakers)
    return [m.start() for m in found], speakers


def _label_lines(text: str, label: re.Pattern[str]) -> list[re.Match[str]]:
    """The labels that open lines, tried only at the lines of the text's colons (a scan of every position of every
    line would cost each document what few transcripts need)."""
    found: list[re.Match[str]] = []
    at = text.find(":")
    while at != -1:
        lo = max(0, at - _LABEL_REACH)
        line_start = text.rfind("\n", lo, at) + 1
        # (a colon further into its line than a label reaches closes none: the line's start is not looked for)
        m = label.match(text, line_start) if line_start or lo == 0 else None
        if m is not None and m.end() - 2 == at:  # (the colon that closes the label, not a later one of its line)
            found.append(m)
        at = text.find(":", at + 1)
    return found


def _runs(reader: Reader, r: TranscriptLabelRules, label: str, start: int) -> list[tuple[str, int]]:
    """The label's own words, then the capitalised run around each other mention of them in the text ("by NATO
    Secretary General Lars Hemmingsen" for "Secretary General:"; a later line may introduce it too)."""
    runs = [(label, start)]
    for m in re.finditer(rf"\b{re.escape(label)}\b", reader.text):
        before = r.run_before.search(reader.text, max(0, m.start() - 80), m.start())
        after = r.run_after.match(reader.text, m.end())
        run_start = before.start() if before is not None else m.start()
        run_end = after.end() if after is not None else m.end()
        if run_end - run_start > len(label):
            runs.append((reader.text[run_start:run_end], run_start))
    return runs


def _classified(reader: Reader, words: str, start: int) -> Source | None:
    kind = classify_source(reader.profile, words.lower(), grammar=reader.grammar)
    if kind is None or kind[0] == "other":
        return None  # (a name nothing classifies: a reporter, a moderator)
    if kind[1] == "nation" and not role_spans(reader.profile, words, grammar=reader.grammar):
        return None  # (a place alone, "Kyiv:", is no speaker)
    return Source(kind[0], words, start, score=1)


def _role_in_nation(reader: Reader, words: str, start: int, key: str) -> Source | None:
    """'Defence Minister Nikolai Vetrov' among speakers of one nation: that nation's role."""
    roles = roles_of_nation_speaking_as(reader.profile, key)
    hit = roles.pattern.search(words.lower()) if roles is not None else None
    if roles is None or hit is None:
        return None
    return Source(roles.key(hit), words, start, score=1)


def _offices_of_body_named(reader: Reader, r: TranscriptLabelRules, found: list[re.Match[str]],
                           speakers: list[Source | None]) -> None:
    """'Secretary General:', 'Spokesperson:' never introduced: the officer of the one international body the document
    names elsewhere ("Press conference following the meeting of NATO defence ministers"), where the profile keys that
    body (``office_bodies``); none named, or two, and the label stays unnamed."""
    bodies = reader.profile.raw.get("office_bodies", {})
    named = {key for key, words in bodies.items() if _body_words(tuple(words)).search(reader.text)}
    if len(named) != 1:
        return
    key = next(iter(named))
    for i, m in enumerate(found):
        if speakers[i] is None and r.office_title.fullmatch(m.group("label")):
            speakers[i] = Source(key, m.group("label"), m.start(), score=1)


@functools.cache
def _body_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)
