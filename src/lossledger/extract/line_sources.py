"""Sources named by the shape of a line, not by a verb of saying: a transcript's speaker label
("COMMANDER: ..."), a report announced before the lines that give its figures, and a line ending on a colon over
a quoted paragraph ("X wrote on March 9:"), an interview's answer ("A: ...") under the introduction that presents
its speaker, and a document whose head lines name the body whose text it is."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .attribution import claimant_in
from .attribution_rules import AttributionRules
from .body import Sentence
from .document import Reader, Source
from .sources import classify_source, role_spans
from .surname_label import surname_label_source

__all__ = ["LineSourceRules", "answer_source", "frame_source", "head_of_own_work", "head_source",
           "speaker_label_source"]

#: How many heading lines at a document's head may name the body whose text it is.
_HEAD_LINES = 4
#: How many words a paragraph's lead sentence that only names its source may hold ("The Institute for the Study of
#: War.").
_LEAD_NAME_WORDS = 8
#: How many words (a nation, an article) may stand before the role or kind that closes such a lead sentence.
_LEAD_NAME_PREFIX_WORDS = 2


class LineSourceRules:
    """The line labels of an interview and the head lines of a document, compiled from one language's grammar."""

    def __init__(self, g: PatternGrammar) -> None:
        self.question_label: re.Pattern[str] = g.pattern("question_label", guard=False)
        self.answer_label: re.Pattern[str] = g.pattern("answer_label", guard=False)
        self.person_introduced: re.Pattern[str] = g.pattern("person_introduced", guard=False)
        # the head of a document that names the body whose text it is (``head_source``)
        self.head_author: re.Pattern[str] = g.pattern("head_author", guard=False)
        self.head_body: re.Pattern[str] = g.pattern("head_body", guard=False)
        self.head_document_kind: re.Pattern[str] = g.pattern("head_document_kind", guard=False)
        self.own_work: re.Pattern[str] = g.pattern("head_own_work", guard=False)


def speaker_label_source(reader: Reader, sent: Sentence) -> Source | None:
    """The speaker of a transcript's line ("COMMANDER: Very hard. We lost 14 men."): the label that opens the line's
    first sentence speaks for each sentence of it, when it names a role or a kind of source, or closes on a role after a
    nation or place (not "KYIV:", a dateline, nor "CLAIM:", which names no one); or the speaker of an interview's
    answer ("A: ...", ``answer_source``)."""
    r = reader.grammar.rules(AttributionRules)
    index = reader.paragraph_opening(sent)
    label = r.speaker_label.match(reader.text, reader.sentences[index].start)
    if label is None:
        answer = reader.grammar.rules(LineSourceRules).answer_label.match(reader.norm, reader.sentences[index].start)
        if answer is None:  # ("Mr Pryce: We assess": a record's label by surname)
            return surname_label_source(reader, index) or _lead_name_source(reader, index)
        return answer_source(reader, sent)
    words = label.group("label").lower()
    kind = classify_source(reader.profile, words, grammar=reader.grammar)
    if kind is None:
        return _guest_introduced(reader, label.group("label"), label.start("label"))
    if kind[1] not in ("role", "kind") and not _ends_on_role(reader, words):
        return None
    return Source(kind[0], label.group("label"), label.start("label"))


def _ends_on_role(reader: Reader, words: str) -> bool:
    """A label that closes on a body's role after its nation or place ("UKR MILITARY:", "BELGOROD GOV:"), not a place
    alone ("KYIV:", a dateline) nor a story's topic ("ODESA PORT STRIKE:")."""
    return any(end == len(words) for _, end in role_spans(reader.profile, words, grammar=reader.grammar))


