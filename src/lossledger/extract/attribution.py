"""Attribution: who says a figure, within a sentence and across sentences.

A sentence names its sources ("X said", "according to X", "a statement from X") or points back
at one ("The ministry added", "according to their data"); the reader remembers the last source,
organisation, person and named entity so that later sentences can be attributed.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..languages import grammar
from ..languages.scan import first_char_lookahead, guarded
from ..profiles import Profile
from .body import Sentence
from .document import Mention, Reader, SentenceSources, Source
from .sources import (
    CLASSIFIED_KEPT,
    Phrase,
    classify_source,
    looks_named,
    roles_of_nation_speaking_as,
    source_tables,
    staff_key,
)

__all__ = ["claimant_in", "classify_source", "continues_report", "credit_quote", "credit_report_opened_on",
           "credit_reported_by", "enemy_of_victims", "frame_source", "is_force", "local_office_of_victims",
           "remember_sources",
           "source_referred_to", "source_spans", "speaks_for", "voice_break_between"]

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
# Two letters rather than one: "t", "i" and "a" open a word in three, "th", "it", "ac" and "in" far fewer.
_GENERIC_SOURCE = re.compile(r"(?=[,;:?!]|th|it|ac|in|^)(?:" + grammar.source("generic_source") + ")",
                             re.IGNORECASE)
_PERSON_POINTER = grammar.pattern("person_pronoun_end", guard=False)
_REPORT_ANNOUNCED = grammar.pattern("report_announced")
_REPORT_WITHHELD = grammar.pattern("report_withheld")
_SOURCE_SILENT = grammar.pattern("source_silent")
_UNSOURCED_REPORT_OPENING = grammar.pattern("unsourced_report_opening", guard=False)
_FORWARD_REACH = 4  # paragraphs within which the source of a report the text opened on must be named
# Aliases that name a place or a person in passing more often than a source.
_NOT_ENTITIES = frozenset({"moscow", "putin", "kremlin", "the kremlin", "zelensky", "zelenskyy"})

# Reported speech: the phrase that says, and what it is.
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


# where a subject begins: after a mark, or after a word that opens a clause (as a prefix tree)
_SUBJECT_BOUNDARY = re.compile(grammar.source("subject_boundary") + r"|\b(?i:" + _prefix_tree(
    grammar.source("subject_boundary_word").split("|")) + r")\s")
_NOUN_VERBS = frozenset(grammar.source("reporting_noun_verb").split("|"))
_REPORTING_VERB = re.compile(r"\b" + _prefix_tree(
    grammar.source("reporting_verb").split("|") + sorted(_NOUN_VERBS)) + r"\b")

_SOURCE_AFTER_CUE = grammar.pattern("source_after_cue")
_BY_OR_FROM = grammar.pattern("by_or_from")
_ADVERB_BEFORE_SAID = grammar.pattern("adverb_before_said", guard=False)
_ADJECTIVE_BEFORE_NOUN_VERB = grammar.pattern("adjective_before_noun_verb", guard=False)

_SOURCE_END = grammar.pattern("source_end")
_CLAUSE_VERB_AFTER = grammar.pattern("clause_verb_after")
_STAFF_OF = grammar.pattern("staff_of_possessor")
_POSSESSIVE_REPORT = grammar.pattern("possessive_report")
_MAX_SUBJECT_WORDS = 10
_SUBJECT_REACH = 100  # how far before its verb a subject may begin
_OUT_OF_SCOPE = 10_000  # added to the distance of a source that speaks for other figures of its sentence



def _subject_before(norm: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """The span of the subject of a verb of saying at ``verb_start``: the words after the last clause
    boundary ("..., authorities said" -> "authorities"; "X, a spokesman for Y, said" -> all of it)."""
    lo = max(lo, verb_start - _SUBJECT_REACH)
    start = lo
    for m in _SUBJECT_BOUNDARY.finditer(norm, lo, verb_start):
        start = m.end()
    tail = Phrase.SUBJECT_TAIL.search(norm, start, verb_start)
    seg_end = tail.start() if tail is not None else verb_start
    chunk = norm[start:seg_end]
    stripped = chunk.rstrip()
    if stripped.endswith(","):
        # an apposition closes the subject: "Dmytro Pletenchuk, the navy's spokesman, said"
        pieces = stripped[:-1].split(",")
        keep = ",".join(pieces[-2:]) if len(pieces) >= 2 else pieces[-1]
        start = start + len(stripped) - 1 - len(keep)
    else:
        start = start + chunk.rfind(",") + 1 if "," in chunk else start
    end = start + len(norm[start:seg_end].rstrip(" ,"))
    while start < end and norm[start] in " \t\n\"'“”-–—":
        start += 1
    words = norm[start:end].split()
    if (not words or len(words) > _MAX_SUBJECT_WORDS or Phrase.NOT_SUBJECT_END.search(words[-1])
            or Phrase.LOSS_HEAD.search(words[-1]) or Phrase.NOT_SUBJECT_START.match(words[0])
            or Phrase.NOT_A_SUBJECT.search(norm, start, end)):
        return None
    if words[0].lower() == "and":
        start = norm.index(words[1], start) if len(words) > 1 else end
    return (start, end) if start < end else None


def _phrase_after(norm: str, start: int, hi: int) -> tuple[int, int] | None:
    """The source's phrase after a cue ("according to ..."), up to where it ends."""
    end_match = _SOURCE_END.search(norm, start, hi)
    end = end_match.start() if end_match is not None else hi
    end = start + len(norm[start:end].rstrip())
    words = norm[start:end].split()
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    return start, end


