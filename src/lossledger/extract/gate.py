"""One cheap scan that tells a document which cannot hold a loss claim, so the extractor can skip it.

Most documents of a news crawl are about something else. Every claim the English extractor makes comes
from a mention that has a count and an outcome (``extract._read_sentence`` drops a number without one),
and the outcome of a document's first mention comes from one of three places only:

* an outcome word of the profile (``outcomes.people``, ``outcomes.equipment``: killed, destroyed, lost ...)
  in the count's sentence or the sentence before it in its paragraph, which is one line of the text
  (``body.sentences``); the count is a digit, a number word, or an article before a category word;
* a list under a heading that ends with ":" (the list's outcome, "losses" by default);
* a bulletin label before the number ("tanks - 2,840": a category word, then '-', ':' or '=' on its line).

(Later mentions may also take their outcome from an earlier mention, which needs a first one.) A document
with none of these holds no claim. The test reads the text once with a few expressions per profile,
compiled once: the literal beginnings of the profile's words as a trie (``re`` tries the alternatives of
a flat list one by one, a trie one character at a time). A beginning stands for the whole word, which the
stages may read in a window that ends inside it; so the test says yes wherever a stage could find its
word, and more: it may let through a document that holds no claim (the extractor then finds none), never
the reverse.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..languages.grammar import PatternGrammar
from ..languages.scan import ASCII_LEAD, LOOKBEHIND, literal_prefixes, trie_regex
from ..profiles import Profile
from .body import Sentence, line_sentences
from .document import Reader
from .loss_frame import counts_of_one, what_was_lost
from .numbers import Number, NumberRules, find_numbers

__all__ = ["FirstMention", "GateNotes", "Ungated", "count_may_be_read", "first_of", "may_hold_claims", "trie_regex"]

#: A heading that opens a list: ':' at the end of a line (``body.sentences`` ends a sentence with ':' only
#: there); the line breaks are those of ``str.splitlines``.
_LIST_HEADING = re.compile(r":\s*?(?:[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|\Z)")
#: A label's separator ("tanks - 2,840", "personnel: 80,860").
_SEPARATORS = "-:="
#: How many characters of a word's beginning the trie keeps: enough to tell "dead" from "deal".
_BEGINNING = 24

#: The compiled cue expressions of each profile and grammar used so far, by their ``id``s (with the profile and
#: grammar, so that an id cannot be reused by another object while the entry lives).
_CUES: dict[tuple[int, int], tuple[Profile, PatternGrammar, _Cues | None]] = {}


def _beginnings(profile: Profile, *names: str) -> set[str] | None:
    """The lower-cased beginnings of every alias of the named vocabularies, or None when one is unbounded."""
    found: set[str] = set()
    for name in names:
        vocabulary = profile.lexicon.vocabularies[name]
        for alternative in vocabulary.alternatives:
            beginnings = literal_prefixes(alternative, vocabulary.flags, length=_BEGINNING)
            if beginnings is None:
                return None
            found |= beginnings
    return found


class _Count:
    r"""Whether a window holds a count: ``re.compile(r"\d|" + words)`` searched as its two alternatives, a digit (a
    class ``re`` skips to at once) and the words behind their lead (whose class it skips to): the alternation opens on
    neither, and ``re`` tries it at every character. ``search`` finds a match where the alternation does: the callers
    ask only whether there is one."""

    __slots__ = ("digit", "words", "alternation", "pattern")

    def __init__(self, words: re.Pattern[str]) -> None:
        self.digit = re.compile(r"\d", words.flags)
        self.words = words
        self.alternation = re.compile(r"\d|" + words.pattern, words.flags)  # (the whole, for the tests)
        self.pattern = self.alternation.pattern

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        return self.digit.search(text, pos, endpos) or self.words.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """The alternation's matches, in order (read whole: where each is matters)."""
        return self.alternation.finditer(text, pos, endpos)


@dataclass(frozen=True)
class _Cues:
    r"""A profile's cue expressions: ``folded`` ones for lower-cased ASCII text after a space (where
    ``[^\w-]`` before a word is the vocabularies' lookbehind, and case folding is exact; ``re`` skips
    quickly to a leading class, not to a lookbehind), ``any_text`` ones (IGNORECASE, the lookbehind) else."""

    outcome: re.Pattern[str]
    countable: _Count
    category: re.Pattern[str]
    outcome_any: re.Pattern[str]
    countable_any: _Count
    category_any: re.Pattern[str]


