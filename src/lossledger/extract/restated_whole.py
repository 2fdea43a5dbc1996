"""A part's lead that names its whole again by its number: "At least 27 journalists have been killed since 2022. ... Of
the 27, nine were foreign reporters": the nine are a part of the 27 told before (its outcome, span and date), not of the
figure told last. A lead that names the whole by the verb that counted it ("Mediazona has identified 170,240 ... Of
those identified, 33,000 were volunteers") points back at the count that verb told, too; and one that names it by its
noun ("Of the tanks, 71 were destroyed"), the last count of that category."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Mention, Reader

__all__ = ["RestatedWholeRules", "whole_restated"]

_PARAGRAPHS = 4  # how many paragraphs back the count a verb names again may stand


class RestatedWholeRules:
    """The patterns this reader uses, compiled from one language's grammar (once per language)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.whole_by_verb = g.pattern("whole_by_verb", guard=False)
        self.whole_by_noun = g.pattern("whole_by_noun", guard=False)


def whole_restated(reader: Reader, sent: Sentence, among: re.Match[str] | None) -> Mention | None:
    """The figure told before ``sent`` whose number the part's lead (``among``, matched on the sentence's text: "Of
    the 27, ...") names again, if any."""
    if among is None:
        return None
    whole = next((n for n in reader.numbers_in(sent) if n.start == among.end()), None)
    if whole is None:
        return _whole_by_verb(reader, sent, among) or _whole_by_noun(reader, sent, among)
    return next((m for m in reader.mentions if m.value == whole.value and m.sentence.start < sent.start), None)


def _whole_by_verb(reader: Reader, sent: Sentence, among: re.Match[str]) -> Mention | None:
    """The last figure told in the paragraphs just before whose sentence holds the verb the lead names its whole by
    ("Of those identified, ...": the count "identified")."""
    verb = reader.grammar.rules(RestatedWholeRules).whole_by_verb.match(reader.norm, sent.start + among.end())
    if verb is None:
        return None
    word = re.compile(rf"\b{re.escape(verb.group('verb'))}\b", re.IGNORECASE)
    return next((m for m in reader.recent_mentions(sent, paragraphs=_PARAGRAPHS)
                 if m.sentence.start < sent.start and word.search(reader.norm, m.sentence.start, m.sentence.end)), None)


def _whole_by_noun(reader: Reader, sent: Sentence, among: re.Match[str]) -> Mention | None:
    """The last figure told in the paragraphs just before of the category the lead names its whole by, where the
    noun is one of the profile's ("Of the tanks, 71 were destroyed": the tanks counted before)."""
    noun = reader.grammar.rules(RestatedWholeRules).whole_by_noun.match(reader.norm, sent.start + among.end())
    if noun is None:
        return None
    named = reader.scan.search("category", noun.start("noun"), noun.end("noun"))
    if named is None or named.span() != noun.span("noun"):
        return None
    category = reader.profile.key_of(named)
    return next((m for m in reader.recent_mentions(sent, paragraphs=_PARAGRAPHS)
                 if m.sentence.start < sent.start and m.category == category), None)