#: Phrases that say something, as (start, end, score, scope); see ``_document_phrases``.
Phrases = list[tuple[int, int, int, str]]


def _cue_phrase(norm: str, cue_end: int, hi: int) -> tuple[int, int, int, str] | None:
    """The source after "according to", ", said" or "data released by"."""
    span = _phrase_after(norm, cue_end, hi)
    if span is None:
        return None
    apposition = Phrase.CLOSING_APPOSITION.match(norm, span[1], hi)
    if apposition is not None:  # "according to Andriy Kovalenko, a Ukrainian officer."
        span = (span[0], apposition.end())
    return (*span, 3, "both")


def _verb_phrase(norm: str, m: re.Match[str], lo: int, hi: int) -> tuple[int, int, int, str] | None:
    """The subject of the verb of saying ``m``, and the figures it speaks for."""
    word = m.group(0)
    if word in _NOUN_VERBS:
        if word.startswith(("put", "gave", "give", "provide", "offer")):
            if not Phrase.PUT_FIGURE.match(norm, m.end(), hi):
                return None  # "put" or "gave" says a figure only with it: "gave a higher estimate"
        elif Phrase.NOUN_NOT_VERB.match(norm, m.end(), hi):
            return None  # "a higher estimate, suggesting", "reports of": the noun
    subject = _subject_before(norm, lo, m.start())
    if subject is None or (word in _NOUN_VERBS and _ADJECTIVE_BEFORE_NOUN_VERB.search(norm, *subject)):
        return None  # "the official estimates": an adjective and its noun
    # '"...," the ministry said', ', the ministry said.': it speaks for what came before; ', the ministry said,
    # adding that ...' for both; a subject that opens its clause, for what follows
    mark = norm[max(lo, subject[0] - 2):subject[0]].strip()
    if mark == '"':
        scope = "before"
    elif mark == ",":
        scope = "before" if Phrase.CLAUSE_CLOSES.match(norm, m.end(), hi) else "both"
    else:
        scope = "after"
    return (*subject, 2, scope)


def _possessive_phrase(norm: str, m: re.Match[str], lo: int) -> tuple[int, int, int, str] | None:
    """The possessor of a report noun: "Kyiv's tally", "the ministry's latest update"."""
    owner = Phrase.POSSESSOR.search(norm, max(lo, m.start() - 60), m.start())
    if owner is None:
        return None
    start = owner.start()
    for b in _SUBJECT_BOUNDARY.finditer(norm, start, owner.end()):
        start = b.end()
    while start < owner.end() and norm[start] == " ":
        start += 1
    if start < owner.end() and not Phrase.NOT_A_SUBJECT.search(norm, start, m.end()):
        return (start, m.end(), 2, "both")
    return None