def _cues(profile: Profile, grammar: PatternGrammar) -> _Cues | None:
    """The profile's cue expressions (with the grammar's number words), or None when its words' beginnings
    cannot be bounded (no gate)."""
    cached = _CUES.get((id(profile), id(grammar)))
    if cached is not None and cached[0] is profile and cached[1] is grammar:
        return cached[2]
    outcomes = _beginnings(profile, "outcome_people", "outcome_equipment")
    categories = _beginnings(profile, "category")
    cues = None
    if outcomes is not None and categories is not None:
        outcome = trie_regex(outcomes)
        # a count: a digit, a number word, or an article before a category word ("a Russian helicopter")
        count = trie_regex({*categories, *(word.lower() for word in grammar.rules(NumberRules).word_values)})
        category = trie_regex(categories)
        # (the folded text is ASCII: ``[^\w-]`` is read as its ASCII twin, the same characters)
        folded = [re.compile(ASCII_LEAD + words) for words in (outcome, count, category)]
        any_text = [re.compile(LOOKBEHIND + words, re.IGNORECASE) for words in (outcome, count, category)]
        cues = _Cues(folded[0], _Count(folded[1]), folded[2], any_text[0], _Count(any_text[1]), any_text[2])
    if len(_CUES) >= 64:  # bounded: profiles loaded from many paths do not pile up
        _CUES.clear()
    _CUES[id(profile), id(grammar)] = (profile, grammar, cues)
    return cues


def _flavour(cues: _Cues, norm: str) -> tuple[str, int, re.Pattern[str], _Count, re.Pattern[str]]:
    """(text to search, offset of ``norm`` in it, outcome, countable, category) for ``norm``."""
    if norm.isascii():
        return " " + norm.lower(), 1, cues.outcome, cues.countable, cues.category
    return norm, 0, cues.outcome_any, cues.countable_any, cues.category_any


def may_hold_claims(profile: Profile, norm: str, *, grammar: PatternGrammar, text: str | None = None,
                    notes: GateNotes | None = None) -> bool:
    """False when no sentence of the normalised text ``norm`` may hold the first mention as ``FirstMention``
    reads it (a count with an outcome word in it or in the sentence before it in its line, or a bulletin label),
    and the text holds no list heading: no claim can be read from it (see the module docstring). ``text`` is
    the text ``norm`` was normalised from (``norm`` itself by default): its sentences are cut as
    ``body.sentences`` cuts them, but only in the lines that hold an outcome word or a label and a count.
    ``notes`` is given what the test read of the sentences it cut (``GateNotes``)."""
    cues = _cues(profile, grammar)
    if cues is None or _LIST_HEADING.search(norm):
        return True
    opening = _Opening(cues, norm, grammar, norm if text is None else text, GateNotes() if notes is None else notes)
    flavoured, offset = opening.text, opening.offset
    pos = 0
    while (word := opening.outcome.search(flavoured, pos)) is not None:
        line_start = flavoured.rfind("\n", 0, word.start() + 1)  # the '\n' before the line: a non-word character
        line_end = flavoured.find("\n", word.end())
        if line_end < 0:
            line_end = len(flavoured)
        if opening.countable.search(flavoured, max(0, line_start), line_end) and opening.in_line(
                max(0, line_start + 1 - offset), line_end - offset, first_word=word.start()):
            return True
        pos = line_end  # the next line, from the '\n' before it (a word holds no '\n')
    # a bulletin label: a category word before a separator on its line (from the '\n' before the line); most texts
    # hold no separator, which str finds at once
    if not any(separator in norm for separator in _SEPARATORS):
        return False
    # each line that holds a separator, from its first one (str.rfind finds the last; a regex that backtracks from
    # the line's end to it tries every character)
    pos = 0
    while (separator := first_of(flavoured, _SEPARATORS, pos)) >= 0:
        line_start = flavoured.rfind("\n", 0, separator) + 1
        line_end = flavoured.find("\n", separator + 1)
        if line_end < 0:
            line_end = len(flavoured)
        if max(0, line_start - offset) in opening.read:  # read for its outcome words: ``in_line`` says no at once
            pos = line_end + 1
            continue
        last = max(map(flavoured.rfind, _SEPARATORS, (line_start,) * len(_SEPARATORS), (line_end,) * len(_SEPARATORS)))
        if opening.category.search(flavoured, max(0, line_start - 1), last) and opening.in_line(
                max(0, line_start - offset), line_end - offset):
            return True
        pos = line_end + 1
    return False


def first_of(text: str, chars: str, pos: int) -> int:
    """Where the first of ``chars`` is in ``text`` from ``pos`` (-1: none): a ``str.find`` for each, each bounded by the
    first found so far (``re`` tests a class of them at every character, several times the cost)."""
    first, end = -1, len(text)
    for char in chars:
        at = text.find(char, pos, end)
        if at >= 0:
            first = end = at
    return first


