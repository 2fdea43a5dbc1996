"""The per-number shortcuts of issue 17 answer what the plain code they replace answers."""

from __future__ import annotations

import re

from lossledger.extract import numbers
from lossledger.languages.grammar import load_patterns
from lossledger.profiles import load_profile

NUMBERS = load_patterns("en").rules(numbers.NumberRules)


def test_key_of_is_the_first_table_naming_the_group() -> None:
    prof = load_profile(None)
    tables = (prof.category_of, prof._claimant_of, prof._side_adj_of, prof._side_name_of, prof._side_forces_of,
              prof._outcome_people_of, prof._outcome_equipment_of, prof._qualifier_of, prof._period_of)
    groups = {group for table in tables for group in table}
    assert groups
    for group in groups:
        match = re.match(f"(?P<{group}>x)", "x")
        assert match is not None
        assert prof.key_of(match) == next(table[group] for table in tables if group in table)


def test_scale_words_are_peeled_only_where_an_atom_ends_with_one() -> None:
    assert numbers._atom_value(NUMBERS, "two hundred thousand") == (200000.0, True, "thousand")
    assert numbers._atom_value(NUMBERS, "1.22 million") == (1220000.0, False, "million")
    assert numbers._atom_value(NUMBERS, "40k") == (40000.0, False, "k")
    assert numbers._atom_value(NUMBERS, "85") == (85.0, False, None)
    assert numbers._atom_value(NUMBERS, "thirty-four") == (34.0, True, None)


def test_numbers_inside_a_delta_are_not_counts_of_their_own() -> None:
    grammar = load_patterns("en")
    found = numbers.find_numbers("tanks - 2,819 (+1 200), artillery 5 000 (+7) and 40 drones", grammar=grammar)
    assert [(n.value, n.delta) for n in found] == [(2819.0, False), (1200.0, True), (5000.0, False), (7.0, True),
                                                   (40.0, False)]


def test_a_date_s_role_is_read_from_its_own_sentence_each_time_asked() -> None:
    import dataclasses
    import datetime as dt

    from lossledger.extract.date_mentions import DateMention
    from lossledger.extract.document import Reader
    from lossledger.extract.span_context import date_role

    text = "Russia lost 40 tanks. Since the spring it has lost 12 more in May."
    reader = Reader(text, None, load_profile(None), grammar=load_patterns("en"))
    first, second = reader.sentences
    may = text.index("May")
    d = DateMention(may, may + 3, "May", "month", dt.date(2023, 5, 31), dt.date(2023, 5, 1), "month")
    for _asked_again in range(2):
        assert date_role(reader, d, second) == "start"  # "Since ... May": the span's start
        # the same date read from a window that ends before "Since" (a sentence said to start later) is an as-of
        later = dataclasses.replace(second, start=text.index("it has"))
        assert date_role(reader, d, later) == "as_of"


def test_an_atoms_spaces_and_separators_read_as_the_plain_code_reads_them() -> None:
    # runs of any Unicode space are one space (str.split's whitespace is re's \s); digits alone skip the separators
    assert numbers._atom_value(NUMBERS, " two \u00a0\u2009hundred\tthousand ") == (200000.0, True, "thousand")
    assert numbers._atom_value(NUMBERS, "17.700.000") == (17700000.0, False, None)
    assert numbers._atom_value(NUMBERS, "1\u202f417 770") == (1417770.0, False, None)
    assert numbers._atom_value(NUMBERS, "1.5") == (1.5, False, None)
    assert numbers._atom_value(NUMBERS, "\u0661\u0662") == (12.0, False, None)  # decimal digits of another script
