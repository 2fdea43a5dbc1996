"""Phrase tables answer the same from a group's one pass over a sentence as each on its own, and the
Cyrillic guess counts letters whatever the text holds (sentences written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic import guess_cyrillic_language, language_data
from lossledger.languages.morphology import PhraseGroup, PhraseTable, Token, Tokens, find_all_across, tokenize

SENTENCES = {
    "uk": [
        "За минулу добу російські окупанти втратили 1 200 осіб, 12 танків і 30 БпЛА оперативно-тактичного рівня.",
        "Станом на 13 листопада 2022 року Сили оборони знищили понад 80 тисяч загарбників, повідомив Генштаб ЗСУ.",
        "З початку повномасштабного вторгнення ворог втратив щонайменше 400 літаків та гелікоптерів.",
        "Внаслідок ракетного удару загинули троє людей, ще п'ятеро поранені, - голова обласної адміністрації.",
    ],
    "ru": [
        "За прошедшие сутки ВСУ потеряли до 1 350 военнослужащих и два танка, сообщили в Минобороны России.",
        "С начала специальной военной операции уничтожены 590 самолетов и 272 вертолета.",
        "В результате атаки беспилотника погибли двое мирных жителей, еще семеро ранены, сообщил губернатор.",
        "Средствами ПВО за ночь сбиты 47 беспилотников над Курской областью.",
    ],
}


def _grouped_and_alone(tables: list[PhraseTable]) -> list[PhraseTable]:
    """Copies of ``tables`` outside any group (what a table answers when it scans a sentence by itself)."""
    alone = []
    for table in tables:
        copy = PhraseTable.__new__(PhraseTable)
        copy.__dict__.update(table.__dict__)
        copy._group = None
        alone.append(copy)
    return alone


def _answers(table: PhraseTable, tokens: list[Token]) -> list[object]:
    keys = [None, *sorted({key for entries in table._by_first.values() for _w, key in entries}
                          | {key for entries in table._prefixed.values() for _w, key in entries})]
    n = len(tokens)
    out: list[object] = []
    for key in keys:
        out.append(table.find_all(tokens, key=key))
        out.append([table.find_all(tokens, lo, hi, key) for lo in range(0, n, 3) for hi in (lo + 2, lo + 5, n)])
        out.append(table.starts(tokens, key))
        out.append([table.match(tokens, i, stop, key) for i in range(n) for stop in (n, min(n, i + 2))])
    return out


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_a_group_answers_as_each_table_alone(lang: str) -> None:
    language = language_data(lang)
    grouped = [*language.grammar.values(), language.categories, language.outcomes_people,
               language.outcomes_equipment, language.sides, language.claimants, language.multipliers]
    alone = _grouped_and_alone(grouped)
    for sentence in SENTENCES[lang]:
        words = tokenize(sentence, lang)
        # (every table asked of the same sentence record, in turn, as the extractor does)
        sentence_tokens = Tokens(words)
        for table, own in zip(grouped, alone, strict=True):
            assert table._group is not None and own._group is None
            assert _answers(table, sentence_tokens) == _answers(own, Tokens(words)), (table, sentence)


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_a_sentence_scanned_when_its_tokens_are_made_answers_as_one_scanned_when_first_asked(lang: str) -> None:
    """``DocText`` scans each sentence as it makes its tokens (the record of every table copied in one step): each
    table answers as it does of the same tokens scanned at the first question, and of tokens with a record already."""
    from lossledger.extract.slavic.mentions import DocText
    from lossledger.profiles import load_profile

    language = language_data(lang)
    doc = DocText("\n\n".join(SENTENCES[lang]), language, load_profile(None), None)
    assert len(doc.sentences) == len(SENTENCES[lang])
    for sentence in doc.sentences:
        fresh = sentence.tokens
        assert fresh.memo[language.group] is True  # (scanned before any question: every table's record there)
        assert all(table in fresh.memo for table in language.group.tables)
        lazy = Tokens(fresh)
        noted = Tokens(fresh)
        noted.memo["a note"] = 1  # (a record holding something: the tables' answers added to it)
        language.group.scan(noted, fresh=True)
        assert noted.memo["a note"] == 1
        for table in language.group.tables:
            assert _answers(table, fresh) == _answers(table, lazy) == _answers(table, noted), table
        assert fresh.memo.keys() == lazy.memo.keys()


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_a_plain_list_of_tokens_is_answered_as_a_sentences_record(lang: str) -> None:
    # (a plain list has no memo: every question is read at its tokens, not from a scan; a table of no group is
    # asked ``match`` both before its scan is made and after ``find_all`` made it)
    language = language_data(lang)
    grouped = [*language.grammar.values(), language.categories, language.sides, language.claimants]
    for sentence in SENTENCES[lang]:
        words = tokenize(sentence, lang)
        n = len(words)
        for table in [*grouped, *_grouped_and_alone(grouped)]:
            record = Tokens(words)
            before = [table.match(record, i, stop) for i in range(n) for stop in (None, min(n, i + 2))]
            for tokens in (record, list(words)):
                assert [table.match(tokens, i, stop) for i in range(n) for stop in (None, min(n, i + 2))] == before
            # (over the whole sentence: in a range, a plain list's phrases are those the range holds, a record's
            # those of the sentence that fall inside it)
            for key in [None, *{key for entries in table._by_first.values() for _w, key in entries}]:
                assert table.find_all(list(words), key=key) == table.find_all(record, key=key), (table, key)
                assert table.starts(list(words), key) == table.starts(record, key)


def test_a_phrase_needing_its_second_word_or_a_prefix() -> None:
    first = PhraseTable({"drone": ["БпЛА*"], "day": ["за минулу добу", "за добу"]}, "uk")
    second = PhraseTable({"loss": ["втратили"], "report": ["за даними*"]}, "uk")
    PhraseGroup([first, second])
    words = tokenize("За минулу добу окупанти втратили 30 БпЛАшок, за даними Генштабу, за добу", "uk")
    tokens = Tokens(words)
    assert first.find_all(tokens) == [("day", 0, 3), ("drone", 6, 7), ("day", 10, 12)]
    assert second.find_all(tokens) == [("loss", 4, 5), ("report", 7, 9)]
    # (the longest phrase at "За" runs past the stop: the table looks again within it, and finds none)
    assert first.match(tokens, 0, 2) is None and first.match(tokens, 0, 3) == ("day", 3)


def test_a_prefix_phrase_is_tried_only_at_the_forms_it_opens() -> None:
    drones = PhraseTable({"drone": ["БпЛА*", "БпЛА* типу"], "day": ["за добу"]}, "uk")
    losses = PhraseTable({"loss": ["втратили", "бійці*"]}, "uk")
    alone = _grouped_and_alone([drones, losses])
    group = PhraseGroup([drones, losses])
    # (a form with the prefix's first letter but not the prefix: nothing is tried there, in any sentence)
    assert group._start_of(tokenize("будинок", "uk")[0]) is None
    assert group._start_of(tokenize("БпЛАшок", "uk")[0]) is not None
    words = tokenize("Бійці збили 30 БпЛАшок типу Шахед, будинок за добу і бпла за добу, бпла типу", "uk")
    assert drones.find_all(Tokens(words)) == [("drone", 3, 5), ("day", 7, 9), ("drone", 10, 11), ("day", 11, 13),
                                             ("drone", 13, 15)]
    assert losses.find_all(Tokens(words)) == [("loss", 0, 1)]
    # (the same phrases at several places, one at the sentence's end: the same answers as each table alone)
    sentence = Tokens(words)
    for table, own in zip([drones, losses], alone, strict=True):
        assert _answers(table, sentence) == _answers(own, Tokens(words))


@pytest.mark.parametrize(("text", "expected"), [
    ("Сили оборони знищили 12 танків і 30 безпілотників за минулу добу.", "uk"),
    ("Силы ПВО сбили 47 беспилотников, сообщили в министерстве.", "ru"),
    ("The General Staff reported 1,200 losses (особового складу) over the past day.", None),
    ("\ud800 Сили оборони знищили 12 танків і 30 безпілотників \udfff", "uk"),  # lone surrogates
])
def test_the_cyrillic_guess(text: str, expected: str | None) -> None:
    assert guess_cyrillic_language(text) == expected


def test_a_table_with_nothing_in_a_sentence_answers_empty_of_its_own() -> None:
    found = PhraseTable({"tank": ["танк"]}, "uk")
    other = PhraseTable({"loss": ["втратили"]}, "uk")
    PhraseGroup([found, other])
    tokens = Tokens(tokenize("Окупанти втратили ще кілька позицій біля села", "uk"))
    assert other.find_all(tokens) == [("loss", 1, 2)]
    first = found.find_all(tokens)
    assert first == [] and found.find_all(tokens, 1, 3, "tank") == []
    # (the empty answer is one shared list: a caller adds to a copy, and no later answer changes)
    with pytest.raises(TypeError):
        first.append(("tank", 0, 1))
    with pytest.raises(TypeError):
        first += [("tank", 0, 1)]
    assert first + [("tank", 0, 1)] == [("tank", 0, 1)] and [("tank", 0, 1)] + first == [("tank", 0, 1)]
    assert found.find_all(tokens) == [] and found.starts(tokens) == {} and found.match(tokens, 0) is None
    assert other.find_all(tokens, key="tank") == [] and other.find_all(tokens, 2, 5, "loss") == []


@pytest.mark.parametrize(("lang", "text", "season_at"), [
    ("uk", "Взимку ворог втратив 300 танків, а навесні ще 120.", [0, 6]),
    ("ru", "За зиму погибли 40 человек, прошлым летом — 25.", [1, 6]),
    ("uk", "Сили оборони знищили 12 танків.", []),
])
def test_a_season_is_a_kind_of_token(lang: str, text: str, season_at: list[int]) -> None:
    from lossledger.extract.slavic.language import SEASON

    language = language_data(lang)
    kinds, every = language.token_kinds(Tokens(tokenize(text, lang)))
    assert [k for k, kind in enumerate(kinds) if kind & SEASON] == season_at
    assert bool(every & SEASON) == bool(season_at)


@pytest.mark.parametrize("text", [
    "", "  \n", "Т-72Б3 і 2С19_«Мста-С»: п'ять обʼєктів", "ЗСУ знищили 12 танків, 12 танків — за добу.",
    "Qwxzy qwxzy Qwxzy 7qwxzy7",  # (a word new to the process, met again in the same text)
])
def test_tokens_are_the_words_of_the_text_where_they_stand(text: str) -> None:
    from lossledger.languages.morphology import WORD_RE, normal_word

    tokens = tokenize(text, "uk")
    assert [(t.start, t.end, t.text) for t in tokens] == [(m.start(), m.end(), m.group())
                                                         for m in WORD_RE.finditer(text)]
    assert all(isinstance(t, Token) and t.low == normal_word(t.text) and t.low in t.lemmas for t in tokens)


_PIECES = ["танків", "п'ять", "обʼєкти", "об’єкт", "ЗСУ", "Т-72Б3", "2С19_«Мста-С»", "1 200", "(+10)", "«Азов»,",
           "сказав.", "—", "-", "•", "²", "½", "٣", "e\u0301", "x_y", "’", "'", "`", "«", "»:", "\n", "\n\n", "\t",
           "\u00a0", " ", "  "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(alphabet="аZ9'’ʼ`_-.,«» \n\u0301²", max_size=6), max_size=14))
def test_the_words_read_between_spaces_are_what_the_pattern_finds(parts: list[str]) -> None:
    """A piece between single spaces all of letters or digits, or so once its marks are taken off, is one word; the
    rest are searched: together the words and places the pattern finds over the whole text."""
    from lossledger.languages.morphology import _MARKS, WORD_RE, _words_at

    text = "".join(parts)
    words, starts = _words_at(text)
    assert list(zip(words, starts, strict=True)) == [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    # (no mark taken off is a letter, a digit or an apostrophe)
    assert not any(WORD_RE.search(mark) or mark in "'’ʼ`" for mark in _MARKS)


def test_dictionaries_read_by_the_compiled_reader() -> None:
    """pymorphy3's "fast" extra (DAWG2) is installed and used: the pure-Python reader it falls back to made the
    look-up of words new to a process a fifth of a Ukrainian or Russian document's cost."""
    import pymorphy3.dawg

    assert pymorphy3.dawg.EXTENSION_AVAILABLE


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_readings_kept_as_plain_values(lang: str) -> None:
    """A word's readings are remembered as (normal form, score, tag) of strings and numbers, which the garbage
    collector stops tracking, and lemmas and tags are read from them as from the dictionary's own readings."""
    import gc

    from lossledger.languages.morphology import _analyzer, _parses, lemmas, tags

    word = "танків" if lang == "uk" else "танков"
    kept = _parses(word, lang)
    assert kept and all(isinstance(x, str | float) for reading in kept for x in reading)
    gc.collect()
    assert not any(gc.is_tracked(reading) for reading in kept)
    parsed = _analyzer(lang).parse(word)
    assert "танк" in lemmas(word, lang)
    assert tags(word, lang) == frozenset(g for p in parsed[:3] for g in str(p.tag).replace(" ", ",").split(","))


