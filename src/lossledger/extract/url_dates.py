"""What a document's URL says of its date: a day or a month in its path or query ("/2024/06/25/", "/20250725/",
a Unix time in an id), and a text's own estimate held within the month the URL names.

Apart from ``dates`` because it reads the URL, a string beside the text, with htmldate's URL reader; ``dates``
re-exports it for ``extract`` and ``document_facts``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from htmldate.extractors import custom_parse, extract_url_date
from htmldate.utils import Extractor

from .date_mentions import month_span

__all__ = ["URL_EARLIEST_YEAR", "UNIX_TIME_REACH", "UrlDate", "bounded_estimate", "date_from_url"]


#: The earliest year a date in a URL may name (htmldate's own floor is 1995).
URL_EARLIEST_YEAR = 1995
#: How long before the war a Unix time in a URL may be: a 10-digit number further back is an id.
UNIX_TIME_REACH = dt.timedelta(days=3 * 366)
# A path segment that is a whole date without separators ("/20250725/") or day first ("/20-12-2023/"): read
# by htmldate's date parser, which validates it.
_URL_DATE_SEGMENT = re.compile(r"(?<![^/_-])(?:\d{8}|\d{1,2}[-._]\d{1,2}[-._]\d{4})(?![^/_.-])")
# "/2024/09/" with no day after it: the month only.
_URL_MONTH = re.compile(r"/(?P<year>(?:199\d|20[0-3]\d))/(?P<month>0?[1-9]|1[0-2])(?:/(?!\d{1,2}(?:/|$|[^\d]))|$)")
# A 10-digit Unix time as an id in the path or the query ("...-1718611288.html", "?t=1718611288").
_URL_UNIX_TIME = re.compile(r"(?<!\d)1\d{9}(?!\d)")
# An id whose first 8 hex digits are a Unix time: PHP's uniqid() (13 hex digits) and MongoDB's ObjectId (24),
# a whole path segment with letters and digits both.
_URL_HEX_TIME = re.compile(
    r"(?<=/)(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)([0-9a-f]{8})(?:[0-9a-f]{5}|[0-9a-f]{16})(?=/|$|\.)"
)


@dataclass(frozen=True, slots=True)
class UrlDate:
    """What a document's URL says of its date: a day (``low == high``) or a month (its first and last day)."""

    low: dt.date
    high: dt.date
    evidence: str

    @property
    def exact(self) -> bool:
        return self.low == self.high


def date_from_url(url: str | None, *, war_start: dt.date, today: dt.date | None = None) -> UrlDate | None:
    """The date a URL's path or query carries: "/2024/06/25/" (htmldate's URL reader), "/20250725/",
    "/20-12-2023/", a 10-digit Unix time ("...-1718611288.html"), an id that starts with one in hex (PHP's
    uniqid, MongoDB's ObjectId), or a month only ("/2024/09/"), which
    bounds the date without fixing it. The host is never read (its digits are no date); None when the URL
    says nothing. Nothing is fetched: the URL is only a string here."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    tail = parts.path + ("?" + parts.query if parts.query else "")
    if not tail.strip("/"):
        return None
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    earliest = datetime(URL_EARLIEST_YEAR, 1, 1)
    ceiling = datetime(latest.year, latest.month, latest.day)
    options = Extractor(False, ceiling, earliest, True, "%Y-%m-%d")
    # htmldate wants a non-digit before the year: the path starts with "/", so it has one
    found = extract_url_date(tail, options)
    if found:
        day = dt.date.fromisoformat(found)
        return UrlDate(day, day, f"url:{found}")
    for match in _URL_DATE_SEGMENT.finditer(parts.path):
        found = custom_parse(match.group(), "%Y-%m-%d", earliest, ceiling)
        if found:
            day = dt.date.fromisoformat(found)
            return UrlDate(day, day, f"url:{match.group()}")
    for match in _URL_UNIX_TIME.finditer(tail):
        moment = dt.datetime.fromtimestamp(int(match.group()), tz=dt.UTC).date()
        if war_start - UNIX_TIME_REACH <= moment <= latest:
            return UrlDate(moment, moment, f"url_unix_time:{match.group()}")
    for match in _URL_HEX_TIME.finditer(parts.path):
        moment = dt.datetime.fromtimestamp(int(match.group(1), 16), tz=dt.UTC).date()
        if war_start - UNIX_TIME_REACH <= moment <= latest:
            return UrlDate(moment, moment, f"url_hex_time:{match.group()}")
    if month := _URL_MONTH.search(parts.path):
        first, last = month_span(int(month["year"]), int(month["month"]))
        if first <= latest:
            return UrlDate(first, min(last, latest), f"url_month:{month['year']}/{month['month']}")
    return None


def bounded_estimate(
    estimate: dt.date | None, evidence: str, bounds: UrlDate | None
) -> tuple[dt.date | None, str]:
    """A text's date estimate held within the month its URL names. The estimate is the latest event the
    text reports, so the document is on or after it: an estimate before the month says nothing within it
    (the month's middle is then the least wrong day, as when the text has no estimate); one after the
    month is cut to its last day."""
    if bounds is None:
        return estimate, evidence
    if estimate is not None and bounds.low <= estimate <= bounds.high:
        return estimate, f"{evidence}+{bounds.evidence}"
    if estimate is not None and estimate > bounds.high:
        return bounds.high, f"{bounds.evidence}(last day; text:{evidence})"
    middle = bounds.low + (bounds.high - bounds.low) // 2
    return middle, f"{bounds.evidence}(middle)"
