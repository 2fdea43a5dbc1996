"""A number read as a mention: what was lost, the list label, the qualifier and the outcome."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Any

from ...languages.morphology import PhraseTable, Token, Tokens, find_all_across, tags, tokenize
from ...profiles import Profile
from .dates import DateMention
from .died_where import died_in_captivity
from .digit_words import digit_words
from .language import DIGITS, NUMBER_WORD, PEOPLE, SPECIFIC, Language
from .numbers import Number
from .read_from import material_read
from .sentences import Sentence, split_sentences
from .that_many import that_many_after

# (patterns compiled once: several run for every number or every token)
_CLAUSE_BREAK = re.compile(r"[,;:().]|\s[-–—‒−]\s")
_CLAUSE_PUNCT = re.compile(r"[,.;:]")
_CLOSE_BRACKET = re.compile(r"\s*\)\s*")
_COMMA_OR_SLASH = re.compile(r"[,/]")
_LIST_PUNCT = re.compile(r"[,;:()]")
_LIST_PUNCT_CLOSE = re.compile(r"[,;:]|\)")
_OPEN_DELTA = re.compile(r"\s*\(\s*\+?\s*")
_STOP_OR_DASH = re.compile(r"[.;:!?—–‒−]")
_START = attrgetter("start")
#: How many words a span standing inside a noun phrase may hold ("збитих за минулу ніч дронів").
_SPAN_INSIDE = 3

# -- mentions --------------------------------------------------------------------------------------------


@dataclass
class Mention:
    sentence: Sentence
    number: Number
    category: str
    outcome: str
    side: str | None
    qualifier: str
    measure: str | None
    period_days: float | None
    period_start_date: DateMention | None
    as_of_date: DateMention | None
    hedged: bool
    claimant: str | None
    claimant_text: str | None
    explicit: bool
    rule: str
    value: float
    value_high: float | None
    measure_cued: bool = False
    recap: bool = False
    own_voice: bool = False
    noun_end: int = -1
    side_stated: bool = False
    side_args: tuple[Any, ...] = ()
    named_group: bool = False  # "112 медійників", "517 спортсменів, зокрема на фронті": people, not the army's
    list_growth: bool = False  # "за неделю список пополнился 1 412 фамилиями": names added, their span not the list's
    whole: Mention | None = None  # "з них 52 тисячі — військовослужбовці": the figure it is a part of (its side)


class DocText:
    def __init__(self, text: str, lang: Language, profile: Profile, published: dt.date | None) -> None:
        self.text = text
        self.lang = lang
        self.profile = profile
        self.published = published
        self.tokens = digit_words(text, tokenize(text, lang.code), lang)
        self.sentences = split_sentences(text)
        # (each sentence's first and last token by a bisection of the tokens' starts, taken once: not of the
        # tokens themselves, read through their field at every step)
        starts = list(map(_START, self.tokens))  # (in ``map``: no statement of Python per token)
        #: each sentence's first index in ``tokens`` and its tokens (the whole text's phrases, from theirs)
        self.token_parts: list[tuple[int, Tokens]] = []
        for s in self.sentences:
            a = bisect_left(starts, s.start)
            b = bisect_left(starts, s.end, a)
            s.tokens = Tokens(self.tokens[a:b])
            # (every table's phrases in the sentence, found now: every sentence is read for its sources at least)
            lang.group.scan(s.tokens, fresh=True)
            self.token_parts.append((a, s.tokens))
        #: a sentence's place in the document (by identity: sentences are compared field by field otherwise)
        self.sentence_number = {id(s): k for k, s in enumerate(self.sentences)}
        self.mentions: list[Mention] = []
        self.cache: dict[str, Any] = {}  # what is read from the whole document once
        self.dates: dict[int, list[DateMention]] = {}
        self._civilian_doc: bool | None = None
        self._military_doc: bool | None = None

    @property
    def civilian_doc(self) -> bool:
        """Whether the text speaks of civilians more than of soldiers (read once, when first asked)."""
        if self._civilian_doc is None:
            civ = len(find_all_across(self.lang.civilian_context, self.tokens, self.token_parts))
            hits = find_all_across(self.lang.military_context, self.tokens, self.token_parts, key="words")
            mil = len(hits)
            if mil > civ:
                # ("атаки ВСУ", "атаки беспилотника ВСУ": the attacker is no context; nor the war a span counts
                # from, "від початку війни")
                ctx = self.lang.grammar["context"]
                wars = _war_lemmas(self.lang)
                mil = len([h for h in hits if not any(h[1] - k >= 0 and ctx.match(self.tokens, h[1] - k, key="attack")
                                                      for k in (1, 2))
                           and (wars.isdisjoint(self.tokens[h[1]].lemmas) or not self._war_of_a_span(h[1]))])
            self._civilian_doc = civ > mil
            self._military_doc = mil > civ
        return self._civilian_doc

    def _war_of_a_span(self, i: int) -> bool:
        """``war_of_the_span`` at the document's token ``i``, read in its sentence (whose phrases are scanned once)."""
        a, toks = self.token_parts[bisect_right(self.token_parts, i, key=itemgetter(0)) - 1]
        return war_of_the_span(self, toks, i - a)

    @property
    def military_doc(self) -> bool:
        """Whether the text speaks of soldiers more than of civilians."""
        return not self.civilian_doc and bool(self._military_doc)