def _document_phrases(reader: Reader) -> dict[int, Phrases]:
    """Noun phrases that say something, by the start of their sentence: after "according to" and a
    postposed verb of saying (score 3), before a verb of saying or a possessive report (2). The scope says
    which figures of its sentence the source speaks for: a subject that opens its clause ("Ukraine says the
    number is ...") those after it, one set off by a comma (", President X said on Thursday.") those before.
    The cues are found in one pass over the document, read once: most sentences hold none."""
    found = reader.reported_phrases
    if found is not None:
        return found
    found = reader.reported_phrases = {}
    norm = reader.norm
    starts = [sent.start for sent in reader.sentences]
    ends = [sent.end for sent in reader.sentences]

    def sentence_of(m: re.Match[str]) -> tuple[int, int] | None:
        i = bisect_right(starts, m.start()) - 1
        return (starts[i], ends[i]) if i >= 0 and m.end() <= ends[i] else None

    def add(lo: int, phrase: tuple[int, int, int, str] | None) -> None:
        if phrase is not None:
            found.setdefault(lo, []).append(phrase)

    for m in [*_SOURCE_AFTER_CUE.finditer(norm), *_BY_OR_FROM.finditer(norm)]:
        bounds = sentence_of(m)
        if bounds is None:
            continue
        if m.re is _BY_OR_FROM and not Phrase.REPORT_NOUN_BEFORE.search(
                norm, max(bounds[0], m.start() - 40), m.start()):
            continue  # "by" after no report noun: "killed by shelling"
        if _COMPARED_BEFORE.search(norm[max(bounds[0], m.start() - 60):m.start()].rstrip() + " "):
            continue  # "a figure far lower than estimates by U.S. officials": the source of another figure
        if m.group(0)[:1] == "," and _ADVERB_BEFORE_SAID.search(norm, max(bounds[0], m.start() - 30), m.start()):
            continue  # "The governor, meanwhile, said a drone had hit ...": what was said, not who said it
        phrase = _cue_phrase(norm, m.end(), bounds[1])
        if phrase is not None and m.group(0)[:1] in ',"”' and (
                _CLAUSE_VERB_AFTER.match(norm, phrase[1], bounds[1])
                or _CLAUSE_VERB_AFTER.search(norm, phrase[0], phrase[1])):
            continue  # "X, a minister, said Ukraine had lost ...": the subject of what was said, not a source
        add(bounds[0], phrase)
    for m in _REPORTING_VERB.finditer(norm):
        bounds = sentence_of(m)
        if bounds is not None:
            add(bounds[0], _verb_phrase(norm, m, *bounds))
    if "'s" in norm:
        for m in _POSSESSIVE_REPORT.finditer(norm):
            bounds = sentence_of(m)
            if bounds is not None:
                add(bounds[0], _possessive_phrase(norm, m, bounds[0]))
    return found


def claimant_in(reader: Reader, sent: Sentence, near: int | None = None) -> Source | None:
    """The source a sentence names ("X said", "according to X", "a statement from X").

    Official sources outrank media that relay them ("..., the General Staff said, as cited by
    Ukrinform"); a verb of saying outranks a bare mention; ``near`` breaks ties by distance."""
    named, generic = _sources_named(reader, sent)
    found: list[tuple[int, int, int, Source]] = [
        (other, -score, _distance(src, near), src) for other, score, src in named]
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


def _distance(src: Source, near: int | None) -> int:
    """How far a source stands from a number. A subject with its verb of saying ("Russia has confirmed")
    speaks for what follows it: after the number it is another figure's source, so it comes last."""
    if near is None:
        return 0
    if (src.start > near and src.scope == "after") or (src.start < near and src.scope == "before"):
        return abs(src.start - near) + _OUT_OF_SCOPE
    return abs(src.start - near)


