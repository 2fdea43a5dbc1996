"""Ukrainian whole texts, round 38u: structure twins (written for these tests). Each keeps the constructions of a kind
of passage the extractor was tuned on (how the source is named, how the span and the date are said, the lists, the
hedges and the decoys) in wording, names, numbers, places and dates of its own: a defence minister's toll over the
war's first days with a headline, a commander's death "not fewer than" a count, and decoys (trophies, a named officer's
death told by others with no numeral); a minister's daily rate as a range in an interview under a time-stamped
dateline, with the General Staff's day and running total recalled at the end with no source named; the regional
administrations' day of strikes in several regions, the total first and each region's wounded after it (a resident
killed with no numeral and the villages shelled are no count). Each case lists every claim the spec asks of the text,
written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]",
before the extractor was run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a minister's toll over the war's first days (the source before it), a commander's count "щонайменше", decoys
    pytest.param(
     "Коваленко: ворог за дванадцять днів вторгнення втратив понад 15 000 військових\n"
     "Як написав у Telegram міністр оборони Петро Коваленко, за дванадцять днів війни загарбницьке військо втратило "
     "понад 15 000 солдатів убитими та пораненими.\n"
     "Міністр також повідомив, що підтверджено загибель щонайменше двох російських генералів. «Росіяни вже "
     "починають розуміти, якою буде ціна», – наголосив Коваленко.\n"
     "За його словами, захоплену ворожу техніку рахують уже не штуками, а цілими полками.\n"
     "«Трофейних бронемашин ми отримали більше, ніж вітчизняна промисловість дала армії за п'ять років», – зазначив "
     "посадовець.\n"
     "7 березня російські телеграм-канали написали, що на Херсонщині загинув командир 20-ї армії генерал-лейтенант "
     "Ігор Савчук.\n"
     "Цю інформацію поширив також радник голови Офісу президента Михайло Тарасенко.",
     "2022-03-08",
     {"russia personnel losses 15000 at_least cumulative ua_mod 2022-03-08",
      "russia personnel killed 2 at_least cumulative ua_mod 2022-03-08"},
     id="t0"),
    # a time-stamped dateline, a minister's daily rate as a range "від ... до" (the source before it, in the genitive),
    # the Ukrainian share with no figure, the recalled day and running total at the end with no source named
    pytest.param(
     "09:12, 4 лютого, 2023\n"
     "За оцінкою міністра оборони Андрія Мельника, Росія на війні щоденно втрачає від 700 до 800 солдатів, тоді як "
     "українські втрати в кілька разів менші.\n"
     "Таку думку він висловив в інтерв’ю агентству Reuters.\n"
     "Міністр також припускає, що ворог може накопичувати «людей, снаряди й техніку» для нового наступу з уже "
     "захоплених районів на сході.\n"
     "За словами Мельника, Києву потрібні кілька місяців, щоб відновити сили, доки не надійде західне озброєння.\n"
     "— Літо стане вирішальним для обох армій. Ми бачимо, що вони готуються, і нам теж треба бути напоготові, — "
     "резюмував очільник оборонного відомства.\n"
     "Нагадаємо, за останню добу Сили оборони знешкодили ще 820 загарбників. Загалом від початку повномасштабного "
     "вторгнення росіяни втратили понад 131 тисячу військових.",
     "2023-02-04",
     {"russia personnel losses 700-800 range rate/1 ua_mod 2023-02-04",
      # ("знешкодили": eliminated, killed or losses by the spec)
      "russia personnel killed 820 exact period/1 None 2023-02-04",
      "russia personnel losses 131000 at_least cumulative None 2023-02-04"},
     id="t1"),
    # the administrations' day in several regions (the total first, the source after it), then each region's wounded
    # with its head named before or after; a resident killed with no numeral and the shelled villages are no count
    pytest.param(
     "За минулу добу через обстріли окупантів у п’яти областях двоє людей загинули, ще 41 дістали поранення, "
     "повідомляють обласні військові адміністрації.\n\n"
     "Так, начальник Запорізької ОВА Іван Кравчук повідомив, що на Запоріжжі протягом доби загинула жителька "
     "Степногірська, а ще дев’ятеро людей отримали поранення в Оріхові та Малій Токмачці.\n\n"
     "На Херсонщині за минулу добу ворог обстріляв 12 населених пунктів, унаслідок чого поранено шістьох людей, "
     "заявив голова ОВА Роман Шевчук. Також пошкоджено приватні будинки та лінії електропередач.\n\n"
     "У Дніпропетровській області, за інформацією ОВА, через атаки дронів травмовано трьох людей.",
     "2025-11-10",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2025-11-10",
      "ukraine civilians wounded 41 exact period/1 ua_officials 2025-11-10",
      "ukraine civilians wounded 9 exact period/1 ua_officials 2025-11-10",
      "ukraine civilians wounded 6 exact period/1 ua_officials 2025-11-10",
      "ukraine civilians wounded 3 exact period/1 ua_officials 2025-11-10"},
     id="t2"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