def text_between(text: str, a: int, b: int) -> str:
    return text[a:b] if a < b else ""


def clause_bounds(doc: DocText, sent: Sentence, number: Number) -> tuple[int, int]:
    """Token indexes [lo, hi) of the number's clause: between , ; : ( ) around it."""
    toks = sent.tokens
    memo = toks.memo if isinstance(toks, Tokens) else {}
    mkey = ("clause", number.first_token, number.last_token)
    found: tuple[int, int] | None = memo.get(mkey)
    if found is None:
        found = memo[mkey] = _read_clause_bounds(doc, sent, number)
    return found


def _read_clause_bounds(doc: DocText, sent: Sentence, number: Number) -> tuple[int, int]:
    toks = sent.tokens
    text = doc.text
    # (only a gap between two tokens holding one of , ; : ( ) may bound a clause: those gaps are found once per
    # sentence, and each number's clause tests them alone, not every gap it spans)
    gaps = _punctuated_gaps(text, toks)
    lo = 0
    # (the text between two tokens as a slice: tokens do not overlap, so it is ``text_between``'s)
    for k in reversed(gaps[:bisect_right(gaps, number.first_token)]):
        between = text[toks[k - 1].end:toks[k].start]
        if not _OPEN_DELTA.fullmatch(between) or _aside_opens(between, toks[k]):
            lo = k
            break
    hi = len(toks)
    for k in gaps[bisect_left(gaps, number.last_token + 1):]:
        between = text[toks[k - 1].end:toks[k].start]
        if (_LIST_PUNCT_CLOSE.search(between) or ("(" in between and _aside_opens(between, toks[k]))) \
                and not _CLOSE_BRACKET.fullmatch(between):
            hi = k
            break
    return lo, hi


_PUNCTUATED_GAPS = ("punctuated_gaps",)


def _punctuated_gaps(text: str, toks: list[Token]) -> list[int]:
    """The indexes k (in order) of the tokens whose gap before them (after ``toks[k - 1]``) holds , ; : ( or )."""
    memo = toks.memo if isinstance(toks, Tokens) else {}
    known: list[int] | None = memo.get(_PUNCTUATED_GAPS)
    if known is not None:
        return known
    gaps: list[int] = []
    if len(toks) > 1:
        k = 1
        # (no token holds punctuation: each mark lies in a gap, the one before the first token starting after it)
        for mark in _LIST_PUNCT.finditer(text, toks[0].end, toks[-1].start):
            k = bisect_left(toks, mark.start(), k, key=_START)
            if not gaps or gaps[-1] != k:
                gaps.append(k)
    memo[_PUNCTUATED_GAPS] = gaps
    return gaps


def _aside_opens(between: str, token: Token) -> bool:
    """Whether a bracket opens on a word ("412 систем (у квітні — 395)"): an aside, a clause of its own (not an
    increase "(+20 за добу)" nor a figure "(20)")."""
    return "(" in between and not token.low[:1].isdigit()


def in_an_aside(doc: DocText, sent: Sentence, number: Number) -> bool:
    lo = clause_bounds(doc, sent, number)[0]
    return lo > 0 and _aside_opens(text_between(doc.text, sent.tokens[lo - 1].end, sent.tokens[lo].start),
                                   sent.tokens[lo])


