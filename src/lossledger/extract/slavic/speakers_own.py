"""The speaker's own losses where no side is named: a unit that lost ("За місяць батальйон втратив 14 бійців"), the
answer to a question about "your" losses in an interview ("— А ваші втрати?\n\n— Загинули 14 бійців"), and the side
an interview's question names for its answer ("— А втрати ворога?\n\n— За тиждень — 120 поранених"), and the
writer's own count ("за моїми даними", "по нашим подсчетам") in a sentence of the writer's voice, no source's before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ...languages.morphology import Token, tags
from .language import PEOPLE
from .mentions import DocText, Mention, text_between
from .numbers import Number
from .sentences import Sentence
from .sides import side_words


def own_unit_lost(doc: DocText, m: Mention) -> bool:
    """Whether a unit word ("батальйон", "бригада") in the nominative, before ``m``'s figure, is the subject of a
    verb of losing right after it (an adverb or two between), or follows a noun of losses ("втрати бригади")."""
    toks = m.sentence.tokens
    units = doc.lang.grammar["context"].find_all(toks, 0, m.number.first_token, "own_units")
    for _key, a, b in units:
        if a > 0 and doc.lang.grammar["context"].match(toks, a - 1, key="losses_of") is not None:
            return True  # ("безповоротні втрати бригади — 37 військових": the losses of the speaker's unit)
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


def in_an_interview(doc: DocText, sent: Sentence) -> bool:
    """Whether ``sent`` opens an interview's question or answer: a paragraph opening on a dash that asks ("— Які
    втрати противника?") or answers the question before it. The interview goes on in the word of the source who gave
    it ("Командир батальйону розповів ..."), however many questions without a figure come between."""
    text = doc.text
    if text[sent.start] not in "—–" or text.rfind("\n", 0, sent.start) + 1 != sent.start:
        return False  # (no dash opening its paragraph: most sentences)
    return text[sent.start:sent.end].rstrip().endswith("?") or question_of(doc, sent) is not None


def _question_of(doc: DocText, m: Mention) -> Sentence | None:
    return question_of(doc, m.sentence)


def question_of(doc: DocText, sent: Sentence) -> Sentence | None:
    """The question ``sent``'s paragraph answers, if it is an interview's answer."""
    text = doc.text
    k = text.rfind("\n", 0, sent.start) + 1
    while k < sent.end and text[k].isspace():
        k += 1
    if k >= sent.end or text[k] not in "—–-":
        return None  # (a paragraph opening on no dash answers nothing: most paragraphs, known before a walk back)
    at = doc.sentence_number.get(id(sent), 0)
    while at > 0 and doc.sentences[at - 1].paragraph == sent.paragraph:
        at -= 1
    if at == 0 or not answered(doc, question := doc.sentences[at - 1], sent):
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


def counted_by_the_question(doc: DocText, sent: Sentence, num: Number) -> tuple[str, str | None] | None:
    """(category, outcome) a bare figure answering a question of how many counts: the thing the question names after
    its "скільки", and the outcome its verb names ("— Скільки дронів збили за ніч?\n\n— 40.": drones, destroyed)."""
    toks = sent.tokens
    if (num.last_token != len(toks) - 1 and not _closing_saying(doc, toks, num.last_token + 1)) or num.first_token > 1:
        return None  # (words after the figure, or more than a qualifier before it: no bare answer)
    question = question_of(doc, sent)
    if question is None:
        return None
    q = question.tokens
    asked = doc.lang.grammar["context"].find_all(q, key="how_many")
    if not asked:
        return None
    thing = next(iter(doc.lang.categories.find_all(q, asked[0][2], len(q))), None)
    if thing is None:
        return None
    table = doc.lang.outcomes_people if thing[0] in PEOPLE else doc.lang.outcomes_equipment
    outcome = next(iter(table.find_all(q)), None)
    return thing[0], outcome[0] if outcome else None


#: How many words a closing "— відповів комбат" may hold past its verb of saying.
_SAYER_WORDS = 4


def _closing_saying(doc: DocText, toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k:]`` is only a closing "— каже комбат", "— ответил он": a dash, a verb of saying and its
    speaker (the answer before it still bare: "— Понад 400, — відповів комбат.")."""
    if k >= len(toks) or "—" not in text_between(doc.text, toks[k - 1].end, toks[k].start) \
            or len(toks) - k > 1 + _SAYER_WORDS:
        return False
    said = doc.lang.grammar["context"].match(toks, k, key="report_verbs")
    return said is not None and not any(_DASH_MARK.search(text_between(doc.text, toks[j - 1].end, toks[j].start))
                                        for j in range(said[1], len(toks)))


_DASH_MARK = re.compile(r"[—–,;:]")


def own_voice_side(doc: DocText, m: Mention) -> str | None:
    """The side a text speaking in its own voice, with no source, fights for ("бойцы ... уничтожили более 60 боевиков
    ВСУ. ... Наши потери — двое раненых"): the opponent of the one side whose losses its own figures name by a side
    word; None where they name both sides or none, or where a verb of destroying before ``m``'s figure makes "our"
    the doer's ("воїни нашого батальйону знищили 3 танки")."""
    if doc.lang.grammar["context"].find_all(m.sentence.tokens, 0, m.number.first_token, "destroy_verbs"):
        return None
    named = {x.side for x in doc.mentions if x.side_stated and not x.own_voice and x.claimant is None}
    if len(named) != 1:
        return None
    foe = named.pop()
    return doc.profile.sides[foe].opponent if foe in doc.profile.sides else None


def own_word_after(doc: DocText, toks: list[Token], last: int) -> bool:
    """"двое наших братьев погибли", "двоє наших бійців загинули": a word of the speaker's own side right after the
    figure ending at ``last``, in its noun phrase (the figure counts the speaker's own people)."""
    return last + 1 < len(toks) and doc.lang.grammar["context"].match(toks, last + 1, key="own") is not None


def outcome_asked_before(doc: DocText, sent: Sentence, category: str) -> str | None:
    """The outcome a question of how many right before ``sent`` asks of ("Сколько погибло? По подсчетам «Медиазоны»,
    не менее 150 тысяч военных.": killed), for a figure whose own sentence tells none; else None."""
    at = doc.sentence_number.get(id(sent), 0)
    if at == 0:
        return None
    question = doc.sentences[at - 1]
    if question.paragraph < sent.paragraph - 1 or not doc.text[question.start:question.end].rstrip().endswith("?") \
            or not doc.lang.grammar["context"].find_all(question.tokens, key="how_many"):
        return None  # (no question of how many right before: most sentences)
    table = doc.lang.outcomes_people if category in PEOPLE else doc.lang.outcomes_equipment
    asked = next(iter(table.find_all(question.tokens)), None)
    return asked[0] if asked else None


#: Quotation marks: a sentence with these may be a source's words, where "по нашим данным" is the source's own count.
_QUOTES = "«»\"“”„"


def writers_own_count(doc: DocText, sent: Sentence, present: AbstractSet[str]) -> bool:
    """Whether ``sent`` gives a figure as the writer's own count ("За моїми даними, знищено 19 танків", "по нашим
    подсчетам") outside any quotation or interview's answer: the source of the sentences before does not go on."""
    if "own_count" not in present:
        return False
    text = doc.text
    if any(q in text[sent.start:sent.end] for q in _QUOTES):
        return False  # («По нашим данным, ...», — добавил он: the source's own count)
    k = text.rfind("\n", 0, sent.start) + 1
    while k < sent.end and text[k].isspace():
        k += 1
    return text[k] not in "—–-"  # (an interview's answer: its speaker's count)
