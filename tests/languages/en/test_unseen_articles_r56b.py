"""Round 56b of whole articles in styles the earlier rounds do not hold (see unseen_articles_r56b.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r56b import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # ("analyst_newsletter_first_person_beside_officials": "Oryx lists 4,210 ...; my own tally from drone footage adds
    # perhaps 150 more" is read since round 57b, own_count_clause.py: the writer's own count after a semicolon)
    # "His memoir covers the forty days, from 9 January to 17 February 2023, that his company held a line ... / Of the
    # 120 men who went in with him, he writes, 31 were killed": the span is told in the sentence before as what the
    # memoir covers, and no rule carries a span told so to the next sentence's figures that have none of their own
    "book_review_of_a_soldiers_memoir_with_historical_tolls": [
        "31: measure=cumulative (want period), period_start=- (want 2023-01-09), as_of=2025-09-06 (want 2023-02-17)",
        "54: measure=cumulative (want period), period_start=- (want 2023-01-09), as_of=2025-09-06 (want 2023-02-17)",
    ],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)