def is_adjectival(token: Token, lang: str) -> bool:
    t = tags(token.low, lang)
    return bool(t & {"ADJF", "PRTF", "NPRO", "Apro"}) and "NOUN" not in t or token.low.isdigit()


def _plain_adjective(token: Token, lang: str) -> bool:
    # (an adjective that is also a place's name, "украинском", still only describes: pymorphy3 tags it a noun too)
    t = tags(token.low, lang)
    return "ADJF" in t and ("NOUN" not in t or "Geox" in t) and not token.low.isdigit()


def paired_figures(doc: DocText, toks: list[Token], j: int) -> bool:
    """"420 і 310 ... відповідно": ``toks[j]`` joins two figures that the sentence says go in order."""
    return j + 1 < len(toks) and toks[j].low in doc.lang.joining_words and toks[j + 1].low.isdigit() \
        and bool(doc.lang.grammar["context"].find_all(toks, j + 2, len(toks), "respectively"))


def _describes_next(doc: DocText, toks: list[Token], j: int) -> bool:
    """"із 21 ударного БпЛА": a word that may be an adjective (or a noun) right before the counted noun describes it
    (past other adjectives: "900 полеглих українських воїнів")."""
    if j + 1 >= len(toks) or "ADJF" not in tags(toks[j].low, doc.lang.code):
        return False
    k = j + 1
    while k < min(len(toks) - 1, j + 3) and is_adjectival(toks[k], doc.lang.code) and not toks[k].low.isdigit():
        k += 1
    return doc.lang.categories.match(toks, k) is not None


def _participles(doc: DocText, toks: list[Token], j: int) -> bool:
    """"3 600 уничтоженных, захваченных и брошенных танков": a comma between two words describing the noun."""
    return all(not toks[k].low.isdigit() and is_adjectival(toks[k], doc.lang.code) for k in (j - 1, j))


def category_after(doc: DocText, sent: Sentence, number: Number) -> tuple[str, int, int, str | None] | None:
    """(category, noun first index, noun end index, outcome the noun carries) after the number."""
    toks = sent.tokens
    lang = doc.lang
    j = number.last_token + 1
    if j + 1 < len(toks) and toks[j + 1].low.isdigit() and lang.grammar["context"].match(toks, j, key="part_of"):
        j += 2  # "11 з 13 ракет": the noun after the whole
    elif paired_figures(doc, toks, j):
        j += 1  # "420 і 310 військових відповідно": the noun after the second figure
        while j < len(toks) and toks[j].low.isdigit():
            j += 1
    elif (at := that_many_after(doc, toks, number.last_token)) is not None:
        j = at  # "14 — стільки мирних жителів загинули": the noun after the word pointing back to the figure
    skipped = 0
    while j < len(toks) and skipped <= 4:
        between = text_between(doc.text, toks[j - 1].end, toks[j].start)
        if j - 1 == number.last_token and toks[j - 1].low in lang.abbreviations and between.strip() == ".":
            between = " "  # "29,2 тис. осіб"
        # (a gap of one space, most, holds no mark: no pattern is run on it)
        if between != " " and (_STOP_OR_DASH.search(between)
                               or ("," in between and "(" not in between and not _participles(doc, toks, j))):
            return None
        if ")" in between and j - 1 == number.last_token and in_an_aside(doc, sent, number):
            return None  # "(у квітні — 395) та 98 танків": the aside's figure counts nothing past its end
        if toks[j].low.isdigit() and ("(" in between or "+" in between):
            j += 1  # "1 226 420 (+830) осіб"
            continue
        hit = lang.categories.match(toks, j) or model_name(doc, toks, j) or _naval_vessels(doc, sent, number, j)
        if hit is not None:
            outcome = lang.noun_outcomes.match(toks, j)
            if hit[0] == "people" and outcome is not None:
                # "120 000 загиблих російських військових": the noun after the participle says who
                k = hit[1]
                while k < min(len(toks), hit[1] + 3):
                    more = lang.categories.match(toks, k)
                    if more is not None and more[0] in ("personnel", "civilians"):
                        return more[0], j, more[1], outcome[0]
                    if not is_adjectival(toks[k], lang.code):
                        break
                    k += 1
            if hit[0] in ("personnel", "civilians") and hit[1] + 1 < len(toks) \
                    and toks[hit[1]].low in lang.joining_words \
                    and (other := lang.categories.match(toks, hit[1] + 1)) is not None \
                    and {hit[0], other[0]} == {"personnel", "civilians"}:
                return "people", j, other[1], outcome[0] if outcome else None  # "8 тисяч військових і цивільних"
            return hit[0], j, hit[1], outcome[0] if outcome else None
        if lang.grammar["context"].match(toks, j, key="losses_of") is not None and not _STOP_OR_DASH.search(between):
            # "253 тисячі втрат окупантів", "120 тысяч потерь ВСУ": losses of the noun after, else of people
            k = j + 1
            while k < min(len(toks), j + 4) and (is_adjectival(toks[k], lang.code) or lang.sides.match(toks, k)):
                k += 1
            of = lang.categories.match(toks, k) if k < len(toks) else None
            return (of[0], j, of[1], "losses") if of is not None else ("personnel", j, j + 1, "losses")
        unit = lang.unit_words.match(toks, j)
        if unit is not None:
            j = unit[1]
            skipped += 1
            continue
        if is_adjectival(toks[j], lang.code) or lang.sides.match(toks, j) or _describes_next(doc, toks, j):
            j += 1
            skipped += 1
            continue
        if j > number.last_token + 1 and is_adjectival(toks[j - 1], lang.code) \
                and (lang.outcomes_equipment.match(toks, j - 1) or lang.outcomes_people.match(toks, j - 1)) \
                and (span := lang.grammar["spans"].match(toks, j)) is not None and span[1] - j <= _SPAN_INSIDE:
            j = span[1]  # "400 збитих за ніч українських дронів": a span between the participle and its noun
            skipped += 1
            continue
        if j > number.last_token + 1 and j + 1 < len(toks) and toks[j].low in doc.lang.joining_words \
                and all(not toks[k].low.isdigit() and is_adjectival(toks[k], lang.code) for k in (j - 1, j + 1)):
            j += 1  # ("знищених, захоплених і покинутих танків")
            continue
        return None
    return None


