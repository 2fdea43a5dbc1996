"""A source by a surname alone after a source marker ("по словам Мухина", "за словами Дудки") where the text has
introduced the person before by a given name and the surname ("Гость — военкор Денис Мухин", "Гість — речник бригади
Максим Дудка"): the source of the sentence that introduced him (his office's), else a named person of no office
(``other``)."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .mentions import DocText
from .sentences import Sentence

#: how many letters an ending may differ by between two forms of a surname ("Мухин" / "Мухина", "Дудка" / "Дудки")
_ENDING = 2
#: the shortest stem two forms of a surname share
_STEM = 4


def _same_surname(a: str, b: str) -> bool:
    """Whether two capitalised words are forms of one surname: one stem, endings of at most two letters."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= _STEM and len(a) - n <= _ENDING and len(b) - n <= _ENDING


def _surname_word(t: Token) -> bool:
    return len(t.text) > _STEM and t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha()


def _capitalised(t: Token) -> bool:
    return len(t.text) > 1 and t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha()


def surname_introduced(doc: DocText, sent: Sentence, at: int) -> tuple[Sentence, int] | None:
    """The earlier sentence that introduced the person whose surname stands at ``sent.tokens[at]`` by a given name and
    the surname ("Денис Мухин"), and where his given name stands in it, else None."""
    toks = sent.tokens
    if at >= len(toks) or not _surname_word(toks[at]) or (at + 1 < len(toks) and _surname_word(toks[at + 1])):
        return None  # (not one capitalised word: "по словам Дениса Мухина" names the person there)
    return _named_before(doc, sent, toks[at].text)


def _named_before(doc: DocText, sent: Sentence, word: str) -> tuple[Sentence, int] | None:
    """The latest sentence before ``sent`` holding a given name and then the surname ``word`` (in any of its forms),
    and where the given name stands in it, else None."""
    for before in reversed(doc.sentences[:doc.sentence_number.get(id(sent), 0)]):
        words = before.tokens
        for k in range(1, len(words)):
            if _surname_word(words[k]) and _capitalised(words[k - 1]) and _same_surname(words[k].text, word):
                return before, k - 1
    return None


def full_name_at(doc: DocText, toks: list[Token], at: int) -> bool:
    """Whether a given name and a surname stand at ``toks[at]`` ("по словам Марины Ковалёвой", "за словами Остапа
    Гнатишина"): a capitalised given name the dictionary knows as one, then a capitalised word of no given name, with
    nothing between them."""
    if at + 1 >= len(toks) or not _capitalised(toks[at]) or not _surname_word(toks[at + 1]) \
            or doc.text[toks[at].end:toks[at + 1].start] != " ":
        return False
    return "Name" in tags(toks[at].low, doc.lang.code) and "Name" not in tags(toks[at + 1].low, doc.lang.code)


def full_name_introduced(doc: DocText, sent: Sentence, at: int) -> tuple[Sentence, int] | None:
    """The earlier sentence that named the person of the full name at ``sent.tokens[at]`` by the same surname, and
    where his given name stands in it ("губернатор Алексей Грачёв ... По словам Алексея Грачёва"), else None."""
    return _named_before(doc, sent, sent.tokens[at + 1].text)
