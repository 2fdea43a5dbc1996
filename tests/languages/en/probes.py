"""What the English probe tests ask: each round's articles read whole against their expected claims
(`test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)`), and a sentence's claims by value, read as of a day
each round binds once (`_claims = claims_reader("2025-06-02")`) and a test may still name (`_claims(text,
"2024-11-20")`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from unseen_articles import Article

from lossledger import extract_claims
from lossledger.model import Claim

ClaimsByValue = Callable[..., dict[float, Claim]]


def claims_by_value(text: str, published: str) -> dict[float, Claim]:
    return {c.value: c for c in extract_claims(text, published=published)}


def claims_reader(default_published: str) -> ClaimsByValue:
    def claims(text: str, published: str = default_published) -> dict[float, Claim]:
        return claims_by_value(text, published)
    return claims


def article_test(articles: list[Article], shortfalls: dict[str, list[str]]) -> Callable[[Article], None]:
    """The test of a round: each article read whole gives its expected claims, but for the shortfalls it pins (a fix,
    or a new mistake, shows as a difference)."""
    @pytest.mark.parametrize("article", articles, ids=[a.name for a in articles])
    def test_unseen_article(article: Article) -> None:
        from test_unseen_articles import differences  # (that module reads its sentences through this one)

        assert differences(article) == shortfalls.get(article.name, [])
    return test_unseen_article