def _naval_vessels(doc: DocText, sent: Sentence, number: Number, j: int) -> tuple[str, int] | None:
    """"Еще 15 судов получили повреждения" where the paragraph so far speaks of a fleet or its ships: a navy's
    vessels, as (category, end index); not vessels a word marks civilian or of the air ("гражданских судов")."""
    ctx = doc.lang.grammar["context"]
    toks = sent.tokens
    hit = ctx.match(toks, j, key="vessels")
    if hit is None or any(ctx.match(toks, k, key="civilian_vessel")
                          for k in range(number.last_token + 1, min(len(toks), hit[1] + 3))):
        return None
    for s in doc.sentences[:doc.sentence_number[id(sent)] + 1]:
        if s.paragraph == sent.paragraph and (ctx.find_all(s.tokens, key="naval")
                                              or doc.lang.categories.find_all(s.tokens, key="ships")):
            return "ships", hit[1]
    return None


def model_name(doc: DocText, toks: list[Token], j: int) -> tuple[str, int] | None:
    """"Су-34", "Ка-52", "Т-72Б3": a model's letters glued by a dash to its digits, as (category, end index)."""
    category = doc.lang.model_names.get(toks[j].low) if doc.lang.model_names else None
    if category is None or j + 1 >= len(toks) or not toks[j + 1].low[:1].isdigit() \
            or not _MODEL_DASH.fullmatch(doc.text, toks[j].end, toks[j + 1].start):
        return None
    end = j + 2
    while end < len(toks) and toks[end].start == toks[end - 1].end:
        end += 1  # "Ту-22М3": the letters and digits glued after
    return category, end


_MODEL_DASH = re.compile(r"-\s?")
_LABEL_DASH = re.compile(r"[—–‒−-]\s*$")
_LABEL_COLON = re.compile(r":\s*$")