@dataclass
class GateNotes:
    """What ``may_hold_claims`` read of the sentences it cut, by (start, end), for the reading that follows:
    whether each may hold the first mention (``FirstMention``'s verdict) and its numbers (``find_numbers``), and
    the sentences of the lines it cut (``body.line_sentences``)."""

    opens: dict[tuple[int, int], bool] = field(default_factory=dict)
    numbers: dict[tuple[int, int], list[Number]] = field(default_factory=dict)
    lines: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)  # the lines cut, by span


class _Opening:
    """``FirstMention``'s test of a sentence, on the sentences of one line at a time (a count: a number as
    ``find_numbers`` reads it, sought where a digit, number word or category word is)."""

    def __init__(self, cues: _Cues, norm: str, grammar: PatternGrammar, text: str, notes: GateNotes) -> None:
        self.text, self.offset, self.outcome, self.countable, self.category = _flavour(cues, norm)
        self.norm, self.source = norm, text
        self.grammar = grammar
        self.notes = notes
        self.read: set[int] = set()  # the lines read, by start
        # the outcome words of the line being read, as ``finditer`` finds them there (in ``self.text``)
        self.word_starts: list[int] = []
        self.word_ends: list[int] = []

    def _holds(self, pattern: re.Pattern[str] | _Count, start: int, end: int, *, hi: int | None = None) -> bool:
        # from the character before the sentence, as FirstMention._holds
        hi = end + self.offset if hi is None else hi
        return pattern.search(self.text, max(0, start + self.offset - 1), hi) is not None

    def _label(self, start: int, end: int) -> bool:
        lo, hi = start + self.offset, end + self.offset
        last = max(map(self.text.rfind, _SEPARATORS, (lo,) * len(_SEPARATORS), (hi,) * len(_SEPARATORS)))
        return last >= 0 and self._holds(self.category, start, end, hi=last)

    def read_words(self, start: int, end: int, *, first_word: int | None = None) -> None:
        """Find the outcome words of ``norm[start:end]`` (from the character before it), which ``_has_outcome``
        then reads for the windows inside it. ``first_word``: where the first begins in ``self.text``, when a
        search found it (``finditer`` from there finds the same words, and reads the line once)."""
        lo = max(0, start + self.offset - 1) if first_word is None else first_word
        words = list(self.outcome.finditer(self.text, lo, end + self.offset))
        self.word_starts, self.word_ends = [m.start() for m in words], [m.end() for m in words]

    def _has_outcome(self, start: int, end: int) -> bool:
        """``_holds(outcome, start, end)``, searched only where a word ``finditer`` found in the line overlaps the
        window: a match in the window starts where ``finditer`` found one, or inside one it found."""
        lo = max(0, start + self.offset - 1)
        k = bisect_right(self.word_ends, lo)  # the first word that ends inside the window or after it
        return k < len(self.word_starts) and self.word_starts[k] < end + self.offset and self._holds(
            self.outcome, start, end)

    def _numbers(self, start: int, end: int) -> bool:
        found = self.notes.numbers[start, end] = find_numbers(self.norm[start:end], grammar=self.grammar)
        return bool(found)

    def in_line(self, start: int, end: int, *, first_word: int | None = None) -> bool:
        """Whether a sentence of the line(s) ``norm[start:end]`` (between '\n's) may hold the first mention
        (``first_word``: see ``read_words``)."""
        if start in self.read:
            return False
        self.read.add(start)
        separated = any(separator in self.norm[start:end] for separator in _SEPARATORS)  # a label may be here
        self.read_words(start, end, first_word=first_word)
        for spans in line_sentences(self.source, start, end, grammar=self.grammar, cut=self.notes.lines):
            outcome_before = False  # the sentence before, in its line, has an outcome and a category word
            for lo, hi in spans:
                has_outcome = self._has_outcome(lo, hi)
                # the verdict is FirstMention's where it is read whole (not where no count-like word is in sight)
                if not (has_outcome or outcome_before or (separated and self._label(lo, hi))):
                    self.notes.opens[lo, hi] = False
                elif self._holds(self.countable, lo, hi):
                    opens = self.notes.opens[lo, hi] = self._holds(self.category, lo, hi) or self._numbers(lo, hi)
                    if opens:
                        return True
                outcome_before = has_outcome and self._holds(self.category, lo, hi)
        return False


