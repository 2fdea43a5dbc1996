"""The patterns the attribution stage reads (who says a figure: verbs of saying, sources, reported speech),
compiled from one language's grammar.

In a module of its own, beside the stage's: with it the stage's module would pass the size every module keeps
under (750 lines)."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cached_property

from ..languages.ascii_twins import in_ascii
from ..languages.grammar import PatternGrammar
from ..languages.reverse import end_test
from ..languages.scan import first_char_lookahead, guarded, literal_prefixes, required_chars
from .required_words import required_words
from .sources import Phrase

__all__ = ["AnywhereTest", "AttributionRules", "MatchStarts", "WordPlaces", "ends_held", "finditer_by_prefixes",
           "match_starts", "needed_words", "one_word_boundary", "read_in", "search_by_prefixes", "search_held"]

#: More places to look for than this, or a prefix of one letter or space, are in nearly every sentence: no shortcut.
_MOST_PREFIXES = 6
#: A search of one sentence may look for more: each is one ``str.find`` in the sentence.
_MOST_SEARCH_PREFIXES = 16
_PREFIX_LENGTH = 4  # (as ``scan.literal_prefixes``' prefixes: enough to tell a word from most others)


class AttributionRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.phrase = g.rules(Phrase)
        self.attribution_before = g.pattern("attribution_before")
        # The name of a source, then a verb of saying. The lookahead before the verbs lets ``re`` skip, at
        # each of the up to 40 characters between, the words that cannot start one.
        self.saying_after_name = g.source("saying_after_name")
        self.attribution_after = guarded(re.compile(
            r"^[\w\s,.'()-]{0,40}?\b" + first_char_lookahead(self.saying_after_name, re.IGNORECASE)
            + self.saying_after_name
            + r"\b", re.IGNORECASE))
        self.saying_verb = g.source("saying_verb")
        self.saying_verb_after = guarded(re.compile(
            r"[\w\s,.'()-]{0,40}?\b" + first_char_lookahead(self.saying_verb, re.IGNORECASE) + self.saying_verb + r"\b",
            re.IGNORECASE))
        self.anaphora = g.pattern("anaphora")
        self.anaphora_verb = g.pattern("anaphora_verb")
        self.this_was_reported = g.pattern("this_was_reported")
        self.said_before = g.pattern("said_before")
        self.clause_end_after = g.pattern("clause_end_after")
        self.continuation = g.pattern("continuation")
        self.possessive_source = g.pattern("possessive_source")
        # (asked whether they match anywhere in a sentence: their '^' alternatives keep them from a guard)
        self.continuation_found = AnywhereTest(self.continuation)
        self.possessive_source_found = AnywhereTest(self.possessive_source)
        self.force_name = g.pattern("force_name")
        self.possessive_after = g.pattern("possessive_after")
        self.channel_before = g.pattern("channel_before")
        self.relayed_by = g.pattern("relayed_by")
        self.compared_before = g.pattern("compared_before")
        self.tied_to_before = g.pattern("tied_to_before")
        self.clause_after_saying = g.pattern("clause_after_saying")
        self.loser_after = g.pattern("loser_after")
        self.loss_noun_after_name = g.pattern("loss_noun_after_name")
        self.disputed_before = g.pattern("disputed_before")
        self.disputing_clause = g.pattern("disputing_clause")
        self.citing_between = g.pattern("citing_between")
        self.disputing_clause_words = needed_words(self.disputing_clause)
        self.citing_words = needed_words(self.citing_between)
        self.condition_before = g.pattern("condition_before")
        # The lookahead is the guard ``scan.guarded`` cannot derive because of the '^' branch: every match
        # starts with "the/this/that/its/it/they", "according", "intelligence", "a department/ministry", one of ',;:?!'
        # or at the text's start.
        # Two letters rather than one: "t", "i" and "a" open a word in three, "th", "it", "ac" and "in" far fewer.
        # (and before it, ``guarded``'s class of first characters: one test a position, the two letters after it)
        self.generic_source = guarded(re.compile(r"(?=" + g.source("generic_source_guard") + r")(?:"
                                                 + g.source("generic_source") + ")", re.IGNORECASE))
        self.generic_source_words = needed_words(self.generic_source)
        # where a match may start ("the", "its", "according", ",", a line's start): a sentence is searched only there
        self.generic_source_starts = match_starts(self.generic_source, most=_MOST_SEARCH_PREFIXES)
        self.person_pointer = g.pattern("person_pronoun_end", guard=False)
        self.report_announced = g.pattern("report_announced")
        self.report_withheld = g.pattern("report_withheld")
        self.place_of_body_before = g.pattern("place_of_body_before")
        self.source_silent = g.pattern("source_silent")
        self.author_judges = g.pattern("author_judges")
        self.author_judges_starts = match_starts(self.author_judges)
        self.writer_reckons = g.pattern("writer_reckons", guard=False)
        self.which_before = g.pattern("which_before")
        self.who_before = g.pattern("who_before", guard=False)  # (read at one place, right before a verb)
        self.contact_clause_subject = g.pattern("contact_clause_subject", guard=False)
        self.apposition_head_before_relative = g.pattern("apposition_head_before_relative", guard=False)
        self.contact_clause_gap_after = g.pattern("contact_clause_gap_after", guard=False)
        self.named_before_who = g.pattern("named_before_who")
        self.aside_bracket_before_verb = g.pattern("aside_bracket_before_verb", guard=False)
        self.unsourced_report_opening = g.pattern("unsourced_report_opening", guard=False)
        # where a subject begins: after a mark, or after a word that opens a clause (as a prefix tree)
        self.subject_boundary = re.compile(one_word_boundary(g.source("subject_boundary"), r"(?i:" + _prefix_tree(
            g.source("subject_boundary_word").split("|")) + r")\s"))
        self.noun_verbs = frozenset(g.source("reporting_noun_verb").split("|"))
        self.closing_subject_before = g.pattern("closing_subject_before", guard=False)
        self.closing_verb_after = g.pattern("closing_verb_after", guard=False)
        verbs = _prefix_tree(g.source("reporting_verb").split("|") + sorted(self.noun_verbs))
        self.reporting_verb = re.compile(r"\b" + verbs + r"\b")
        # the same words after the one character before them that is no word character: ``re`` skips to such a
        # character in C, where it tries ``\b`` at every position of the text (``verbs_in``)
        self.reporting_verb_after_mark = re.compile(r"\W" + verbs + r"\b")
        # The same patterns for an ASCII text, where ``re.ASCII`` finds the same words and boundaries (and folds case
        # alike) without a Unicode table lookup per character: the whole text is passed for verbs, 100 characters
        # before each verb for a boundary.
        self.ascii_subject_boundary = in_ascii(self.subject_boundary)
        self.ascii_reporting_verb = in_ascii(self.reporting_verb)
        self.ascii_reporting_verb_after_mark = in_ascii(self.reporting_verb_after_mark)
        self.reporting_verb_at_end = g.pattern("reporting_verb_at_end")
        self.source_after_cue = g.pattern("source_after_cue")
        # (its marks and line starts are taken only before the word they lead to: ", said", a "Sources:" line)
        self.source_after_cue_starts = match_starts(self.source_after_cue, most=_MOST_SEARCH_PREFIXES, led=True)
        self.by_or_from = g.pattern("by_or_from")
        self.by_or_from_starts = match_starts(self.by_or_from)
        self.per_source = g.pattern("per_source")  # ("per the mayor": a source with no report noun before, as a cue's)
        self.per_source_starts = match_starts(self.per_source)
        self.adverb_before_said = g.pattern("adverb_before_said", guard=False)
        self.relative_clause_before_verb = g.pattern("relative_clause_before_verb", guard=False)
        self.bare_relative_clause_before_verb = g.pattern("bare_relative_clause_before_verb", guard=False)
        self.relation_clause_before_verb = g.pattern("relation_clause_before_verb", guard=False)
        self.name_after_title = g.pattern("name_after_title", guard=False)
        self.name_in_commas_after_role = g.pattern("name_in_commas_after_role", guard=False)
        self.name_in_commas_before_role = g.pattern("name_in_commas_before_role")
        self.name_in_commas_before = g.pattern("name_in_commas_before", guard=False)
        self.role_opening = g.pattern("role_opening")
        self.source_line_opening = g.pattern("source_line_opening")
        self.nation_word_before_name = g.pattern("nation_word_before_name", guard=False)
        self.definite_article_opening = g.pattern("definite_article_opening")
        self.capitalised_name_run = g.pattern("capitalised_name_run", guard=False)
        self.time_zone_after = g.pattern("time_zone_after", guard=False)
        self.described_subject = g.pattern("described_subject", guard=False)
        self.clause_of_a_thing = g.pattern("clause_of_a_thing", guard=False)
        self.adjective_before_noun_verb = g.pattern("adjective_before_noun_verb", guard=False)
        self.source_end = g.pattern("source_end")
        self.clause_verb_after = g.pattern("clause_verb_after")
        self.fate_after_verb = g.pattern("fate_after_verb", guard=False)
        self.label_subject_before = g.pattern("label_subject_before", guard=False)
        self.label_colon_after = g.pattern("label_colon_after", guard=False)
        self.staff_of = g.pattern("staff_of_possessor")
        # no guard: its first characters are marks ("'s", "’s"), which ``re`` itself skips to, faster than a guard
        self.possessive_report = g.pattern("possessive_report", guard=False)
        self.possessive_report_starts = match_starts(self.possessive_report)
        self.local_office = g.pattern("local_office")
        self.placed_speaker_subject = g.pattern("placed_speaker_subject", guard=False)
        self.told_of_them = g.pattern("told_of_them")
        self.nation_place_frame = g.pattern("nation_place_frame", guard=False)
        # word lists ([attribution] of the grammar): tuples for str.startswith, frozensets for ``in``
        self.figure_verbs = g.words("attribution.figure_verbs")
        self.subject_conjunctions = frozenset(g.words("attribution.subject_conjunctions"))
        self.officials = frozenset(g.words("attribution.officials"))
        self.plural_pointers = frozenset(g.words("attribution.plural_pointers"))
        self.force_articles = tuple(f"{article} " for article in g.words("attribution.force_articles"))
        self.defence_ministry_nouns = frozenset(g.words("attribution.defence_ministry_nouns"))
        self.nation_role_nouns = frozenset(g.words("attribution.nation_role_nouns"))
        self.speaker_label = g.pattern("speaker_label", guard=False)
        self.trailing_source = g.pattern("trailing_source", guard=False)
        self.trailing_source_chars = needed_words(self.trailing_source)
        self.ministry_nouns = frozenset(g.words("attribution.ministry_nouns"))
        self.ministry_words = g.words("attribution.ministry_words")
        self.entity_nouns = frozenset(g.words("attribution.entity_nouns"))
        self.intelligence_nouns = frozenset(g.words("attribution.intelligence_nouns"))
        self.person_pronouns = frozenset(g.words("attribution.person_pronouns"))
        self.team_pronouns = frozenset(g.words("attribution.team_pronouns"))
        self.report_nouns = frozenset(g.words("attribution.report_nouns"))
        self.unowned_work_nouns = frozenset(g.words("attribution.unowned_work_nouns"))
        self.same_words = frozenset(g.words("attribution.same_words"))
        self.any_source_nouns = frozenset(g.words("attribution.any_source_nouns"))
        self.sentence_source_pronouns = frozenset(g.words("attribution.sentence_source_pronouns"))
        self.possessive_pronouns = frozenset(g.words("attribution.possessive_pronouns"))
        # "according to reports": sources the text does not name (crediting.cites_unnamed_reports)
        self.unnamed_reports = g.pattern("unnamed_reports")
        # "On Wednesday the defence ministry said": a day or month opening the subject's words, with no comma after it
        self.date_opening_subject = g.pattern("date_opening_subject", guard=False)
        # "..., when it said": a pronoun opening a clause of when, and a nation's word before its role (when_said.py)
        self.when_clause_before = g.pattern("when_clause_before", guard=False)
        self.nation_role_gap = g.pattern("nation_role_gap", guard=False)

    def subject_tail(self, norm: str, lo: int, verb_start: int) -> re.Match[str] | None:
        """``SUBJECT_TAIL.search(norm, lo, verb_start)``: the words between a subject and its verb of saying ("the
        governor | said on Monday"). Every match ends at the verb, so whether there is one is asked backwards first
        (``reverse.end_test``: one ``match`` of the reversed window), as the pattern's words would be (``search_held``)
        in a window of up to 100 characters; most subjects have no tail."""
        tail = self.phrase.SUBJECT_TAIL
        return read_in(tail, norm).search(norm, lo, verb_start) if end_test(tail).found(norm, lo, verb_start) else None

    def verbs_in(self, norm: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """The verbs of reported speech in ``norm``, in text order: ``_verbs_anywhere`` and those that report only at
        their clause's end (", a study found."). Those are few: found by their literal starts in ``folded`` (``norm``
        lower-cased, or None), and merged in only when there are some (``heapq.merge`` costs a call per verb)."""
        at_end = list(finditer_by_prefixes(self.reporting_verb_at_end, self.reporting_verb_at_end_starts, norm,
                                           folded))
        if not at_end:
            return self._verbs_anywhere(norm)
        return heapq.merge(self._verbs_anywhere(norm), at_end, key=lambda m: m.start())

    @cached_property
    def reporting_verb_at_end_starts(self) -> MatchStarts | None:
        """Where ``reporting_verb_at_end``'s matches start (``match_starts``), found when first asked: only an English
        document's cues ask it."""
        return match_starts(self.reporting_verb_at_end)

    def _verbs_anywhere(self, norm: str) -> Iterator[re.Match[str]]:
        """``reporting_verb.finditer(norm)`` (its ASCII twin's in an ASCII text), found one character before each
        verb: a verb opens a word, so after a character that is no word character or at the text's start, and ends
        one (the ``\\b`` after it): each match of ``reporting_verb_after_mark`` is that character and a verb, which
        ``reporting_verb`` matches again from the verb's first letter (the same match). Taking that character does not
        hide a verb from the next match: a verb's match ends where its word does, before the character after it."""
        ascii_text = norm.isascii()
        verb = self.ascii_reporting_verb if ascii_text else self.reporting_verb
        after_mark = self.ascii_reporting_verb_after_mark if ascii_text else self.reporting_verb_after_mark
        first = verb.match(norm)
        if first is not None:
            yield first
        for m in after_mark.finditer(norm, first.end() if first is not None else 0):
            found = verb.match(norm, m.start() + 1)
            assert found is not None  # (the same words behind the same boundary)
            yield found

    @staticmethod
    def read_in(pattern: re.Pattern[str], text: str) -> re.Pattern[str]:
        """``read_in``: the pattern, or its ASCII twin, to search ``text`` with."""
        return read_in(pattern, text)

    def says_after_name(self, after: str, name_end: int, phrases: Sequence[tuple[int, int, int, str]], *,
                        force: bool) -> bool:
        """Whether the verb of saying read in ``after`` (the words after a name ending at ``name_end``) is the name's
        own ("Kyiv said"; a force's only through a verb of saying: "Ukraine's military reported"): not when the
        subject of that verb, one of ``phrases``, stands between them ("Ukraine's military dead have reached 60,000,
        the report said": the report says it, the military lost them)."""
        said = self.read_in(self.attribution_after, after).match(after)
        if said is not None and force:
            said = self.saying_verb_after.match(after)
        if said is None:
            return False
        verb_end = name_end + said.end()
        return not any(name_end < start and end <= verb_end for start, end, _score, _scope in phrases)


