"""Claimants: who says so (the source a sentence names, the bulletin's default, local officials)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...languages.morphology import Token, Tokens, tags, tokenize
from ...languages.phrase_hits import NO_PHRASES
from .attacked import attacked_side
from .authors_post import a_post_by_its_author
from .bracket_city import city_of_the_line, opening_bracket
from .bracket_saying import said_in_closing_bracket
from .bracket_source import closing_bracket
from .city_head import heads_of_a_city, heads_of_a_struck_city
from .data_about import source_of_data_about
from .funeral import not_buried
from .language import PEOPLE
from .mentions import DocText, text_between
from .named_body import officials_of_a_region, state_of_the_place_named
from .newsroom_count import newsroom_counts, read_by_own_newsroom
from .occupied import occupier
from .our_body import our_bodies
from .outlets import counted_by_name, credited_outlet, opens_on, plural_adjective
from .own_unit import press_side
from .person_source import persons_saying
from .portfolio_title import portfolio_titles
from .read_from import object_of_the_basis
from .saying import SAYING_KEYS, may_say, not_a_saying, side_of_a_back_reference
from .sentences import Sentence
from .sides import CLAUSE_END, PUNCT, PUNCT_OR_DASH, default_side, destroys, loses, opponent
from .split_title import titles_split_by_a_place
from .surname_source import full_name_at, full_name_introduced, surname_introduced
from .time_stamp import label_colon, names_a_place, time_stamp_end
from .title_nation import titles_of_a_nation
from .transcript import a_speaker_label
from .unit_source import numbered_units
from .unnamed_sources import body_in_capitals, kin_saying


@dataclass
class SourceCue:
    key: str
    text: str
    paragraph: int


def bulletin_source(doc: DocText) -> SourceCue | None:
    key = str(doc.lang.raw["profile"].get("defaults", {}).get("bulletin_claimant") or "")
    return SourceCue(key, "", -1) if key else None


def claimant_in(doc: DocText, sent: Sentence, near: int | None = None) -> SourceCue | None:
    """The source the sentence names (the one nearest ``near``, a token index, if given)."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else {}
    mkey = ("claimant", near)
    if mkey not in memo:
        memo[mkey] = _find_claimant(doc, sent, near)
    found: SourceCue | None = memo[mkey]
    return found


def _find_claimant(doc: DocText, sent: Sentence, near: int | None) -> SourceCue | None:
    found = _named_sources(doc, sent)
    if found is None:
        return None
    named, saying = found
    return _pick_source(doc, sent, named, saying, near)


_Hit = tuple[str, int, int]
#: how many words a verb of sentencing may stand before the one it sentences ("приговорил к 24 годам лишения свободы
#: командира")
_SENTENCED_REACH = 7
_NO_ENDS: frozenset[int] = frozenset()
#: a name written in Latin letters, capital first ("Baza", "SHOT", "DeepState")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z]+")
#: a comma or another mark closing a clause between two words ("ВСУ Тараса Мельничука, сообщили": not its subject)
_CLAUSE_MARK = re.compile(r"[,;:.]")
#: a dash alone between two words
_DASH_ONLY = re.compile(r"\s*[—–]\s*")


