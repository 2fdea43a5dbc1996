"""Russian whole texts, round 39u: structure twins (written for these tests). Each keeps the constructions of a kind of
passage the extractor was tuned on (how the source is named, how the span and the date are said, the lists, the hedges
and the decoys) in wording, names, numbers, places and dates of its own: an outlet's list of soldiers named after one
strike, a channel's list in brackets, ages and a unit as decoys; a prisoner exchange under an agency's dateline (each
side's count, the sum, the running total of the released: no claim); the UN refugee agency's projection with the
displaced, the people who cannot leave and money asked (no claim); the Ukrainian Air Force on a night's missiles
launched with the number shot down withheld (no claim). Each case lists every claim the spec asks of the text, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before
the extractor was run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # an outlet's named list after one strike (the source a generic noun after its name), a channel's list in
    # brackets; "вероятно" on the list's completeness is no hedge on the figure; ages and a brigade are no count
    pytest.param(
     "«Новая газета Европа» опубликовала список российских военнослужащих, которые погибли 3 ноября при ударе "
     "ракетами HIMARS по месту построения на полигоне в оккупированной части Запорожской области.\n"
     "Опираясь на сообщения родственников и некрологи в соцсетях, журналисты установили имена 27 военных, убитых на "
     "полигоне. Редакция подчеркивает, что список, вероятно, неполон. Он почти полностью совпадает с перечнем, "
     "который составляет телеграм-канал «Астра» (там приведено 23 имени).\n"
     "Большинство погибших служили в 36-й мотострелковой бригаде и были родом из Бурятии. Младшему из них "
     "исполнилось 20 лет, старшему — 51 год, уточняет издание.\n"
     "По словам близких, многих мобилизовали осенью 2022 года. Около полутора месяцев они проходили обучение в "
     "Забайкалье, а в конце октября их перебросили на передовую.",
     "2023-11-20",
     {"russia personnel killed 27 exact period other 2023-11-20",
      "russia personnel killed 23 exact period other 2023-11-20"},
     id="t0"),
    # a prisoner exchange: a headline's running total with the source after it, each side's count, the sum: no claim
    pytest.param(
     "Всего домой вернулись 2 796 человек, сообщили в МИД Катара\n\n"
     "ДОХА, 3 октября. /ТАСС/. При посредничестве Катара Россия и Украина провели очередной обмен пленными, сообщило "
     "министерство иностранных дел эмирата. По данным ведомства, всего с его помощью на родину вернулись 2 796 "
     "военнопленных.\n\n"
     "«Государство Катар приветствует успешное завершение обмена, в ходе которого стороны передали друг другу по 115 "
     "пленных, то есть в общей сложности 230 человек. Таким образом, при содействии Катара освобождены уже 2 796 "
     "военнопленных», — говорится в заявлении на сайте катарского МИД.\n\n"
     "В министерстве поблагодарили Москву и Киев за сотрудничество и заверили, что Доха продолжит содействовать "
     "урегулированию кризиса и смягчению его гуманитарных последствий.",
     "2024-10-03",
     set(),
     id="t1"),
    # refugees projected, the displaced, people who cannot leave, money asked: no claim
    pytest.param(
     "УВКБ ООН: к осени из Украины могут уехать свыше 6 млн человек\n\n"
     "Женева. 18 мая. INTERFAX.RU - К сентябрю число покинувших Украину может вырасти до 6,1 млн, следует из "
     "доклада Управления ООН по делам беженцев.\n\n"
     "\"По нашим оценкам, большинство из них останутся в странах Евросоюза, прежде всего в Польше, Германии и "
     "Чехии. Часть беженцев направляется также в Молдавию и Румынию\", - говорится в документе.\n\n"
     "Как уточняет агентство, за время боевых действий свои дома оставили порядка 14 млн жителей Украины: свыше "
     "6 млн выехали за границу, еще около 8 млн перемещены внутри страны.\n\n"
     "По мнению авторов доклада, еще примерно 11 млн человек не имеют возможности выбраться из зон боев.\n\n"
     "Помимо этого, на помощь беженцам ООН и ее партнеры намерены привлечь около $2,2 млрд.",
     "2022-05-18",
     set(),
     id="t2"),
    # missiles launched (a word count, a figure in the air, an earlier strike), the number shot down withheld
    pytest.param(
     "В ночь на 11 апреля российские войска выпустили по Украине около шестидесяти ракет — больше, чем во время "
     "удара 28 марта, когда было запущено 52 ракеты, сообщил представитель Воздушных сил ВСУ Игорь Довгань.\n"
     "«ПВО работает, сбития есть. Уже зафиксирован пуск 47 ракет, еще порядка 12 находятся в воздухе», — сказал "
     "он в эфире телемарафона.\n"
     "Сколько именно ракет удалось перехватить, Довгань говорить не стал, сославшись на то, что данные уточняются.\n"
     "По его словам, основную часть ракет выпустили стратегические бомбардировщики Ту-95МС из района Волгограда, "
     "остальные — корабли Черноморского флота.",
     "2023-04-11",
     set(),
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
