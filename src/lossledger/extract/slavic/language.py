"""The language's data: its grammar and the war's words in it, read once per language."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from importlib import resources
from itertools import repeat
from operator import attrgetter, or_
from typing import Any

from ...errors import LossledgerError
from ...languages.loader import language_codes, read_grammar
from ...languages.morphology import PhraseGroup, PhraseTable, Token, Tokens, normal_word, tags
from .profile_defaults import ProfileDefaults
from .title_tables import TitleTables, title_tables


def _cyrillic_languages() -> tuple[str, ...]:
    """The languages whose grammar is for this extractor (of the ``phrases`` kind)."""
    return tuple(code for code in language_codes() if read_grammar(code).get("kind") == "phrases")


#: Languages with a grammar for this extractor: every ``languages/<code>/grammar.toml`` of its kind.
CYRILLIC_LANGUAGES = _cyrillic_languages()

PEOPLE = ("personnel", "civilians", "people")
SPECIFIC = ("killed", "wounded", "captured", "missing", "deserted", "destroyed", "damaged", "abandoned")


# -- the language's data ---------------------------------------------------------------------------------


def _table(data: Mapping[str, Any], lang: str) -> PhraseTable:
    return PhraseTable({k: v for k, v in data.items() if isinstance(v, list)}, lang)


#: the profile's [places] key of phrases that open on a place's word and name no place ("киевский режим"): found, so a
#: place's word inside one is not read, and left out of what the table answers
NOT_PLACES = "none"


class _Places(PhraseTable):
    """The places of the profile, less the phrases opening on a place's word that name no place (``NOT_PLACES``)."""

    def match(self, tokens: Sequence[Token], i: int, stop: int | None = None,
              key: str | None = None) -> tuple[str, int] | None:
        found = super().match(tokens, i, stop, key)
        return None if found is not None and found[0] == NOT_PLACES else found

    def find_all(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None,
                 key: str | None = None) -> list[tuple[str, int, int]]:
        return [h for h in super().find_all(tokens, start, stop, key) if h[0] != NOT_PLACES]

    def keys_in(self, tokens: Sequence[Token]) -> AbstractSet[str]:
        return {k for k in super().keys_in(tokens) if k != NOT_PLACES}


