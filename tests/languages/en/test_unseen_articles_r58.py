"""Round 58 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r58.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r58 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "his old regiment had lost about 300 men": the blogger's own regiment, so his own side's loss; but the channel is
    # a source of no nation (`other`), and that its author is Russian is told only by the digest's heading and
    # standfirst ("Russia's war bloggers", "pro-war Russian Telegram channels"), which no rule carries to a possessive
    # pronoun two paragraphs on: the claimant's usual enemy (Ukraine) is read instead
    "war_bloggers_telegram_digest_in_english": [
        "missed: russia personnel losses 300 - approx period * * 2025-04-07|2025-04-12 other false",
        "missed: russia personnel killed 45 - exact period * * 2025-04-07|2025-04-12 other false",
        "extra: ukraine personnel losses 300 ('The channel, run by a former paratrooper, wrote on Monday that his old "
        "regiment had lost about 300 men killed and wounded near Toretsk from the first week of March.')",
        "extra: ukraine personnel killed 45 ('In a later post he said 45 of them were dead and blamed \"paper "
        "generals\" for frontal assaults.')",
    ],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)