def _lead_name_source(reader: Reader, index: int) -> Source | None:
    """The source a column's paragraph opens on by name alone ("Ukraine's General Staff. Russia lost 7,140 troops over
    the week ...", "Mediazona. The outlet has identified ..."): it speaks for the paragraph's sentences that name none,
    when it ends on a kind of source or a body's role (not a bare place, "Kharkiv.", which names no one)."""
    lead = reader.sentences[index]
    words = reader.norm[lead.start:lead.end].strip()
    if not words.endswith(".") or len(words.split()) > _LEAD_NAME_WORDS or any(ch.isdigit() for ch in words):
        return None
    words = words[:-1]
    kind = classify_source(reader.profile, words, grammar=reader.grammar)
    if kind is None or kind[0] == "other":
        return None
    # the lead is the body's name: a role or kind that closes it, after a nation or an article at most ("The British
    # Defence Ministry"; not a clause, "The Ukrainian government rarely releases its own data")
    name_start = min((start for start, end in role_spans(reader.profile, words, grammar=reader.grammar)
                      if end == len(words)), default=None)
    if name_start is None or len(words[:name_start].split()) > _LEAD_NAME_PREFIX_WORDS:
        return None
    return Source(kind[0], reader.text[lead.start:lead.start + len(words)], lead.start)


def _guest_introduced(reader: Reader, label: str, line_start: int) -> Source | None:
    """The speaker of a line labelled with a surname alone ("HORDIIENKO: Over the past week, our troops ..."): the
    person the text introduced before it by full name and what they are ("Colonel Taras Hordiienko, a spokesman for
    Ukraine's ... group", "Hanna Lind of the ... Institute"), the last such introduction of that surname."""
    surname = label.split()[-1].lower()
    found = None
    for m in reader.grammar.rules(LineSourceRules).person_introduced.finditer(reader.norm, 0, line_start):
        if m.group("surname").lower() == surname:
            found = m
    if found is None:
        return None
    words = found.group("described") or found.group("member")
    kind = classify_source(reader.profile, words, grammar=reader.grammar)
    if kind is None:
        return None
    return Source(kind[0], reader.text[found.start():found.end()], found.start())


def frame_source(reader: Reader, sent: Sentence) -> Source | None:
    """The source whose announced report the figures of ``sent`` continue: "The mission issued its monthly
    report on Tuesday. In June, 170 civilians were killed." The frame holds over its paragraph and the next, and
    from each paragraph whose figures it gave, over the next again (the lines or monthly paragraphs of a report)."""
    frame = reader.report_frame
    if frame is None or sent.paragraph > frame[1] + 1:
        return _source_over_quote(reader, sent)
    reader.report_frame = (frame[0], sent.paragraph)  # its lines and paragraphs go on from here
    return frame[0]


def _source_over_quote(reader: Reader, sent: Sentence) -> Source | None:
    """'X wrote on March 9:' over a paragraph that opens a quote: X is the source of the quoted passage's figures
    (only the line just before it, which must name X itself: "Here is what we know:" names no one)."""
    index = reader.paragraph_opening(sent)
    if index < 1 or not reader.norm.startswith('"', reader.sentences[index].start):
        return None
    before = reader.sentences[index - 1]
    if before.paragraph != sent.paragraph - 1 or not reader.norm[before.start:before.end].rstrip().endswith(":"):
        return None
    return claimant_in(reader, before)


def answer_source(reader: Reader, sent: Sentence) -> Source | None:
    """The speaker of an interview's answer ("A: Since December, our operators have killed ...", a line
    ``speaker_label_source`` found opening with an answer's label): the one the
    paragraph just before the first question ("Q: ...") presents in its first sentence ("Lt Col X commands a battalion
    of Ukraine's brigade", "Y heads the Russian region's health department"), by the role and nation it names there."""
    r = reader.grammar.rules(LineSourceRules)
    sentences = reader.sentences
    first_question = next((i for i, s in enumerate(sentences) if s.paragraph < sent.paragraph
                           and r.question_label.match(reader.norm, s.start)), None)
    if first_question is None or first_question == 0:
        return None
    intro = reader.paragraph_opening(sentences[first_question - 1])
    if sentences[intro].kind == "heading":
        return None  # a headline is no introduction
    words = reader.norm[sentences[intro].start:sentences[intro].end]
    kind = classify_source(reader.profile, words, grammar=reader.grammar)
    if kind is not None and kind == ("other", "kind"):
        # one presented by a kind of source ("X is an analyst at ...", "Y heads the data team of an observatory")
        # speaks for the counts the answers give as "ours"
        return Source(kind[0], words, sentences[intro].start, score=1)
    if kind is None or kind[0] == "other" or not role_spans(reader.profile, words, grammar=reader.grammar):
        return None  # (a nation's place with no role, "a nurse in Kharkiv", speaks for no one)
    return Source(kind[0], words, sentences[intro].start, score=1)