class AnywhereTest:
    """Whether a pattern matches anywhere in a text (``bool(pattern.search(text))``), tested as two patterns: its
    alternatives that open on '^' tried once at the text's start, where alone they can match (no MULTILINE), and the
    others behind a first-character guard (``scan.guarded``), which the '^' alternatives keep the whole pattern from
    having: ``re`` then tries every alternative at every position. A pattern that cannot be so split is searched."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.at_start: re.Pattern[str] | None = None
        self.elsewhere = pattern
        alternatives = _top_alternatives(pattern.pattern)
        anchored = [alternative for alternative in alternatives if alternative.startswith("^")]
        rest = [alternative for alternative in alternatives if not alternative.startswith("^")]
        if (not anchored or not rest or pattern.flags & (re.MULTILINE | re.VERBOSE)
                or _GLOBAL_FLAGS.match(pattern.pattern)):
            return
        try:
            at_start = re.compile("(?:" + "|".join(anchored) + ")", pattern.flags)
            elsewhere = guarded(re.compile("(?:" + "|".join(rest) + ")", pattern.flags))
        except re.error:  # (a group named in one part and referred to in another)
            return
        self.at_start, self.elsewhere = at_start, elsewhere
        # where the others can start ("acco" of "according to their data"): tried only there in an ASCII text, whose
        # ``str.lower`` folds as ``re`` does (a guard is a lookahead ``re`` still tries at every position)
        self.elsewhere_starts = match_starts(elsewhere)

    def found_in(self, text: str) -> bool:
        if self.at_start is not None and read_in(self.at_start, text).match(text) is not None:
            return True
        if self.elsewhere_starts is None or not text.isascii():
            return read_in(self.elsewhere, text).search(text) is not None
        return search_by_prefixes(self.elsewhere, self.elsewhere_starts, text, text.lower(), 0, len(text)) is not None


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)" opening a pattern: it would hold for the first part only


def _top_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern's source at its top level: split at each '|' outside a group, a class and an
    escape."""
    parts, depth, start, at, in_class = [], 0, 0, 0, False
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 1 + (source[at + 1:at + 2] == "^")  # a ']' first in a class is one of its characters
            if source[at:at + 1] == "]":
                at += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
        at += 1
    parts.append(source[start:])
    return parts