@dataclass
class Language:
    """A language's grammar and its words for one profile, ready to match."""

    code: str
    letters: str
    number_values: dict[str, float]
    multipliers: PhraseTable
    half: PhraseTable
    months: dict[str, int]
    weekdays: dict[str, int]
    grammar: dict[str, PhraseTable]
    categories: PhraseTable
    noun_outcomes: PhraseTable
    unit_words: PhraseTable
    outcomes_people: PhraseTable
    outcomes_equipment: PhraseTable
    sides: PhraseTable
    military_context: PhraseTable
    civilian_context: PhraseTable
    claimants: PhraseTable
    state_claimants: dict[str, str]
    places: PhraseTable
    raw: dict[str, Any] = field(repr=False, default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)  # "третий" = 3 (by lemma)
    other_wars: PhraseTable | None = None  # past wars by the side that fought them
    war_names: PhraseTable | None = None  # the war in one side's own name for it ("СВО")

    def __post_init__(self) -> None:
        self.month_forms = frozenset(self.months)
        self.weekday_forms = frozenset(self.weekdays)
        self.number_forms = frozenset(self.number_values)
        self.season_forms = frozenset(self.raw.get("grammar", {}).get("dates", {}).get("seasons", {}))
        #: a city head's titles (profiles' ``[city_heads]``: "мэр", "голова"), by lemma
        self.city_head_forms = frozenset(self.raw.get("profile", {}).get("city_heads", {}).get("words", ()))
        #: the first words of the holidays' names (grammar ``dates.holidays``: "Різдво", "День"), by lemma; None where
        #: a name opens on a prefix word ("Різдв*"), which any token may start (``HOLIDAY`` is then never set)
        holidays = self.raw.get("grammar", {}).get("dates", {}).get("holidays", {})
        self.holiday_forms: frozenset[str] | None = PhraseTable(
            {k: h["names"] for k, h in holidays.items()}, self.code).first_forms if holidays else frozenset()
        words = self.raw.get("grammar", {})  # the grammar's lists of words matched as written, not by lemma
        self.and_words = frozenset(words.get("and_words", ()))
        self.or_words = frozenset(words.get("or_words", ()))
        self.abbreviations = frozenset(words.get("abbreviations", ()))
        self.them_words = frozenset(words.get("them_words", ()))
        self.particles = frozenset(words.get("particles", ()))
        # ("померла" of "померти": a past-tense form and the infinitive it comes from, by their endings)
        self.past_tense_endings = tuple(words.get("past_tense_endings", ()))
        self.infinitive_endings = tuple(words.get("infinitive_endings", ()))
        self.joining_words = self.and_words | self.or_words  # "і" or "або" between two items or outcomes
        # ("Су-34", "Ка-52": a model's letters before a dash and digits name its category, as written)
        self.model_names: dict[str, str] = {normal_word(prefix): category for category, prefixes in
                            self.raw.get("profile", {}).get("model_names", {}).items() for prefix in prefixes}
        self.defaults = ProfileDefaults.read(self.raw.get("profile", {}))  # (asked of every sentence: read once)
        self._kinds: dict[str, int] = {}
        #: the titles of a nation's tables (round 34c), scanned with the others
        self.title_tables: TitleTables | None = title_tables(self.raw, self.code)
        #: every table of the language, scanned over a sentence in one pass
        self.group = PhraseGroup([*self.grammar.values(), self.multipliers, self.half, self.categories,
                                  self.noun_outcomes, self.unit_words, self.outcomes_people, self.outcomes_equipment,
                                  self.sides, self.military_context, self.civilian_context, self.claimants, self.places,
                                  *([self.other_wars] if self.other_wars is not None else []),
                                  *([self.war_names] if self.war_names is not None else []),
                                  *(self.title_tables[:2] if self.title_tables is not None else ())])

    def token_kinds(self, tokens: Sequence[Token]) -> tuple[list[int], int]:
        """Each token's kinds (``DIGITS``, ``NUMBER_WORD``, ``MONTH``, ``WEEKDAY``, ``YEAR``, ``SEASON``, ``CITY_HEAD``,
        ``HOLIDAY``:
        bits) and all of them or-ed together, once per sentence: the stages that look for one kind of word in a
        sentence ask this first, and most sentences have none of most kinds."""
        try:  # (a sentence's answer, once made: asked some 60 times per document)
            found: tuple[list[int], int] | None = tokens.memo.get(_KINDS)  # type: ignore[attr-defined]
        except AttributeError:  # (a plain list of tokens: no memo)
            found = None
        if found is not None:
            return found
        memo = tokens.memo if isinstance(tokens, Tokens) else None
        # (a token's kinds are those of its form: looked up once per form and process, in ``map``)
        kinds = list(map(self._kinds.get, map(_LOW, tokens), repeat(-1)))
        if -1 in kinds:
            for k, kind in enumerate(kinds):
                if kind < 0:
                    kinds[k] = self._learn_kind(tokens[k])
        every = reduce(or_, kinds, 0)
        if memo is not None:
            memo[_KINDS] = (kinds, every)
        return kinds, every

    def _learn_kind(self, token: Token) -> int:
        low = token.low
        kind = (DIGITS if low.isdigit() else 0) \
            | (NUMBER_WORD if low in self.number_values or not self.number_forms.isdisjoint(token.lemmas) else 0) \
            | (MONTH if not self.month_forms.isdisjoint(token.lemmas) else 0) \
            | (WEEKDAY if not self.weekday_forms.isdisjoint(token.lemmas) else 0) \
            | (YEAR if low[:1] in ("1", "2") and YEAR_FORM.match(low) else 0) \
            | (SEASON if not self.season_forms.isdisjoint(token.lemmas) else 0) \
            | (FUTURE_VERB if _is_future_verb(tags(low, self.code)) else 0) \
            | (CITY_HEAD if not self.city_head_forms.isdisjoint(token.lemmas) else 0) \
            | (HOLIDAY if self.holiday_forms and not self.holiday_forms.isdisjoint(token.lemmas) else 0)
        if len(self._kinds) >= 200_000:
            self._kinds.clear()
        self._kinds[low] = kind
        return kind


#: Kinds of a token (bits of ``Language.token_kinds``): a run of digits, a number word ("сім", "тисячу"),
#: a month, a day of the week, a year ("2024"), a season ("зима", "влітку"), a verb in the future tense
#: ("втратить", "погибнут"), a city head's title ("мэр", "голова"), a holiday name's first word ("Різдво").
DIGITS, NUMBER_WORD, MONTH, WEEKDAY, YEAR, SEASON, FUTURE_VERB, CITY_HEAD, HOLIDAY = 1, 2, 4, 8, 16, 32, 64, 128, 256
FUTURE_VERB_TAGS = frozenset({"futr", "VERB"})


def _is_future_verb(found: frozenset[str]) -> bool:
    return found >= FUTURE_VERB_TAGS and "past" not in found
YEAR_FORM = re.compile(r"^(19|20)\d\d$")
_KINDS = ("token_kinds",)
_LOW = attrgetter("low")


def _read_toml(package: str, *parts: str) -> dict[str, Any]:
    path = resources.files(package).joinpath(*parts)
    if not path.is_file():
        raise LossledgerError(f"no language data {'/'.join(parts)} in {package}")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LossledgerError(f"{package}/{'/'.join(parts)}: not TOML: {exc}") from exc


