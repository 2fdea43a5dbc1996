"""The speaker's own losses where no side is named: a unit that lost ("За місяць батальйон втратив 14 бійців"), the
answer to a question about "your" losses in an interview ("— А ваші втрати?\n\n— Загинули 14 бійців"), and the side
an interview's question names for its answer ("— А втрати ворога?\n\n— За тиждень — 120 поранених")."""

from __future__ import annotations

from ...languages.morphology import tags
from .mentions import DocText, Mention
from .sentences import Sentence
from .sides import side_words


def own_unit_lost(doc: DocText, m: Mention) -> bool:
    """Whether a unit word ("батальйон", "бригада") in the nominative, before ``m``'s figure, is the subject of a
    verb of losing right after it (an adverb or two between)."""
    toks = m.sentence.tokens
    units = doc.lang.grammar["context"].find_all(toks, 0, m.number.first_token, "own_units")
    for _key, _a, b in units:
        if "nomn" not in tags(toks[b - 1].low, doc.lang.code):
            continue  # ("втрати батальйону": another's word for it)
        for k in range(b, min(m.number.first_token, b + 3)):
            hit = doc.lang.outcomes_people.match(toks, k)
            if hit is not None and hit[0] == "losses" and "VERB" in tags(toks[k].low, doc.lang.code):
                return True
    return False


def answered(doc: DocText, question: Sentence, sent: Sentence) -> bool:
    """Whether ``sent`` is in an answer to ``question``: a paragraph opening on a dash right after a question."""
    if sent.paragraph != question.paragraph + 1:
        return False
    text = doc.text  # (read a character at a time: a sentence of a long list is no string worth copying)
    k = question.end - 1
    while k > question.start and text[k].isspace():
        k -= 1
    if text[k] != "?":
        return False
    k = text.rfind("\n", 0, sent.start) + 1
    while k < sent.end and text[k].isspace():
        k += 1
    return text[k] in "—–-"


def _question_of(doc: DocText, m: Mention) -> Sentence | None:
    """The question ``m``'s paragraph answers, if it is an interview's answer."""
    at = doc.sentence_number.get(id(m.sentence), 0)
    while at > 0 and doc.sentences[at - 1].paragraph == m.sentence.paragraph:
        at -= 1
    if at == 0 or not answered(doc, question := doc.sentences[at - 1], m.sentence):
        return None
    return question


def asked_of_own(doc: DocText, m: Mention) -> bool:
    """Whether ``m`` answers a question about the speaker's own ("ваші", "власні" втрати; no side named in it)."""
    question = _question_of(doc, m)
    if question is None:
        return False
    return bool(doc.lang.grammar["context"].find_all(question.tokens, key="yours")) \
        and not doc.lang.sides.find_all(question.tokens)


def asked_side(doc: DocText, m: Mention) -> str | None:
    """The one side the question ``m`` answers names as whose losses ("— А втрати ворога?": the speaker's enemy;
    "— Скільки загинуло російських військових?"), else None."""
    question = _question_of(doc, m)
    if question is None:
        return None
    named = {key for key, _a, _b in side_words(doc, question.tokens, 0, len(question.tokens), m.claimant)}
    return named.pop() if len(named) == 1 else None
