"""The cheap guards in front of the newer date readers answer exactly what the readers answer without them.

``label_year.months_in_label_year`` returns its dates untouched when none is a month without its year;
``image_date.date_from_image_before`` gives up at once in a text that lacks the words a picture's day needs. With
each guard forced open, every text below must give the same claims (the wordings are the project's own).
"""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims
from lossledger.extract import image_date, label_year

TEXTS = [
    # timelines whose lines open on a dated label, with and without a bare month
    "Autumn 2022: The defence ministry said Russia had lost 3,200 troops in October alone.\n"
    "5 June 2023 – Officials said Russian forces lost 9,400 soldiers in May.\n"
    "8 August 2023 – The ministry said 420 Russian tanks had been destroyed since the invasion began.",
    "Winter 2023: Ukraine's general staff said 1,850 Russian soldiers were killed in January and 2,100 in February.",
    # pictures and the figures read from them, and a text that names none
    "Satellite photos taken on 14 June show the airfield. The pictures show scorch marks. Three helicopters may "
    "have been destroyed, analysts said.",
    "Footage filmed on 2 April shows the depot. At least six trucks were burned out, the regional governor said.",
    # a start told before "has since", and a part of the speaker's own
    "The counteroffensive started in early June, and Ukraine has since lost 160 tanks, analysts estimate.\n"
    "The Black Sea fleet's command acknowledged that two of its landing ships had been damaged.",
    "Russia lost 640 soldiers over the past day, the general staff said on Tuesday. It has lost 310,000 since the "
    "invasion began, it added. In March alone 24,000 were killed.",
]


def _claims(text: str) -> list[str]:
    return [repr(c) for c in extract_claims(text, published=dt.date(2023, 9, 1), doc_id="guard", language="en")]


@pytest.mark.parametrize("text", TEXTS)
def test_the_label_year_guard_changes_no_claim(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = _claims(text)
    monkeypatch.setattr(label_year, "_holds_bare_month", lambda found: True)
    assert _claims(text) == guarded


@pytest.mark.parametrize("text", TEXTS)
def test_the_picture_guard_changes_no_claim(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = _claims(text)
    monkeypatch.setattr(image_date, "_names_pictures", lambda reader, r: True)
    assert _claims(text) == guarded


def test_the_guards_let_their_readers_through() -> None:
    """The texts reach both readers: a label moves a bare month, a picture dates a figure."""
    by_value = {c.value: c for c in extract_claims(TEXTS[0], published=dt.date(2023, 9, 1), language="en")}
    assert by_value[3200].period_start == dt.date(2022, 10, 1)
    pictured = extract_claims(TEXTS[3], published=dt.date(2023, 9, 1), language="en")
    assert [c.as_of for c in pictured] == [dt.date(2023, 4, 2)]
