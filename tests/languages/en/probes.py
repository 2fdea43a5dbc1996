"""What the English probe tests ask of a sentence: its claims by value, read as of a day each round of articles binds
once (`_claims = claims_reader("2025-06-02")`) and a test may still name (`_claims(text, "2024-11-20")`)."""

from __future__ import annotations

from collections.abc import Callable

from lossledger import extract_claims
from lossledger.model import Claim

ClaimsByValue = Callable[..., dict[float, Claim]]


def claims_by_value(text: str, published: str) -> dict[float, Claim]:
    return {c.value: c for c in extract_claims(text, published=published)}


def claims_reader(default_published: str) -> ClaimsByValue:
    def claims(text: str, published: str = default_published) -> dict[float, Claim]:
        return claims_by_value(text, published)
    return claims
