"""Precision probes, round p1 (see unseen_articles_p1.py): articles dense in numbers that are not loss claims (aid
pledged and delivered, refugees, prisoners exchanged, conscription targets, payouts, ages, scores, roads, brigades,
capacity, stock) yield exactly the few real claims among them. Each fix the round needed is pinned below by sentences
of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lossledger import extract_claims
from lossledger.model import Claim

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_articles import differences  # noqa: E402
from unseen_articles import Article  # noqa: E402
from unseen_articles_p1 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    "aid_conference_pledges": [
        "missed: ukraine armoured_vehicles losses 47 - exact cumulative * * 2025-01-10 oryx false",
        "extra: russia armoured_vehicles losses 47 ('Oryx, the open-source site, has recorded 47 of the 300 Bradley "
        "fighting vehicles sent by Washington as destroyed or captured.')",
    ],
    "compensation_explainer": [
        "extra: ukraine personnel killed 3000000 ('The family of a Ukrainian soldier killed in action is entitled to a "
        "payment of 15 million hryvnias, about $360,000: 3 million at once and the rest in 40 monthly instalments, "
        "under rules in force since 2024.')",
    ],
    "front_line_by_the_numbers": ["1629: measure=cumulative (want period), period_days=- (want 1)"],
}


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_unseen_article(article: Article) -> None:
    assert differences(article) == KNOWN_SHORTFALLS.get(article.name, [])


def _claims(text: str, published: str = "2025-02-03") -> dict[float, Claim]:
    return {c.value: c for c in extract_claims(text, published=published)}
