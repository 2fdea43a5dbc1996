"""Round 55 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r55.py); the fixes of their
shortfalls, each pinned by sentences of other wordings than the articles', are in test_round55_constructions.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r55 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "quoted a brigade commander as saying his unit had lost 47 soldiers killed in June": no word of the sentence says
    # whose unit; only the next sentence's "Ukraine's worst month" (a headline the letter quotes) does, and no rule
    # takes a side from a quoted headline after the figure (the Russian soldiers of the letter above win instead)
    "letters_to_the_editor_disputing_figures": [
        "missed: ukraine personnel killed 47 - exact period * * 2025-06-30|2025-06-01 ua_officials false",
        "extra: russia personnel killed 47 (\"Your correspondent's story of 2 July quoted a brigade commander as "
        "saying his unit had lost 47 soldiers killed in June.\")",
    ],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)
