"""Ukrainian constructions earlier rounds saw and left (round 34b), each read in wordings of its own (written for
these tests; in Russian in tests/languages/ru/test_ru_round34b_constructions.py): a week told a line a day under a
heading that dates it, a lone victim beside a counted toll, a memorial wall's count dated by the update before it,
a newsroom's own count, a month's recorded toll, a court's text on a strike, and what came up on the way."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "Пн — ...", "Вт — ...": a line labelled by a weekday's abbreviation is that day's, within the heading's week
    # (published on the Monday after it: not the publication's Monday)
    ("Підсумки тижня на Харківщині, 10–16 листопада\n\nХарківська ОВА підбила підсумки тижня.\n\nПн — окупанти "
     "обстріляли Куп'янськ, поранено чотирьох цивільних.\nВт — внаслідок удару дрона загинули двоє мешканців Ізюма.",
     "2025-11-17",
     {"ukraine civilians wounded 4 exact period/1 ua_officials 2025-11-10",
      "ukraine civilians killed 2 exact period/1 ua_officials 2025-11-11"}),
    ("Тиждень на Запоріжжі (3–9 березня)\n\nЗапорізька ОВА підбила підсумки тижня.\nПн — 12 загиблих цивільних, 30 "
     "поранених.\nЧт — поранено дев'ятьох мирних жителів.",
     "2025-03-10",
     {"ukraine civilians killed 12 exact period/1 ua_officials 2025-03-03",
      "ukraine civilians wounded 30 exact period/1 ua_officials 2025-03-03",
      "ukraine civilians wounded 9 exact period/1 ua_officials 2025-03-06"}),
    # a heading's week as "з 1 по 7 грудня"; a weekday told in a line's prose ("У середу") in it too
    ("Підсумки тижня з 1 по 7 грудня\n\nОВА підбила підсумки тижня.\nПн — поранено трьох цивільних.\nУ середу "
     "загинули двоє мешканців Шостки.",
     "2025-12-08",
     {"ukraine civilians wounded 3 exact period/1 ua_officials 2025-12-01",
      "ukraine civilians killed 2 exact period/1 ua_officials 2025-12-03"}),
    # the day's whole name as the label ("Понеділок — ...")
    ("Підсумки тижня на Сумщині, 17–23 листопада\n\nСумська ОВА підбила підсумки тижня.\nПонеділок — поранено трьох "
     "цивільних.\nВівторок — загинули двоє мешканців Шостки.",
     "2025-11-24",
     {"ukraine civilians wounded 3 exact period/1 ua_officials 2025-11-17",
      "ukraine civilians killed 2 exact period/1 ua_officials 2025-11-18"}),
    # "з п'ятниці по неділю": a span of weekdays, its days counted from the first
    ("Підсумки тижня на Одещині, 10–16 листопада\n\nОдеська ОВА підбила підсумки тижня.\nЗ суботи по неділю "
     "поранення дістали семеро цивільних.",
     "2025-11-17",
     {"ukraine civilians wounded 7 exact period/2@2025-11-15 ua_officials 2025-11-16"}),
])
def test_a_week_told_a_line_a_day(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "загинув мирний житель, ще четверо поранені": one of the class a toll counts, beside it, is a count of one
    ("Уночі ворог атакував Херсон дронами: загинув мирний житель, ще четверо людей поранені.",
     {"ukraine civilians killed 1 exact period/1 None 2025-11-20",
      "ukraine civilians wounded 4 exact period/1 None 2025-11-20"}),
    ("Внаслідок обстрілу Нікополя загинув мешканець міста, поранено трьох людей.",
     {"ukraine civilians killed 1 exact period None 2025-11-20",
      "ukraine civilians wounded 3 exact period None 2025-11-20"}),
    # a person identified by sex, age or role, alone or named with another, is no count (the spec's "a woman and her
    # son were killed")
    ("Загинула жінка та її син.", set()),
    ("Внаслідок обстрілу Нікополя загинула жінка, поранено трьох мешканців.",
     {"ukraine civilians wounded 3 exact period None 2025-11-20"}),
])
def test_a_lone_victim_beside_a_toll(text: str, expected: set[str]) -> None:
    assert described(text, "2025-11-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Відтепер на ній — ...", "На стіні вже ...": the count after the update the sentence before dates
    ("У суботу, 1 березня, на Стіну пам'яті додали 12 портретів. Відтепер на ній — 412 імен полеглих захисників "
     "громади.",
     {"ukraine personnel killed 412 exact cumulative None 2025-03-01"}),
    ("Станом на 1 березня Стіну пам'яті оновили. На стіні пам'яті вже 412 імен загиблих захисників.",
     {"ukraine personnel killed 412 exact cumulative None 2025-03-01"}),
])
def test_a_memorial_count_dated_by_the_update_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "наші журналісти нарахували": the article's own count, in its own voice (no source)
    ("Наші журналісти нарахували 145 загиблих захисників громади.",
     {"ukraine personnel killed 145 exact cumulative None 2025-03-05"}),
    ("За оцінкою редакції, від початку вторгнення загинули щонайменше 230 захисників області.",
     {"ukraine personnel killed 230 at_least cumulative None 2025-03-05"}),
])
def test_a_newsrooms_own_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "У березні зафіксовано 57": a verb of recording keeps the month its span (not the month a figure was said)
    ("У березні зафіксовано 57 загиблих цивільних.",
     {"ukraine civilians killed 57 exact period/31@2025-03-01 None 2025-03-31"}),
    ("У лютому в області зафіксували 112 поранених мирних жителів.",
     {"ukraine civilians wounded 112 exact period/28@2025-02-01 None 2025-02-28"}),
])
def test_a_month_recorded(text: str, expected: set[str]) -> None:
    assert described(text, "2025-04-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the one a court sentences is no source; "Внаслідок загинули ..." after a dated strike is its toll on its day
    ("Суд заочно засудив до 12 років командира батареї рф, повідомили в Офісі генпрокурора. 2 травня 2023 року "
     "підрозділ обстріляв житловий квартал Херсона. Внаслідок цього загинули 5 мирних жителів.",
     {"ukraine civilians killed 5 exact period ua_officials 2023-05-02"}),
    # a bomb dropped on a town is a strike on its people ("скинув авіабомбу на ...": civilians, not soldiers)
    ("Ворог скинув авіабомбу на Вовчанськ, поранено сімох людей.",
     {"ukraine civilians wounded 7 exact period None 2025-11-20"}),
])
def test_a_court_and_a_strike(text: str, expected: set[str]) -> None:
    assert described(text, "2025-11-20") == expected


def test_the_weekend_by_its_sunday() -> None:
    # "у вихідні": a weekend, dated by its Sunday (its length not said)
    text = "Підсумки тижня, 10–16 листопада\n\nОВА підбила підсумки тижня.\nУ вихідні поранені п'ятеро цивільних."
    assert described(text, "2025-11-18") == {"ukraine civilians wounded 5 exact period ua_officials 2025-11-16"}


# (pinned then as strict xfail: a newsroom's own count of soldiers who died, no side word, took the language's
# default; read since round 35b as the side the text is written from, slavic/newsroom_count.py)
@pytest.mark.parametrize("text", [
    "За оцінкою редакції, від початку вторгнення загинули щонайменше 230 військових з області.",
    "Наші журналісти нарахували 145 загиблих військових з громади.",
])
def test_a_newsrooms_count_of_its_own_places_soldiers(text: str) -> None:
    assert {line.split()[0] for line in described(text, "2025-03-05")} == {"ukraine"}
