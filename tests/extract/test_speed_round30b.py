"""Speed round 30b (issue 17): the Slavic sources a sentence names, read with ``local_officials`` (a city's head as
its state's official, a ministry as its state's), are read once a sentence (``claimants.named_officials``), not
again for each back-reference ("у відомстві заявили") that looks through the sentences before it. The answer kept
is what a fresh reading gives at every ask (texts written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from unittest.mock import patch

import pytest

from lossledger import extract_claims
from lossledger.extract.slavic import claimants, context
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.sentences import Sentence

_WRITTEN = [
    ("uk", "Міністерство оборони України повідомило про обстріл Херсона. У відомстві заявили, що загинули 3 людини, "
           "ще 7 поранені. Речник відомства додав, що серед загиблих двоє дітей."),
    ("uk", "Мер Миколаєва розповів про нічну атаку дронів на місто. За його словами, поранено 5 цивільних. "
           "Аналітики ISW оцінюють втрати ворога в 300 військових. За підрахунками аналітиків, знищено 12 танків."),
    ("ru", "Министерство обороны России сообщило о ночной атаке. В ведомстве заявили, что сбиты 20 беспилотников. "
           "Глава Белгородской области рассказал о раненых. По его словам, пострадали 4 человека."),
    ("ru", "Губернатор Курской области сообщил об обстреле поселка. Мэр города уточнил, что погибли двое мирных "
           "жителей. В ведомстве добавили, что ранены еще 6 человек."),
]


def _checked_extract(lang: str, text: str) -> tuple[int, int, list[Any]]:
    """The claims of ``text``, every ``named_officials`` answer checked against a fresh ``local_officials``
    reading; how many times it was asked, and how many asks were of a sentence asked before."""
    kept = claimants.named_officials
    asked = again = 0
    seen: set[int] = set()

    def both(doc: DocText, sent: Sentence) -> list[Any]:
        nonlocal asked, again
        found = kept(doc, sent)
        assert found == claimants.local_officials(doc, sent, doc.lang.claimants.find_all(sent.tokens))
        asked += 1
        again += id(sent) in seen
        seen.add(id(sent))
        return found

    with patch.object(claimants, "named_officials", both), patch.object(context, "named_officials", both):
        claims = extract_claims(text, published=dt.date(2025, 11, 20), language=lang)
    return asked, again, claims


@pytest.mark.parametrize(("lang", "text"), _WRITTEN)
def test_the_sentences_officials_read_once_are_what_a_fresh_reading_gives(lang: str, text: str) -> None:
    _checked_extract(lang, text)


def test_the_written_texts_ask_again_of_sentences_read_before() -> None:
    """The texts are no empty check: the reading is asked, and asked again of sentences it read before."""
    results = [_checked_extract(lang, text) for lang, text in _WRITTEN]
    assert sum(asked for asked, _again, _claims in results) >= 8
    assert sum(again for _asked, again, _claims in results) >= 2


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_claims_are_those_of_the_fresh_reading(lang: str) -> None:
    """The claims of the texts with the reading kept a sentence are those with it read afresh at every ask."""
    text = " ".join(t for code, t in _WRITTEN if code == lang)
    kept = extract_claims(text, published=dt.date(2025, 11, 20), language=lang)

    def fresh(doc: DocText, sent: Sentence) -> list[Any]:
        return claimants.local_officials(doc, sent, doc.lang.claimants.find_all(sent.tokens))

    with patch.object(claimants, "named_officials", fresh), patch.object(context, "named_officials", fresh):
        assert extract_claims(text, published=dt.date(2025, 11, 20), language=lang) == kept
