"""What a Ukrainian or Russian document reads only when it needs it, or once per language (sentences written
for these tests): the same claims either way."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from lossledger import extract_claims
from lossledger.extract.slavic import assembly, claimants
from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.languages.morphology import tokenize
from lossledger.profiles import load_profile

DAY = dt.date(2024, 6, 1)


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[Any]:
    calls: list[Any] = []
    original = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize(("text", "lang", "sides_named"), [
    ("За минулу добу російські окупанти втратили 1 200 осіб і 12 танків.", "uk", ["russia", "russia"]),
    ("За прошедшие сутки украинские военные потеряли 300 человек и два танка.", "ru", ["ukraine", "ukraine"]),
])
def test_the_texts_majority_side_is_not_read_when_every_figure_has_a_side(
        monkeypatch: pytest.MonkeyPatch, text: str, lang: str, sides_named: list[str]) -> None:
    votes = _counting(monkeypatch, assembly, "_side_word_votes")
    places = _counting(monkeypatch, assembly, "_place_side")
    claims = extract_claims(text, published=DAY, language=lang)
    assert [c.side for c in claims] == sides_named
    assert votes == [] and places == []


def test_the_texts_majority_side_is_read_for_a_figure_left_without_one(monkeypatch: pytest.MonkeyPatch) -> None:
    votes = _counting(monkeypatch, assembly, "_side_word_votes")
    claims = extract_claims("У селі загинули п'ятеро людей. Ще двоє поранені.", published=DAY, language="uk")
    assert [(c.value, c.side) for c in claims] == [(5.0, "ukraine"), (2.0, "ukraine")]
    assert len(votes) == 1  # (read once, for the first figure that needs it)


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_bodies_a_sides_adjective_names_are_read_once_per_language(
        monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    language = language_data(lang)
    profile = load_profile(None)
    monkeypatch.setattr(claimants, "_OWN_STATES", {})
    tokenized = _counting(monkeypatch, claimants, "tokenize")
    noun = {"uk": "розвідка", "ru": "разведка"}[lang]
    word = tokenize(noun, lang)[0]
    answers = []
    for text in (f"Перший текст: {noun}.", f"Другий текст, {noun}."):
        doc = DocText(text, language, profile, DAY)
        answers.append([claimants._own_states(doc, side, word) for side in ("ukraine", "russia")])
        if len(answers) == 1:
            read = len(tokenized)
    assert read > 0 and len(tokenized) == read  # (the second document reads nothing again)
    assert answers[0] == answers[1]
    # a body the war's words name with a side's adjective, for that side ("українська розвідка": ua_mod)
    assert any(answer is not None for answer in answers[0])


# sentences that name a body with no word of saying, and ones that name it as a source in every way the sources are
# read ("повідомив", "за даними", a colon opening, a dash closing, "як повідомлялося")
_SOURCE_SENTENCES = [
    ("Міноборони Росії втратило за рік 40 тисяч контрактників у боях біля Бахмута.", "uk"),
    ("Генштаб ЗСУ повідомив, що за добу окупанти втратили 1 100 осіб.", "uk"),
    ("За даними Генштабу, знищено 12 танків і 30 артсистем.", "uk"),
    ("ISW: росіяни втратили під Авдіївкою 400 одиниць техніки.", "uk"),
    ("За тиждень ворог втратив 9 200 військових — Генштаб.", "uk"),
    ("Минобороны России в ходе боев под Курском потеряло 300 танков за год.", "ru"),
    ("Как сообщило Минобороны России, за сутки уничтожены 14 беспилотников.", "ru"),
    ("Минобороны РФ: за неделю ВСУ потеряли 2 500 военнослужащих.", "ru"),
    ("За сутки ВСУ лишились 560 военных — Минобороны РФ.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), _SOURCE_SENTENCES)
def test_a_sentence_with_no_word_of_saying_colon_or_dash_has_its_names_unread(
        monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    from lossledger.extract.slavic import saying

    # (the same claims, sources and all, with the names of every sentence read)
    expected = extract_claims(text, published=DAY, language=lang)
    monkeypatch.setattr(claimants, "may_say", lambda doc, sent: True)
    assert extract_claims(text, published=DAY, language=lang) == expected
    monkeypatch.undo()
    doc = DocText(text, language_data(lang, "russia-ukraine"), load_profile(None), DAY)
    says = saying.may_say(doc, doc.sentences[0])
    assert says == (not text.startswith(("Міноборони Росії втратило", "Минобороны России в ходе")))
    if not says:
        assert claimants.claimant_in(doc, doc.sentences[0]) is None
