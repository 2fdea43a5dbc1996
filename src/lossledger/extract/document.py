"""One document as the extractor reads it: the text, its normalised twin, the profile's scan of it,
and what has been read so far (mentions, sources, list context).

The extractor's stages (``loss_frame``, ``attribution``, ``measure``, assembled by ``extract``)
all work on a :class:`Reader`; each answer that many numbers ask for (a sentence's clause
breaks, a cue's matches in a clause) is computed once per document and kept here.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..languages.grammar import PatternGrammar
from ..languages.reverse import end_test
from ..languages.scan import TextScan, required_chars
from ..profiles import Profile
from . import dates as datelib
from .body import Sentence, sentences
from .numbers import Number, find_numbers
from .required_words import Folded, digit_or_words, holds_one_of

if TYPE_CHECKING:
    from .speech_cues import PhraseCues

__all__ = ["DocumentRules", "Mention", "Reader", "SentenceSources", "Source", "normalise"]

# Same-length normalisation so that offsets in the normalised text are offsets in the original.
_NORMALISE = {"\u00a0": " ", "\u202f": " ", "’": "'", "‘": "'", "“": '"', "”": '"', "‒": "-", "–": "-",
              "—": "-", "\u2009": " "}


def normalise(text: str) -> str:
    """``text`` with _NORMALISE applied. ``str.replace`` per character present is several times faster
    than ``str.translate``, and as exact: no replacement is itself a key."""
    if text.isascii():
        return text
    for char, replacement in _NORMALISE.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


class DocumentRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.np_gap = g.pattern("np_gap")
        self.label_gap = g.pattern("label_gap")
        # a label's gap holds one of these (its separator): a window without any holds no label
        self.label_gap_chars = required_chars(self.label_gap)
        # where a clause ends: at a mark (no guard: ``re`` skips to its alternatives' opening marks, where it would try
        # a guard at every position), or where words of their own open one; the breaks of a sentence that lacks those
        # words are the marks' alone (``clause_bounds``)
        self.clause_break_at_mark = g.pattern("clause_break", guard=False)
        self.clause_break_words = g.pattern("clause_break_words")
        self.clause_break = re.compile(f"{self.clause_break_at_mark.pattern}|{self.clause_break_words.pattern}",
                                       self.clause_break_at_mark.flags)
        self.other_script_label = g.pattern("other_script_label", guard=False)
        self.side_label_gap = g.pattern("side_label_gap", guard=False)
        self.system_complement = g.pattern("system_complement", guard=False)


@dataclass
class Mention:
    """A number read as a loss, before document-level context fills it in."""

    sentence: Sentence
    number: Number
    category: str
    outcome: str
    side: str | None
    qualifier: str
    measure: str
    period_days: float | None
    period_start: dt.date | None
    as_of: dt.date | None
    as_of_basis: str
    hedged: bool
    claimant: str | None
    claimant_text: str | None
    claimant_explicit: bool
    rule: str
    value: float
    value_high: float | None
    dated: bool = False  # as_of came from a date in the sentence
    measure_cue: str = ""
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class Source:
    """A source named in the text: its claimant key, its words and where they start."""

    key: str
    text: str
    start: int
    score: int = 2  # 3: "according to X", 2: "X said", 1: named without a verb of saying
    person: bool = False  # a person named by the text and classified by nothing else ("he said" points back)
    scope: str = "both"  # the figures it speaks for: "after" it, "before" it (", X said,") or "both"
    military: bool = False  # a commander or unit named with no nation: the enemy of the losses it reports


#: What a sentence alone says about its sources: named ones as (is "other", score, source), and
#: generic references ("the ministry said") as (offset, noun), resolved later against the sources so far.
SentenceSources = tuple[list[tuple[int, int, Source]], list[tuple[int, str]]]


#: A window this short or shorter is searched at once by ``Reader.search_in``: testing it for the words a match needs
#: costs more than the search (measured in instructions per document: 40 beats 0, 20, 30, 70 and 125).
SHORT_WINDOW = 40

#: How many earlier mentions a look back reads at most (a real paragraph holds a few dozen).
RECENT_MENTIONS = 200


class Reader:
    """Reads one document. Holds the text, its normalised twin, the profile and the grammar of the document's
    language (each stage takes its rules from ``grammar``)."""

    def __init__(self, text: str, published: dt.date | None, profile: Profile, *, grammar: PatternGrammar,
                 norm: str | None = None, numbers: dict[tuple[int, int], list[Number]] | None = None,
                 cut: dict[tuple[int, int], list[tuple[int, int]]] | None = None) -> None:
        self.text = text
        self.norm = normalise(text) if norm is None else norm  # ``norm``: normalise(text), when the caller has it
        self.profile = profile
        self.grammar = grammar
        self.published = published
        self.sentences = sentences(text, grammar=grammar, cut=cut)  # ``cut``: lines cut into sentences before
        self.dates: list[datelib.DateMention] = []
        self.last_source: Source | None = None
        self.last_org: Source | None = None
        self.last_person: Source | None = None
        self.last_entity: Source | None = None
        # a source that announced a report with no figure of its own, and the paragraph it did so in
        self.report_frame: tuple[Source, int] | None = None
        # the body a document names at its head as the one whose text it is, once looked for (line_sources.head_source)
        self.head_source: tuple[Source | None] | None = None
        # where the article speaks in its own voice of a source's silence: no report carries over it
        self.voice_breaks: list[int] = []
        # figures of a report the text opened on before naming any source: the next source named is theirs
        self.unsourced_report: list[Mention] = []
        self.sources_spoken: list[Source] = []  # every source that said something, in text order
        self.named_people: dict[str, Source] = {}  # by surname: "Rutte said" after "NATO chief Mark Rutte said"
        # phrases that say something, by sentence start (attribution reads the document's cues in one pass)
        self.reported_phrases: PhraseCues | None = None
        self.doc_side_votes: Counter[str] = Counter()
        self.mentions: list[Mention] = []
        self.list_context: dict[str, object] = {}
        self.published_basis = "published"
        self.dated_by_dateline = False  # an undated text dated by its dateline: that day, not the day after its news
        self.last_daily: Mention | None = None  # the last figure of one day's losses
        self.latest: dt.date | None = published  # the latest date the document can speak of
        self.sources_named: dict[int, SentenceSources] = {}  # by sentence start
        # by sentence start: the starts and the ends of its clause breaks
        self.clause_breaks: dict[int, tuple[list[int], list[int]]] = {}
        self.clauses_at: dict[int, tuple[Sentence, tuple[int, int]]] = {}  # clause_bounds by position
        self.joined_clauses: dict[int, list[tuple[int, int]]] = {}  # by sentence start (span_context.joined_clause)
        self.claimant_names: dict[int, list[re.Match[str]]] = {}  # by sentence start: the profile's names in it
        self.daily_context: bool | None = None  # does the document speak of daily figures
        self.silent_clauses: set[tuple[int, int]] = set()  # clauses with no measure cue at all (measure._measure_cues)
        self.part_clauses: dict[tuple[int, int], bool] = {}  # may name a part of a period (period_parts)
        self.side_cues: dict[tuple[str, int, int], tuple[bool, str | None]] = {}  # by word (whose_loss._side_cue)
        self.slice_matches: dict[tuple[int, int, int], list[re.Match[str]]] = {}
        self.sentence_may_match: dict[tuple[int, int], bool] = {}  # by pattern id, sentence start (sentence_may_hold)
        self.sentence_matches: dict[tuple[int, int, int], re.Match[str] | None] = {}  # (sentence_search)
        self.date_roles: dict[tuple[int, int], str] = {}  # by sentence start and date start (span_context.date_role)
        self.other_event: dict[int, bool] = {}  # by sentence start: tells of a disaster, not the war
        self.sentence_numbers: dict[int, list[Number]] = {}  # by sentence start: find_numbers of the sentence
        # what the gate and the reading both ask of a sentence before any mention is read (then a function of the
        # text alone): loss_frame.counts_of_one by sentence start; what_was_lost by sentence start, number start, number
        self.ones_in: dict[int, list[Number]] = {}
        self.lost_alone: dict[tuple[int, int, Number], tuple[str, tuple[int, int] | None, int, str, str] | None] = {}
        # a transcript's title-case speaker labels: their starts and speakers (transcript_labels), read once
        self.transcript_labels: tuple[list[int], list[Source | None]] | None = None
        self.names_pictures: bool | None = None  # may the text tell of a picture's day (image_date), once asked
        if numbers:  # ``numbers``: find_numbers of some sentences, by (start, end), found before (the gate's)
            self.sentence_numbers.update((s.start, numbers[s.start, s.end]) for s in self.sentences
                                         if (s.start, s.end) in numbers)

    @cached_property
    def scan(self) -> TextScan:
        """The profile's vocabularies over the text: built on first use (a document whose sentences cannot hold
        a claim is answered without it), then a plain attribute."""
        return self.profile.lexicon.scan(self.norm)

    @cached_property
    def folded(self) -> Folded:
        """The normalised text lower-cased, to test windows for the words a pattern needs (``required_words``)."""
        return Folded(self.norm)

    def search_in(self, sent: Sentence, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """``pattern.search(norm, lo, hi)`` for a window in ``sent``: None at once when the window lacks the
        words every match needs (``required_words``); most patterns asked of each number match in few sentences.
        (The window is tested, not its sentence once for all its numbers: most sentences hold one or two, and a
        window is shorter. A short one is searched at once: the test would cost more than the search.)"""
        if hi - lo <= SHORT_WINDOW:
            return pattern.search(self.norm, lo, hi)
        return pattern.search(self.norm, lo, hi) if self.folded.may_match(pattern, lo, hi) else None

    def ends_in(self, sent: Sentence, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
        """``search_in(sent, pattern, lo, hi) is not None`` for a pattern that fits where the window ends ("lost
        about" before a number: ``X$``), asked backwards (``languages.reverse.EndTest``): one match at the start of
        the reversed window, where a search tries every position of it; False at once when the window lacks the words
        every match needs (as ``search_in`` does)."""
        return self.folded.may_match(pattern, lo, hi) and end_test(pattern).found(self.norm, lo, hi)

    def sentence_may_hold(self, sent: Sentence, pattern: re.Pattern[str]) -> bool:
        """False only when no match of ``pattern`` lies inside ``sent`` (nor inside any window or slice of it): the
        sentence lacks the words every match needs (``required_words``); found once per sentence and pattern."""
        key = (id(pattern), sent.start)  # patterns are compiled once per grammar; hashing one would hash its code
        possible = self.sentence_may_match.get(key)
        if possible is None:
            possible = self.sentence_may_match[key] = self.folded.may_match(pattern, sent.start, sent.end)
        return possible

    def sentence_search(self, sent: Sentence, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern.search(norm, sent.start, sent.end)``, found once per sentence: several numbers of a sentence ask
        the same question of all of it."""
        key = (id(pattern), sent.start, sent.end)
        if key in self.sentence_matches:
            return self.sentence_matches[key]
        found = self.sentence_matches[key] = self.search_in(sent, pattern, sent.start, sent.end)
        return found

    def search_number(self, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """``pattern.search(norm, lo, hi)`` for a pattern of a digit or a number's word (``next_number``, asked of the
        words after most figures; ``required_words.DigitOrWords``): the pattern is tried only at the first digit,
        found by a pattern ``re`` skips to, and where its words stand before it, found by ``in`` and ``str.find``; in
        text order, the first place where it matches is where its search finds it. (``re`` tries the whole
        alternation at every position of the window: several times the cost.)"""
        split = digit_or_words(pattern)
        text = (self.folded.folded if split.folded else self.norm) if split is not None else None
        if split is None or text is None:
            return pattern.search(self.norm, lo, hi)
        digit = split.digit.search(self.norm, lo, hi)
        before = digit.start() if digit is not None else hi  # (a word holds no digit: it ends before the first)
        window = text[lo:before]
        places = [before] if digit is not None else []
        for word in split.words:
            if word in window:  # (most windows hold none: ``in`` costs less than a call of ``find``)
                at = window.find(word)
                while at >= 0:
                    places.append(lo + at)
                    at = window.find(word, at + 1)
        for at in sorted(places):
            found = pattern.match(self.norm, at, hi)
            if found is not None:
                return found
        return None

    def numbers_in(self, sent: Sentence) -> list[Number]:
        """``find_numbers`` of the sentence's normalised text, found once per document (the gate, the reading
        of the sentence and the reading of its sources all ask); a new list each time, of frozen numbers."""
        found = self.sentence_numbers.get(sent.start)
        if found is None:
            found = self.sentence_numbers[sent.start] = find_numbers(self.norm[sent.start:sent.end],
                                                                     grammar=self.grammar)
        return list(found)

    # -- small helpers over the normalised text --
    def clause_bounds(self, sent: Sentence, pos: int) -> tuple[int, int]:
        """The clause of ``sent`` around absolute position ``pos``: from the end of the last clause break that ends
        at or before it to the start of the first that starts at or after it (a break around ``pos`` is no bound)."""
        known = self.clauses_at.get(pos)
        if known is not None and known[0] is sent:  # asked some ten times for each number
            return known[1]
        breaks = self.clause_breaks.get(sent.start)
        if breaks is None:  # asked for every number: the sentence's breaks are found once
            r = self.grammar.rules(DocumentRules)
            marks_only = not self.folded.may_match(r.clause_break_words, sent.start, sent.end)  # (most sentences)
            found = (r.clause_break_at_mark if marks_only else r.clause_break).finditer(self.norm, sent.start, sent.end)
            spans = [m.span() for m in found]
            breaks = self.clause_breaks[sent.start] = ([start for start, _ in spans], [end for _, end in spans])
        # the breaks are in order and do not overlap, so their ends are in order too: a bisection finds the last
        # that ends at or before ``pos``; the next one bounds the clause unless it straddles ``pos``, then the one after
        starts, ends = breaks
        ended = bisect_right(ends, pos)
        following = ended + 1 if ended < len(starts) and starts[ended] < pos else ended
        bounds = ((ends[ended - 1] if ended else sent.start),
                  (starts[following] if following < len(starts) else sent.end))
        self.clauses_at[pos] = (sent, bounds)
        return bounds

    def paragraph_opening(self, sent: Sentence) -> int:
        """The index in ``sentences`` of the first sentence of ``sent``'s paragraph."""
        index = bisect_right(self.sentences, sent.start, key=lambda s: s.start) - 1
        while index > 0 and self.sentences[index - 1].paragraph == sent.paragraph:
            index -= 1
        return index

    def recent_mentions(self, sent: Sentence, *, paragraphs: int) -> Iterator[Mention]:
        """The mentions read so far, latest first, back to ``paragraphs`` paragraphs before ``sent`` and at
        most ``RECENT_MENTIONS`` of them: a look back stays bounded in one huge paragraph (issue 16, item 6)."""
        for m in itertools.islice(reversed(self.mentions), RECENT_MENTIONS):
            if m.sentence.paragraph < sent.paragraph - paragraphs:
                return
            yield m

    def in_slice(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """``list(pattern.finditer(norm[lo:hi]))`` (offsets into the slice), found once per document: every
        number of a clause (and of a sentence, for the sentence-wide cues) asks the same question."""
        key = (id(pattern), lo, hi)  # patterns are module constants; hashing one would hash its code
        found = self.slice_matches.get(key)
        if found is None:
            # most clauses hold none of the words a cue needs: str.find says so before the pattern is tried
            found = self.slice_matches[key] = (list(pattern.finditer(self.norm[lo:hi]))
                                               if self.folded.may_match(pattern, lo, hi) else [])
        return found

    def find_category_after(self, sent: Sentence, num: Number, abs_end: int) -> tuple[str, int, int] | None:
        r = self.grammar.rules(DocumentRules)
        window_end = min(sent.end, abs_end + 70)
        for m in self.scan.finditer("category", abs_end, window_end):
            gap = self.norm[abs_end : m.start()]
            if r.np_gap.match(gap):
                head = self.scan.search("category", m.end(), window_end)
                if (head is not None and head.start() == m.end() + 1 and self.norm[m.end()] == " "
                        and self.profile.is_people(self.profile.key_of(m))
                        and not self.profile.is_people(self.profile.key_of(head))):
                    m = head  # "40 Russian military aircraft": a people word that qualifies equipment
                return self._system_of_launcher(m) or (self.profile.key_of(m), m.start(), m.end())
            break
        return None

    def _system_of_launcher(self, noun: re.Match[str]) -> tuple[str, int, int] | None:
        """The system a launcher belongs to, where the noun names it: "two launchers for the multiple rocket
        systems" count rocket systems (the category whose word ends the complement, the phrase's head)."""
        complement = self.grammar.rules(DocumentRules).system_complement.match(self.norm, noun.start())
        if complement is None:
            return None
        head_end = complement.end("np")
        for m in self.scan.finditer("category", complement.start("np"), head_end):
            if m.end() == head_end and not self.profile.is_people(self.profile.key_of(m)):
                return self.profile.key_of(m), noun.start(), head_end
        return None

    def find_label_before(self, sent: Sentence, abs_start: int) -> tuple[str, int, int] | None:
        r = self.grammar.rules(DocumentRules)
        line_start = self.norm.rfind("\n", 0, abs_start) + 1
        lo = max(line_start, sent.start, abs_start - 90)
        if r.label_gap_chars is not None and not holds_one_of(self.norm[lo:abs_start], r.label_gap_chars):
            return None  # no separator before the number: every gap after a category word fails label_gap
        best = None
        for m in self.scan.finditer("category", lo, abs_start):
            if r.label_gap.match(self.norm[m.end() : abs_start]):
                best = (self.profile.key_of(m), m.start(), m.end())
        if best is None:
            return None
        # The label must open its line (bulletin layout) or follow a list separator.
        head = self.norm[line_start : best[1]]
        # bilingual "особового складу / personnel - ..." keeps the English label after a slash
        # (str.rstrip strips exactly what re's \s matches: the test of "[;,:]\s*$|/\s*$" without scanning
        # the whole head, which grows with the line)
        if (head.strip(" \t/-•*·;,.(") and not head.rstrip().endswith((";", ",", ":", "/"))
                and not r.other_script_label.fullmatch(head)
                and not self._side_adjective_only(line_start, best[1], best[2])):
            return None
        return best

    def _side_adjective_only(self, start: int, end: int, label_end: int) -> bool:
        """Whether the text before a label names only whose it is: "Russian soldiers killed: 95,000"."""
        named = self.scan.search("side_adjective", start, end)
        return (named is not None and not self.norm[start:named.start()].strip(" \t/-•*·")
                and not self.norm[named.end():end].strip()
                and self.grammar.rules(DocumentRules).side_label_gap.match(self.norm, label_end) is not None)

