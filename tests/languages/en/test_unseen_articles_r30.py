"""Round 30 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r30.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r30 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "footage published in February indicates ... lost between 120 and 150 tanks ... that month": "that month" takes
    # its month's last day (as_of 2025-02-28) from the month named before it, but not that month's length
    "weekly_think_tank_assessment_likely_and_assessed": [
        "120: period_days=- (want 28|*)",
    ],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)
