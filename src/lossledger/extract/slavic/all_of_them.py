"""Those counted in one sentence and told of in the next: "На борту находились 65 пленных, шесть членов экипажа и
трое сопровождающих. Все они погибли." A sentence right after, in the same paragraph, opening on "все они" / "всі
вони" (grammar ``all_of_them``) with a word of what befell people (not after a particle of ``negation_words``) and no
figure of its own, gives the people counted before it its outcome, where no verb of ``sent`` tells what befell them
("65 пленных" are prisoners who died, not prisoners taken; "в плен попали 30 военных. Все они погибли" keeps its
own)."""

from __future__ import annotations

from ...languages.morphology import tags
from .language import DIGITS, NUMBER_WORD
from .mentions import DocText
from .sentences import Sentence


def outcome_told_after(doc: DocText, sent: Sentence) -> str | None:
    """The outcome the sentence after ``sent`` tells of all those ``sent`` counted ("Все они погибли"), else None."""
    at = doc.sentence_number.get(id(sent))
    if at is None or at + 1 >= len(doc.sentences):
        return None
    after = doc.sentences[at + 1]
    toks = after.tokens
    if after.paragraph != sent.paragraph or not toks \
            or doc.lang.grammar["context"].match(toks, 0, key="all_of_them") is None \
            or doc.lang.token_kinds(toks)[1] & (DIGITS | NUMBER_WORD):
        return None  # (no such sentence after: most figures)
    told = next(iter(doc.lang.outcomes_people.find_all(toks)), None)
    if told is None or told[0] == "losses" \
            or (told[1] > 0 and toks[told[1] - 1].low in doc.lang.raw["grammar"].get("negation_words", ())):
        return None  # ("Все они не пострадали": nothing befell them)
    own = sent.tokens
    for _key, a, b in doc.lang.outcomes_people.find_all(own):
        if any(tags(own[k].low, doc.lang.code) & _VERB_TAGS for k in range(max(0, a - 1), min(len(own), b + 1))):
            return None  # ("в плен попали 30 военных": the sentence's own verb, in its words of outcome or by them)
    return told[0]


#: the tags of a verb's forms, finite, infinitive or participle
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTF", "PRTS"})
