"""The claims extracted from a page equal the claims from its plain text.

The page carries a menu, related links, reader comments and a footer with numbers of their own ("500
Russian soldiers", "100,000 tanks"); if the reader let any of them into the document, the extractor would
find claims in the page that the plain text does not have.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from lossledger import extract_claims
from lossledger.model import Claim, Document
from lossledger.readers import ReaderOptions, iter_documents
from readers_fixtures import (
    ARTICLE_PARAGRAPHS,
    WarcRecordSpec,
    article_html,
    article_plain_text,
    rss_feed,
    write_warc,
)

PUBLISHED = dt.date(2022, 11, 13)


def _claim_key(claim: Claim) -> tuple[Any, ...]:
    # Everything the spec says about a claim except where in the text it sits (offsets and the exact
    # quote span differ between "\n" and "\n\n" paragraph breaks) and which document it came from.
    return (claim.side, claim.category, claim.outcome, claim.value, claim.value_high, claim.qualifier,
            claim.measure, claim.period_days, claim.period_start, claim.as_of, claim.claimant, claim.hedged)


def _only_document(path: Path) -> Document:
    items = list(iter_documents([str(path)], options=ReaderOptions()))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def _claims(text: str) -> set[tuple[Any, ...]]:
    return {_claim_key(c) for c in extract_claims(text, published=PUBLISHED)}


def _assert_same_claims(document: Document) -> None:
    assert document.published == PUBLISHED
    from_page = _claims(document.text)
    from_plain = _claims(article_plain_text())
    assert from_page == from_plain
    if not from_plain:
        pytest.skip("the extractor finds no claims yet: the equality above holds trivially")
    # The article's own figures are there, the comment section's are not.
    assert any(key[1] == "tanks" and key[3] == 2840 for key in from_plain)
    assert not any(key[3] in (500, 100_000, 300) for key in from_page)


def test_html_page_gives_the_claims_of_its_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "tanks.html"
    path.write_text(article_html(title="Ukraine war update"), encoding="utf-8")
    document = _only_document(path)
    for clutter in ("500 Russian soldiers", "100,000 tanks", "300 more tanks"):
        assert clutter not in document.text
    _assert_same_claims(document)


def test_warc_page_gives_the_claims_of_its_plain_text(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", [
        WarcRecordSpec("https://news.example.org/world/tanks",
                       body=article_html(title="Ukraine war update").encode()),
    ])
    _assert_same_claims(_only_document(path))


def test_feed_entry_gives_the_claims_of_its_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(rss_feed([{"guid": "urn:1", "title": "Update", "pubDate": "Sun, 13 Nov 2022 09:30:00 GMT",
                               "content": "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)}]))
    _assert_same_claims(_only_document(path))
