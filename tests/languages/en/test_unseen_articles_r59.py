"""Round 59 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r59.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r59 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}  # (round 60b read "its daily figures add up to 61,870" and "their own
# series, which has run above 1,000 a day" as the series of the figure before: grammar figure_pointer)


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)
