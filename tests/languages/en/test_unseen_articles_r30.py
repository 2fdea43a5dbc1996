"""Round 30 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r30.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r30 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-03-09")


# -- "footage published in February indicates ... lost 120 tanks ... that month": "that month" is the month named last,
# a period of that month's length ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "days", "as_of"), [
    ("Footage released in June shows the brigade lost 14 tanks near Kupiansk that month, its commander said.", 14, 30,
     "2024-06-30"),
    ("Data released in January showed that 11 civilians were killed in the city that month, the police said.", 11, 31,
     "2025-01-31"),
])
def test_that_month_is_the_month_named_last(text: str, value: float, days: int, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("period", days, as_of)
