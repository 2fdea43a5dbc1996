"""Attribution: who says a figure, within a sentence and across sentences.

A sentence names its sources ("X said", "according to X", "a statement from X") or points back
at one ("The ministry added", "according to their data"); the reader remembers the last source,
organisation, person and named entity so that later sentences can be attributed.
"""

from __future__ import annotations

import re

from ..languages import grammar
from ..languages.scan import first_char_lookahead, guarded
from .body import Sentence
from .document import Reader, SentenceSources, Source

__all__ = ["claimant_in", "credit_reported_by", "is_force", "remember_sources", "source_referred_to", "source_spans"]

_ATTRIBUTION_BEFORE = grammar.pattern("attribution_before")
# The name of a source, then a verb of saying. The lookahead before the verbs lets ``re`` skip, at
# each of the up to 40 characters between, the words that cannot start one.
_SAYING_AFTER_NAME = grammar.source("saying_after_name")
_ATTRIBUTION_AFTER = guarded(re.compile(
    r"^[\w\s,.'()-]{0,40}?\b" + first_char_lookahead(_SAYING_AFTER_NAME, re.IGNORECASE) + _SAYING_AFTER_NAME
    + r"\b", re.IGNORECASE))
_SAYING_VERB = grammar.source("saying_verb")
_SAYING_VERB_AFTER = guarded(re.compile(
    r"[\w\s,.'()-]{0,40}?\b" + first_char_lookahead(_SAYING_VERB, re.IGNORECASE) + _SAYING_VERB + r"\b",
    re.IGNORECASE))
_ANAPHORA = grammar.pattern("anaphora")
_ANAPHORA_VERB = grammar.pattern("anaphora_verb")
_THIS_WAS_REPORTED = grammar.pattern("this_was_reported")
_SAID_BEFORE = grammar.pattern("said_before")
_CLAUSE_END_AFTER = grammar.pattern("clause_end_after")
_CONTINUATION = grammar.pattern("continuation")
_POSSESSIVE_SOURCE = grammar.pattern("possessive_source")
_FORCE_NAME = grammar.pattern("force_name")
_POSSESSIVE_AFTER = grammar.pattern("possessive_after")
_CHANNEL_BEFORE = grammar.pattern("channel_before")
_RELAYED_BY = grammar.pattern("relayed_by")
_COMPARED_BEFORE = grammar.pattern("compared_before")
_LOSER_AFTER = grammar.pattern("loser_after")
# The lookahead is the guard ``scan.guarded`` cannot derive because of the '^' branch: every match
# starts with "the/this/that/its/it/they", "according", "intelligence", one of ',;:?!' or at the text's start.
_GENERIC_SOURCE = re.compile(r"(?=[tia,;:?!]|^)(?:" + grammar.source("generic_source") + ")", re.IGNORECASE)
_PERSON_POINTER = grammar.pattern("person_pronoun_end", guard=False)
# Aliases that name a place or a person in passing more often than a source.
_NOT_ENTITIES = frozenset({"moscow", "putin", "kremlin", "the kremlin", "zelensky", "zelenskyy"})


def claimant_in(reader: Reader, sent: Sentence, near: int | None = None) -> Source | None:
    """The source a sentence names ("X said", "according to X", "a statement from X").

    Official sources outrank media that relay them ("..., the General Staff said, as cited by
    Ukrinform"); a verb of saying outranks a bare mention; ``near`` breaks ties by distance."""
    named, generic = _sources_named(reader, sent)
    found: list[tuple[int, int, int, Source]] = [
        (other, -score, abs(src.start - near) if near is not None else 0, src) for other, score, src in named]
    for start, noun in generic:
        ref = _generic_source(reader, noun)  # depends on the sources read so far
        if ref is not None:
            distance = abs(start - near) if near is not None else 0
            found.append((int(ref.key == "other"), -2, distance, ref))
    if not found:
        return None
    found.sort(key=lambda f: f[:3])
    best = found[0][3]
    # "the officials said" after "US officials said": the officials named before, not a new source
    if best.text.lower() in ("officials", "the officials"):
        earlier = reader.last_person or reader.last_source
        if earlier is not None and earlier.key.endswith("officials") and earlier.start < best.start:
            return earlier
    return best


def source_spans(reader: Reader, sent: Sentence) -> list[tuple[int, int]]:
    """Where the sentence names its sources: "Ukraine's military said" is one, "Ukraine's military
    casualties" is not (its "Ukraine's" says whose losses)."""
    named, _generic = _sources_named(reader, sent)
    return [(src.start, src.start + len(src.text)) for _other, _score, src in named]


