"""The claims of a text as dicts with the rule that made each, the form the Ukrainian and Russian extraction tests
read them in (read as of 10 March 2024 unless a test names its day)."""

from __future__ import annotations

from lossledger.extract import extract_claims


def claims(text: str, published: str | None = "2024-03-10", **options: object) -> list[dict[str, object]]:
    return [c.to_dict() | {"rule": c.rule} for c in extract_claims(text, published=published, **options)]


def one(text: str, published: str | None = "2024-03-10", **options: object) -> dict[str, object]:
    found = claims(text, published, **options)
    assert len(found) == 1, found
    return found[0]


def by_value(found: list[dict[str, object]]) -> dict[float, dict[str, object]]:
    return {float(c["value"]): c for c in found}  # type: ignore[arg-type]