class FirstMention:
    """Where the document's first mention can be read, sentence by sentence: in a sentence with a count (a
    number as ``find_numbers`` reads the sentence, or a category word after an article) and an outcome word
    in it, or in the sentence before it in its paragraph with a category word, or a bulletin label. Until a
    first mention is read, the other sentences only name sources (``extract`` reads their numbers no
    further); after it, every sentence is read (a later mention may take its outcome from an earlier one).
    ``everywhere`` when a list heading may give any sentence its outcome, or the profile's words cannot be
    bounded. (The sentences leave out what the extractor does not read: boilerplate.)"""

    def __init__(self, profile: Profile, norm: str, sentences: list[Sentence], *, grammar: PatternGrammar,
                 numbers: Callable[[Sentence], list[Number]] | None = None, notes: GateNotes | None = None,
                 counts: Callable[[Sentence], bool] | None = None) -> None:
        self.sentences = sentences
        # ``count_may_be_read`` when the reader is at hand: a sentence whose numbers count nothing reads no mention
        self._counts = counts or (lambda sent: True)
        self._opens = notes.opens if notes is not None else {}  # the verdicts ``may_hold_claims`` reached
        self.norm = norm
        # ``Reader.numbers_in`` when the reader is at hand: the reading of the sentence then finds them again free
        self._numbers = numbers or (lambda sent: find_numbers(norm[sent.start:sent.end], grammar=grammar))
        cues = _cues(profile, grammar)
        self.everywhere = cues is None or any(norm[s.end - 1] == ":" for s in sentences if s.end > s.start)
        self.first: int | None = 0
        if cues is None or self.everywhere:
            self.first = next((i for i, sent in enumerate(sentences) if self._counts(sent)), None)
            return
        self.text, self.offset, self._outcome, self._countable, self._category = _flavour(cues, norm)
        # whether each sentence holds an outcome word, asked of it and of the sentence after it: read once
        self._outcome_in: dict[int, bool] = {}
        self._counted: set[int] = set()  # the sentences the gate let through, asked for their numbers
        self.first = None
        for i, sent in enumerate(sentences):
            if self._may_open(i):
                self._counted.add(i)
                if self._counts(sent):
                    self.first = i
                    break

    def _holds(self, pattern: re.Pattern[str], i: int, end: int | None = None) -> bool:
        # from the character before the sentence: "[^\w-]" before a word, the lookbehind's view
        sent = self.sentences[i]
        hi = sent.end + self.offset if end is None else end
        return pattern.search(self.text, max(0, sent.start + self.offset - 1), hi) is not None

    def _label(self, i: int) -> bool:
        """A category word before a separator ("tanks - 2,840"): a bulletin label (``find_label_before``)."""
        sent = self.sentences[i]
        lo, hi = sent.start + self.offset, sent.end + self.offset
        last = max(map(self.text.rfind, _SEPARATORS, (lo,) * len(_SEPARATORS), (hi,) * len(_SEPARATORS)))
        return last >= 0 and self._holds(self._category, i, last)

    def _has_outcome(self, i: int) -> bool:
        found = self._outcome_in.get(i)
        if found is None:
            found = self._outcome_in[i] = self._holds(self._outcome, i)
        return found

    def _may_open(self, i: int) -> bool:
        sentences = self.sentences
        known = self._opens.get((sentences[i].start, sentences[i].end))
        if known is not None:
            return known  # the document gate read this sentence, with its line's sentence before it
        # the sentence before lends its outcome only where it names what it happened to (outcome_said_before)
        if not (self._has_outcome(i) or (
                i > 0 and sentences[i - 1].paragraph == sentences[i].paragraph and self._has_outcome(i - 1)
                and self._holds(self._category, i - 1)) or self._label(i)):
            return False
        # a count: a number as the sentence's reading finds it, or a category word (after an article: "a tank")
        sent = sentences[i]
        return bool(self._numbers(sent)) or self._holds(self._category, i)

    def opens(self, i: int) -> bool:
        """Whether the gate's test lets sentence ``i`` hold the first mention (``possible`` asks its numbers too)."""
        return self.everywhere or i in self._counted or self._may_open(i)

    def possible(self, i: int) -> bool:
        """Whether the first mention may be read in sentence ``i`` (asked while none has been read)."""
        if i == self.first:
            return True
        if self.first is None or i < self.first:
            return False
        return (self.everywhere or self._may_open(i)) and self._counts(self.sentences[i])


def count_may_be_read(reader: Reader, sent: Sentence) -> bool:
    """Whether ``extract._read_sentence`` may read a mention in ``sent`` while none is read: one of its numbers (or
    articles that count one, ``counts_of_one``) counts something ``what_was_lost`` knows. With no mention read,
    neither reads what the sentences before named (their sources, a list's context), so a sentence without such a
    number waits with them, and all are read (for their sources) only when a later sentence needs them."""
    def counts(num: Number) -> bool:
        return what_was_lost(reader, sent, num, sent.start + num.start, sent.start + num.end, []) is not None

    numbers = reader.numbers_in(sent)
    return any(map(counts, numbers)) or any(map(counts, counts_of_one(reader, sent, numbers)))


class Ungated:
    """``FirstMention`` with no gate, every sentence may hold the first mention: what the gates are checked
    against (``benchmarks/gate_check.py``, the tests)."""

    first = 0
    everywhere = True

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def opens(self, i: int) -> bool:
        return True

    def possible(self, i: int) -> bool:
        return True