def category_label(doc: DocText, sent: Sentence, number: Number, qual_first: int) -> str | None:
    """"танки — 9419", "особового складу — близько 1 226 420": the label before the dash (or, in a list's line, the
    colon: "танки: 11 401 (+3)")."""
    toks = sent.tokens
    text = doc.text
    first = qual_first
    if first == 0:
        return None
    before = text[toks[first - 1].end:toks[first].start]
    if before == " " or not (_LABEL_DASH.search(before)
                             or (sent.kind == "list_item" and _LABEL_COLON.search(before))):
        return None  # (a gap of one space, most, holds no dash)
    lo = first - 1
    while lo > 0 and ((gap := text_between(text, toks[lo - 1].end, toks[lo].start)) == " "
                      or not _CLAUSE_BREAK.search(gap)):
        lo -= 1
    hits = doc.lang.categories.find_all(toks, lo, first)
    if hits and _counted_label(doc, toks, lo, hits[-1][1]):
        # ("знищили дев'ять повітряних цілей — чотири літаки, гелікоптер": the noun before the dash is counted by a
        # figure of its own, so the dash opens the parts of that count, each named by its own noun, not a heading)
        return None
    if hits and hits[-1][0] not in PEOPLE and number.last_token + 1 < len(toks) \
            and doc.lang.noun_outcomes.match(toks, number.last_token + 1) is not None:
        return ""  # ("атака дронів — 11 поранених": the people a line's event hurt, not the machines it names)
    return hits[-1][0] if hits else ""


def _counted_label(doc: DocText, toks: list[Token], lo: int, label: int) -> bool:
    """Whether a figure counts the words before the label ending at ``label``'s start with no "і", "або" or mark
    between ("дев'ять повітряних цілей загарбників —"; not "6 662 особи, санітарні —", "10 446 осіб та полонені —")."""
    kinds = doc.lang.token_kinds(toks)[0]
    for k in range(label - 1, lo - 1, -1):
        if text_between(doc.text, toks[k].end, toks[k + 1].start).strip():
            return False  # (a comma, a bar, a dash: "Танки — 12 | ББМ — 7" is a table's next cell)
        if kinds[k] & (DIGITS | NUMBER_WORD):
            return True
        if toks[k].low in doc.lang.joining_words or not any(c.isalnum() for c in toks[k].low):
            return False
    return False


def find_qualifier(doc: DocText, sent: Sentence, number: Number) -> tuple[str, int]:
    """(qualifier, first token of the qualifier or the number)."""
    toks = sent.tokens
    q = doc.lang.grammar["qualifiers"]
    i = number.first_token
    if not q.find_all(toks):
        return ("range" if number.high is not None else "exact"), i  # (no qualifier in the sentence at all)
    skip = i
    while skip > 0 and toks[skip - 1].low in doc.lang.particles:
        skip -= 1
    for k in range(4, 0, -1):  # the longest first: "не более 50" is not "более 50"
        a = skip - k
        if a < 0:
            continue
        hit = q.match(toks, a, skip)
        if hit and hit[1] == skip and hit[0] != "rise_to":
            if any(d in text_between(doc.text, toks[skip - 1].end, toks[skip].start) for d in "—–"):
                break  # "загиблих було менше — 18": a comparison, then the figure itself
            if hit[0] == "at_most" and a > 0:
                for back in (1, 2):
                    if a - back >= 0:
                        r = q.match(toks, a - back, a)
                        if r and r[0] == "rise_to":
                            return "exact", a
                if _risen_from(doc, toks, a):
                    return "exact", a  # "зросла з 20 до 25": the new count after the earlier one
                # "кількість загиблих зросла до 8, поранених — до 37": the rise goes on after a dash
                if any(d in text_between(doc.text, toks[a - 1].end, toks[a].start) for d in "—–") \
                        and any(h[0] == "rise_to" for h in q.find_all(toks, 0, a)):
                    return "exact", a
            if number.high is not None:
                return "range", a
            return hit[0], a
    return ("range" if number.high is not None else "exact"), i


def _risen_from(doc: DocText, toks: list[Token], a: int) -> bool:
    """Whether the earlier count of a rise stands right before ``toks[a]`` ("зросла з 20 до 25", "выросло с 5 до 7"):
    its figure after the word it rises from, a verb of rising (a word between or none) before that."""
    j = a - 1
    while j >= 0 and toks[j].low.isdigit():
        j -= 1
    if j == a - 1 or j < 1 or doc.lang.grammar["context"].match(toks, j, j + 1, "rise_from") is None:
        return False
    q = doc.lang.grammar["qualifiers"]
    return any((r := q.match(toks, k, j)) is not None and r[0] == "rise_to" for k in range(max(0, j - 2), j))


