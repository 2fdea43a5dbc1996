"""The phrase of reported speech in a sentence, read from the text alone: the subject of a verb of saying ("X, a
spokesman for Y, said"), the source after a cue ("according to X", ", said X"), the possessor of a report noun
("Kyiv's tally"), each with the figures of its sentence it speaks for.

Apart from ``attribution`` because it reads only the normalised text and the rules, never the reader: the document's
cues (``attribution.PhraseCues``) and its sources are built from what it finds.
"""

from __future__ import annotations

import re

from ..languages.reverse import end_test
from .attribution_rules import AttributionRules

__all__ = ["Phrases", "SUBJECT_REACH", "cue_phrase", "possessive_phrase", "says", "subject_before", "verb_phrase"]


_MAX_SUBJECT_WORDS = 10
_MAX_DESCRIBED_WORDS = 14  # a described speaker set off by a relative clause: "The commander of a brigade holding ..."
SUBJECT_REACH = 100  # how far before its verb a subject may begin
# ... and a relative clause set off before the verb (its pattern bounds its own length: "UALosses, a volunteer project
# that records the names of the dead from obituaries, had counted")
_CLAUSE_REACH = 150
_ASIDE_REACH = 90  # how far before its verb a bracketed affiliation after a name may begin


def subject_before(r: AttributionRules, norm: str, lo: int, verb_start: int, *, past_clause: bool = False
                   ) -> tuple[int, int] | None:
    """The span of the subject of a verb of saying at ``verb_start``: the words after the last clause
    boundary ("..., authorities said" -> "authorities"; "X, a spokesman for Y, said" -> all of it). With
    ``past_clause``, the subject before a relative clause that ends right before the verb ("X, who asked not
    to be named, said" -> X), or None where there is no such clause."""
    of_a_thing = False
    aside = None if past_clause else r.aside_bracket_before_verb.search(norm, max(lo, verb_start - _ASIDE_REACH),
                                                                         verb_start)
    if aside is not None and (name := subject_before(r, norm, lo, aside.start())) is not None:
        # "Dr Jane Doe (Institute of X, Prague) put ...": the name and the affiliation its bracket gives
        return name[0], aside.end("aside") + 1
    if past_clause:
        clause = (r.relative_clause_before_verb.search(norm, max(lo, verb_start - _CLAUSE_REACH), verb_start)
                  or _bare_relative_clause(r, norm, max(lo, verb_start - SUBJECT_REACH), verb_start))
        if clause is None:
            return None
        of_a_thing = r.clause_of_a_thing.match(norm, clause.start()) is not None
        head = r.apposition_head_before_relative.match(norm, clause.start())
        if head is not None and not of_a_thing:
            # "Colonel Ivan Petrenko, a Ukrainian commander who has served since 2022, said": the name and its head
            name = subject_before(r, norm, lo, clause.start())
            if name is None or len(norm[name[0]:head.end()].split()) > _MAX_DESCRIBED_WORDS:
                return None
            return name[0], head.end()
        verb_start = clause.start()
    floor, lo = lo, max(lo, verb_start - SUBJECT_REACH)
    start = lo
    for m in (r.ascii_subject_boundary if norm.isascii() else r.subject_boundary).finditer(norm, lo, verb_start):
        start = m.end()
    if start > lo and (which := r.which_before.search(norm, lo, verb_start)):
        return subject_before(r, norm, lo, which.start())  # "X's reporting, which put losses at 117,000": X's
    if start > max(lo, verb_start - 30) and (who := r.who_before.search(norm, max(lo, verb_start - 40), verb_start)):
        # "... loyal to Chechen leader Ramzan Kadyrov, who has said" ("who" ends a subject_boundary just before)
        named = r.named_before_who.search(norm, max(lo, who.start() - 60), who.start())
        return (named.start(), named.end()) if named is not None else None
    tail = r.subject_tail(norm, start, verb_start)
    seg_end = tail.start() if tail is not None else verb_start
    chunk = norm[start:seg_end]
    stripped = chunk.rstrip()
    apposition = stripped.endswith(",")
    if apposition:
        # an apposition closes the subject: "Dmytro Pletenchuk, the navy's spokesman, said"
        pieces = stripped[:-1].split(",")
        last_comma = start + len(stripped) - 2 - len(pieces[-1])
        if len(pieces) >= 2 and r.clause_of_a_thing.match(norm, last_comma):
            # a "which" clause is no apposition: "Kyiv, which rarely discloses its losses, said" -> Kyiv
            seg_end = last_comma
            start = last_comma - len(pieces[-2])
        else:
            keep = ",".join(pieces[-2:]) if len(pieces) >= 2 else pieces[-1]
            start = start + len(stripped) - 1 - len(keep)
        while start > floor and start == lo and norm[start - 1].isalnum():
            lo = start = start - 1  # (a long apposition's name begins before the reach: its whole first word)
    else:
        start = start + chunk.rfind(",") + 1 if "," in chunk else start
    end = start + len(norm[start:seg_end].rstrip(" ,"))
    while start < end and norm[start] in " \t\n\"'“”-–—":
        start += 1
    if (opener := r.date_opening_subject.match(norm, start, end)) is not None:
        start = opener.end()  # "On Wednesday the defence ministry said": the day says when, the rest who
    words = norm[start:end].split()
    # (a name with an apposition that describes it may run as long as a described speaker: "Vyriy Systems, the
    # Estonian maker of the Hornet-7 fibre-optic strike drone, said")
    most_words = _MAX_DESCRIBED_WORDS if past_clause or apposition else _MAX_SUBJECT_WORDS
    if _MAX_SUBJECT_WORDS < len(words) <= _MAX_DESCRIBED_WORDS and r.placed_speaker_subject.match(norm, start, end):
        most_words = _MAX_DESCRIBED_WORDS  # "an officer at the Joint Centre for Control and Co-ordination told"
    if (not words or len(words) > most_words or r.phrase.NOT_SUBJECT_END.search(words[-1])
            or (r.phrase.LOSS_HEAD.search(words[-1])
                and not (apposition and r.phrase.RECORD_OF_LOSSES.search(norm, start, end)))
            or r.phrase.NOT_SUBJECT_START.match(words[0])
            or r.read_in(r.phrase.NOT_A_SUBJECT, norm).search(norm, start, end)):
        return None
    if past_clause and not of_a_thing and not r.described_subject.match(norm, start, end):
        return None  # "Jane Doe, who heads the mission, said": the clause says who she is ("Kyiv, which ...": Kyiv)
    if words[0].lower() in r.subject_conjunctions:
        start = norm.index(words[1], start) if len(words) > 1 else end
    return (start, end) if start < end else None


