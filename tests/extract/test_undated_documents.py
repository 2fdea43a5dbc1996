"""Dating documents that come without a publication date: their URL, war time, the series they quote.

Every sentence here is written for the tests (none is taken from the shared sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims
from lossledger.extract.dates import UrlDate, bounded_estimate, date_from_url, infer_publication_date
from lossledger.extract.war_time import find_war_time
from lossledger.languages.grammar import load_patterns
from lossledger.series import general_staff_snapshot

EN = load_patterns("en")

WAR_START = dt.date(2022, 2, 24)
TODAY = dt.date(2026, 12, 1)
SNAPSHOT = general_staff_snapshot()


def url_date(url: str) -> UrlDate | None:
    return date_from_url(url, war_start=WAR_START, today=TODAY)


# -- the URL -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "day"), [
    ("https://example.org/world/2023/11/04/drone-strike-toll/", dt.date(2023, 11, 4)),
    ("https://news.example.com/2024/6/5/81234/", dt.date(2024, 6, 5)),
    ("https://example.net/politics/20240917/shelling-report.html", dt.date(2024, 9, 17)),
    ("https://example.ru/article/03-02-2025/98765_obstrel.html", dt.date(2025, 2, 3)),
    # a Unix time as the article's id, in the path or in the query
    ("https://example.ua/news/frontline-update-1700000000.html", dt.date(2023, 11, 14)),
    ("https://example.ua/read?id=1650000000&amp=1", dt.date(2022, 4, 15)),
    # ids that start with a Unix time in hex: PHP's uniqid(), MongoDB's ObjectId
    ("https://example.info/politics/64b0c0de12ab3/", dt.date(2023, 7, 14)),
    ("https://example.org/story/6400a1b2c3d4e5f607182930", dt.date(2023, 3, 2)),
])
def test_a_date_in_the_url_fixes_the_day(url: str, day: dt.date) -> None:
    found = url_date(url)
    assert found is not None and found.exact and found.low == day


def test_a_month_in_the_url_only_bounds_the_date() -> None:
    found = url_date("https://example.org/2024/02/ukraine-losses-rise.html")
    assert found is not None and not found.exact
    assert (found.low, found.high) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


@pytest.mark.parametrize("url", [
    "https://example.org/news/8801234/",  # an article number
    "https://www.example2024.com/world/ukraine-live/",  # digits in the host are no date
    "https://example.org/p/1234567890123/",  # 13 digits: an id, not a Unix time
    "https://example.org/story/1000000000.html",  # a Unix time of 2001: an id, long before the war
    "https://example.org/article/281cd6891cd3/amp",  # 12 hex digits: no known id with a time
    "https://example.org/p/3b9aca00ffabc/",  # a hex time of 2001: an id, long before the war
    "https://example.org/p/0123456789abcdef0123456789abcdef/",  # a UUID's hex: no time
    "https://example.org/",
    "",
    None,
])
def test_a_url_without_a_date(url: str | None) -> None:
    assert url_date(url or "") is None if url is not None else date_from_url(None, war_start=WAR_START) is None


def test_a_url_date_after_today_is_no_date() -> None:
    assert date_from_url("https://example.org/2031/05/06/plan/", war_start=WAR_START, today=TODAY) is None


def test_the_month_holds_the_text_estimate() -> None:
    month = UrlDate(dt.date(2024, 9, 1), dt.date(2024, 9, 30), "url_month:2024/09")
    assert bounded_estimate(dt.date(2024, 9, 12), "explicit", month)[0] == dt.date(2024, 9, 12)
    # the text's latest event is before the month: the document is some day of it
    assert bounded_estimate(dt.date(2024, 7, 2), "explicit", month)[0] == dt.date(2024, 9, 15)
    assert bounded_estimate(None, "none", month)[0] == dt.date(2024, 9, 15)
    assert bounded_estimate(dt.date(2024, 10, 3), "explicit", month)[0] == dt.date(2024, 9, 30)
    assert bounded_estimate(dt.date(2024, 7, 2), "explicit", None) == (dt.date(2024, 7, 2), "explicit")


def test_extract_claims_dates_an_undated_text_from_its_url() -> None:
    text = "A missile strike on the city killed 7 civilians and wounded 19 more, the regional governor said."
    claims = extract_claims(text, url="https://example.org/europe/2024/03/14/city-strike/")
    assert claims and {(c.as_of, c.as_of_basis) for c in claims} == {(dt.date(2024, 3, 14), "url")}
    # a given date wins over the URL
    given = extract_claims(text, published="2024-03-15", url="https://example.org/europe/2024/03/14/city-strike/")
    assert {c.as_of for c in given} == {dt.date(2024, 3, 15)}
    assert all(c.as_of is None for c in extract_claims(text))


def test_a_cyrillic_text_is_dated_from_its_url() -> None:
    text = "Внаслідок обстрілу міста загинули 4 людини, ще 11 поранені, повідомив голова ОВА."
    claims = extract_claims(text, url="https://example.ua/news/2023/08/21/obstril/")
    assert claims and {(c.as_of, c.as_of_basis) for c in claims} == {(dt.date(2023, 8, 21), "url")}
    text_ru = "В результате обстрела погибли 3 мирных жителя, еще 8 ранены, сообщил губернатор."
    claims = extract_claims(text_ru, url="https://example.ru/news/1700000000/")
    assert claims and {c.as_of for c in claims} == {dt.date(2023, 11, 14)}


def test_a_month_only_url_bounds_an_undated_text() -> None:
    text = "Shelling killed 5 civilians and wounded 12 in the region, the governor said on Telegram."
    claims = extract_claims(text, url="https://example.org/2023/05/shelling-in-the-region.html")
    assert claims and {c.as_of for c in claims} == {dt.date(2023, 5, 16)}
    assert {c.as_of_basis for c in claims} == {"inferred"}


# -- war time ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("As the invasion enters its ninth week, officials count the dead.", dt.date(2022, 4, 21), dt.date(2022, 4, 27)),
    ("The war, now in its fourth month, has ground on in the east.", dt.date(2022, 5, 24), dt.date(2022, 6, 23)),
    ("On what Kyiv calls its 300th day of the war, the fighting went on.", None, None),
])
def test_the_war_in_its_nth_week_or_month(text: str, low: dt.date | None, high: dt.date | None) -> None:
    found = find_war_time(text, war_start=WAR_START, grammar=EN)
    if low is None:
        assert all(w.low == w.high for w in found)  # "its 300th day" is a day count, read elsewhere or not at all
        return
    assert len(found) == 1
    war = found[0]
    assert (war.low, war.high) == (low, high) and low < war.date < high


def test_the_second_day_of_talks_is_no_war_time() -> None:
    assert find_war_time("On the second day of talks, the war was not mentioned.", war_start=WAR_START,
        grammar=EN) == []


def _total_on(day: dt.date) -> int:
    return int(dict(SNAPSHOT.points["personnel"])[day])


def test_the_current_total_dates_the_text_not_one_it_recounts() -> None:
    then, now = dt.date(2023, 6, 1), dt.date(2023, 6, 20)
    text = (f"The General Staff put Russia's losses at {_total_on(now):,} on its latest count. The toll had been "
            f"{_total_on(then):,} on June 1, a photo caption from March 3, 2023 says.")
    date, why = infer_publication_date(text, war_start=WAR_START, series=SNAPSHOT,
                                       figures=[("personnel", _total_on(now)), ("personnel",
                                       _total_on(then))], grammar=EN)
    assert date == now and why.startswith("series:")


def test_a_war_span_overrules_the_first_day_of_a_round_total() -> None:
    # 150,000 was passed in early 2023; "its third year" began on 2024-02-24
    text = "Kyiv claimed 150,000 Russian soldiers had died in the war, now in its third year."
    date, why = infer_publication_date(text, war_start=WAR_START,
                                       series=SNAPSHOT, figures=[("personnel", 150000)], grammar=EN)
    assert date is not None and date >= dt.date(2024, 2, 24) and why.startswith("war_day:")
    # a stated day is not overruled by a rough duration
    text = "On Friday (March 10) the ministry spoke. Nearly 14 months into the war, the toll is 150,000."
    date, _why = infer_publication_date(text, war_start=WAR_START,
                                        series=SNAPSHOT, figures=[("personnel", 150000)], grammar=EN)
    assert date == dt.date(2023, 3, 10)


def _first_day_at_least(value: int) -> dt.date:
    return next(day for day, total in SNAPSHOT.points["personnel"] if total >= value)


def test_a_yearless_date_takes_its_year_from_a_round_total() -> None:
    # 40,000 is below the totals that date a text alone, but with a day and month it gives the year
    crossed = _first_day_at_least(40_000)
    day = crossed + dt.timedelta(days=5)
    text = (f"As of the {day.day}th {day:%B}, volunteers had confirmed 3,900 names. The General Staff puts "
            "Russia's losses at more than 40 thousand.")
    date, why = infer_publication_date(text, war_start=WAR_START,
                                       series=SNAPSHOT, figures=[("personnel", 40000)], grammar=EN)
    assert date == day and "series:personnel~40000" in why
    # without the day, the round total alone does not date the text
    assert infer_publication_date("The General Staff puts Russia's losses at more than 40 thousand.",
                                  war_start=WAR_START, series=SNAPSHOT, figures=[("personnel",
                                  40000)], grammar=EN)[0] is None


def test_a_weekday_follows_the_day_a_round_total_was_reached() -> None:
    crossed = _first_day_at_least(200_000)
    text = "Russia has now lost 200,000 soldiers, Ukraine's military said on Thursday."
    date, why = infer_publication_date(text, war_start=WAR_START,
                                       series=SNAPSHOT, figures=[("personnel", 200000)], grammar=EN)
    assert date is not None and date.weekday() == 3 and 0 <= (date - crossed).days < 7 and why == "weekday:Thursday"


def _grown_since(start: dt.date, value: int) -> dt.date:
    rows = SNAPSHOT.points["personnel"]
    base = [total for day, total in rows if day < start][-1]
    return next(day for day, total in rows if day >= start and total - base >= value)


def test_losses_counted_since_a_stated_day_date_the_text() -> None:
    # the day the General Staff's total grew by 100,000 after New Year 2024
    reached = _grown_since(dt.date(2024, 1, 1), 100_000)
    text = ("Ukraine's commander-in-chief said that since the start of 2024 the occupiers have lost 100,000 "
            "soldiers, more than in the whole of the first year.")
    claims = extract_claims(text)
    assert claims and {c.as_of for c in claims} == {reached}
    assert {c.as_of_basis for c in claims} == {"inferred"}


def test_a_span_of_this_year_is_read_once_the_year_is_known() -> None:
    # the second figure's year is known only from the first one's date
    first = _grown_since(dt.date(2024, 1, 1), 100_000)
    second = _grown_since(dt.date(2024, 1, 1), 120_000)
    text = ("Earlier, he wrote that since the beginning of 2024 Russia had lost 100,000 troops. Now he says "
            "that since the beginning of the year Russian forces have lost 120,000 troops.")
    claims = extract_claims(text)
    assert claims and {c.as_of for c in claims} == {second} and first < second


def test_a_count_since_a_later_day_is_no_running_total() -> None:
    # 80,000 was the General Staff's running total in November 2022; counted "since June 4" it is no total
    text = "Since June 4, Kyiv says, 80,000 Russian soldiers have been killed in the offensive."
    assert all(c.as_of is None for c in extract_claims(text))


# -- Ukrainian and Russian ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Станом на {day} {month_uk} загальні втрати ворога становлять понад 40 тисяч осіб, повідомив Генштаб ЗСУ.",
    "По состоянию на {day} {month_ru} потери противника превысили 40 тысяч человек, сообщил Генштаб ВСУ.",
], ids=["uk", "ru"])
def test_a_cyrillic_yearless_date_takes_its_year_from_a_round_total(text: str) -> None:
    crossed = _first_day_at_least(40_000)
    day = crossed + dt.timedelta(days=4)
    months_uk = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                 "жовтня", "листопада", "грудня"]
    months_ru = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
    claims = extract_claims(text.format(day=day.day, month_uk=months_uk[day.month - 1],
                                        month_ru=months_ru[day.month - 1]))
    assert claims and {c.as_of for c in claims} == {day}


def test_a_cyrillic_weekday_follows_the_day_a_round_total_was_reached() -> None:
    crossed = _first_day_at_least(200_000)
    claims = extract_claims("Генштаб ЗСУ у четвер повідомив, що росія втратила 200 тисяч військових.")
    assert len(claims) == 1
    as_of = claims[0].as_of
    assert as_of is not None and as_of.weekday() == 3 and 0 <= (as_of - crossed).days < 7


def test_cyrillic_losses_counted_since_a_stated_day_date_the_text() -> None:
    reached = _grown_since(dt.date(2024, 1, 1), 100_000)
    for text in ("Генштаб ЗСУ повідомив, що з початку 2024 року ворог втратив 100 тисяч військових.",
                 "Генштаб ВСУ сообщил, что с начала 2024 года противник потерял 100 тысяч военнослужащих."):
        claims = extract_claims(text)
        assert claims and {c.as_of for c in claims} == {reached}, text


def test_a_yearless_month_is_placed_in_the_war_year_the_text_is_in() -> None:
    text = ("The war, now in its second year, has cost Russia dearly. Kyiv said in June that 200,000 Russians "
            "had been killed; in March, London put the figure at half that.")
    date, why = infer_publication_date(text, war_start=WAR_START, grammar=EN)
    assert date == dt.date(2023, 6, 30) and why.startswith("month:June")
    # a rough duration is a day, not a span to place the month in
    date, _why = infer_publication_date("Some 14 months into the war, Kyiv said in June that losses rose.",
                                        war_start=WAR_START, grammar=EN)
    assert date == dt.date(2023, 4, 24)


def test_the_latest_month_named_with_its_year_dates_an_otherwise_undated_text() -> None:
    text = ("The institute counted 300,000 casualties between the invasion in February 2022 and October 2024, "
            "its report said, and another study in May 2023 had counted fewer.")
    assert infer_publication_date(text, war_start=WAR_START,
                                  grammar=EN) == (dt.date(2024, 10, 31), "month:October 2024")


# -- readers pass the URL on -------------------------------------------------------------------------------


def _claims_of(path: str) -> list:
    from lossledger.pipeline import Extracted, extract_paths

    found = [item for item in extract_paths([path]) if isinstance(item, Extracted)]
    return [claim for item in found for claim in item.claims]


def test_a_json_lines_url_dates_an_undated_record(tmp_path) -> None:
    import json

    record = {"id": "a1", "url": "https://example.org/world/20231104/strike.html",
              "text": "Shelling killed 6 civilians and wounded 14 in the city, the regional governor said."}
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    claims = _claims_of(str(path))
    assert claims and {(c.as_of, c.as_of_basis) for c in claims} == {(dt.date(2023, 11, 4), "url")}


@pytest.mark.parametrize("link", [
    '<meta property="og:url" content="https://example.org/news/strike-on-city-1700000000.html">',
    '<link rel="canonical" href="https://example.org/news/strike-on-city-1700000000.html">',
])
def test_an_html_page_url_dates_the_page(tmp_path, link: str) -> None:
    page = (f"<html><head><title>Strike</title>{link}</head><body><article><p>A missile strike on the city "
            "killed 7 civilians and wounded 19 more, the regional governor said on Telegram. Rescue work went "
            "on through the night and into the morning, officials added in a statement.</p></article></body>"
            "</html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    claims = _claims_of(str(path))
    assert claims and {c.as_of for c in claims} == {dt.date(2023, 11, 14)}


def test_explain_says_the_url_dated_the_claim() -> None:
    from lossledger.explain import explain_claim

    text = "Shelling killed 6 civilians and wounded 14 in the city, the regional governor said."
    claim = extract_claims(text, url="https://example.org/2023/11/04/city-shelling/")[0]
    as_of = next(e for e in explain_claim(claim, text).evidence if e.field == "as_of")
    assert as_of.value == "2023-11-04" and "URL" in as_of.how


@pytest.mark.parametrize("text", [
    "Russia has lost 300,000 troops since the invasion in February 2022, the institute estimated.",
    "The institute has counted 300,000 casualties from May 2023, it said in its new study.",
])
def test_a_month_that_starts_a_span_does_not_date_the_text(text: str) -> None:
    date, why = infer_publication_date(text, war_start=WAR_START, grammar=EN)
    assert not why.startswith("month:"), (date, why)


@pytest.mark.parametrize("text", [
    "КИЇВ, 14 серпня. Внаслідок обстрілу міста у четвер загинули 4 людини, ще 11 поранені, повідомив голова ОВА.",
    "МОСКВА, 14 августа. В результате обстрела в четверг погибли 3 мирных жителя, еще 8 ранены, сообщил губернатор.",
], ids=["uk", "ru"])
def test_a_cyrillic_yearless_dateline_takes_the_year_of_its_weekday(text: str) -> None:
    # 14 August fell on a Thursday in 2025 (and not in 2022-2024)
    claims = extract_claims(text)
    assert claims and {c.as_of for c in claims} == {dt.date(2025, 8, 14)}


def test_the_general_staff_totals_outrank_a_weekday_for_a_yearless_date() -> None:
    day = dt.date(2023, 6, 10)  # a Saturday; 10 June is a Wednesday in 2026
    totals = {category: int(dict(SNAPSHOT.points[category])[day]) for category in ("tanks", "artillery")}
    text = (f"Втрати ворога на 10 червня: у середу в Генштабі ЗСУ повідомили дані.\n"
            f"- танків - {totals['tanks']};\n- артилерійських систем - {totals['artillery']};\n")
    claims = extract_claims(text)
    assert claims and {c.as_of for c in claims} == {day}


def test_series_evidence_counts_each_figure_once_and_keeps_the_chosen_days_labels() -> None:
    import datetime as dt

    from lossledger.extract.dates import series_evidence
    from lossledger.series import ReferenceSeries

    series = ReferenceSeries(name="test", side="russia")
    day = dt.date(2024, 3, 1)
    for k in range(40):  # tanks stood at 500 for forty days; artillery reached 900 on two of them
        series.add("tanks", day + dt.timedelta(days=k), 500.0)
        series.add("artillery", day + dt.timedelta(days=k), 900.0 if k in (10, 11) else 850.0 + k)
    series.add("tanks", day + dt.timedelta(days=39), 500.0)  # (a day given twice counts once)
    series.finish()
    hit = series_evidence([("artillery", 900.0), ("tanks", 500.0), ("tanks", 500.0)], series, None)
    assert hit is not None
    assert (hit.date, hit.figures, hit.run_days, hit.approximate) == (
        day + dt.timedelta(days=11), ("artillery=900", "tanks=500", "tanks=500"), 2, False)
    # (only the tanks: every one of their days ties, the latest run wins, its spread the whole run)
    hit = series_evidence([("tanks", 500.0)], series, day + dt.timedelta(days=5))
    assert hit is not None and hit.date == day + dt.timedelta(days=39) and hit.run_days == 40
    assert series_evidence([("tanks", 501.0)], series, None) is None
