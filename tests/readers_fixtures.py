"""Builders for reader test inputs: news pages, WARC archives, feeds and JSON Lines written by the tests.

All article text here is written for the tests; the figures are the Ukrainian General Staff's real
running totals (2022-11-13: 80,860 personnel, 2,840 tanks, 5,742 armoured vehicles, 1,837 artillery
systems), so an extractor has something real to read.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: The article body, one paragraph per item. Loss sentences the extractor should find in both the
#: page and the plain text.
ARTICLE_PARAGRAPHS: tuple[str, ...] = (
    "Ukraine's General Staff said on Sunday that Russia had lost 2,840 tanks as of November 13, 2022, "
    "after its forces pushed out of Kherson earlier in the week.",
    "According to the General Staff, Russian forces have also lost about 80,860 troops, 5,742 armoured "
    "combat vehicles and 1,837 artillery systems since the invasion began on February 24.",
    "The military said its air defence units shot down 12 Russian drones overnight over the southern "
    "regions. The figures could not be independently verified.",
    "Officials in Kyiv said repair crews were working to restore power to the city of Kherson, where "
    "residents queued for water and bread in the central square.",
)

ARTICLE_TITLE = "Russia has lost 2,840 tanks, Ukraine's General Staff says"


def article_plain_text(paragraphs: Sequence[str] = ARTICLE_PARAGRAPHS) -> str:
    """The article as a plain-text file would hold it: paragraphs separated by blank lines."""
    return "\n\n".join(paragraphs) + "\n"


def article_html(
    *,
    paragraphs: Sequence[str] = ARTICLE_PARAGRAPHS,
    title: str = ARTICLE_TITLE,
    published: str | None = "2022-11-13T09:30:00+02:00",
    modified: str | None = "2022-11-20T18:00:00+02:00",
    canonical: str | None = "https://news.example.org/world/russia-tanks-losses",
    with_clutter: bool = True,
    body_html: str | None = None,
    charset: str = "utf-8",
) -> str:
    """A news page as sites write them: menu, article, related links, reader comments, footer.

    The clutter holds numbers of its own ("500 soldiers", "100,000 tanks") that must not reach the
    document text.
    """
    meta = [f'<meta charset="{charset}">', f"<title>{title} | Example News</title>"]
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
        meta.append(f'<meta property="og:url" content="{canonical}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        meta.append(f'<meta property="article:modified_time" content="{modified}">')
    body = body_html if body_html is not None else "\n".join(f"<p>{p}</p>" for p in paragraphs)
    clutter_top = clutter_bottom = ""
    if with_clutter:
        clutter_top = (
            '<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
            '<li><a href="/ukraine">Ukraine war</a></li><li><a href="/sport">Sport</a></li></ul></nav>'
            '<div class="newsletter">Sign up for our daily briefing</div></header>'
        )
        clutter_bottom = (
            '<aside class="related"><h3>Related stories</h3><ul>'
            '<li><a href="/a">Ukraine says 500 Russian soldiers were killed in a single day</a></li>'
            '<li><a href="/b">READ MORE: 40 drones downed over Odesa</a></li></ul></aside>'
            '<section id="comments" class="comments"><h3>Comments (2)</h3>'
            '<div class="comment"><p class="author">reader42</p>'
            "<p>I bet Russia lost closer to 100,000 tanks, the numbers are fake.</p></div>"
            '<div class="comment"><p class="author">kyivfan</p><p>Slava Ukraini! 300 more tanks soon.</p>'
            "</div></section>"
            "<footer><p>Copyright 2022 Example News. All rights reserved.</p>"
            '<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>'
        )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head>{"".join(meta)}</head><body>{clutter_top}'
        f'<main><article class="story"><h1>{title}</h1>'
        f'<div class="byline">By Test Reporter</div>'
        f'<div class="story-body">{body}</div></article></main>{clutter_bottom}</body></html>'
    )


@dataclass
class WarcRecordSpec:
    """One record to write into a test WARC."""

    uri: str
    kind: str = "response"  # response, request, revisit, resource, metadata
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    warc_date: str = "2022-11-14T10:00:00Z"
    extra_headers: list[tuple[str, str]] = field(default_factory=list)


def write_warc(path: Path, records: Iterable[WarcRecordSpec], *, compress: bool = True) -> Path:
    """Write ``records`` with warcio (gzip per record when ``compress``)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        for spec in records:
            writer.write_record(_warc_record(writer, spec))
    return path


def _warc_record(writer: WARCWriter, spec: WarcRecordSpec) -> Any:
    warc_headers = {"WARC-Date": spec.warc_date}
    if spec.kind == "request":
        http = StatusAndHeaders(f"GET {spec.uri} HTTP/1.1", [("Host", "news.example.org")],
                                is_http_request=True)
        return writer.create_warc_record(spec.uri, "request", payload=io.BytesIO(b""), http_headers=http,
                                         warc_headers_dict=warc_headers)
    if spec.kind == "revisit":
        http = StatusAndHeaders("200 OK", [("Content-Type", spec.content_type)], protocol="HTTP/1.1")
        return writer.create_revisit_record(spec.uri, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                            refers_to_uri=spec.uri, refers_to_date=spec.warc_date,
                                            http_headers=http)
    if spec.kind in ("metadata", "resource", "warcinfo"):
        return writer.create_warc_record(spec.uri, spec.kind, payload=io.BytesIO(spec.body),
                                         warc_content_type=spec.content_type, warc_headers_dict=warc_headers)
    headers = [("Content-Type", spec.content_type), *spec.extra_headers]
    http = StatusAndHeaders(spec.status, headers, protocol="HTTP/1.1")
    return writer.create_warc_record(spec.uri, "response", payload=io.BytesIO(spec.body), http_headers=http,
                                     warc_headers_dict=warc_headers)


def rss_feed(items: Sequence[dict[str, str]], *, title: str = "Example News: Ukraine") -> str:
    """An RSS 2.0 feed; each item may have title, link, guid, pubDate, description, content (HTML)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{title}</title><link>https://news.example.org/</link>"
        "<description>War news</description>",
    ]
    for item in items:
        parts.append("<item>")
        for tag in ("title", "link", "guid", "pubDate"):
            if tag in item:
                parts.append(f"<{tag}>{item[tag]}</{tag}>")
        if "description" in item:
            parts.append(f"<description><![CDATA[{item['description']}]]></description>")
        if "content" in item:
            parts.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


def atom_feed(entries: Sequence[dict[str, str]]) -> str:
    """An Atom feed; each entry may have title, id, link, published, updated, summary, content (HTML)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>'
        "<id>urn:example:feed</id><updated>2022-11-14T00:00:00Z</updated>",
    ]
    for entry in entries:
        parts.append("<entry>")
        for tag in ("title", "id", "published", "updated"):
            if tag in entry:
                parts.append(f"<{tag}>{entry[tag]}</{tag}>")
        if "link" in entry:
            parts.append(f'<link href="{entry["link"]}"/>')
        if "summary" in entry:
            parts.append(f'<summary type="text">{entry["summary"]}</summary>')
        if "content" in entry:
            parts.append(f'<content type="html"><![CDATA[{entry["content"]}]]></content>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(parts)


def write_jsonl(path: Path, records: Iterable[dict[str, Any] | str], *, compress: bool = False) -> Path:
    """One JSON object per line; a ``str`` record is written as the raw line (for broken lines)."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    return path