def enemy_of_victims(profile: Profile, side: str | None) -> str | None:
    """The claimant a side's enemy speaks as by default (the nation's own key): who a commander named with no
    nation is, when he reports ``side``'s losses ("Oleksandr Petrenko, commander of the southern group of
    forces, said 500 Russian soldiers were killed" is Ukraine's)."""
    if side not in profile.sides:
        return None
    return source_tables(profile).defaults.get(profile.sides[side].opponent or "")


_LOCAL_OFFICE = grammar.pattern("local_office")


def local_office_of_victims(profile: Profile, source_text: str, side: str | None) -> str | None:
    """The claimant of a local office named with no nation ("the region's acting governor", "the mayor") when
    it counts ``side``'s civilians: that side's own officials, since an office speaks for the place it runs
    ("Ukrainian drones hit a bus in a Russian border town, the region's governor said" is Russia's)."""
    tables = source_tables(profile)
    if side is None or not _LOCAL_OFFICE.search(source_text) or (
            tables.nations is not None and tables.nations.pattern.search(source_text)):
        return None
    return tables.defaults.get(side)


def speaks_for(reader: Reader, sent: Sentence, pos: int) -> bool:
    """Whether some source the sentence names speaks for the figure at ``pos``: not when every one of them
    opens a clause after it ("... 6,000 soldiers - Ukraine says ... while Russia has confirmed 500") or
    closes one before it (", the president said on Thursday, meaning ... after 32 people died")."""
    named, generic = _sources_named(reader, sent)
    if generic or not named:
        return True
    return any(_distance(src, pos) < _OUT_OF_SCOPE for _other, _score, src in named)


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
    generic: list[tuple[int, str]] = []
    # Phrases that say something, classified by what they are; an alias inside one classified by
    # its nation, kind or role gives way to it ("Ukraine's navy spokesman Dmytro Pletenchuk").
    classified: list[tuple[int, int]] = []
    aliases = list(reader.scan.finditer("claimant", sent.start, sent.end))
    phrases = _document_phrases(reader).get(sent.start, [])
    for start, end, score, scope in phrases:
        if any(a <= start < b or start <= a < end for a, b in classified):
            continue
        phrase = reader.norm[start:end]
        if Phrase.DEFINITE_KIND.match(phrase) and (reader.last_source or reader.last_entity):
            # "the mission said" after "the UN's monitoring mission said": the source named with that noun
            noun = phrase.split()[-1].lower().rstrip("s")
            earlier = next((src for src in reversed(reader.sources_spoken) if noun in _phrase_of(reader, src)),
                           None)
            if earlier is not None:
                classified.append((start, end))
                named.append((int(earlier.key == "other"), score, Source(earlier.key, earlier.text, start, score,
                                                                        scope=scope)))
                continue
            # "the think tank said": the body named before; "the researchers said": those who spoke before
            generic.append((start, "they" if phrase.rstrip().lower().endswith("s") else "it"))
            continue
        kind = classify_source(prof, phrase)
        if kind is not None and kind[1] == "role" and any(
                start <= m.start() and m.end() <= end and prof.key_of(m) != kind[0] for m in aliases):
            kind = None  # a role alone gives way to a name the profile knows ("Foreign Minister Sergei Lavrov")
        if kind is not None:
            key, _basis = kind
            classified.append((start, end))
            same = next((m for m in aliases if start <= m.start() and m.end() <= end and prof.key_of(m) == key),
                        None)
            if same is not None:  # a name the profile knows says as much: the source is written as that name
                named.append((int(key == "other"), score, Source(key, reader.text[same.start():same.end()],
                                                                 same.start(), score, scope=scope)))
                continue
            named.append((int(key == "other"), score, Source(key, reader.text[start:end], start, score,
                                                             scope=scope)))
            continue
        owner = next((m for m in aliases if start <= m.start() and m.end() < end
                      and reader.norm[m.end():m.end() + 2] in ("'s", "’s")), None)
        if owner is not None:  # "the BBC's Russian service confirmed": the possessor the profile knows
            key = prof.key_of(owner)
            if _STAFF_OF.match(reader.norm, owner.end()):
                key = staff_key(prof, key)  # "Zelensky's office": the President's staff are officials
            classified.append((start, end))
            named.append((int(key == "other"), score, Source(key, reader.text[owner.start():owner.end()],
                                                             owner.start(), score, scope=scope)))
            continue
        bare = phrase.strip()
        if Phrase.PRONOUN_SUBJECT.match(bare) or Phrase.REPORT_POINTER.match(bare):
            words = bare.lower().split()
            # resolved against the sources read so far ("the same estimate": the one that named an estimate)
            generic.append((start, ("same " if "same" in words[:-1] else "") + words[-1]))
            continue
        if (Phrase.DEFINITE_ROLE.match(bare.split(",")[0].rstrip()) and (reader.last_person or reader.last_source)
                and not any(start <= m.start() and m.end() <= end for m in aliases)):
            # "the minister said", "the official, Jan Kowal, posted": the one named before in that role
            generic.append((start, "he"))
            continue
        if ("other" in prof.claimants and not any(start <= m.start() and m.end() <= end for m in aliases)
                and looks_named(prof, phrase, sentence_start=start == sent.start)):
            classified.append((start, end))
            known = next((reader.named_people[w.lower()] for w in Phrase.CAPITALISED.findall(phrase)
                          if w.lower() in reader.named_people), None)
            key = known.key if known is not None else "other"
            named.append((int(key == "other"), score, Source(
                key, reader.text[start:end], start, score, person=True, scope=scope,
                military=known is None and bool(Phrase.MILITARY_ROLE.search(phrase))
                and not Phrase.OUT_OF_SERVICE.search(phrase))))
    # only a name in capitals can stand in a dateline
    datelines = [d.span() for d in Phrase.DATELINE.finditer(reader.norm, sent.start, sent.end)] if any(
        m.group(0).isupper() for m in aliases) else []
    for m in aliases:
        if classified and any(a <= m.start() < b for a, b in classified):
            continue
        if datelines and any(a <= m.start() and m.end() <= b for a, b in datelines):
            continue  # "MOSCOW (Sputnik) - ...": where the story was filed, not who says it
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
            scope = next((sc for a, b, _s, sc in phrases if a <= m.start() < b), "both") if phrases else "both"
            source = Source(key, reader.text[m.start() : m.end()], m.start(), score, scope=scope)
            named.append((int(key == "other"), score, source))
    taken = {offset for offset, _noun in generic}
    generic += [(m.start(), next(g for g in m.groups() if g))
                for m in _GENERIC_SOURCE.finditer(reader.norm, sent.start, sent.end) if m.start() not in taken]
    reader.sources_named[sent.start] = (named, generic)
    return named, generic