def _named_sources(doc: DocText, sent: Sentence) -> tuple[list[_Hit], list[_Hit]] | None:
    """The sources a sentence names as saying something, and its words of saying (whichever number asks)."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else {}
    if ("named_sources",) in memo:
        known: tuple[list[_Hit], list[_Hit]] | None = memo[("named_sources",)]
        return known
    memo[("named_sources",)] = found = _read_named_sources(doc, sent)
    return found


def _read_named_sources(doc: DocText, sent: Sentence) -> tuple[list[_Hit], list[_Hit]] | None:
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    named = doc.lang.claimants.find_all(toks)
    # (the context's keys in the sentence, read once: each key asked below is tested by a look-up, most have none)
    present = ctx.keys_in(toks)
    if not named and "report_verbs" not in present and "same_source" not in present \
            and "source_markers" not in present and "credit_line" not in present \
            and not (toks and doc.text[toks[0].start - 1:toks[0].start] == "«"):
        return None  # (no source, word of saying, back-reference, source marker or quoted name: most sentences)
    label = a_speaker_label(doc, sent)  # ("МІНІСТР ОБОРОНИ. Шановні депутати! ...": a transcript's speaker)
    if sent.kind != "heading" and not label and not may_say(doc, sent):
        return None  # (no word of saying, colon or dash: the "not saying" at the end, known before the names are read)
    # ("ЗСУ втратили": who lost; "удару ЗСУ": who attacked; neither is a source)
    hits = named_officials(doc, sent)
    # "сообщил телеграм-канал «Рыбарь»": a channel is a source by its name, not "в своем телеграм-канале"
    hits = [h for h in hits if not (ctx.match(toks, h[1], h[2], "channel") and not (h[2] < len(toks) and (
        toks[h[2]].text[:1].isupper() or doc.text[toks[h[2]].start - 1:toks[h[2]].start] == "«")))]
    if hits:
        attack_ends = {b for _k, _a, b in ctx.find_all(toks, key="attack")} if "attack" in present else _NO_ENDS
        if "attack_by" in present:
            # ("обстріл з боку ЗСУ", "обстрела со стороны ВСУ": the side an attack came from, after the words naming it)
            attack_ends = attack_ends | {by[1] for b in attack_ends if b < len(toks)
                                         and (by := ctx.match(toks, b, key="attack_by")) is not None}
        # (not past a comma: "к годовщине вторжения, «Медиазона» оценила" names who counts, not who invaded)
        hits = [h for h in hits if not (h[1] in attack_ends and "," not in text_between(
            doc.text, toks[h[1] - 1].end, toks[h[1]].start)) and not loses(doc, toks, h[2])]
        if len(hits) > 1 and "destroy_verbs" in present:
            # ("Міністр оборони Франції ... сказав, що ЗСУ знищили 40 танків": who destroyed, where another is named,
            # is not the source)
            hits = [h for h in hits if not destroys(doc, toks, h[2])] or hits
        if "destroy_verbs" in present and "outlet" in present and "source_markers" in present \
                and newsroom_counts(doc, toks):
            # ("За підрахунками редакції, ЗСУ знищили 120 окупантів": the newsroom's count, not the army's word)
            hits = [h for h in hits if not destroys(doc, toks, h[2])]
        # ("суд заочно приговорил к 24 годам командира батареи ВСУ": the one sentenced, not a source)
        hits = [h for h in hits if not sentenced(doc, toks, h[1])] if "sentenced" in present else hits
        # ("Наші журналісти нарахували 145 загиблих", "наша редакция подсчитала": the article's own count, its voice)
        hits = [h for h in hits if not (h[0] == "other" and h[1] > 0 and ctx.match(toks, h[1] - 1, h[1], "own"))] \
            if "own" in present else hits
        hits = read_by_own_newsroom(doc, toks, hits) if "own" in present else hits
    # "по подсчетам издания, основанным на сводках оперштаба": what a count is based on is not its source
    based = [b for _k, _a, b in ctx.find_all(toks, key="based_on")] if "based_on" in present else None
    if based:
        hits = [h for h in hits if not any(object_of_the_basis(toks, h[1], b, doc.lang.code) for b in based)]
    # ("проанализировали некрологи и сообщения районных администраций": the bodies whose words were read, not who
    # counted; "по открытым данным издание установило": the outlet named after them still counts)
    analysed = [b for _k, _a, b in ctx.find_all(toks, key="analysed")] if "analysed" in present else None
    if analysed:
        hits = [h for h in hits if h[0] == "other" or not any(0 <= h[1] - b <= 5 for b in analysed)]
    hits = not_buried(doc, toks, hits)  # ("провели в останню путь ... командира відділення": not a source)
    signed = {b for key in ("contract_with", "met_with") if key in present for _k, _a, b in ctx.find_all(toks, key=key)}
    if signed:
        # ("контракт с Минобороны", "на совещании с руководством Минобороны": a party to it)
        hits = [h for h in hits if h[1] not in signed]
    # "В ведомстве заявили": the body named before; "за підрахунками аналітиків": the analysts named before
    hits = [(_named_before(doc, sent, h) or h[0], h[1], h[2]) if h[0] == "other" and h[2] - h[1] == 1 else h
            for h in hits]
    for _k, a, b in ctx.find_all(toks, key="same_source") if "same_source" in present else NO_PHRASES:
        # ("подсчитали журналисты по открытым данным: сообщениям администраций. ... по их данным": a pronoun is the
        # source the sentence before names as saying, where it names one, before any body named there)
        said = _said_before(doc, sent) if ctx.match(toks, a, key="pronoun_source") is not None else None
        if (key := said or _named_before(doc, sent, None, side_of_a_back_reference(doc, toks, a))) is not None:
            hits.append((key, a, b))
    hits = our_bodies(doc, toks, hits) if "own" in present else hits  # ("по оценке нашего военного ведомства")
    # "«Верстка»: ...": a name in quotes opening the sentence with a colon is its source (an outlet's count)
    # (the opening quote looked at first: most sentences open with none, and the colon is not looked for)
    closed = next((k for k in range(1, min(len(toks), 5)) if doc.text[toks[k - 1].end:toks[k].start].strip() == "»:"),
                  None) if toks and doc.text[toks[0].start - 1:toks[0].start] == "«" else None
    # ("«Их просто бросили»: как воюет ...", "«Поранених везуть цілодобово»: головний лікар ...": words quoted with a
    # verb of their own are speech, not an outlet's name)
    if closed is not None and toks[0].text[:1].isupper() \
            and not any(h[1] < closed for h in hits) and not any(
                "VERB" in (found := tags(t.low, doc.lang.code)) and not found & {"infn", "INFN", "NOUN"}
                for t in toks[:closed]):
        hits.append(("other", 0, closed))
    # "По подсчетам «Фонтанки»", "за даними «Книги пам'яті»": a name in quotes after a source marker is its source
    for _k, _a, b in ctx.find_all(toks, key="source_markers") if "source_markers" in present else NO_PHRASES:
        if b < len(toks) and doc.text[toks[b].start - 1:toks[b].start] == "«" and toks[b].text[:1].isupper() \
                and not any(h[1] <= b < h[2] for h in hits):
            close = next((k for k in range(b + 1, min(len(toks), b + 5))
                          if "»" in text_between(doc.text, toks[k - 1].end, toks[k].start)), None)
            if close is not None:
                hits.append(("other", b, close))
        elif b < len(toks) and _LATIN_NAME.fullmatch(toks[b].text) and not any(h[1] <= b < h[2] for h in hits):
            hits.append(("other", b, b + 1))  # "по информации Baza", "за даними DeepState": a name in Latin letters
        elif not any(h[1] <= b < h[2] for h in hits) and (intro := surname_introduced(doc, sent, b)) is not None:
            # ("Гость — военкор Денис Мухин. ... По словам Мухина, ...": the person introduced before, by the office
            # named right before his name, else as a person of no office)
            hits.append((_office_before(doc, *intro), b, b + 1))
        elif not any(h[1] <= b < h[2] for h in hits) and full_name_at(doc, toks, b):
            # ("По словам Марины Ковалёвой, ...": a person by her full name, the office she was named with before,
            # else a named person of no office)
            intro = full_name_introduced(doc, sent, b)
            hits.append((_office_before(doc, *intro) if intro else "other", b, b + 2))
    hits += kin_saying(doc, toks, hits)
    # "Росія офіційно повідомляла": a side's name as the subject of a verb of saying
    verbs = doc.lang.grammar["context"]
    hits += body_in_capitals(doc, toks, hits)
    hits += counted_by_name(doc, toks, hits)  # "..., підрахувала LIGA.net": an outlet's own count
    credited = credited_outlet(doc, toks, hits)  # "Джерело: Суспільне Одеса": the outlet relaying the item
    hits += credited
    hits = numbered_units(doc, toks, hits)  # "как сообщили в 155-й бригаде": a unit of an army, by its number
    hits += persons_saying(doc, toks, hits)  # "мужчина опубликовал пост, в котором утверждал": a person, other
    if not hits and "report_verbs" not in present:
        return None  # (no source named, and no verb of saying to make one: most sentences)
    named_at = {i for _k, a, b in hits for i in range(a, b)}
    for key, a, b in doc.lang.sides.find_all(toks):
        # ("Украинский Генштаб сообщил"; not "ВСУ, сообщило МО"; or after a verb of saying and "в": "..., сообщили в
        # ВСУ"; not a verb also of handing over: "Россия передавала Украине тела" tells who handed them)
        if key in doc.lang.state_claimants and toks[a].text[:1].isupper() and a not in named_at \
                and b not in {h[1] for h in hits} and (any(verbs.match(toks, k, key="report_verbs")
                                                            and not verbs.match(toks, k, key="bodies_handed")
                                                            for k in range(b, min(len(toks), b + 3))
                                                            if not _CLAUSE_MARK.search(text_between(
                                                                doc.text, toks[b - 1].end, toks[k].start)))
                    or (a >= 2 and verbs.match(toks, a - 1, a, "at_body")
                        and any(e == a - 1 for _k, _s, e in verbs.find_all(toks, key="report_verbs")))):
            hits.append((doc.lang.state_claimants[key], a, b))
    # "«Фонтанка» установила имена": a name in quotes saying it is a source of its own (an outlet's count)
    for _k, verb, _e in verbs.find_all(toks, key="report_verbs") if "report_verbs" in present else NO_PHRASES:
        # ("«Новая газета Европа» вместе с волонтерами установила": the outlet named before its partners)
        v = next((k for k in range(max(1, verb - 4), verb) if (w := verbs.match(toks, k, key="together_with"))
                  and doc.text[toks[k - 1].end:toks[k - 1].end + 1] == "»"
                  and not re.search(r"[,;:.]", text_between(doc.text, toks[w[1] - 1].end, toks[verb].start))), verb)
        if v < 1 or doc.text[toks[v - 1].end:toks[v - 1].end + 1] != "»":
            continue
        opened = next((j for j in range(v - 1, max(-1, v - 5), -1)
                       if doc.text[toks[j].start - 1:toks[j].start] == "«"), None)
        if opened is not None and toks[opened].text[:1].isupper() \
                and not any(h[1] < v and opened < h[2] and h[0] not in doc.lang.state_claimants.values() for h in hits):
            # ("«Українська правда»": a side's name inside the quotes is the outlet's, not the state's)
            hits = [h for h in hits if not (opened <= h[1] < v)] + [("other", opened, v)]
    if not hits:
        return None
    # ("якого вважали загиблим": what was thought of someone, not a saying)
    saying = [h for k in SAYING_KEYS if k in present for h in verbs.find_all(toks, key=k)
              if not not_a_saying(doc, toks, h)]
    # "ISW: ...", "Минобороны РФ: ...": a source opening the sentence with a colon
    # ("Группировка «Центр»: ...": past the name the source goes by)
    # ("14:32 Минобороны: ...": a wire's flash item, the source after the time stamp)
    stamp = time_stamp_end(doc, toks)
    opening = [h for h in hits if h[1] <= stamp + 1 and (end := _name_end(doc, toks, h[2])) < len(toks)
               and text_between(doc.text, toks[end - 1].end, toks[end].start).strip(" »\"").startswith(":")]
    colon = label_colon(doc, toks, stamp) if not opening and hits and min(h[1] for h in hits) <= stamp + 2 \
        and doc.text.find(":", sent.start, sent.end) >= 0 else None  # (a label's colon: none in most sentences)
    if colon is not None:  # ("Губернатор Белгородской области: ...": a label naming an office of a place)
        opening = [h for h in hits if stamp <= h[1] and h[2] <= colon and names_a_place(doc, toks, h[2], colon)]
    if opening:
        saying.append(("opening", opening[0][2], opening[0][2]))
    # "... 1 300 військових — Генштаб.": a source closing the sentence after a dash (its name in quotes too: "—
    # «Медиазона»")
    closing = [h for h in hits if h[2] >= len(toks) - 1 and h[1] > 0
               and text_between(doc.text, toks[h[1] - 1].end, toks[h[1]].start).strip(" «\"") in ("—", "–")]
    if closing:
        saying.append(("closing", closing[0][1], closing[0][1]))
    elif "adds" in present and (added := adds_before(doc, toks, hits)) is not None:
        saying.append(("closing", added[1], added[1]))  # ("..., добавил Конашенков": the verb right before him)
    # "Херсон: обстріл — 2 загиблих, 5 поранених (ОВА)": a ticker's line closing on its source in brackets
    # ("... загинули двоє (міський голова Іван Петренко повідомив у телеграмі)": a bracket closing on who said them)
    bracketed = closing_bracket(doc, sent, hits) or said_in_closing_bracket(doc, sent, hits)
    if bracketed is not None:
        saying.append(("closing", bracketed[1], bracketed[1]))
    elif doc.text.find("(", sent.start, sent.end) >= 0 and (bracketed := opening_bracket(doc, sent, hits)) is not None:
        saying.append(("opening", bracketed[2], bracketed[2]))  # ("Шебекино (глава города Иван Петров): ...")
    if bracketed is not None and (city := city_of_the_line(doc, sent, bracketed)) != bracketed:
        # ("Шебекіно: ... (міський голова)": the head of the city the line opens on, of its state)
        hits = [city if h == bracketed else h for h in hits]
        bracketed = city
    if label:
        saying.append(("label", hits[0][2], hits[0][2]))
    if credited:
        saying.append(("label", 0, 1))
    # ("Допис начальника ОВА:" over the post: the author a heading line names opening on a post's noun)
    first = min(h[1] for h in hits)
    if not saying and a_post_by_its_author(doc, sent, first):
        saying.append(("post", 0, first))
    if sent.kind != "heading" and not saying:
        return None  # "авіацією Повітряних сил було завдано ударів": named, but not as the source
    interviews = [h[1] for h in verbs.find_all(toks, key="interview")] if "interview" in present else None
    # "заявив він в інтерв'ю виданню": the outlet of an interview is not the source (the guest it had is: "Гостем
    # ранкового ефіру став командир батальйону")
    if interviews:
        hits = [h for h in hits if not any(0 < h[1] - i <= 2 for i in interviews) or _the_guest(doc, toks, h[1])]
    # "вертолет Ми-24 украинских воздушных сил": the owner of what was lost is not the source
    # (not a noun that is itself a source: "Журналісти «Медіазони»", "журналистам заявил представитель Минобороны")
    sources = {b for _k, _a, b in doc.lang.claimants.find_all(toks)}
    owners = {b for _k, _a, b in doc.lang.categories.find_all(toks) if b not in sources}
    # ("... 1 300 окупантів — Генштаб": after a dash, the source again; only the owners ending up to three
    # words before a name are looked at)
    if owners:
        hits = [h for h in hits if h == bracketed or not any(end in owners and not CLAUSE_END.search(
            text_between(doc.text, toks[end - 1].end, toks[h[1]].start)) for end in range(h[1] - 3, h[1] + 1))]
    if not hits:
        return None
    named = [h for h in hits if h[0] != "other"] or hits
    return named, saying


def _office_before(doc: DocText, intro: Sentence, name: int) -> str:
    """The source an office named right before a person's name at ``intro.tokens[name]`` is ("речниця Повітряних
    сил Олена Гнатюк"), else ``other`` (a person of no office: "военкор Денис Мухин")."""
    named = [h for h in named_officials(doc, intro)
             if h[2] <= name and not CLAUSE_END.search(text_between(doc.text, intro.tokens[h[2] - 1].end,
                                                                    intro.tokens[name].start))]
    return max(named, key=lambda h: h[2])[0] if named else "other"