_ASCII_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}  # by id: each grammar's patterns, kept alive


def read_in(pattern: re.Pattern[str], text: str) -> re.Pattern[str]:
    """The pattern to search ``text`` with: its ASCII twin (``ascii_twins.in_ascii``, compiled once) when ``text`` is
    ASCII and holds no character the two read differently."""
    # (the ASCII characters Unicode's "\s" reads as spaces and re.ASCII's does not: the file, group, record and unit
    # separators; tested one by one, which costs a fraction of one call)
    if not text.isascii() or "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return pattern
    known = _ASCII_TWINS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _ASCII_TWINS[id(pattern)] = (pattern, in_ascii(pattern))
    return known[1]


def one_word_boundary(source: str, word: str) -> str:
    """``source|\\bword``, with the alternatives of ``source`` that end it and open on ``\\b`` joined to it behind one:
    ``X|\\bA|\\bB`` and ``\\bword`` as ``X|\\b(?:A|B|word)``, the same alternatives in the same order. ``re`` then
    tests the boundary once at each position (two Unicode lookups) instead of once per alternative."""
    alternatives = _top_alternatives(source)
    bounded = 0
    while bounded < len(alternatives) and alternatives[len(alternatives) - 1 - bounded].startswith("\\b"):
        bounded += 1
    kept = alternatives[:len(alternatives) - bounded]
    joined = [alternative[2:] for alternative in alternatives[len(alternatives) - bounded:]] + [word]
    return "|".join([*kept, r"\b(?:" + "|".join(joined) + ")"])