def test_in_cyrillic_is_what_the_guess_asks_first() -> None:
    """``in_cyrillic`` (all a caller naming the language needs) answers as the guess does on whether a text is
    Cyrillic: an English bulletin with Ukrainian unit words is not."""
    from lossledger.extract.slavic import in_cyrillic

    english = "Russian losses: personnel - 1,200 осіб (+1,000), tanks - 12 од, artillery - 30 од. " * 3
    texts = [*SENTENCES["uk"], *SENTENCES["ru"], english, "Kyiv said 12 tanks were destroyed.", ""]
    for text in texts:
        assert in_cyrillic(text) == (guess_cyrillic_language(text) is not None)
    assert all(in_cyrillic(t) for t in SENTENCES["uk"] + SENTENCES["ru"])
    assert not in_cyrillic(english)


@pytest.mark.parametrize(("lang", "text"), [
    # (a phrase across a sentence's end, "втрати. Ворога", is one phrase of the whole text, not two words)
    ("uk", "Обстріл житлового будинку. Армія зазнала втрати. Ворога відкинули, військова адміністрація мовчить. "
           "Мирний житель загинув у квартирі, а військова. Адміністрація міста"),
    ("ru", "Обстрел жилого дома. Армия понесла потери. Противник отступил, военная администрация молчит. "
           "Мирный житель погиб в квартире, а военнослужащий. Контрактник"),
])
def test_a_whole_text_is_read_from_its_sentences_scans(lang: str, text: str) -> None:
    language = language_data(lang)
    words = tokenize(text, lang)
    ends = [k + 1 for k, token in enumerate(words) if text[token.end:token.end + 1] == "."]
    # (sentences as the extractor cuts them, one token left in none, and one sentence asked before the others)
    cuts = [0, *ends[:-1], len(words)]
    parts = [(a, Tokens(words[a:b])) for a, b in zip(cuts, cuts[1:], strict=False)]
    parts[1] = (parts[1][0] + 1, Tokens(words[parts[1][0] + 1:cuts[2]]))
    language.claimants.find_all(parts[2][1])
    for table in (language.civilian_context, language.military_context, language.sides, language.claimants,
                  language.grammar["context"]):
        for key in (None, "words", "attack", "ua_general_staff"):
            assert find_all_across(table, words, parts, key) == table.find_all(words, key=key), (table, key)


