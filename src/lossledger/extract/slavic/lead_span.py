"""A lead's rounded figure whose span is said only in the report below it ("Понад 3 тисячі мирних жителів загинули
після початку вторгнення, свідчить звіт ООН. ... «У період від 24 лютого 2022 року до опівночі 24 квітня ... 3046
загиблих»"): the lead rounds the report's figure, so it stands over the report's span and at its date."""

from __future__ import annotations

from .mentions import DocText, Mention

#: how far a rounded figure ("понад 3 тисячі") may stand from the figure it rounds (3046), as a part of it
_ROUNDING = 0.1


def takes_the_reports_span(doc: DocText, m: Mention) -> None:
    """Give ``m``, a rounded running total of no date or start of its own in the text's first paragraphs, the start
    and the date of the first later figure of the same source, side and loss that it rounds and that has both."""
    if m.measure != "cumulative" or m.qualifier == "exact" or m.value_high is not None or m.claimant is None \
            or m.period_start_date is not None or m.as_of_date is not None or m.sentence.paragraph > 2:
        return
    for x in doc.mentions:
        if x.sentence.start <= m.sentence.start or x.measure != "cumulative" or x.value_high is not None \
                or x.period_start_date is None or x.as_of_date is None or x.claimant != m.claimant \
                or x.side != m.side or x.category != m.category or x.outcome != m.outcome:
            continue
        if _rounds(m, x):
            m.period_start_date, m.as_of_date = x.period_start_date, x.as_of_date
        return  # (the first such figure only: a later one is another count)


def _rounds(m: Mention, x: Mention) -> bool:
    """Whether ``m``'s value, as its qualifier says, rounds ``x``'s ("понад 3 тисячі": 3046; "близько 2 тисяч":
    1 980)."""
    if m.qualifier == "at_least":
        return m.value < x.value <= m.value * (1 + _ROUNDING)
    if m.qualifier == "at_most":
        return m.value * (1 - _ROUNDING) <= x.value < m.value
    return abs(x.value - m.value) <= m.value * _ROUNDING