#: The cues of ``table`` in ``toks[lo:hi]``: ``find_cues(table, toks, lo, hi)`` (the table's own method, called
#: as a function: one call less for every cue looked for)
find_cues = PhraseTable.find_all


def find_outcome(doc: DocText, sent: Sentence, number: Number, category: str, lo: int, hi: int,
             noun_outcome: str | None) -> str | None:
    people = category in PEOPLE
    table = doc.lang.outcomes_people if people else doc.lang.outcomes_equipment
    toks = sent.tokens

    def pick(cues: list[tuple[str, int, int]]) -> str | None:
        if not cues:
            return None
        for x, y in zip(cues, cues[1:], strict=False):
            if people and {x[0], y[0]} == {"killed", "wounded"} and _paired(doc, toks, x, y):
                return "losses"  # "вбитими та пораненими", "убиты и ранены"
        first = number.first_token
        # (not the noun of the figure right before: "з 20 поранених двоє померли" is a death of two)
        cues = [c for c in cues if not (c[2] <= first and c[1] >= 1 and toks[c[1] - 1].low[:1].isdigit()
                                        and doc.lang.noun_outcomes.match(toks, c[1]) is not None)] or cues
        specific = [c for c in cues if c[0] in SPECIFIC]
        pool = specific or cues

        def distance(c: tuple[str, int, int]) -> int:
            d = min(abs(c[1] - first), abs(c[2] - 1 - number.last_token))
            # "152 загинули та 755 дістали поранень": the verb before "та" is the figure before's
            return d + 1 if c[2] == first - 1 and first >= 1 and toks[first - 1].low in doc.lang.joining_words else d

        best = min(pool, key=distance)
        return best[0]

    clause = _not_of_kin(doc, toks, find_cues(table, toks, lo, hi)) if people else find_cues(table, toks, lo, hi)
    if not people:
        after = find_cues(table, toks, number.last_token + 1, min(len(toks), number.last_token + 6))
        for x, y in zip(after, after[1:], strict=False):
            if x[0] != y[0] and _paired(doc, toks, x, y) and x[1] <= number.last_token + 3:
                return "losses"  # "3 600 знищених, захоплених і покинутих танків": lost one way or another
    if people:
        for x, y in zip(clause, clause[1:], strict=False):
            if {x[0], y[0]} == {"killed", "wounded"} and _paired(doc, toks, x, y) and \
                    (number.last_token < x[1] <= number.last_token + 3 or x[2] <= number.first_token <= y[2] + 1):
                return "losses"  # "10 000 вбитими та пораненими"
    context = doc.lang.grammar["context"]
    # (after it, not the noun of another figure: "12 поранених і троє загиблих")
    # (not the whole a part is taken from: "двоє з 20 поранених померли" leaves 20 wounded)
    whole = number.first_token >= 1 and context.match(toks, number.first_token - 1, key="part_of") is not None
    if noun_outcome == "wounded" and not whole and any(c[0] == "killed" and (
            (c[1] > number.last_token and doc.lang.noun_outcomes.match(toks, c[1]) is None) or (
                _past_verb(toks[c[1]], doc.lang) and context.match(toks, c[1], key="died")))
            for c in clause):
        return "killed"  # "ще двоє поранених померли в лікарні", "помер ще один поранений"
    if noun_outcome == "captured" and any(c[0] == "killed" for c in clause):
        return "killed"  # "в колониях умерли 40 военнопленных", "30 пленных расстреляны": captives who died
    if noun_outcome:
        return noun_outcome
    if people and clause and died_in_captivity(doc, toks, number, lo, hi, clause):
        return "killed"  # "Ще 31 загинув унаслідок обстрілів, а семеро — у полоні": the verb of dying left out
    found = pick(clause)
    if found:
        return found
    ctx = doc.lang.grammar["context"]
    # (nor those of another clause where the figure's opens on "а" with a verb of its own: "Кожен Abrams коштує
    # 10 млн доларів, а його екіпаж складається з чотирьох людей")
    if ctx.match(toks, lo, hi, "contrast") and any(
            "VERB" in (t := tags(toks[k].low, doc.lang.code)) and not t & {"infn", "INFN", "NOUN"}
            for k in range(lo + 1, hi)):
        return None
    # (not the words of a part named after it: "воевали 13 тысяч наемников, из которых 6 тысяч уничтожены")
    part = next((a for _k, a, _b in ctx.find_all(toks, number.last_token + 1, len(toks), "continuation")
                 if ctx.match(toks, a, a + 1, "part_of")), len(toks))
    # (nor those of a condition after the figure's clause: "один военный мог получить выплату дважды, если был ранен
    # повторно")
    conditions = [a for _k, a, _b in ctx.find_all(toks, hi, part, "condition")]
    cues = [c for c in find_cues(table, toks, 0, part) if not any(k <= c[1] for k in conditions)]
    return pick(_not_of_kin(doc, toks, cues) if people else cues)


