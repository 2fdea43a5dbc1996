"""Russian whole texts, round 24 (written for these tests) in styles the first twenty-three rounds lack: a Russian
regional outlet on payments to the families of soldiers killed (counts of families and sums of money, which are no
loss, and one count of the dead told by the regional authorities), and a Ukrainian outlet in Russian retelling the Air
Force's night (drones and missiles launched and those that hit are no loss; drones downed or suppressed, and drones
lost from radar, under "по предварительным данным": hedged). Each case lists every claim the spec asks of the text,
written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of
[hedged]". This round's fix (ordnance cleared is no loss) and its pins are read in
tests/languages/uk/test_uk_unseen_round24.py, in both languages.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a regional outlet on payments: the families paid (for the dead and for wounds), the sums and the total spent
    # are no count; the soldiers from the republic killed since the start of the "special operation", by the
    # regional authorities (a Russian region's: ru_officials)
    (
     "В Башкирии выплаты получили 2 300 семей погибших участников СВО\n\nС начала специальной военной операции "
     "единовременные выплаты в размере 3 млн рублей получили 2 300 семей военнослужащих, погибших в зоне СВО, "
     "сообщили в министерстве семьи и труда республики. Еще 640 семей получили выплаты в связи с ранением.\n\nВсего на "
     "эти цели направлено 7,2 млрд рублей. По данным региональных властей, с начала СВО погибли 2 870 "
     "военнослужащих из республики.",
     "2025-12-04",
     {"russia personnel killed 2870 exact cumulative ru_officials 2025-12-04"}),
    # the Air Force's night retold: the drones and ballistic missiles launched, the hits and the places of falling
    # debris are no loss; those downed or suppressed are destroyed and those lost from radar are losses, both of
    # one night's attack (a period of no stated length) and hedged by "по предварительным данным"
    (
     "Ночная атака: Воздушные силы сообщили о 112 сбитых дронах\n\nВ ночь на 5 декабря россия атаковала Украину 138 "
     "ударными беспилотниками типа Shahed и дронами-имитаторами, а также четырьмя баллистическими ракетами "
     "Искандер-М, сообщили в Воздушных силах ВСУ. По предварительным данным, противовоздушная оборона сбила или "
     "подавила 112 беспилотников, еще 14 локационно потеряны.\n\nЗафиксировано попадание двух ракет и 12 ударных "
     "БпЛА на девяти локациях, а также падение обломков на трех локациях.",
     "2025-12-05",
     {"russia drones destroyed 112 exact period ua_officials 2025-12-05 hedged",
      "russia drones losses 14 exact period ua_officials 2025-12-05 hedged"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str | None, expected: set[str]) -> None:
    assert described(text, published) == expected
