"""Round 14 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 13 do not hold.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
)