class MatchStarts:
    """Where every match of a pattern starts: at one of a few lower-cased literal ``prefixes``, (``line_starts``)
    at the start of a line, or (``led``) at a lead before a word: a mark or a line's start, then a run of spaces, then
    one of the words ("," then "said" in ``,\\s*said``; a line's start, then "sour" in ``^[ \\t]*sources?``), each
    as (the lead's characters, "" for a line's start; the run's characters, "" for any space; the words). Found by
    ``match_starts``; read by ``finditer_by_prefixes`` and ``search_by_prefixes``."""

    __slots__ = ("prefixes", "line_starts", "led")

    def __init__(self, prefixes: tuple[str, ...], line_starts: bool,
                 led: tuple[tuple[str, str, tuple[str, ...]], ...] = ()) -> None:
        self.prefixes = prefixes
        self.line_starts = line_starts
        self.led = led

    def may_start_in(self, folded: str | None, lo: int, hi: int) -> bool:
        """False only when no match can lie in ``text[lo:hi]``: its lower-cased twin ``folded`` (None where that is
        not faithful) holds none of the prefixes whole there, and no match starts at a line's start."""
        return (folded is None or self.line_starts
                or any(folded.find(prefix, lo, hi) >= 0 for prefix in self.prefixes)
                or any(folded.find(word, lo, hi) >= 0 for _lead, _run, words in self.led for word in words))

    def led_places(self, folded: str, lo: int, hi: int) -> list[int]:
        """The places in [lo, hi) of the leads before their words (``led``): each word found, the run of spaces before
        it walked back over, and the character before the run tested (a mark, or the line's end before a line)."""
        places = []
        for lead, run, words in self.led:
            for word in words:
                at = folded.find(word, lo, hi)
                while at >= 0:
                    start = at
                    while start > 0 and (folded[start - 1] in run if run else folded[start - 1].isspace()):
                        start -= 1
                    if not lead:  # the run opens a line
                        if (start == 0 or folded[start - 1] == "\n") and start >= lo:
                            places.append(start)
                    elif start > lo and folded[start - 1] in lead:
                        places.append(start - 1)
                    at = folded.find(word, at + 1, hi)
        return places


