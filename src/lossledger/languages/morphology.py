"""Dictionary forms of Ukrainian and Russian words (pymorphy3), and phrase tables matched by them.

Nouns, adjectives and numerals inflect: "танків", "танки", "танком" are all "танк". A word of a phrase
matches a token of the text when the two share a dictionary form (a lemma); pymorphy3 may give several
readings of one word ("сім" is "сім" and "сей"), so every reading counts. The analysers are built once,
on first use (building one takes a noticeable fraction of a second), and a word's lemmas are cached, so a
document costs dictionary look-ups only for words not seen before. The dictionaries are installed packages
(``pymorphy3-dicts-uk``, ``pymorphy3-dicts-ru``); nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import add, attrgetter, itemgetter
from typing import Any, NamedTuple

from .phrase_hits import NO_HITS, NO_PHRASES, Here, Hits, Scan, inside, list_of

__all__ = [
    "PhraseGroup", "PhraseTable", "Token", "Tokens", "counts_people", "find_all_across", "knows", "lemmas",
    "normal_word", "tags", "tokenize", "WORD_RE",
]

#: A word (letters, with apostrophes inside: "п'ять", "обʼєкти") or a run of digits.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*|\d+")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е", "Ё": "Е"})


def normal_word(word: str) -> str:
    """Lower case, one apostrophe, е for ё: the form words are looked up by."""
    return word.translate(_APOSTROPHES).lower()


@lru_cache(maxsize=4)
def _analyzer(lang: str) -> Any:
    import pymorphy3  # imported here: English documents never pay for it

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=4096)
def _parses(word: str, lang: str) -> tuple[tuple[str, float, str], ...]:
    """The dictionary's readings of ``word`` as (normal form, score, tag), kept for the words met last: a word
    new to the process is asked for its lemmas (when its text is read) and often for its tags soon after, and a
    reading of a word the dictionary does not know costs as much as reading a whole sentence. (Tuples of strings
    and numbers, not the dictionary's reading objects: the garbage collector stops tracking them, where every
    kept reading object, with its tuples of how it was found, would be walked again at each full collection.)"""
    return tuple((parse.normal_form, parse.score, str(parse.tag)) for parse in _analyzer(lang).parse(word))


@lru_cache(maxsize=200_000)
def lemmas(word: str, lang: str) -> frozenset[str]:
    """Every dictionary form of ``word`` (already ``normal_word``) in ``lang``, and the word itself."""
    if not word or word.isdigit():
        return frozenset({word})
    forms = {word}
    for normal_form, score, _tag in _parses(word, lang):
        if score < 0.01 and forms:
            continue
        forms.add(normal_word(normal_form))
    return frozenset(forms)


@lru_cache(maxsize=50_000)
def knows(word: str, lang: str) -> bool:
    """Whether the dictionary of ``lang`` has ``word`` (routing between similar languages)."""
    return bool(_analyzer(lang).word_is_known(word))


@lru_cache(maxsize=200_000)
def tags(word: str, lang: str) -> frozenset[str]:
    """Grammatical tags of the likely readings of ``word`` ("ADJF", "NOUN", "sing", "plur", ...)."""
    out: set[str] = set()
    for _normal_form, _score, tag in _parses(word, lang)[:3]:
        out.update(tag.replace(" ", ",").split(","))
    return frozenset(out)


@lru_cache(maxsize=10_000)
def plural_only(word: str, lang: str) -> bool:
    """Whether every reading of ``word`` is a plural ("годы", "роки"; not "рік", also a plural of "ріка")."""
    readings = _parses(word, lang)
    return bool(readings) and all("plur" in tag.replace(" ", ",").split(",") for _normal_form, _score, tag in readings)


@lru_cache(maxsize=50_000)
def counts_people(word: str, lang: str) -> bool:
    """Whether ``word`` is a plural noun of persons whose likely readings are a singular adjective: "вчителів",
    "лікарів" read first as possessives ("the teacher's"), which no count agrees with; after a number they are
    teachers, doctors (not "цивільних", an adjective in the plural too)."""
    readings = [set(tag.replace(" ", ",").split(",")) for _normal_form, _score, tag in _parses(word, lang)]
    return any({"NOUN", "anim", "plur"} <= r for r in readings) \
        and not any({"ADJF", "plur"} <= r for r in readings)


class Token(NamedTuple):
    """One word or digit run of a text: where it is, its form, its lemmas (a named tuple: a document
    makes one per word, and a tuple is the cheapest immutable record to build)."""

    start: int
    end: int
    text: str
    low: str
    lemmas: frozenset[str]


class Tokens(list[Token]):
    """The tokens of one sentence, with the phrase tables' answers about them remembered: the extractor
    asks the same table about the same sentence many times (once per number in it)."""

    __slots__ = ("memo",)

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        super().__init__(tokens)
        self.memo: dict[Any, Any] = {}


def tokenize(text: str, lang: str) -> list[Token]:
    """The words and digit runs of ``text`` with their lemmas."""
    known = _FORMS.get(lang)
    if known is None:
        known = _FORMS[lang] = {}
    get = known.get
    words, starts = _words_at(text)
    forms = list(map(get, words))
    if not all(forms):  # (words not met before, None: their lemmas read once; ``all`` tests no tuple for equality)
        for k, found in enumerate(forms):
            if found is None:
                forms[k] = get(words[k]) or _learn_forms(known, words[k], lang)
    # (every step in ``map``: no statement of Python per word)
    fields = map(add, zip(starts, map(add, starts, map(len, words)), strict=True), forms)
    # (each token built directly as the tuple it is: no call of the named tuple's __new__)
    return list(map(tuple.__new__, repeat(Token), fields))


def _words_at(text: str) -> tuple[list[str], list[int]]:
    """The words of ``text`` (what ``WORD_RE`` finds) and where each starts, read between single spaces: a piece
    all of letters (``str.isalpha``: each one a letter ``WORD_RE`` reads) or all of decimal digits is one word
    as it stands; only a piece holding anything else ("сказав,", "«Азов»", a line break) is searched with the
    pattern. (No word holds a space, so each lies in one piece; ``re`` tried its pattern at every character of
    the whole text, about 500 instructions a character.)"""
    words: list[str] = []
    starts: list[int] = []
    at = 0
    for piece in text.split(" "):
        if piece.isalpha() or piece.isdecimal():
            words.append(piece)
            starts.append(at)
        elif piece:
            # ("сказав,", "«Азов»", "(+10)", "—": the marks around a word taken off; none is a letter, a digit or
            # an apostrophe, so what is left, all letters or all digits, is the one word the pattern finds)
            core = piece.strip(_MARKS)
            if core.isalpha() or core.isdecimal():
                words.append(core)
                starts.append(at + len(piece) - len(piece.lstrip(_MARKS)))
            elif core:
                for m in WORD_RE.finditer(piece):
                    words.append(m.group())
                    starts.append(at + m.start())
        at += len(piece) + 1
    return words, starts


#: Marks that stand around words (no letter, digit or apostrophe: never part of a word ``WORD_RE`` finds).
_MARKS = ",.:;!?«»()[]\"“”„—–-•+%/"


#: {language: {word as written: a token's fields after its offsets (text, low, lemmas)}}, filled as words are
#: met: a plain dictionary looked up by the word alone (cheaper than a cache keyed by word and language).
_FORMS: dict[str, dict[str, tuple[str, str, frozenset[str]]]] = {}
_FORMS_LIMIT = 200_000


def _learn_forms(known: dict[str, tuple[str, str, frozenset[str]]], word: str,
                 lang: str) -> tuple[str, str, frozenset[str]]:
    low = normal_word(word)
    if len(known) >= _FORMS_LIMIT:
        known.clear()
    forms = known[word] = (word, low, lemmas(low, lang))
    return forms


@dataclass(frozen=True, slots=True)
class _Word:
    forms: frozenset[str]
    prefix: str | None

    def matches(self, token: Token) -> bool:
        if self.prefix is not None:
            return token.low.startswith(self.prefix)
        return not self.forms.isdisjoint(token.lemmas)


class PhraseTable:
    """Phrases (sequences of words) under keys; ``match`` finds the longest phrase starting at a token.

    A phrase word ending in "*" matches any token starting with it ("БпЛА*"); a phrase may contain
    punctuation-free words only (the text's punctuation between the words is not looked at).
    """

    def __init__(self, table: Mapping[str, Iterable[str]], lang: str) -> None:
        self.lang = lang
        self._by_first: dict[str, list[tuple[tuple[_Word, ...], str]]] = {}
        # phrases opening with a prefix word ("БпЛА*"), by the prefix's first letter
        self._prefixed: dict[str, list[tuple[tuple[_Word, ...], str]]] = {}
        for key, phrases in table.items():
            for phrase in phrases:
                words = tuple(self._word(w) for w in _split_phrase(phrase))
                if not words:
                    continue
                first = words[0]
                if first.prefix is not None:
                    self._prefixed.setdefault(first.prefix[:1], []).append((words, key))
                else:
                    for form in first.forms:
                        self._by_first.setdefault(form, []).append((words, key))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        for entries in self._prefixed.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._firsts = frozenset(self._by_first)
        # (the most words of any phrase: how far before a sentence's end a phrase may start and run past it)
        self._longest = max((len(words) for table in (self._by_first, self._prefixed) for entries in table.values()
                             for words, _key in entries), default=0)
        self._group: PhraseGroup | None = None

    @property
    def first_forms(self) -> frozenset[str] | None:
        """The forms a phrase's first word is indexed by (a sentence whose tokens' lemmas hold none starts no phrase),
        or None where a phrase opens on a prefix word ("Різдв*"), which any token may start."""
        return None if self._prefixed else self._firsts

    def _may_start(self, token: Token) -> bool:
        """Whether any phrase can start at ``token`` (a set test, before any phrase is tried)."""
        return not self._firsts.isdisjoint(token.lemmas) or token.low[:1] in self._prefixed

    def _word(self, word: str) -> _Word:
        if word.endswith("*"):
            return _Word(frozenset(), normal_word(word[:-1]))
        low = normal_word(word)
        # the phrase word's own readings: "танки" in a phrase stands for "танк"
        return _Word(lemmas(low, self.lang), None)

    def _phrases_at(self, tokens: Sequence[Token], i: int, stop: int) -> tuple[tuple[str, int] | None,
                                                                              dict[str, int]]:
        """The longest phrase at ``tokens[i]`` (key, end) and the longest of each key, ending by ``stop``."""
        token = tokens[i]
        best: tuple[str, int] | None = None
        per_key: dict[str, int] = {}
        candidates: list[tuple[tuple[_Word, ...], str]] = []
        for form in token.lemmas:
            candidates.extend(self._by_first.get(form, ()))
        candidates.extend(self._prefixed.get(token.low[:1], ()))
        for words, found in candidates:
            n = size = len(words)
            if i + n > stop or per_key.get(found, 0) >= i + n:
                continue
            # the first word matched already (the candidates are indexed by it), unless it is a prefix
            if all(words[k].matches(tokens[i + k]) for k in range(1 if words[0].prefix is None else 0, size)):
                per_key[found] = i + n
                if best is None or i + n > best[1]:
                    best = (found, i + n)
        return best, per_key

    def match(self, tokens: Sequence[Token], i: int, stop: int | None = None,
              key: str | None = None) -> tuple[str, int] | None:
        """(key, index after the phrase) of the longest phrase at ``tokens[i]`` (of ``key`` only, if
        given), or None."""
        # (the sentence's record of this table looked up first, in as few steps as can be: asked some 170 times
        # per document, mostly of tables with no phrase at ``i``)
        try:
            hits: Hits = tokens.memo[self]  # type: ignore[attr-defined]
        except AttributeError:  # (a plain list of tokens: no memo)
            return self._match_at(tokens, i, stop, key)
        except KeyError:
            if self._group is None:  # (a table of no group: read at the token, not scanned for one question)
                return self._match_at(tokens, i, stop, key)
            hits = self._hits(tokens)  # type: ignore[arg-type]
        at = hits.at  # (``NO_HITS``'s is empty)
        if at is None:
            at = hits.at = dict(hits.scan)
        here = at.get(i)
        if here is None:
            return None
        # from the sentence's scan, unless a phrase found there runs past ``stop`` (the longest phrase ends last:
        # every phrase found here ends by ``stop`` when it does; with no ``stop``, all end in the sentence)
        if stop is None or i + here[1] <= stop:
            if key is None:
                return here[0], i + here[1]
            length = here[2].get(key)
            return (key, i + length) if length is not None else None
        return self._match_at(tokens, i, stop, key)

    def _match_at(self, tokens: Sequence[Token], i: int, stop: int | None, key: str | None) -> tuple[str, int] | None:
        """What ``match`` answers, read at ``tokens[i]`` itself (a table of no group, a plain list of tokens, or a
        phrase of the scan running past ``stop``)."""
        stop = len(tokens) if stop is None else stop
        if not self._may_start(tokens[i]):
            return None
        try:  # (a sentence's ``Tokens``; a plain list of tokens has no memo: rare, so the cheaper test)
            memo = tokens.memo  # type: ignore[attr-defined]
        except AttributeError:
            memo = None
        if memo is None:
            if key is not None:  # (one key's phrases tried, not every key's: a document's plain list of tokens)
                return _key_at(self, tokens, i, stop, key)
            best, per_key = self._phrases_at(tokens, i, stop)
        else:
            mkey = (id(self), i, stop)
            if mkey not in memo:
                memo[mkey] = self._phrases_at(tokens, i, stop)
            best, per_key = memo[mkey]
        if key is None:
            return best
        end = per_key.get(key)
        return (key, end) if end is not None else None

    def starts(self, tokens: Sequence[Token], key: str | None = None) -> dict[int, tuple[str, int]]:
        """{index: what ``match(tokens, index, key=key)`` answers} for every index where it answers (the
        sentence's scan, read once: for loops that would ask ``match`` at every token)."""
        hits: Hits | None
        try:  # (the sentence's record of this table, as ``find_all`` looks it up)
            hits = tokens.memo[self]  # type: ignore[attr-defined]
        except AttributeError:  # (a plain list of tokens: no memo)
            hits = None
        except KeyError:
            hits = self._hits(tokens)  # type: ignore[arg-type]
        if hits is not None:
            if hits is NO_HITS:
                return {}
            if hits.starts is None:
                hits.starts = {}
            elif key in hits.starts:
                return hits.starts[key]
            if key is not None and hits.keys is None:  # (a key of no phrase here, most asked: no pass of the scan)
                hits.keys = set(chain.from_iterable(map(_LENGTHS, map(_HERE, hits.scan))))
            if key is not None and key not in hits.keys:  # type: ignore[operator]
                return hits.starts.setdefault(key, {})
        out: dict[int, tuple[str, int]] = {}
        for i, (best_key, best_length, lengths) in (hits.scan if hits is not None
                                                    else self._scan(tokens, 0, len(tokens))):
            if key is None:
                out[i] = (best_key, i + best_length)
            elif key in lengths:
                out[i] = (key, i + lengths[key])
        if hits is not None and hits.starts is not None:
            hits.starts[key] = out
        return out

    def keys_in(self, tokens: Sequence[Token]) -> AbstractSet[str]:
        """Every key of which ``find_all(tokens, key=key)`` finds a phrase in the whole sentence (the sentence's
        record read once: a caller asking of several keys, most of them with none, tests each by a set look-up in
        place of a call of ``find_all``)."""
        hits: Hits
        try:
            hits = tokens.memo[self]  # type: ignore[attr-defined]
        except AttributeError:  # (a plain list of tokens: no memo)
            return set(chain.from_iterable(map(_LENGTHS, map(_HERE, self._scan(tokens, 0, len(tokens))))))
        except KeyError:
            hits = self._hits(tokens)  # type: ignore[arg-type]
        if hits is NO_HITS:
            return _NO_KEYS  # (the shared empty record is never filled in)
        if hits.keys is None:
            hits.keys = set(chain.from_iterable(map(_LENGTHS, map(_HERE, hits.scan))))
        return hits.keys

    def find_all(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None,
                 key: str | None = None) -> list[tuple[str, int, int]]:
        """Every (key, first index, index after) of non-overlapping longest phrases in ``tokens[start:stop]``
        (of ``key`` only, if given)."""
        # (the sentence's record of this table looked up in as few steps as can be: asked some 300 times per
        # document, mostly of a key the sentence has none of)
        try:
            hits: Hits = tokens.memo[self]  # type: ignore[attr-defined]
        except AttributeError:  # (a plain list of tokens: no memo)
            return self._find_all_in(tokens, start, len(tokens) if stop is None else stop, key)
        except KeyError:
            hits = self._hits(tokens)  # type: ignore[arg-type]
        # a key's phrases of the whole sentence once (when first asked), then the ones inside the range
        whole = hits.lists.get(key)
        if whole is None:
            if hits is NO_HITS:
                return NO_PHRASES  # (most tables in most sentences: nothing to build; its ``lists`` stays empty)
            if key is None:
                whole = hits.lists[None] = list_of(hits.scan, None)
            else:
                # (the keys found in the sentence gathered once, when a key is first asked: most keys asked of a
                # sentence have none, and are answered then without a pass of their own; a key's phrases are
                # listed only when it is asked, as most keys found never are)
                if hits.keys is None:
                    hits.keys = set(chain.from_iterable(map(_LENGTHS, map(_HERE, hits.scan))))
                whole = hits.lists[key] = list_of(hits.scan, key) if key in hits.keys else NO_PHRASES
        if start == 0 and (stop is None or stop == len(tokens)):
            return whole
        if not whole:
            return NO_PHRASES
        return inside(whole, start, len(tokens) if stop is None else stop)

    def _find_all_in(self, tokens: Sequence[Token], start: int, stop: int,
                     key: str | None) -> list[tuple[str, int, int]]:
        """What ``find_all`` answers, read token by token (a plain list of tokens, with no sentence's scan)."""
        out = []
        end = start
        for i, (best_key, best_length, lengths) in self._scan(tokens, start, stop):
            if i < end:
                continue  # inside the phrase before
            if key is None:
                out.append((best_key, i, i + best_length))
                end = i + best_length
            elif (length := lengths.get(key)) is not None:
                out.append((key, i, i + length))
                end = i + length
        return out

    def _hits(self, tokens: Tokens) -> Hits:
        """The table's phrases in a sentence, scanned once (with the other tables of its group, if it has one)."""
        memo = tokens.memo
        if self._group is not None:
            if self._group not in memo:
                self._group.scan(tokens)
            hits: Hits | None = memo.get(self)
            if hits is None:
                hits = memo[self] = NO_HITS  # (none in this sentence)
            return hits
        hits = memo[self] = Hits(self._scan(tokens, 0, len(tokens)))
        return hits

    def _scan(self, tokens: Sequence[Token], start: int, stop: int) -> Scan:
        """Every position of ``tokens[start:stop]`` where a phrase starts, with its phrases."""
        out: Scan = []
        firsts, prefixed = self._firsts, self._prefixed
        for i in range(start, stop):
            token = tokens[i]
            # (``_may_start`` inline: asked of every token of a whole document)
            if not firsts.isdisjoint(token.lemmas) or token.low[:1] in prefixed:
                best, per_key = self._phrases_at(tokens, i, stop)
                if best is not None:
                    out.append((i, (best[0], best[1] - i, {key: end - i for key, end in per_key.items()})))
        return out


def _key_at(table: PhraseTable, tokens: Sequence[Token], i: int, stop: int, key: str) -> tuple[str, int] | None:
    """What ``PhraseTable._phrases_at`` gives ``key`` at ``tokens[i]`` (its longest phrase there ending by ``stop``),
    the other keys' phrases not tried (a plain list of tokens, a document's: no sentence's scan to read)."""
    token = tokens[i]
    end = 0
    candidates: list[tuple[tuple[_Word, ...], str]] = []
    for form in token.lemmas:
        candidates.extend(table._by_first.get(form, ()))
    candidates.extend(table._prefixed.get(token.low[:1], ()))
    for words, found in candidates:
        n = size = len(words)
        if found != key or i + n > stop or end >= i + n:
            continue
        if all(words[k].matches(tokens[i + k]) for k in range(1 if words[0].prefix is None else 0, size)):
            end = i + n
    return (key, end) if end else None


def find_all_across(table: PhraseTable, tokens: Sequence[Token], parts: Sequence[tuple[int, Tokens]],
                    key: str | None = None) -> list[tuple[str, int, int]]:
    """What ``table.find_all(tokens, key=key)`` answers over a whole document's ``tokens``, read from the scans
    of its sentences (``parts``: each one's first index in ``tokens`` and its ``Tokens``, in order), which the
    extractor makes anyway: only a position whose phrase may run past its sentence's end, or a token in no
    sentence, is tried here (not every token of the document, one table at a time)."""
    stop = len(tokens)
    longest = max(table._longest, 1)
    scan: Scan = []
    retry: list[int] = []  # the positions the sentences' scans cannot answer
    after = 0  # the first index of ``tokens`` not yet read
    for first, part in parts:
        if first < after:
            return table.find_all(tokens, key=key)  # (sentences that overlap: no scan of theirs to join)
        if first > after:
            retry += range(after, first)
        hits = part.memo.get(table)
        if hits is None:
            hits = table._hits(part)
        # (a phrase starting before ``cut`` ends inside the sentence: its scan holds all of them)
        cut = len(part) - longest + 1
        if hits.scan:
            scan += [(first + i, here) for i, here in hits.scan if i < cut]
        after = first + len(part)
        retry += range(max(first, first + cut), after)
    retry += range(after, stop)
    firsts, prefixed = table._firsts, table._prefixed
    for i in retry:
        token = tokens[i]
        if not firsts.isdisjoint(token.lemmas) or token.low[:1] in prefixed:  # (``_may_start`` inline)
            best, per_key = table._phrases_at(tokens, i, stop)
            if best is not None:
                scan.append((i, (best[0], best[1] - i, {k: e - i for k, e in per_key.items()})))
    scan.sort(key=_FIRST)  # (each position once: in the text's order)
    return list_of(scan, key)


_FIRST = itemgetter(0)
_NO_KEYS: frozenset[str] = frozenset()
_HERE = itemgetter(1)  # (of a scan's entry: what starts there)
_LENGTHS = itemgetter(2)  # (of what starts at a token: each key's length)
_LOW = attrgetter("low")


_Entry = tuple[int, int, tuple[_Word, ...], str, int]  # (order, table, words, key, words already matched)


class PhraseGroup:
    """Several phrase tables scanned over a sentence in one pass: the phrases are indexed by their first
    word, or by their first two where they have two (so "за минулу добу" is not tried at every "за"), and
    the tables answer from what the pass found."""

    def __init__(self, tables: Sequence[PhraseTable]) -> None:
        self.tables = list(tables)
        self._single: dict[str, list[_Entry]] = {}
        self._pairs: dict[str, dict[str, list[_Entry]]] = {}  # first word's form -> second's -> phrases
        self._first_only: dict[str, list[_Entry]] = {}
        self._prefixed: dict[str, list[_Entry]] = {}
        order = 0
        for n, table in enumerate(self.tables):
            table._group = self
            seen: set[int] = set()
            for entries in table._by_first.values():
                for words, key in entries:
                    if id(words) in seen:
                        continue
                    seen.add(id(words))
                    order += 1
                    if len(words) == 1:
                        for f in words[0].forms:
                            self._single.setdefault(f, []).append((order, n, words, key, 1))
                    elif words[1].prefix is None:
                        for f in words[0].forms:
                            for g in words[1].forms:
                                self._pairs.setdefault(f, {}).setdefault(g, []).append((order, n, words, key, 2))
                    else:
                        for f in words[0].forms:
                            self._first_only.setdefault(f, []).append((order, n, words, key, 1))
            for initial, entries in table._prefixed.items():
                for words, key in entries:
                    order += 1
                    self._prefixed.setdefault(initial, []).append((order, n, words, key, 0))
        # one look-up per form for the phrases checked from their first word; one set test for a token
        # that starts nothing
        for f, checked_later in self._first_only.items():
            self._single.setdefault(f, []).extend(checked_later)
        self._first_only = {}
        self._starts_at: dict[str, _Start | None] = {}
        self._merged: dict[tuple[int, frozenset[str]], tuple[_Start, _Plan]] = {}
        self._no_hits: dict[PhraseTable, Hits] = dict.fromkeys(self.tables, NO_HITS)
        #: a new sentence's record once scanned, before what it holds is added: scanned, each table's empty answer
        self._fresh: dict[Any, Any] = {self: True, **self._no_hits}

    def _start_of(self, token: Token) -> _Start | None:
        """The phrases that may start at ``token``: the plan of those checked from its own forms, the same
        phrases (by order), and {form of the next word: its forms' phrases that also need that second word};
        None: no phrase."""
        direct: dict[int, _Entry] = {}
        seconds: dict[str, dict[int, _Entry]] = {}
        for form in token.lemmas:
            for entry in self._single.get(form, ()):
                direct[entry[0]] = entry
            for other, entries in self._pairs.get(form, {}).items():
                seconds.setdefault(other, {}).update((entry[0], entry) for entry in entries)
        low = token.low
        for order, n, words, key, _done in self._prefixed.get(low[:1], ()):
            # (a phrase opening with a prefix word, "БпЛА*", starts here when the token's form does: checked
            # once per form, here, not at every token of that initial in every sentence)
            if low.startswith(words[0].prefix or ""):
                direct[order] = (order, n, words, key, 1)
        if not direct and not seconds:
            return None
        return _plan(direct.values()), direct, ({other: tuple(entries.values()) for other, entries in seconds.items()}
                                                if seconds else None)

    def scan(self, tokens: Tokens, fresh: bool = False) -> None:
        """Every table's phrases in ``tokens``, remembered in ``tokens.memo`` as each table's own scan (a
        table with none gets its empty record). ``fresh``: the tokens were just made, their record held by no one
        yet (``DocText`` scans each sentence so): a record of the tables' empty answers is copied in one step."""
        stop = len(tokens)
        found: dict[int, Scan] = {}
        # (a token's lemmas are those of its lower-cased form: the phrases a token may start are looked up
        # by that form, once per process, not gathered again form by form at every token of every sentence)
        known = self._starts_at
        look_up = known.get
        # (every token's entry looked up in ``map``, and the loop run only at those where a phrase may start, or
        # of a form not met before: some 40% of tokens start none)
        at_token: list[Any] = list(map(look_up, map(_LOW, tokens), repeat(_UNSEEN)))
        for i in compress(range(stop), at_token):
            start = at_token[i]
            if start is _UNSEEN:
                token = tokens[i]
                start = look_up(token.low, _UNSEEN)  # (met earlier in this sentence)
                if start is _UNSEEN:
                    if len(known) >= _STARTS_LIMIT:
                        known.clear()
                    start = known[token.low] = self._start_of(token)
                if start is None:
                    continue
            plan = start[0]
            with_next = start[2]
            if with_next is not None and i + 1 < stop:
                nxt = tokens[i + 1].lemmas
                if not with_next.keys().isdisjoint(nxt):
                    plan = self._with_second(start, nxt)
            fixed = plan.fixed
            if fixed is not None and i + plan.longest <= stop:
                # no word left to check: each table's answer here is the plan's own record (lengths from the
                # token: the same record at every token where it holds, nothing made per token)
                for n, here in fixed:
                    hits = found.get(n)
                    if hits is None:
                        found[n] = [(i, here)]
                    else:
                        hits.append((i, here))
                continue
            candidates = plan.candidates
            if not candidates:
                continue
            if len(candidates) == 1:
                # one phrase to try: no table's record of this token to merge into
                n, key, length, rest = candidates[0]
                if i + length <= stop and (not rest or _rest_matches(rest, tokens, i)):
                    hits = found.get(n)
                    if hits is None:
                        found[n] = [(i, (key, length, {key: length}))]
                    else:
                        hits.append((i, (key, length, {key: length})))
                continue
            at: dict[int, Here] = {}
            for n, key, length, rest in candidates:
                if i + length > stop:
                    continue
                here = at.get(n)
                if here is not None and here[2].get(key, 0) >= length:
                    continue
                if rest and not _rest_matches(rest, tokens, i):
                    continue
                if here is None:
                    at[n] = (key, length, {key: length})
                else:
                    here[2][key] = length
                    if length > here[1]:
                        at[n] = (key, length, here[2])
            for n, here in at.items():
                hits = found.get(n)
                if hits is None:
                    found[n] = [(i, here)]
                else:
                    hits.append((i, here))
        if fresh and not tokens.memo:
            # (a copy of a whole dictionary is one step; entries added one by one grow it two or three times)
            memo = tokens.memo = self._fresh.copy()
        else:
            memo = tokens.memo
            memo[self] = True
            memo.update(self._no_hits)  # (every table's record at once: most tables find nothing in a sentence)
        tables = self.tables
        for n, hits in found.items():
            memo[tables[n]] = Hits(hits)

    def _with_second(self, start: _Start, second: frozenset[str]) -> _Plan:
        """The plan of a token followed by a word of forms ``second`` (remembered)."""
        known = start[2]
        assert known is not None
        merged = self._merged.get((id(start), second))
        if merged is None:
            entries: dict[int, _Entry] = dict(start[1])
            for other in second:
                for entry in known.get(other, ()):
                    entries[entry[0]] = entry
            if len(self._merged) >= _STARTS_LIMIT:
                self._merged.clear()
            merged = self._merged[(id(start), second)] = (start, _plan(entries.values()))
        return merged[1]


#: A phrase to try at a token: (its table's index, its key, its length, (offset, word) still to match).
_Candidate = tuple[int, str, int, tuple[tuple[int, _Word], ...]]


class _Plan(NamedTuple):
    """The phrases to try at a token, and what they find there when none has a word left to check."""

    candidates: tuple[_Candidate, ...]
    #: (table's index, (its longest phrase's key and length, {key: length of its longest})) of every table with
    #: a phrase here, lengths counted from the token; None: some phrase has words left to check
    fixed: tuple[tuple[int, Here], ...] | None
    longest: int  # the longest phrase's length (the fixed answer holds where the sentence is that long)


#: What may start at a token: the plan from its own forms, those phrases by order, and the ones that need the
#: next word too (by that word's form).
_Start = tuple[_Plan, dict[int, _Entry], dict[str, tuple[_Entry, ...]] | None]
_UNSEEN: Any = object()
#: Bound on the forms remembered by a phrase group (a process reading many texts meets ever more words).
_STARTS_LIMIT = 200_000


def _plan(entries: Iterable[_Entry]) -> _Plan:
    """The phrases to try, in their order (the tables' order, then each table's: the longest first)."""
    candidates = tuple((n, key, len(words), tuple((k, words[k]) for k in range(done, len(words))))
                       for _order, n, words, key, done in sorted(entries))
    if any(rest for _n, _key, _length, rest in candidates):
        return _Plan(candidates, None, 0)
    # (what ``PhraseGroup.scan`` finds trying them in turn, at offset 0 with no sentence end near)
    at: dict[int, tuple[str, int, dict[str, int]]] = {}
    for n, key, length, _rest in candidates:
        here = at.get(n)
        if here is None:
            at[n] = (key, length, {key: length})
        elif here[2].get(key, 0) < length:
            here[2][key] = length
            if length > here[1]:
                at[n] = (key, length, here[2])
    fixed = tuple(at.items())
    return _Plan(candidates, fixed, max((c[2] for c in candidates), default=0))


def _rest_matches(rest: tuple[tuple[int, _Word], ...], tokens: Sequence[Token], i: int) -> bool:
    for k, word in rest:
        token = tokens[i + k]
        if word.prefix is not None:
            if not token.low.startswith(word.prefix):
                return False
        elif word.forms.isdisjoint(token.lemmas):
            return False
    return True


def _split_phrase(phrase: str) -> list[str]:
    """The words of a phrase as written in the data ("БпЛА*" keeps its star, "кораблі /катери" two words)."""
    return re.findall(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*\*?|\d+", phrase)