_PHRASE_REACH = 40  # how far past a known name its phrase may go on ("the UN | monitoring mission")


def _phrase_of(reader: Reader, src: Source) -> str:
    """The lower-cased words of a source's phrase: its name and what follows it up to a mark."""
    end = src.start + len(src.text)
    tail = re.split(r"[,.;:]", reader.norm[end:end + _PHRASE_REACH], maxsplit=1)[0]
    return (src.text + tail).lower()


def _generic_source(reader: Reader, noun: str) -> Source | None:
    """'the ministry', 'the website', 'the report': the last source of that kind."""
    noun = noun.lower()
    if noun.startswith("same "):
        noun = noun.removeprefix("same ")
        named = next((src for src in reversed(reader.sources_spoken) if noun in _phrase_of(reader, src)), None)
        if named is not None:
            return named
    if noun in ("mod", "defense ministry", "defence ministry"):
        # "The Defense Ministry said" after "the Ukrainian government": that nation's defence ministry
        for src in (reader.last_org, reader.last_source):
            roles = roles_of_nation_speaking_as(reader.profile, src.key) if src is not None else None
            if src is not None and roles is not None:
                hit = roles.pattern.search(noun)
                if hit is not None:
                    return Source(roles.key(hit), src.text, src.start, src.score)
    if noun in ("ministry", "mod", "defense ministry", "defence ministry", "department"):
        for src in (reader.last_org, reader.last_source, reader.last_entity):
            if src is not None and ("mod" in src.key or "ministry" in src.text.lower()
                                    or src.key.endswith("officials")):
                return src
        return reader.last_org
    if noun in ("website", "site", "project", "blog", "monitor", "outlet", "group", "it"):
        return reader.last_entity or reader.last_org or reader.last_source
    if noun == "intelligence":
        return reader.last_org or reader.last_entity
    if noun in ("he", "she", "him", "her"):  # '..., she said.': the last person who spoke
        return reader.last_person or reader.last_source
    if noun == "we":  # a quoted team or person: the last who spoke, else the last named
        return reader.last_person or reader.last_source or reader.last_entity
    if noun in ("they", "them", "document", "documents", "report", "update", "assessment", "assessments", "study",
                "analysis", "estimates", "estimate", "findings", "evaluation", "appraisal"):
        return reader.last_source  # "The report estimates", "They said": the source whose report goes on
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