def _phrase_after(r: AttributionRules, norm: str, start: int, hi: int) -> tuple[int, int] | None:
    """The source's phrase after a cue ("according to ..."), up to where it ends."""
    end_match = r.read_in(r.source_end, norm).search(norm, start, hi)
    end = end_match.start() if end_match is not None else hi
    end = start + len(norm[start:end].rstrip())
    words = norm[start:end].split()
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    return start, end


#: Phrases that say something, as (start, end, score, scope); see ``attribution._document_phrases``.
Phrases = list[tuple[int, int, int, str]]


def cue_phrase(r: AttributionRules, norm: str, cue_end: int, hi: int) -> tuple[int, int, int, str] | None:
    """The source after "according to", ", said" or "data released by"."""
    span = _phrase_after(r, norm, cue_end, hi)
    if span is None:
        return None
    apposition = r.phrase.CLOSING_APPOSITION.match(norm, span[1], hi)
    if apposition is not None:  # "according to Andriy Kovalenko, a Ukrainian officer."
        span = (span[0], apposition.end())
    return (*span, 3, "both")


def _bare_relative_clause(r: AttributionRules, norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """"An open-source project that collects the names of the dead has identified": a relative clause with no commas
    before the verb (searched only where one of its words stands: most subjects hold none)."""
    if norm.find(" that ", lo, hi) < 0 and norm.find(" who ", lo, hi) < 0 and norm.find(" which ", lo, hi) < 0:
        return None
    return r.bare_relative_clause_before_verb.search(norm, lo, hi)


def says(r: AttributionRules, norm: str, m: re.Match[str], hi: int) -> bool:
    """Whether the word ``m`` is a verb of saying here, not the noun it may also be."""
    word = m.group(0)
    if word in r.noun_verbs:
        if word.startswith(r.figure_verbs):
            if not r.phrase.PUT_FIGURE.match(norm, m.end(), hi):
                return False  # "put" or "gave" says a figure only with it: "gave a higher estimate"
        elif r.phrase.NOUN_NOT_VERB.match(norm, m.end(), hi) and not (
                r.closing_verb_after.match(norm, m.end())
                and end_test(r.closing_subject_before).found(norm, max(0, m.start() - 80), m.start())):
            return False  # "a higher estimate, suggesting", "reports of": the noun (not "..., the office reports.")
    return not r.fate_after_verb.match(norm, m.end(), hi)  # "soldiers confirmed dead": a participle, no saying


#: how far before a verb of saying a contact clause's subject may start, with the noun before it ("craft the navy ")
_CONTACT_REACH = 60


def verb_phrase(r: AttributionRules, norm: str, m: re.Match[str], lo: int, hi: int, *, past_clause: bool = False
                ) -> tuple[int, int, int, str] | None:
    """The subject of the verb of saying ``m`` (which ``says``), and the figures it speaks for (``past_clause``:
    the subject before a relative clause, see ``subject_before``)."""
    word = m.group(0)
    subject = subject_before(r, norm, lo, m.start(), past_clause=past_clause)
    if r.contact_clause_gap_after.match(norm, m.end(), hi) and (contact := r.contact_clause_subject.search(
            norm, max(lo, m.start() - _CONTACT_REACH), m.start())) is not None:
        subject = contact.span("subject")  # "2 Russian landing craft the navy said it sank": the navy
    if subject is None or (word in r.noun_verbs and r.adjective_before_noun_verb.search(norm, *subject)):
        return None  # "the official estimates": an adjective and its noun
    # '"...," the ministry said', ', the ministry said.': it speaks for what came before; ', the ministry said,
    # adding that ...' for both; a subject that opens its clause, for what follows
    mark = norm[max(lo, subject[0] - 2):subject[0]].strip()
    if mark in ('"', "'"):  # (a quote closed with double or single marks)
        scope = "before"
    elif mark == ",":
        scope = "before" if r.phrase.CLAUSE_CLOSES.match(norm, m.end(), hi) else "both"
    else:
        scope = "after"
    if r.label_colon_after.match(norm, m.end(), hi) and r.label_subject_before.fullmatch(norm, lo, subject[0]):
        # "What Kyiv says: Ukraine's defence minister said ...": a section's label, outranked by a source after it
        return (*subject, 1, scope)
    return (*subject, 2, scope)


def possessive_phrase(r: AttributionRules, norm: str, m: re.Match[str], lo: int) -> tuple[int, int, int, str] | None:
    """The possessor of a report noun: "Kyiv's tally", "the ministry's latest update"."""
    owner = r.phrase.POSSESSOR.search(norm, max(lo, m.start() - 60), m.start())
    if owner is None:
        return None
    start = owner.start()
    for b in r.subject_boundary.finditer(norm, start, owner.end()):
        start = b.end()
    for b in r.disputed_before.finditer(norm, start, owner.end()):
        start = b.end()  # "Moscow rejected Kyiv's tally": Kyiv's
    while start < owner.end() and norm[start] == " ":
        start += 1
    if start < owner.end() and not r.phrase.NOT_A_SUBJECT.search(norm, start, m.end()):
        return (start, m.end(), 2, "both")
    return None