def match_starts(pattern: re.Pattern[str], *, most: int = _MOST_PREFIXES, led: bool = False) -> MatchStarts | None:
    """Where every match of ``pattern`` starts: the lower-cased literal prefixes (at most ``_PREFIX_LENGTH`` long,
    less those that extend another; "by", "from" for ``\\b(?:by|from)\\s+``), and the start of a line for an
    alternative that opens on '^' or a lookbehind on a line break; None when some match may start with anything,
    or the places are many (more than ``most``) or short (in nearly every sentence). Each prefix's characters are
    ASCII or have no case: the lower-cased text then holds the prefix wherever ``re`` matches it
    (``required_words.Folded`` keeps no text with the few characters that fold otherwise). The prefixes are
    ``scan.literal_prefixes``' (a class of more than ``_MOST_PREFIXES`` characters is any character).

    With ``led``, an alternative that opens on a mark or a line's start, then a run of spaces, then words
    (``scan.word_after_a_lead``) is looked for by its words: a comma or a line's start is in every sentence, a comma
    before "said" is not."""
    line_starts: list[bool] = []
    leads: list[tuple[str, str, tuple[str, ...]]] = []
    found = literal_prefixes(pattern.pattern, pattern.flags, length=_PREFIX_LENGTH, anchored=True,
                             widest=_MOST_PREFIXES, line_starts=line_starts,
                             led=leads if led else None)
    if found is None:
        return None  # some match may start with anything, or be empty (it would not move finditer_by_prefixes on)
    found = {prefix for prefix in found if not any(other != prefix and prefix.startswith(other) for other in found)}
    words = {word for _lead, _run, led_words in leads for word in led_words}
    if (len(found) + len(words) > most  # (line starts are few: not counted)
            or any(len(prefix) < 2 and (prefix.isalnum() or prefix.isspace()) for prefix in found | words)
            or not all(char.isascii() or char.lower() == char == char.upper()
                       for prefix in found | words for char in prefix)):
        return None
    return MatchStarts(tuple(sorted(found)), bool(line_starts), tuple(leads))