_SURNAMES: dict[str, str] = {}


def _surname(name: str) -> str:
    """The surname of a full name ("Andrey Belousov" -> "belousov"), else ""; remembered by name."""
    found = _SURNAMES.get(name)
    if found is None:
        words = [w for w in Phrase.CAPITALISED.findall(name)
                 if not Phrase.NOT_A_NAME.match(w) and not Phrase.ROLE_WORD.match(w)]
        found = words[-1].lower() if len(words) >= 2 else ""
        if len(_SURNAMES) < CLASSIFIED_KEPT:
            _SURNAMES[name] = found
    return found


def frame_source(reader: Reader, sent: Sentence) -> Source | None:
    """The source whose announced report the figures of ``sent`` continue: "The mission issued its monthly
    report on Tuesday. In June, 170 civilians were killed." The frame holds over its paragraph and the next, and
    from each paragraph whose figures it gave, over the next again (the lines or monthly paragraphs of a report)."""
    frame = reader.report_frame
    if frame is None or sent.paragraph > frame[1] + 1:
        return None
    reader.report_frame = (frame[0], sent.paragraph)  # its lines and paragraphs go on from here
    return frame[0]


def remember_sources(reader: Reader, sent: Sentence, source: Source | None, *, figures: bool = True) -> None:
    """Remember what ``sent`` names for the sentences after it. A source that announces a report in a sentence
    with no figure (``figures`` False) opens a frame for the figures that follow; any other source named
    closes it."""
    silent = _SOURCE_SILENT.search(reader.norm, sent.start, sent.end) if not figures else None
    nations = source_tables(reader.profile).nations if silent is not None else None
    if silent is not None and nations is not None and nations.pattern.search(reader.norm, sent.start, silent.start()):
        reader.voice_breaks.append(sent.start)  # "Russia rarely releases its losses": the report has ended
        reader.report_frame = None
    if source is not None and source.score >= 2:
        announced = (not figures and _REPORT_ANNOUNCED.search(reader.norm, sent.start, sent.end) is not None
                     and _REPORT_WITHHELD.search(reader.norm, sent.start, sent.end) is None)
        reader.report_frame = (source, sent.paragraph) if announced else None
    for m in reader.scan.finditer("claimant", sent.start, sent.end):
        surname = _surname(m.group(0))
        if surname:  # "Andrey Belousov": "Belousov said" names him again
            reader.named_people.setdefault(surname, Source(
                reader.profile.key_of(m), reader.text[m.start():m.end()], m.start(), person=True))
        if is_force(reader, m) or m.group(0).lower() in _NOT_ENTITIES:
            continue
        reader.last_entity = Source(reader.profile.key_of(m), reader.text[m.start():m.end()], m.start())
    if source is not None and source.score >= 2:
        reader.last_source = source
        reader.sources_spoken.append(source)
        names = Phrase.CAPITALISED.findall(source.text)
        if len(names) >= 2 and not Phrase.NOT_A_NAME.match(names[-1]):
            reader.named_people.setdefault(names[-1].lower(), source)  # the surname names the person again
        if source.key in reader.profile.person_claimants or source.person:
            reader.last_person = source
        else:
            reader.last_org = source



def voice_break_between(reader: Reader, before: Mention, after: Mention) -> bool:
    """Whether the article speaks in its own voice of a source's silence between two figures."""
    i = bisect_right(reader.voice_breaks, before.sentence.start)
    return i < len(reader.voice_breaks) and reader.voice_breaks[i] < after.sentence.start