def head_source(reader: Reader) -> Source | None:
    """The body a document names at its head as the one whose text it is: a heading that says so ("Message from the
    Head of the Regional Military Administration", "Statement by the Ministry of Foreign Affairs"), a body's name
    alone as the first line ("Ministry of Defence of the Russian Federation" over a weekly summary), or any name over
    a line that says what the document is ("National Police of Ukraine" over "News release"). It speaks for every
    figure no sentence credits to another (a sentence naming its own source, pointing back at one or going on with a
    report comes first), also after another source's figures: the document stays its text."""
    if reader.head_source is None:
        reader.head_source = (_named_at_head(reader),)
    return reader.head_source[0]


def head_of_own_work(reader: Reader, source: Source) -> Source:
    """The body a document names at its head, for a source that names the document's own work with no owner
    ("According to the investigation, ..." in a prosecutor's press release); else ``source`` itself."""
    if reader.grammar.rules(LineSourceRules).own_work.fullmatch(source.text) is None:
        return source
    head = head_source(reader)
    return source if head is None else Source(head.key, head.text, head.start, score=source.score)


def _head_lines(reader: Reader) -> list[tuple[int, int]]:
    """The spans of the heading lines a document opens with (at most ``_HEAD_LINES``)."""
    r = reader.grammar.rules(LineSourceRules)
    heads = []
    for s in reader.sentences[:_HEAD_LINES]:
        end = s.start + len(reader.norm[s.start:s.end].rstrip())
        if s.kind != "heading":
            # a line with no full stop that says whose the document is ("Address by the Governor ... (English
            # translation)") heads the document too, though the reader took it for the body's first sentence
            if reader.norm[end - 1:end] not in ".!?" and r.head_author.fullmatch(reader.norm, s.start, end):
                heads.append((s.start, end))
            break
        heads.append((s.start, end))
    return heads


def _named_at_head(reader: Reader) -> Source | None:
    """The first body a head line names in one of the grammar's three ways (``head_author``, ``head_body`` on the
    first line, any name over ``head_document_kind``), when the profile knows it and it is no bare place."""
    r = reader.grammar.rules(LineSourceRules)
    heads = _head_lines(reader)
    for i, (start, end) in enumerate(heads):
        named = r.head_author.fullmatch(reader.norm, start, end)
        if named is not None:
            start, end = named.span("who")
        elif not ((i == 0 and r.head_body.fullmatch(reader.norm, start, end))
                  or (i + 1 < len(heads) and r.head_document_kind.match(reader.norm, heads[i + 1][0]))):
            continue  # (a headline is no body's name: "Defence Ministry Hails Gains Near Pokrovsk")
        words = reader.norm[start:end]
        kind = classify_source(reader.profile, words.lower(), grammar=reader.grammar)
        if kind is None and named is not None and (
                alias := reader.scan.search("claimant", start, end)) is not None and alias.start() == start:
            kind = reader.profile.key_of(alias), "alias"  # "Speech by Mayor Halyna Teslenko": a title the profile knows
        if kind is None or kind[0] == "other":
            continue  # (a name nothing classifies is no known body)
        if kind[1] == "nation" and not role_spans(reader.profile, words, grammar=reader.grammar):
            continue  # (a nation's place with no role, "Update from Kyiv", is no author)
        return Source(kind[0], reader.text[start:end], start, score=1)
    return None
