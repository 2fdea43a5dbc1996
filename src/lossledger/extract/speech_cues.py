"""The cues of reported speech in a document, found once per document, and the writer's own judgement.

``PhraseCues`` finds the places where a phrase may say something ("according to", "by" after a report's noun, a
verb of saying, a possessive report) with one ``finditer`` per kind over the whole text, read lazily up to the
sentence asked about, and gives each sentence its phrases (read by ``speech_phrases``) in text order; it also
holds the document's word places that tell which sentences need no search at all. ``writer_judges`` tells a
sentence in the writer's own voice ("we assess that ...", "I reckon"), found once per sentence with those cues.
It is a module of its own because it is a stage before attribution proper: it reads where speech is reported, not
who says it; ``attribution`` reads the sources from what it finds and keeps room to grow under the module size
limit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from .attribution_rules import AttributionRules, WordPlaces, ends_held, finditer_by_prefixes, search_by_prefixes
from .body import Sentence
from .document import Reader
from .speech_phrases import (
    SUBJECT_REACH,
    Phrases,
    cue_phrase,
    possessive_phrase,
    says,
    verb_phrase,
)

# Reported speech: the phrase that says, and what it is (read by ``speech_phrases``), found once per document.


def document_phrases(reader: Reader, upto: int) -> dict[int, Phrases]:
    """Noun phrases that say something, by the start of their sentence: after "according to" and a
    postposed verb of saying (score 3), before a verb of saying or a possessive report (2). The scope says
    which figures of its sentence the source speaks for: a subject that opens its clause ("Ukraine says the
    number is ...") those after it, one set off by a comma (", President X said on Thursday.") those before.
    The cues are found in one pass over the document, read as far as ``upto`` (the end of the sentence asked
    about; every sentence before it is then complete): most sentences hold none, and a document whose figures
    come early is not read to its end."""
    cues = document_cues(reader)
    cues.read_to(upto)
    return cues.found


def document_cues(reader: Reader) -> PhraseCues:
    """The document's cues of reported speech, found on first use."""
    cues = reader.reported_phrases
    if cues is None:
        cues = reader.reported_phrases = PhraseCues(reader)
    return cues


class PhraseCues:
    """The document's cues of reported speech, read lazily in text order (``document_phrases``): each kind's
    matches are those of one ``finditer`` over the whole text, taken up to a sentence end when asked, so every
    sentence gets the phrases, in the order, that reading the whole text at once gives it."""

    def __init__(self, reader: Reader) -> None:
        r = reader.grammar.rules(AttributionRules)
        self.r = r
        self.norm = norm = reader.norm
        self.found: dict[int, Phrases] = {}
        self.starts = [sent.start for sent in reader.sentences]
        self.ends = [sent.end for sent in reader.sentences]
        possessive = any(ending in norm for ending in r.phrase.POSSESSIVE_ENDINGS)
        folded = reader.folded.folded
        # (kind, matches, the first match not read yet), in the order their phrases join a sentence's list
        self.kinds: list[tuple[str, Iterator[re.Match[str]], re.Match[str] | None]] = [
            (kind, matches, next(matches, None)) for kind, matches in (
                ("cue", finditer_by_prefixes(r.source_after_cue, r.source_after_cue_starts, norm, folded)),
                ("by_or_from", finditer_by_prefixes(r.by_or_from, r.by_or_from_starts, norm, folded)),
                ("per", finditer_by_prefixes(r.per_source, r.per_source_starts, norm, folded)),
                ("verb", r.verbs_in(norm, folded)),
                ("possessive", finditer_by_prefixes(r.possessive_report, r.possessive_report_starts, norm, folded)
                 if possessive else iter(())))]
        self.generic_words = WordPlaces(r.generic_source_words, norm, folded)  # (by ``attribution._sources_named``)
        self.trailing_dashes = WordPlaces(r.trailing_source_chars, norm, folded)  # (by ``trailing_line_source``)
        self.disputing_clauses = WordPlaces(r.disputing_clause_words, norm, folded)
        self.citing = WordPlaces(r.citing_words, norm, folded)
        # the writer's own judgement, asked of a sentence by its sources, what it leaves to remember and what it
        # points back at: found once per sentence (by start), and only where a match can start ("we")
        self.folded = folded
        self.writer_judges: dict[int, bool] = {}
        self.read = 0  # every cue that starts before this has been read
        self.next_cue = self._first_unread()  # most sentences hold no cue: asking about them costs one test

    def _sentence_of(self, m: re.Match[str]) -> tuple[int, int] | None:
        i = bisect_right(self.starts, m.start()) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and m.end() <= self.ends[i] else None

    def _add(self, lo: int, phrase: tuple[int, int, int, str] | None) -> None:
        if phrase is not None:
            self.found.setdefault(lo, []).append(phrase)

    def _first_unread(self) -> int:
        """Where the first cue not read yet starts (past the text's end when none is left)."""
        first = len(self.norm) + 1
        for _kind, _matches, m in self.kinds:
            if m is not None and m.start() < first:
                first = m.start()
        return first

    def read_to(self, upto: int) -> None:
        if upto <= self.read:
            return
        self.read = upto
        if upto <= self.next_cue:
            return
        for k, (kind, matches, m) in enumerate(self.kinds):
            while m is not None and m.start() < upto:
                self._read(kind, m)
                m = next(matches, None)
            self.kinds[k] = (kind, matches, m)
        self.next_cue = self._first_unread()

    def _read(self, kind: str, m: re.Match[str]) -> None:
        r, norm = self.r, self.norm
        bounds = self._sentence_of(m)
        if bounds is None:
            return
        if kind == "verb":
            if not says(r, norm, m, bounds[1]):
                return  # (asked once for both readings of the verb)
            # "Jane Doe, who heads the mission, said": the name, and what the clause says she is
            past = verb_phrase(r, norm, m, *bounds, past_clause=True)
            if not r.relation_clause_before_verb.search(norm, max(bounds[0], m.start() - SUBJECT_REACH), m.start()):
                plain = verb_phrase(r, norm, m, *bounds)  # (not "X, who has ties to Y, said": Y)
                if past is None or plain is None or plain[0] <= past[1]:
                    self._add(bounds[0], plain)  # (but not a piece of the clause after the name)
            self._add(bounds[0], past)
            return
        if kind == "possessive":
            self._add(bounds[0], possessive_phrase(r, norm, m, bounds[0]))
            return
        if kind == "by_or_from" and not ends_held(r.phrase.REPORT_NOUN_BEFORE,
                norm, max(bounds[0], m.start() - 64), m.start()):
            return  # "by" after no report noun: "killed by shelling"
        if ends_held(r.compared_before, norm[max(bounds[0], m.start() - 60):m.start()].rstrip() + " "):
            return  # "a figure far lower than estimates by U.S. officials": the source of another figure
        if m.group(0)[:1] == "," and ends_held(r.adverb_before_said, norm, max(bounds[0], m.start() - 30), m.start()):
            return  # "The governor, meanwhile, said a drone had hit ...": what was said, not who said it
        phrase = cue_phrase(r, norm, m.end(), bounds[1])
        if phrase is not None and m.group(0)[:1] in ',"”' and (
                r.clause_verb_after.match(norm, phrase[1], bounds[1])
                or r.clause_verb_after.search(norm, phrase[0], phrase[1])):
            return  # "X, a minister, said Ukraine had lost ...": the subject of what was said, not a source
        self._add(bounds[0], phrase)


def writer_judges(reader: Reader, sent: Sentence) -> bool:
    """'We assess that ...', 'we put them at ...' outside a quote: the writer's own judgement, apart from a source
    before of a key of its own (an outlet's or analyst's, "other", may be the writer's own desk: "images analysed
    by our verification team show ... We counted 12 tanks")."""
    cues = document_cues(reader)
    judges = cues.writer_judges.get(sent.start)
    if judges is None:
        r = reader.grammar.rules(AttributionRules)
        starts = r.author_judges_starts
        judges = False
        if starts is None or starts.may_start_in(cues.folded, sent.start, sent.end):
            s_text = reader.norm[sent.start:sent.end]
            # (the test in C first; then the pattern only where "we" stands, not at each place of the sentence:
            # "were", "between" and "weeks" hold it far more often than "we" does)
            folded = cues.folded[sent.start:sent.end] if cues.folded is not None else None
            judges = '"' not in s_text and search_by_prefixes(
                r.author_judges, starts, s_text, folded, 0, len(s_text)) is not None
        if not judges and r.writer_reckons.search(reader.norm, sent.start, sent.end):  # "I reckon ... closer to"
            judges = '"' not in reader.norm[sent.start:sent.end]
        cues.writer_judges[sent.start] = judges
    last = reader.last_source
    return judges and (last is None or last.key != "other")