def _sources_named(reader: Reader, sent: Sentence) -> SentenceSources:
    """What ``claimant_in`` reads from the sentence alone, read once per sentence: the named sources
    as (is "other", score, source) and the generic references ("the ministry said") as (offset, noun)."""
    cached = reader.sources_named.get(sent.start)
    if cached is not None:
        return cached
    prof = reader.profile
    named: list[tuple[int, int, Source]] = []
    for m in reader.scan.finditer("claimant", sent.start, sent.end):
        before = reader.norm[max(sent.start, m.start() - 60) : m.start()]
        after = reader.norm[m.end() : min(sent.end, m.end() + 60)]
        if _CHANNEL_BEFORE.search(before):
            continue  # "shared via the ministry's X account": a channel, not a source
        if _COMPARED_BEFORE.search(before):
            continue  # "..., far lower than estimates by U.S. officials": the source of another figure
        score = 0
        force = is_force(reader, m)
        possessive = _POSSESSIVE_AFTER.match(after)
        if _RELAYED_BY.search(before):
            score = 1
        elif _ATTRIBUTION_BEFORE.search(before) or (
                _SAID_BEFORE.search(before) and _CLAUSE_END_AFTER.match(reader.norm, m.end())):
            score = 3
        elif possessive:
            # "Shoigu's assertion of 444,000" is a source; "Putin's army" is not
            score = 2 if possessive.group("noun") else 0
        elif _ATTRIBUTION_AFTER.match(after) and (not force or _SAYING_VERB_AFTER.match(after)):
            score = 2
        elif _LOSER_AFTER.match(after):
            score = 0  # the subject of the loss (or the one who inflicted it), not its source
        elif not force:
            score = 1  # a named source with no verb of saying: "US and UK sources are in line with ..."
        if score:
            key = prof.key_of(m)
            source = Source(key, reader.text[m.start() : m.end()], m.start(), score)
            named.append((int(key == "other"), score, source))
    generic = [(m.start(), next(g for g in m.groups() if g))
               for m in _GENERIC_SOURCE.finditer(reader.norm, sent.start, sent.end)]
    reader.sources_named[sent.start] = (named, generic)
    return named, generic


def _generic_source(reader: Reader, noun: str) -> Source | None:
    """'the ministry', 'the website', 'the report': the last source of that kind."""
    noun = noun.lower()
    if noun in ("ministry", "mod", "defense ministry", "defence ministry", "department"):
        for src in (reader.last_org, reader.last_source, reader.last_entity):
            if src is not None and ("mod" in src.key or "ministry" in src.text.lower()
                                    or src.key.endswith("officials")):
                return src
        return reader.last_org
    if noun in ("website", "site", "project", "blog", "monitor", "outlet", "group", "it"):
        return reader.last_entity or reader.last_org
    if noun == "intelligence":
        return reader.last_org or reader.last_entity
    if noun in ("he", "she"):  # '..., she said.': the last person who spoke
        return reader.last_person or reader.last_source
    return reader.last_org or reader.last_source


def source_referred_to(reader: Reader, s_text: str) -> Source | None:
    """A sentence with no named source may point back at one: "The post added", "according to their data"."""
    if _POSSESSIVE_SOURCE.search(s_text):
        return reader.last_entity or reader.last_source
    anaphora = _ANAPHORA.match(s_text)
    if anaphora and _ANAPHORA_VERB.search(s_text):
        word = anaphora.group(0).strip(" \"'").lower()
        persons = reader.profile.person_claimants
        if _PERSON_POINTER.search(word):
            return reader.last_person or reader.last_source
        if word in ("they", "officials"):
            return reader.last_source
        if reader.last_source and reader.last_source.key in persons and reader.last_org:
            return reader.last_org
        return reader.last_source
    if _CONTINUATION.search(s_text[:60]):
        return reader.last_source
    return None


def is_force(reader: Reader, m: re.Match[str]) -> bool:
    """'Ukrainian forces', 'the Ukrainian military': armed forces, which speak only through a verb
    of saying."""
    name = m.group(0).lower().removeprefix("the ")
    return bool(_FORCE_NAME.search(name))


def remember_sources(reader: Reader, sent: Sentence, source: Source | None) -> None:
    for m in reader.scan.finditer("claimant", sent.start, sent.end):
        if is_force(reader, m) or m.group(0).lower() in _NOT_ENTITIES:
            continue
        reader.last_entity = Source(reader.profile.key_of(m), reader.text[m.start():m.end()], m.start())
    if source is not None and source.score >= 2:
        reader.last_source = source
        if source.key in reader.profile.person_claimants:
            reader.last_person = source
        else:
            reader.last_org = source



def credit_reported_by(reader: Reader, sent: Sentence) -> None:
    """'This was reported by X': X is the source of the figures just before that named none."""
    if _THIS_WAS_REPORTED.match(reader.norm[sent.start:sent.end]):
        src = claimant_in(reader, sent)
        if src:
            for m in reader.mentions:
                if m.sentence.paragraph >= sent.paragraph - 1 and not m.claimant_explicit:
                    m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True
            reader.last_source = src
