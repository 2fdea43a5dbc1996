"""Round 57 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r57.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r57 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "according to the Ministry of Defence" with no nation, where the page names both belligerents before it and its
    # one source before is in a bracket ("(General Staff, 20 April)"), which speaks for its own figure only and is not
    # remembered as the source in view: no one nation's ministry is read ("the same source says" then points at none).
    # A page's own nation (a government's counter-disinformation centre) is world knowledge no rule reads
    "government_myths_and_facts_page": [
        "9: claimant=- (want ua_mod)",
        "260: claimant=- (want ua_mod)",
    ],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-07-14")