@lru_cache(maxsize=8)
def language_data(lang: str, profile_name: str = "russia-ukraine") -> Language:
    """The grammar of ``lang`` and the words of the profile in it (read and indexed once)."""
    g = dict(read_grammar(lang))  # checked against languages/schema.toml
    p = _read_toml("lossledger.profiles", profile_name, f"{lang}.toml")
    numbers = g.get("numbers", {})
    dates = g.get("dates", {})
    grammar: dict[str, PhraseTable] = {}
    for section in ("qualifiers", "spans", "hedges", "context", "dates", "numbers"):
        grammar[section] = _table(g.get(section, {}), lang)
    values = {normal_word(k): float(v) for k, v in numbers.get("values", {}).items()}
    # (words of one value under one key: "миллион" and "млн*" both)
    by_value: dict[str, list[str]] = {}
    for word, value in numbers.get("multipliers", {}).items():
        by_value.setdefault(str(value), []).append(word)
    multipliers = PhraseTable(by_value, lang)
    return Language(
        code=lang,
        letters=str(g.get("letters", "")),
        number_values=values,
        multipliers=multipliers,
        half=PhraseTable({"half": numbers.get("half", [])}, lang),
        months={normal_word(k): int(v) for k, v in dates.get("months", {}).items()},
        weekdays={normal_word(k): int(v) for k, v in dates.get("weekdays", {}).items()},
        ordinals={normal_word(k): int(v) for k, v in dates.get("ordinals", {}).items()},
        grammar=grammar,
        categories=_table(p.get("categories", {}), lang),
        noun_outcomes=_table(p.get("noun_outcomes", {}), lang),
        unit_words=_table(p.get("unit_words", {}), lang),
        outcomes_people=_table(p.get("outcomes", {}).get("people", {}), lang),
        outcomes_equipment=_table(p.get("outcomes", {}).get("equipment", {}), lang),
        sides=_table(p.get("sides", {}), lang),
        military_context=_table(p.get("military_context", {}), lang),
        civilian_context=_table(p.get("civilian_context", {}), lang),
        claimants=_table(p.get("claimants", {}), lang),
        state_claimants=dict(p.get("state_claimants", {})),
        places=_Places({k: v for k, v in p.get("places", {}).items() if isinstance(v, list)}, lang),
        other_wars=_table(p.get("other_wars", {}), lang),
        war_names=_table(p.get("war_names", {}), lang),
        raw={"grammar": g, "profile": p},
    )


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Letters counted in the UTF-8 bytes, by deleting every other byte (one pass in C, no list built): a letter
# of U+0400-U+04FF is the only character whose encoding holds a byte 0xD0-0xD3 (its first), an ASCII letter
# the only one holding its own byte.
_NOT_CYRILLIC_LEAD = bytes(b for b in range(256) if not 0xD0 <= b <= 0xD3)
_NOT_LATIN = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))
#: the fewest Cyrillic letters a text read as Cyrillic holds
_FEWEST_CYRILLIC = 8


def in_cyrillic(text: str, sample: int = 4000) -> bool:
    """Whether most letters of ``text`` are Cyrillic (a bulletin in English with Ukrainian unit words ("осіб",
    "од") is not): what ``guess_cyrillic_language`` asks first, and all a caller that names the language needs."""
    head = text[:sample]
    if head.isascii() or _CYRILLIC.search(head) is None:
        return False  # not one Cyrillic letter (most documents; counting Latin letters would cost more)
    encoded = head.encode("utf-8", "surrogatepass")
    cyr = len(encoded.translate(None, _NOT_CYRILLIC_LEAD))
    if cyr < _FEWEST_CYRILLIC:
        return False
    # (each Cyrillic letter takes two bytes, neither an ASCII letter's: the Latin letters are at most the bytes
    # left, and are not counted where those are fewer than the Cyrillic letters, as in most Cyrillic texts)
    if 3 * cyr > len(encoded):
        return True
    lat = len(encoded.translate(None, _NOT_LATIN))
    # (a short text of one sentence, "Вночі ППО збила 3 ракети.", holds fewer than 20 letters: a word or two of
    # Cyrillic, more than the Latin letters, is enough)
    return cyr > lat


def guess_cyrillic_language(text: str, sample: int = 4000) -> str | None:
    """"uk" or "ru" when most letters of ``text`` are Cyrillic (by the letters only one of them writes),
    else None: a bulletin in English with Ukrainian unit words ("осіб", "од") is English."""
    if not in_cyrillic(text, sample):
        return None
    head = text[:sample]
    low = head.lower()
    scores = {lang: sum(low.count(ch) for ch in language_data(lang).letters) for lang in CYRILLIC_LANGUAGES}
    if len(set(scores.values())) < len(scores) and max(scores.values()) == sorted(scores.values())[-2]:
        # no letter of either alone: the language whose dictionary knows more of the words
        from ...languages.morphology import WORD_RE, knows

        words = [w.lower() for w in WORD_RE.findall(head[:600]) if _CYRILLIC.match(w)][:40]
        return max(CYRILLIC_LANGUAGES, key=lambda lang: sum(knows(w, lang) for w in words))
    return max(scores, key=lambda k: scores[k])