def test_each_key_of_a_sentence_is_answered_from_one_pass() -> None:
    table = PhraseTable({"loss": ["втрати ворога"], "enemy": ["ворога"], "lost": ["втрати"]}, "uk")
    other = PhraseTable({"day": ["за добу"]}, "uk")
    PhraseGroup([table, other])
    tokens = Tokens(tokenize("Втрати ворога за добу: втрати і ворога втрати ворога", "uk"))
    assert table.find_all(tokens, key="enemy") == [("enemy", 1, 2), ("enemy", 6, 7), ("enemy", 8, 9)]
    assert table.find_all(tokens, key="tank") == []
    assert table.find_all(tokens, key="loss") == [("loss", 0, 2), ("loss", 7, 9)]
    assert table.find_all(tokens, key="lost") == [("lost", 0, 1), ("lost", 4, 5), ("lost", 7, 8)]
    assert table.find_all(tokens) == [("loss", 0, 2), ("lost", 4, 5), ("enemy", 6, 7), ("loss", 7, 9)]
    assert table.find_all(tokens, 3, 9, "enemy") == [("enemy", 6, 7), ("enemy", 8, 9)]
    alone = _grouped_and_alone([table])[0]
    assert _answers(table, tokens) == _answers(alone, Tokens(tokens))