def continues_report(profile: Profile, before: Mention, after: Mention) -> bool:
    """Whether the figure ``after``, which names no source, goes on with the report of ``before``: on the
    same side; or, from a source of neither side (the UN, US intelligence, a think tank), on the other
    side of the war in the next breath ("Ukraine, by contrast, has suffered ..."). A belligerent's report
    of its enemy's losses does not speak for its own, nor does anyone's for another war's dead."""
    if after.extra.get("own_voice"):
        return False
    if after.side is None or before.side is None or after.side == before.side:
        return True
    opposed = before.side in profile.sides and profile.sides[before.side].opponent == after.side
    return (opposed and profile.own_side(before.claimant) is None
            and after.sentence.paragraph <= before.sentence.paragraph + 1)


def credit_report_opened_on(reader: Reader, sent: Sentence, found: list[Mention]) -> None:
    """'The toll includes 1,389 casualties in April ... said the head of the UN's monitoring mission': a text that
    opens on a report before naming any source credits the report's figures to the first source named after
    them, within a few paragraphs."""
    pending = reader.unsourced_report
    if (not pending and found and reader.last_source is None and all(m.claimant is None for m in found)
            and _UNSOURCED_REPORT_OPENING.match(reader.norm, sent.start, sent.end)):
        pending.extend(found)
        return
    if not pending:
        return
    src = reader.last_source
    if src is not None and src.start >= sent.start:
        for m in pending:
            if m.claimant is None:
                m.claimant, m.claimant_text = src.key, src.text
        pending.clear()
    elif sent.paragraph > pending[0].sentence.paragraph + _FORWARD_REACH:
        pending.clear()


def credit_quote(reader: Reader, sent: Sentence) -> None:
    """'"... the Soviets lost 20,000 in 10 years. Now they lose 30,000," Rutte said': the speaker named
    after a closing quote is the source of every figure of the quoted passage that named none."""
    if reader.norm.find('"', sent.start, sent.end) < 0:
        return
    closing = Phrase.QUOTE_CREDIT.search(reader.norm, sent.start, sent.end)
    if closing is None:
        return
    src = claimant_in(reader, sent, near=closing.end())
    # a speaker named after the quote, or pointed at there ('," the minister said': the one named before)
    pointed = any(start >= closing.start() for start, _noun in _sources_named(reader, sent)[1])
    if src is None or (src.start < closing.start() and not pointed):
        return
    opening = reader.norm.rfind('"', 0, closing.start())
    if opening < 0:
        return
    for m in reversed(reader.mentions):  # in text order: those of the quote are the last ones
        if m.sentence.start < opening:
            break
        if m.sentence.start < sent.start and not m.claimant_explicit:
            m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True


def credit_reported_by(reader: Reader, sent: Sentence) -> None:
    """'This was reported by X': X is the source of the figures just before that named none. 'The
    announcement came from X's briefing': X is also the source of figures a bare nation claimed ("Russia
    has claimed ..."), when X speaks for the same side."""
    s_text = reader.norm[sent.start:sent.end]
    if Phrase.REPORT_ISSUER.match(s_text):
        src = claimant_in(reader, sent)
        if src is None:
            return
        prof = reader.profile
        bare_nations = set(source_tables(prof).defaults.values())
        for m in reversed(reader.mentions):  # in text order: those of the paragraphs in reach are the last ones
            if m.sentence.paragraph < sent.paragraph - 1:
                break
            if not m.claimant_explicit or (
                    m.claimant in bare_nations and prof.own_side(m.claimant) is not None
                    and prof.own_side(m.claimant) == prof.own_side(src.key)):
                m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True
        reader.last_source = src
        return
    if _THIS_WAS_REPORTED.match(s_text):
        src = claimant_in(reader, sent)
        if src:
            for m in reversed(reader.mentions):  # in text order: those of the paragraphs in reach are the last ones
                if m.sentence.paragraph < sent.paragraph - 1:
                    break
                if not m.claimant_explicit:
                    m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True
            reader.last_source = src