def _the_guest(doc: DocText, toks: list[Token], a: int) -> bool:
    """Whether the source named at ``toks[a]`` comes right after "став" / "був" ("ефіру став командир"): whom a
    broadcast had as its guest, not the outlet."""
    if a == 0:
        return False
    ctx = doc.lang.grammar["context"]
    return toks[a - 1].low in doc.lang.raw["grammar"].get("auxiliary_words", ()) \
        or ctx.match(toks, a - 1, key="became") is not None


def _name_end(doc: DocText, toks: list[Token], b: int) -> int:
    """The end of the capitalised name after a source's title at ``toks[b]`` ("группировка «Центр»"), else ``b``."""
    end = b
    while end < len(toks) and end < b + 3 and toks[end].text[:1].isupper() and not toks[end].low.isdigit() \
            and not PUNCT.search(text_between(doc.text, toks[end - 1].end, toks[end].start)):
        end += 1
    return end


def named_officials(doc: DocText, sent: Sentence) -> list[_Hit]:
    """``local_officials`` of the sources the claimants' words name in ``sent``, read once a sentence (asked again
    of each of the sentences before a back-reference: "у відомстві заявили"). Its callers do not change the list."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else {}
    found: list[_Hit] | None = memo.get(("named_officials",))
    if found is None:
        found = memo[("named_officials",)] = local_officials(doc, sent, doc.lang.claimants.find_all(sent.tokens))
    return found


def local_officials(doc: DocText, sent: Sentence, hits: list[_Hit]) -> list[_Hit]:
    """"сообщил мэр столицы": a city's head is an official of the state of the place named in the sentence, or
    else in the sentences just before; with no place named, no source. A ministry, a minister, an intelligence
    service or a commander the war's words do not name ("у Міністерстві молоді та спорту") is the state's named in
    its name, else the text's own state's (profiles' "state" words)."""
    hits = portfolio_titles(doc, sent.tokens, hits)  # ("российский министр иностранных дел")
    hits = titles_of_a_nation(doc, sent.tokens, hits)  # ("министр обороны Великобритании", "посол США")
    hits = titles_split_by_a_place(doc, sent.tokens, hits)  # ("глава Каменского района")
    hits = officials_of_a_region(doc, sent.tokens, hits)  # ("министр здравоохранения Курской области")
    hits = heads_of_a_city(doc, sent.tokens, hits)  # ("глава Светлогорска Белгородской области")
    hits = heads_of_a_struck_city(doc, sent.tokens, hits)  # ("обстрілу ЗСУ Горлівки ..., повідомив міський голова")
    if any(h[0] == "state" for h in hits):
        hits = [(_state_body(doc, sent, a, b) if k == "state" else k, a, b) for k, a, b in hits]
    if not any(h[0] == "local" for h in hits):
        return hits
    at = doc.sentence_number.get(id(sent), 0)
    # ("В оккупированном Мелитополе ..., сообщил мэр города": the side holding the place, which installed him)
    state = doc.lang.state_claimants.get(held) if (held := occupier(doc, sent.tokens)) is not None else None
    for s in [sent, *reversed(doc.sentences[max(0, at - 8):at])] if state is None else ():
        sides = {key for key, _a, _b in doc.lang.places.find_all(s.tokens)}
        if sides:
            state = doc.lang.state_claimants.get(sides.pop()) if len(sides) == 1 else None
            break
    if state is None and (struck := attacked_side(doc, sent.tokens)) is not None:
        # ("Новоград (глава города ...): в результате обстрела ВСУ погибли двое": the side the attack told of struck)
        state = doc.lang.state_claimants.get(struck)
    if state is None and (own := press_side(doc)) is not None:
        # ("пресс-служба администрации города" of a town the words do not know, in a text whose press's words, "СВО",
        # tell the side it is written from: that side's)
        state = doc.lang.state_claimants.get(own)
    if state is None and ((heads := [h for h in hits if h[0] == "local"]) and (
            opening_bracket(doc, sent, heads) is not None or closing_bracket(doc, sent, heads) is not None)):
        # ("Горловка (глава города ...): ...", "Горловка: ... — 2 раненых (глава города)" of a city the words do not
        # know, nothing else telling: the text's own side's, the opponent of the side whose losses its language's
        # press usually counts)
        state = doc.lang.state_claimants.get(opponent(doc.profile, default_side(doc) or "") or "")
    if state is None:
        return [h for h in hits if h[0] != "local"]
    return [(state if k == "local" else k, a, b) for k, a, b in hits]


def _state_body(doc: DocText, sent: Sentence, start: int, end: int) -> str:
    """Whose a ministry or minister ``toks[start:end]`` is: the state a side word after it in its name names
    ("культури рф"), another government's where a capitalised name in the genitive follows ("закордонних справ
    Франції"), else the state of the text's own press (the opponent of whose losses it usually counts). A bare
    title ("– вважає міністр.") is the source of that title named in the sentences just before ("міністр оборони")."""
    toks = sent.tokens
    if end >= len(toks) or PUNCT_OR_DASH.search(text_between(doc.text, toks[end - 1].end, toks[end].start)) \
            or "gent" not in tags(toks[end].low, doc.lang.code):
        at = doc.sentence_number.get(id(sent), 0)
        for s in reversed(doc.sentences[max(0, at - 8):at]):
            # (the title with its nation after it, "Міністр оборони Росії": that nation's)
            named = [k for k, a, b in titles_of_a_nation(doc, s.tokens, doc.lang.claimants.find_all(s.tokens))
                     if k != "state" and b - a > end - start
                     and any(not toks[start].lemmas.isdisjoint(t.lemmas) for t in s.tokens[a:b])]
            if named:
                return named[-1]
        # ("Ранее в министерстве сообщали": the body named before, as "в ведомстве")
        if (before := _named_before(doc, sent, None)) is not None:
            return before
    if start > 0 and (before_side := doc.lang.sides.match(toks, start - 1)) is not None and before_side[1] == start:
        # ("Російські прикордонники заявили": the state of the side's adjective before it)
        return _own_states(doc, before_side[0], toks[start]) or doc.lang.state_claimants.get(before_side[0], "other")
    for k in range(end, min(len(toks), end + 4)):
        # (a body named at its clause's end, "источник в силовых структурах, погибли 12 военных ВСУ": no side after)
        if k >= end > 0 and PUNCT_OR_DASH.search(text_between(doc.text, toks[k - 1].end, toks[k].start)):
            break
        side = doc.lang.sides.match(toks, k)
        if side is not None:
            return doc.lang.state_claimants.get(side[0], "other")
        found = tags(toks[k].low, doc.lang.code)
        # (a place the war's words know is no person's name the dictionary also reads it as: "Курської")
        if toks[k].text[:1].isupper() and "gent" in found \
                and (not found & {"Name", "Surn", "Patr"} or doc.lang.places.match(toks, k) is not None):
            return state_of_the_place_named(doc, toks, k)
    # (the text's own: the side it is written from, told by its press's words, else the one opposing whose losses the
    # language's press usually counts)
    own = press_side(doc) or opponent(doc.profile, default_side(doc) or "")
    if end < len(toks) and not toks[end].text[:1].isupper() and "gent" in tags(toks[end].low, doc.lang.code) \
            and not PUNCT_OR_DASH.search(text_between(doc.text, toks[end - 1].end, toks[end].start)):
        # (a title with its portfolio after it in the genitive, "министр здравоохранения": not the bare title the
        # side's words give its own body for ("российский министр"), but the state's other officials)
        return doc.lang.state_claimants.get(own or "", "other")
    return _own_states(doc, own or "", toks[start]) or doc.lang.state_claimants.get(own or "", "other")


def _own_states(doc: DocText, side: str, word: Token) -> str | None:
    """The key the war's words give the body ``word`` names with ``side``'s adjective ("українська розвідка": ua_mod),
    if they give one."""
    # (read from the language's words once, when first asked: the same for every document of the language)
    known = _OWN_STATES.get(id(doc.lang))
    if known is None or known[0] is not doc.lang:
        found: dict[tuple[str, str], str] = {}
        for key, phrases in doc.lang.raw["profile"].get("claimants", {}).items():
            for phrase in phrases:
                toks = tokenize(phrase, doc.lang.code)
                hit = doc.lang.sides.match(toks, 0) if len(toks) == 2 else None
                if hit is not None and hit[1] == 1:
                    for lemma in toks[1].lemmas:
                        found.setdefault((hit[0], lemma), key)
        known = _OWN_STATES[id(doc.lang)] = (doc.lang, found)
    table = known[1]
    return next((table[(side, lemma)] for lemma in word.lemmas if (side, lemma) in table), None)


#: {id of a language: (the language, {(side, lemma of a body's noun): the key of the side's body})}
_OWN_STATES: dict[int, tuple[Any, dict[tuple[str, str], str]]] = {}


def _named_before(doc: DocText, sent: Sentence, generic: _Hit | None, side: str | None = None) -> str | None:
    """The source a back-reference stands for, named in the sentences just before ``sent``: the last one named
    (``generic`` None: "відомство"; of ``side`` if named: "российского ведомства"), or the one a generic noun was
    the title of ("Аналітики ISW ... за підрахунками аналітиків")."""
    at = doc.sentence_number.get(id(sent), 0)
    word = sent.tokens[generic[1]].lemmas if generic is not None else None
    # "издание подтвердило": the counter of neither side named with figures before (an outlet only named, with no
    # figure of its own in its sentence, is not known to count)
    # ("Независимые издания оценивают": outlets, several and unnamed, are no one outlet named before)
    ctx = doc.lang.grammar["context"]
    outlet = generic is not None and ctx.match(sent.tokens, generic[1], generic[2], "outlet") is not None \
        and not (generic[1] > 0 and plural_adjective(sent.tokens[generic[1] - 1], doc.lang.code))
    # ("Медиазона установила ... , уточняют журналисты": its people, by their common noun and no name after it, the
    # outlet named with figures before, where no sentence names them by the title)
    newsroom = generic is not None and not outlet and ctx.match(sent.tokens, generic[1], generic[2], "newsroom") \
        is not None and "plur" in tags(sent.tokens[generic[1]].low, doc.lang.code) \
        and not _named_after(doc, sent.tokens, generic[2]) \
        and not (generic[1] > 0 and plural_adjective(sent.tokens[generic[1] - 1], doc.lang.code))
    newsroom_of = None
    for s in reversed(doc.sentences[max(0, at - 8):at]):
        found = [h for h in named_officials(doc, s)
                 if not _owns_the_thing_before(doc, s.tokens, h[1])]
        if outlet or newsroom:
            counters = [h for h in found if h[0] not in ("other", "local") and h[0] not in doc.profile.claimant_sides]
            counted = bool(counters) and (any(m.sentence is s for m in doc.mentions)
                                          or opens_on(doc, s, counters[0], sent, generic))
            if outlet:
                if counted:
                    return counters[-1][0]
                continue
            if counted and newsroom_of is None:
                newsroom_of = counters[-1][0]
        if word is None:
            named = [h for h in found if h[0] != "other" and side in (None, doc.profile.own_side(h[0]))]
            if named:
                return named[-1][0]
            continue
        for k1, a1, b1 in found:
            if k1 == "other" and b1 - a1 == 1 and not word.isdisjoint(s.tokens[a1].lemmas):
                title_of = next((k2 for k2, a2, _b2 in found if k2 != "other" and a2 in (b1, b1 + 1)), None)
                if title_of is not None:
                    return title_of
    return newsroom_of


def adds_before(doc: DocText, toks: list[Token], hits: list[_Hit]) -> _Hit | None:
    """The source closing the sentence right after a verb of adding that follows a comma ("..., добавил Конашенков",
    "..., додав речник Генштабу"; grammar ``context.adds``): the verb said only in this order, as "добавить" also
    adds names to a list ("на стелу добавили 27 имен")."""
    ctx = doc.lang.grammar["context"]
    # (a title the claimants' words do not hold may stand between: "..., додає начальник ОВА")
    return next((h for h in hits if h[2] >= len(toks) - 1 for v in (h[1] - 1, h[1] - 2)
                 if v > 0 and ctx.match(toks, v, v + 1, "adds") is not None
                 and text_between(doc.text, toks[v - 1].end, toks[v].start).strip() == ","
                 and not PUNCT.search(text_between(doc.text, toks[v].end, toks[h[1]].start))), None)


def _named_after(doc: DocText, toks: list[Token], b: int) -> bool:
    """Whether a name follows ``toks[b - 1]`` in its clause: a capitalised word or one in quotes ("журналисты
    «Медиазоны»")."""
    return b < len(toks) and not PUNCT.search(between := text_between(doc.text, toks[b - 1].end, toks[b].start)) \
        and ("«" in between or toks[b].text[:1].isupper())


def _owns_the_thing_before(doc: DocText, toks: list[Token], at: int) -> bool:
    """"сбила самолет МиГ-29 Воздушных сил Украины": a body named right after a thing (its make between) is whose
    the thing is, named in passing: no one a back-reference ("по подсчетам ведомства") stands for."""
    ends = {b for key, _a, b in doc.lang.categories.find_all(toks) if key not in PEOPLE}
    k = at
    while at - 3 < k and k > 0 and k not in ends and (
            any(c.isdigit() for c in toks[k - 1].text) or doc.text[toks[k - 1].end:toks[k].start] == "-"):
        k -= 1  # (back over the make: "МиГ-29", "M777")
    return k in ends and not PUNCT_OR_DASH.search(text_between(doc.text, toks[k - 1].end, toks[at].start))


def _pick_source(doc: DocText, sent: Sentence, named: list[_Hit], saying: list[_Hit],
                 near: int | None) -> SourceCue | None:
    toks = sent.tokens

    def distance_to_saying(h: tuple[str, int, int]) -> int:
        if near is not None and h[2] == near and _DASH_ONLY.fullmatch(doc.text, toks[near - 1].end, toks[near].start):
            return 0  # "..., Минобороны России — что ...": the dash stands for the verb of saying
        return min((min(abs(h[1] - s[2]), abs(s[1] - h[2])) for s in saying), default=99)

    about = source_of_data_about(doc, sent, named, near)
    if about is not None:
        named = [about]  # ("назвал абсурдными данные Генштаба о 1 150 погибших": the body whose data they are)
    if near is not None:
        # ("За даними Генштабу, ... 7 460 військових, а на напрямку, за словами речника, — близько 1 300": a source
        # named past the figure with a figure of its own after it says that one, where one is named before)
        before = any(h[2] <= near for h in named)
        key, a, b = min(named, key=lambda h: (distance_to_saying(h) > 3, before and h[1] > near and any(
            t.low[:1].isdigit() for t in toks[h[2]:]), abs(h[1] - near)))
    else:
        # ("... подразделения бригады ВСУ, сообщил Конашенков": the one named right after the verb says it, not the
        # body set off before the comma)
        said_by = {s[2] for s in saying if any(h[1] == s[2] for h in named)}
        key, a, b = min(named, key=lambda h: (distance_to_saying(h) > 3, any(
            h[2] == s[1] and s[2] in said_by and PUNCT.search(text_between(doc.text, toks[h[2] - 1].end,
                                                                           toks[s[1]].start))
            for s in saying), h[1]))
    # the name after the title: "міністр оборони Олексій Резніков"
    while b < len(toks) and b < a + 8 and toks[b].text[:1].isupper() and not toks[b].low.isdigit() \
            and not PUNCT.search(text_between(doc.text, toks[b - 1].end, toks[b].start)):
        b += 1
    return SourceCue(key, doc.text[toks[a].start:toks[b - 1].end], sent.paragraph)


def by_the_name_before(doc: DocText, sent: Sentence, own: SourceCue, last: SourceCue | None) -> SourceCue:
    """"По его данным" after "..., сообщил глава региона Вячеслав Гладков": a pronoun's back-reference is the one
    named before, by the words that named him (``last``, of the same key), not by the pronoun's."""
    if last is None or own.key != last.key:
        return own
    toks = sent.tokens
    back = {doc.text[toks[a].start:toks[b - 1].end]
            for _k, a, b in doc.lang.grammar["context"].find_all(toks, key="pronoun_source")}
    return SourceCue(last.key, last.text, own.paragraph) if own.text in back else own


def _said_before(doc: DocText, sent: Sentence) -> str | None:
    """The source the sentence right before ``sent`` (in its paragraph or the one before) names as saying."""
    at = doc.sentence_number.get(id(sent), 0)
    if at == 0 or doc.sentences[at - 1].paragraph < sent.paragraph - 1:
        return None
    found = claimant_in(doc, doc.sentences[at - 1])
    return found.key if found is not None else None


def sentenced(doc: DocText, toks: list[Token], at: int) -> bool:
    """A verb of sentencing (grammar ``sentenced``) a few words before ``toks[at]`` in its clause: the title there is
    the one sentenced ("заочно засудив до 15 років командира полку"), not one who says."""
    ctx = doc.lang.grammar["context"]
    for k in range(at - 1, max(-1, at - _SENTENCED_REACH - 1), -1):
        if PUNCT_OR_DASH.search(text_between(doc.text, toks[k].end, toks[k + 1].start)):
            return False
        if ctx.match(toks, k, key="sentenced"):
            return True
    return False