def finditer_by_prefixes(pattern: re.Pattern[str], starts: MatchStarts | None, text: str, folded: str | None
                         ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, with ``pattern`` tried only where ``folded`` (``text`` lower-cased, None where
    that is not faithful) holds one of its ``match_starts``: ``str.find`` skips the rest several times faster
    than ``re`` tries it. Every match starts at such a place, and the matches are taken in order, each from the
    end of the one before, as ``finditer`` takes them (no match is empty)."""
    pattern = read_in(pattern, text)
    if starts is None or folded is None:
        yield from pattern.finditer(text)
        return
    # every place, found at once and in order: a comma or a quote is in every sentence, and stepping each prefix's
    # next place along costs more than the places themselves
    places = set()
    for prefix in starts.prefixes:
        at = folded.find(prefix)
        while at >= 0:
            places.add(at)
            at = folded.find(prefix, at + 1)
    if starts.line_starts:
        places.add(0)
        at = folded.find("\n")
        while at >= 0:
            places.add(at + 1)
            at = folded.find("\n", at + 1)
    if starts.led:
        places.update(starts.led_places(folded, 0, len(folded)))
    pos = 0
    for at in sorted(places):
        if at < pos:
            continue  # inside the match before
        m = pattern.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def search_by_prefixes(pattern: re.Pattern[str], starts: MatchStarts | None, text: str, folded: str | None, lo: int,
                       hi: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)``, with ``pattern`` tried only where ``folded`` (as for ``finditer_by_prefixes``)
    holds one of its ``match_starts`` in the window, or a line starts there, in text order: ``re`` tries each place
    of a window with every alternative of a long pattern, ``str.find`` skips the places where no match can start.
    (``search`` with ``pos`` is ``match`` at each place from ``pos`` on: both see the text before ``pos``.)"""
    pattern = read_in(pattern, text)
    if starts is None or folded is None:
        return pattern.search(text, lo, hi)
    places = []
    for prefix in starts.prefixes:
        at = folded.find(prefix, lo, hi)
        while at >= 0:
            places.append(at)
            at = folded.find(prefix, at + 1, hi)
    if starts.line_starts:
        if lo == 0 or folded[lo - 1] == "\n":
            places.append(lo)
        at = folded.find("\n", lo, hi - 1)
        while at >= 0:
            places.append(at + 1)
            at = folded.find("\n", at + 1, hi - 1)
    if starts.led:
        places += starts.led_places(folded, lo, hi)
    for at in sorted(places):
        m = pattern.match(text, at, hi)
        if m is not None:
            return m
    return None


def search_held(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)``, or None at once when the window holds none of the words every match holds
    (``required_words``): the windows before and after a name or a verb of saying that attribution reads are short,
    and a few ``in`` tests cost less than ``re``'s pass over one with every alternative of a long pattern. The words
    of an IGNORECASE pattern are looked for in the lower-cased window when it is ASCII (``str.lower`` then folds as
    ``re`` does, as ``Folded`` has it), else the pattern is tried."""
    hi = len(text) if hi is None else hi
    return None if _lacks_words(pattern, text, lo, hi) else read_in(pattern, text).search(text, lo, hi)


def ends_held(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> bool:
    """``pattern.search(text, lo, hi) is not None`` for a pattern whose every match ends where the window does
    (``X$``: "according to the", "compared with", "via the" before a name): the window tested for the words every
    match holds first, as by ``search_held``, then asked backwards (``reverse.end_test``: one ``match`` of the
    reversed window, where ``search`` tries the pattern at each of its up to 60 positions)."""
    hi = len(text) if hi is None else hi
    return not _lacks_words(pattern, text, lo, hi) and end_test(pattern).found(text, lo, hi)


def _lacks_words(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` surely holds none of the words every match of ``pattern`` holds (``required_words``;
    an IGNORECASE pattern's words are looked for in the lower-cased window only when it is ASCII, where ``str.lower``
    folds as ``re`` does)."""
    needs = required_words(pattern)
    if needs is None:
        return False
    window = text[lo:hi]
    if needs.folded and not window.isascii():
        return False
    within = window.lower() if needs.folded else window
    for word in needs.words:  # noqa: SIM110 (``holds_one_of`` written out: asked of most sources' windows)
        if word in within:
            return False
    return True


class WordPlaces:
    """Where a document holds any of some words, found once: a sentence that holds none of them whole holds no match
    of a pattern every match of which holds one (``needed_words``), told by a bisection instead of a search."""

    def __init__(self, needs: tuple[tuple[str, ...], bool] | None, text: str, folded: str | None) -> None:
        within = None if needs is None else folded if needs[1] else text
        self.known = needs is not None and within is not None  # (else every window may hold a match)
        places: list[tuple[int, int]] = []
        if needs is not None and within is not None:
            for word in needs[0]:
                at = within.find(word)
                while at >= 0:
                    places.append((at, at + len(word)))
                    at = within.find(word, at + 1)
        places.sort()
        self.starts = [start for start, _end in places]
        self.ends = [end for _start, end in places]

    def may_match(self, lo: int, hi: int) -> bool:
        """False only when ``text[lo:hi]`` holds none of the words whole, so no match."""
        if not self.known:
            return True
        k = bisect_left(self.starts, lo)
        while k < len(self.starts) and self.starts[k] < hi:
            if self.ends[k] <= hi:
                return True
            k += 1
        return False


def needed_words(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """The words one of which every match of ``pattern`` holds (``required_words``; for a pattern without
    IGNORECASE and no such words, ``scan.required_chars``: "—", "–" or "-"), and whether they are to be found in
    the lower-cased text; None when no such words can be named."""
    needs = required_words(pattern)
    if needs is not None:
        return needs.words, needs.folded
    chars = required_chars(pattern)
    return (tuple(sorted(chars)), False) if chars is not None else None


#: A character trie: each key one character ("" marks a word's end), each value the subtree after it.
_Trie = dict[str, "_Trie"]


def _prefix_tree(words: list[str]) -> str:
    """One regex for a list of literal words, factored on common prefixes: ``re`` then tries one branch
    per character instead of every word at every position."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return pattern(tree)
