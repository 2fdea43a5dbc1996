"""Russian whole texts, round 39 (written for these tests) in styles the first thirty-eight rounds lack: a regional
governor's phone-in ("прямая линия") retold as residents' questions and his answers in dashes (the civilians killed
and wounded since the year began with the children among the wounded; the shells fired "за неполные сутки", the
questions taken, the houses and the money are no count; "пострадавших нет" is no count), an outlet on an open letter of
mobilised soldiers' wives quoting the battalion's dead, wounded and missing "за период с 1 по 30 ноября" (the letter's
authors a source of no office; the men who left with the battalion, the signatures and the months asked for are no
count), the Kremlin spokesman's daily call with reporters (he names no figure; the Ukrainian General Staff's day he
calls absurd and the ministry's week and year in its own report), a State Duma plenary session's transcript
("Председательствующий.", a deputy citing the ministry since the operation began and in November, and his region's
operational staff since the year began; the bill's number and the votes are no count), a business daily's analysis of
payments to the families of the dead (the named count "на" a date, the ministry's last own figure on its day; the
money, the families paid and the regions are no count). Each case lists every claim the spec asks of the text, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before
the extractor was run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a governor's phone-in as questions and answers in dashes; "пострадавших нет", the shells, the questions, the
    # houses and the money are no count
    pytest.param(
     "Прямая линия губернатора: главное\n\n"
     "Во время прямой линии губернатор Курской области Александр Хвостов ответил на 46 вопросов жителей.\n\n"
     "— Сколько мирных жителей пострадало в области с начала года? — спросила жительница Рыльска.\n"
     "— С начала года погибли 64 мирных жителя, ранены 412, из них 29 детей, — ответил губернатор.\n\n"
     "— Что с обстрелами Глушкова?\n"
     "— За неполные сутки по поселку выпущено более 70 снарядов. Пострадавших нет, повреждены 12 домов и "
     "газопровод.\n\n"
     "— Сколько земляков погибли в зоне СВО?\n"
     "— Такие данные мы не публикуем.\n\n"
     "— Когда восстановят мост?\n"
     "— К весне, на это выделено 300 миллионов рублей.",
     "2026-12-07",
     {"russia civilians killed 64 exact period@2026-01-01 ru_officials 2026-12-07",
      "russia civilians wounded 412 exact period@2026-01-01 ru_officials 2026-12-07",
      "russia civilians wounded 29 exact period@2026-01-01 ru_officials 2026-12-07"},
     id="t0"),
    # an open letter of soldiers' wives: the battalion's month by its dates; the men who left, the signatures and the
    # months asked for are no count
    pytest.param(
     "Жёны мобилизованных из Пермского края опубликовали открытое письмо министру обороны\n\n"
     "По словам авторов письма, из 480 человек, ушедших с батальоном в сентябре 2025 года, за период с 1 по 30 "
     "ноября погибли 57, еще 130 ранены, 19 числятся пропавшими без вести. Под письмом подписались 212 женщин. "
     "Они просят ротации через шесть месяцев службы.",
     "2026-12-08",
     {"russia personnel killed 57 exact period/30@2026-11-01 other 2026-11-30",
      "russia personnel wounded 130 exact period/30@2026-11-01 other 2026-11-30",
      "russia personnel missing 19 exact period/30@2026-11-01 other 2026-11-30"},
     id="t1"),
    # the Kremlin spokesman names no figure; the Ukrainian General Staff's day he calls absurd (no hedge), the
    # ministry's week and year in its own report
    pytest.param(
     "Песков отказался называть потери российской армии\n\n"
     "На ежедневном созвоне с журналистами пресс-секретарь президента Дмитрий Песков заявил, что данные о потерях — "
     "прерогатива военного ведомства. Отвечая на вопрос о заявлении Киева, Песков назвал абсурдными данные "
     "украинского Генштаба о 1 150 погибших российских военных за сутки. Минобороны России в своей сводке "
     "сообщило, что за неделю ВСУ потеряли более 9 300 военнослужащих, а с начала года — свыше 470 тысяч.",
     "2026-12-08",
     {"russia personnel killed 1150 exact period/1 ua_general_staff 2026-12-08",
      "ukraine personnel losses 9300 at_least period/7 ru_mod 2026-12-08",
      "ukraine personnel losses 470000 at_least period@2026-01-01 ru_mod 2026-12-08"},
     id="t2"),
    # a Duma session's transcript: the ministry's figures in a deputy's speech, his region's staff since the year
    # began; the bill's number and the votes are no count
    pytest.param(
     "Стенограмма пленарного заседания Государственной Думы 8 декабря 2026 года (фрагмент)\n\n"
     "Председательствующий. Слово предоставляется депутату Колесову.\n\n"
     "Колесов С. П. Уважаемые коллеги! По данным Министерства обороны, с начала специальной военной операции "
     "противник потерял свыше 1,4 миллиона военнослужащих. Только за ноябрь ВСУ лишились 41 тысячи человек. А по "
     "данным регионального оперштаба, в моем округе с начала года от ударов беспилотников погибли 23 мирных "
     "жителя.\n\n"
     "Председательствующий. Спасибо. Ставлю на голосование законопроект № 1048573-8.\n\n"
     "Результаты голосования: за — 312 чел., против — 0 чел., воздержались — 4 чел.",
     "2026-12-08",
     {"ukraine personnel losses 1.4e+06 at_least cumulative ru_mod 2026-12-08",
      "ukraine personnel losses 41000 exact period/30@2026-11-01 ru_mod 2026-11-30",
      "russia civilians killed 23 exact period@2026-01-01 ru_officials 2026-12-08"},
     id="t3"),
    # a business daily's analysis of payments: the named count on a date, the ministry's last own figure on its day;
    # the money, the families paid and the regions are no count
    pytest.param(
     "Сколько регионы платят семьям погибших: анализ\n\n"
     "Совокупные выплаты семьям погибших участников СВО из региональных бюджетов за 2026 год превысили 210 млрд "
     "рублей, подсчитали аналитики издания. Выплаты получили около 38 тысяч семей в 84 регионах. По подсчетам "
     "«Медиазоны» и Русской службы Би-би-си, на 5 декабря установлены имена 152 300 погибших российских военных. "
     "Минобороны в последний раз называло свои потери 21 сентября 2022 года — 5 937 погибших. Средняя выплата "
     "семье составила 5,5 млн рублей.",
     "2026-12-08",
     {"russia personnel killed 152300 exact cumulative mediazona 2026-12-05",
      "russia personnel killed 5937 exact cumulative ru_mod 2022-09-21"},
     id="t4"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