def _past_verb(tok: Token, lang: Language) -> bool:
    """Whether ``tok`` is a verb, or a past-tense form of an infinitive among its lemmas (the dictionary tagging it
    only as an adjective: "У лікарні померла ще одна поранена жінка"; the endings are the grammar's)."""
    if "VERB" in tags(tok.low, lang.code):
        return True
    ending = next((end for end in lang.past_tense_endings if tok.low.endswith(end)), None)
    if ending is None:
        return False
    stem = tok.low[:-len(ending)]
    return any(stem + end in tok.lemmas for end in lang.infinitive_endings)


def _not_of_kin(doc: DocText, toks: list[Token], cues: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop "загиблих" in "рідні загиблих": the dead of someone's kin, not what befell the people counted (not "по
    данным родных, попали в плен": a comma between)."""
    ctx = doc.lang.grammar["context"]
    return [c for c in cues if not (c[1] > 0 and ctx.match(toks, c[1] - 1, c[1], "kin")
                                    and not text_between(doc.text, toks[c[1] - 1].end, toks[c[1]].start).strip())]


def _paired(doc: DocText, toks: list[Token], x: tuple[str, int, int], y: tuple[str, int, int]) -> bool:
    """"вбитими та пораненими", "убитыми или ранеными", "убитыми/ранеными": two outcomes named together
    (not "поранених померли": the wounded who died)."""
    if y[1] - x[2] == 1:
        return toks[x[2]].low in doc.lang.joining_words
    return y[1] == x[2] and bool(_COMMA_OR_SLASH.search(text_between(doc.text, toks[x[2] - 1].end, toks[y[1]].start)))


#: (the same test where the outcome nouns are named before the number: "число убитых и раненых ... 700 тысяч")
paired_outcomes = _paired


def specific_cue(doc: DocText, toks: list[Token], number: Number, category: str) -> bool:
    """A specific outcome ("зниклими безвісти", "поранені") right after the number, within its clause (a verb of
    being and an adjective may come between: "15 находятся в российском плену")."""
    table = doc.lang.outcomes_people if category in PEOPLE else doc.lang.outcomes_equipment
    hi = min(len(toks), number.last_token + 4)
    # ("27 перебувають у російському полоні": an adjective before the outcome's noun takes no room of the window)
    hi = min(len(toks), hi + sum(_plain_adjective(toks[k], doc.lang.code) for k in range(number.last_token + 1, hi)))
    # (a phrase that starts in the window may end past it: "40 считаются пропавшими без вести")
    for key, a, _b in table.find_all(toks, number.last_token + 1, min(len(toks), hi + 2)):
        between = text_between(doc.text, toks[number.last_token].end, toks[a].start)
        if key in SPECIFIC and a < hi and not _CLAUSE_PUNCT.search(between):
            return True
    # "поранено 15", "ранены более 600": the verb right before (or before the number's qualifier)
    for key, _a, b in table.find_all(toks, max(0, number.first_token - 4), number.first_token):
        # ("сбить удалось 47", "знищити вдалося понад 40": a verb of managing between)
        b = m[2] if b < number.first_token and (m := _managing(doc, toks, b)) is not None else b
        qualified = b < number.first_token and (q := doc.lang.grammar["qualifiers"].match(toks, b)) is not None \
            and q[1] == number.first_token
        if key in SPECIFIC and (b == number.first_token or qualified) \
                and not _CLAUSE_PUNCT.search(text_between(doc.text, toks[b - 1].end, toks[b].start)):
            return True
    return False


def _managing(doc: DocText, toks: list[Token], at: int) -> tuple[str, int, int] | None:
    found = doc.lang.grammar["context"].match(toks, at, key="managed")
    return None if found is None else (found[0], at, found[1])


def first_hit(table: PhraseTable, key: str, toks: list[Token], lo: int, hi: int) -> tuple[str, int, int] | None:
    hits = table.find_all(toks, lo, hi, key)
    return hits[0] if hits else None


def starts_between(table: PhraseTable, key: str, toks: list[Token], lo: int, hi: int) -> bool:
    """Whether a phrase of ``key`` starts at a token of ``toks[lo:hi]`` (what ``table.match(toks, k, key=key)``
    at each answers, read from where the sentence's phrases of ``key`` start: most sentences have none)."""
    at = table.starts(toks, key)
    return bool(at) and not at.keys().isdisjoint(range(lo, hi))


def non_loss_in(ctx: PhraseTable, table: PhraseTable, toks: list[Token], lo: int, hi: int,
                clause_lo: int | None = None, code: str = "") -> bool:
    """Whether a word of no loss stands in ``toks[lo:hi]``, not as part of a longer phrase of loss ("залишити" is
    no loss, "залишити на полі 14 танків" is one), nor as a participle before ``clause_lo`` that describes a noun of
    another clause ("17 900 заключенных, завербованных в «Вагнер», и 13 600 мобилизованных")."""
    if not (non_loss := ctx.find_all(toks, lo, hi, "non_loss")):
        return False  # (no word of no loss: most clauses; the words of loss are not looked up)
    cues = find_cues(table, toks, lo, hi)
    return any(not any(a <= start and end <= b and b - a > end - start for _k, a, b in cues)
               and not (clause_lo is not None and start < clause_lo and "PRTF" in tags(toks[start].low, code))
               and not material_read(ctx, toks, start)  # ("опираясь на некрологи": what was read, not counted)
               for _key, start, end in non_loss)


def agent_of_a_participle(doc: DocText, toks: list[Token], start: int | None) -> bool:
    """Whether the side word at ``start`` is the agent of the participle right before it, one of no destroying
    ("из 112 запущенных Россией дронов сбиты 79", "запущених росією ракет"): the launcher, whose weapons they are,
    not the one who downed them."""
    if start is None or start == 0:
        return False
    before = tags(toks[start - 1].low, doc.lang.code)
    if "pssv" not in before or not before & {"PRTF", "ADJF"} \
            or doc.lang.grammar["context"].match(toks, start - 1, key="destroy_verbs"):
        return False
    found = tags(toks[start].low, doc.lang.code)
    return "ablt" in found and not found & {"nomn", "gent", "accs"} or not found & _CASES_OF_WORDS


#: the grammatical cases a word's readings may show (an indeclinable abbreviation, "ВСУ", shows none)
_CASES_OF_WORDS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


def war_of_the_span(doc: DocText, toks: list[Token], at: int) -> bool:
    """The word at ``at`` is the war a span counts from ("від початку повномасштабної війни", "за время войны"):
    when the figures are counted from, not a sign that they are soldiers."""
    spans = doc.lang.grammar["spans"]
    if spans.match(toks, at, key="war_nouns") is None:
        return False
    k = at
    while k > 0 and is_adjectival(toks[k - 1], doc.lang.code):
        k -= 1  # ("повномасштабної")
    return any(b == k for _key, _a, b in spans.find_all(toks, max(0, k - 4), k, "start_of_event")) \
        or any(b == k for _key, _a, b in spans.find_all(toks, max(0, k - 2), k, "year"))  # ("за роки війни")


#: the lemmas of the war nouns (spans.war_nouns), by language code: a cheap test before ``war_of_the_span``
_WAR_LEMMAS: dict[str, frozenset[str]] = {}


def _war_lemmas(lang: Any) -> frozenset[str]:
    found = _WAR_LEMMAS.get(lang.code)
    if found is None:
        found = _WAR_LEMMAS[lang.code] = frozenset(lang.raw["grammar"]["spans"].get("war_nouns", ()))
    return found
