"""Telegram Desktop channel exports (``result.json``): one document per message with text.

The exports here are written for the tests (messages of our own wording), in the layout Telegram
Desktop's "Export chat history" (JSON) writes.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lossledger.cli import cli
from lossledger.errors import InputError
from lossledger.model import Document
from lossledger.readers import ReaderOptions, ReadStats, iter_documents

UK_TEXT = (
    "Сили оборони протягом минулої доби відбили дванадцять атак на південному напрямку. "
    "За даними штабу, ворог втратив шість танків, чотири артилерійські системи та понад сто осіб "
    "особового складу. Уточнена інформація щодо втрат буде оприлюднена згодом у звичайному зведенні."
)
RU_TEXT_PARTS: list[Any] = [
    {"type": "bold", "text": "Сводка за прошедшие сутки."},
    " По сообщению пресс-службы, подразделения отразили несколько атак в районе водохранилища. ",
    {"type": "link", "text": "https://example.org/svodka"},
    " Противник потерял до двухсот человек, три танка и две гаубицы; данные уточняются и будут "
    "дополнены в вечернем выпуске новостей.",
    {"type": "hashtag", "text": "#сводка"},
]
EN_TEXT = "Russia lost 20 tanks in the past day, the General Staff said on Monday."


def message(number: int, text: Any, *, date: str = "2024-03-02T08:05:00", kind: str = "message",
            **extra: Any) -> dict[str, Any]:
    unix = int(dt.datetime.fromisoformat(date).replace(tzinfo=dt.UTC).timestamp())
    record = {"id": number, "type": kind, "date": date, "date_unixtime": str(unix), "text": text,
              "text_entities": []}
    record.update(extra)
    return record


def export(messages: list[Any], *, name: str = "Тестовий канал", chat_id: int = 1000000001,
           **header: Any) -> dict[str, Any]:
    return {"name": name, "type": "public_channel", "id": chat_id, **header, "messages": messages}


def standard_export() -> dict[str, Any]:
    return export([
        message(1, "", kind="service", actor="Тестовий канал", action="pin_message", message_id=2),
        message(2, UK_TEXT, date="2024-03-02T08:05:00"),
        message(3, "", photo="photos/photo_1@02-03-2024_10-00-00.jpg"),
        message(4, RU_TEXT_PARTS, date="2024-03-03T23:30:00"),
        message(5, [], text_entities=[{"type": "plain", "text": EN_TEXT}], date="2024-03-04T07:00:00"),
    ])


def write_export(path: Path, data: Any, *, compress: bool = False, indent: int | None = 1) -> Path:
    raw = json.dumps(data, ensure_ascii=False, indent=indent).encode("utf-8")
    path.write_bytes(gzip.compress(raw) if compress else raw)
    return path


def read(paths: list[Path | str], **options: Any) -> tuple[list[Document], list[InputError], ReadStats]:
    stats = ReadStats()
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in iter_documents([str(p) for p in paths], options=ReaderOptions(**options), stats=stats):
        (errors if isinstance(item, InputError) else docs).append(item)  # type: ignore[arg-type]
    return docs, errors, stats


def test_each_message_with_text_is_a_document(tmp_path: Path) -> None:
    path = write_export(tmp_path / "result.json", standard_export())
    docs, errors, stats = read([path])
    assert errors == []
    assert [d.id for d in docs] == ["1000000001/2", "1000000001/4", "1000000001/5"]
    assert docs[0].text == UK_TEXT
    # text parts (bold, links, hashtags) are joined as written
    assert docs[1].text.startswith("Сводка за прошедшие сутки. По сообщению")
    assert "https://example.org/svodka Противник" in docs[1].text and docs[1].text.endswith("#сводка")
    assert docs[2].text == EN_TEXT  # only text_entities: they stand in for the text
    assert [d.published for d in docs] == [dt.date(2024, 3, 2), dt.date(2024, 3, 3), dt.date(2024, 3, 4)]
    assert all(d.published_basis == "given" for d in docs)
    assert [d.language for d in docs] == ["uk", "ru", "en"]
    assert all(d.url is None for d in docs)  # the export does not name the channel
    assert docs[0].origin == f"{path}#message-2"
    # service messages and messages without text are counted and listed, not errors
    assert stats.skipped == {"service-message": 1, "empty-message": 1}
    assert stats.skipped_items == [(f"{path}#message-1", "service-message"), (f"{path}#message-3", "empty-message")]


@pytest.mark.parametrize("given", ["GenStaffTest", "@GenStaffTest", "https://t.me/GenStaffTest"])
def test_the_channel_option_names_ids_and_urls(tmp_path: Path, given: str) -> None:
    path = write_export(tmp_path / "result.json", standard_export())
    docs, _, _ = read([path], telegram_channel=given)
    assert [d.id for d in docs] == ["GenStaffTest/2", "GenStaffTest/4", "GenStaffTest/5"]
    assert docs[0].url == "https://t.me/GenStaffTest/2"


def test_a_username_in_the_export_names_the_channel(tmp_path: Path) -> None:
    path = write_export(tmp_path / "result.json", export([message(7, UK_TEXT)], username="kanal_test"))
    docs, _, _ = read([path])
    assert [(d.id, d.url) for d in docs] == [("kanal_test/7", "https://t.me/kanal_test/7")]


def test_a_bad_channel_name_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Telegram channel name"):
        ReaderOptions(telegram_channel="two words")


def test_date_falls_back_on_the_unix_time(tmp_path: Path) -> None:
    record = message(8, UK_TEXT)
    del record["date"]
    record["date_unixtime"] = "1709335800"  # 2024-03-01T23:30:00Z
    docs, errors, _ = read([write_export(tmp_path / "result.json", export([record]))])
    assert errors == [] and docs[0].published == dt.date(2024, 3, 1)


def test_recognised_by_content_under_any_name(tmp_path: Path) -> None:
    data = standard_export()
    as_jsonl = write_export(tmp_path / "channel.jsonl", data)  # pretty-printed, as Telegram writes it
    compact = write_export(tmp_path / "compact.jsonl", data, indent=None)
    gzipped = write_export(tmp_path / "result.json.gz", data, compress=True)
    for path in (as_jsonl, compact, gzipped):
        docs, errors, _ = read([path])
        assert errors == [], path
        assert [d.id for d in docs] == ["1000000001/2", "1000000001/4", "1000000001/5"], path


def test_read_from_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(json.dumps(standard_export(), ensure_ascii=False, indent=1).encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    docs, errors, stats = read(["-"])
    assert errors == [] and [d.id for d in docs] == ["1000000001/2", "1000000001/4", "1000000001/5"]
    assert stats.skipped == {"service-message": 1, "empty-message": 1}


def test_bad_messages_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    no_id = message(0, UK_TEXT.replace("дванадцять", "п'ять"))
    del no_id["id"]
    path = write_export(tmp_path / "result.json", export([
        no_id,
        message(10, UK_TEXT.replace("шість", "сім")) | {"date": "вчора"},
        message(11, {"bold": "не текст"}),
        "не повідомлення",
        message(12, UK_TEXT),
    ]))
    docs, errors, _ = read([path])
    assert [d.id for d in docs] == ["1000000001/12"]
    assert [(e.location, e.message) for e in errors] == [
        ("message 1", "message has no integer 'id'"),
        ("message 2 (id 10)", "field 'date' is not an ISO date and time: 'вчора'"),
        ("message 3 (id 11)", "field 'text' is neither a string nor a list of text parts"),
        ("message 4", "not a JSON object but str"),
    ]
    assert all(e.path == str(path) for e in errors)


def test_json_broken_midway_keeps_what_came_before(tmp_path: Path) -> None:
    raw = json.dumps(export([message(1, UK_TEXT), message(2, EN_TEXT)]), ensure_ascii=False, indent=1)
    cut = raw.index('"id": 2')
    path = tmp_path / "result.json"
    path.write_text(raw[:cut] + '"id": 2, "text": "обрив', encoding="utf-8")
    docs, errors, _ = read([path])
    assert [d.id for d in docs] == ["1000000001/1"]
    assert len(errors) == 1 and errors[0].location == "message 2"
    assert errors[0].message.startswith("not valid JSON")


@pytest.mark.parametrize(("data", "message_start"), [
    ([{"id": 1, "text": "список, не експорт"}], "not a Telegram Desktop export"),
    ({"name": "без повідомлень", "id": 5}, "not a Telegram Desktop export"),
    (export([]), "empty: a Telegram export with no messages"),
])
def test_a_json_file_that_is_not_an_export_is_one_error(tmp_path: Path, data: Any, message_start: str) -> None:
    docs, errors, _ = read([write_export(tmp_path / "result.json", data)])
    assert docs == [] and len(errors) == 1 and errors[0].message.startswith(message_start)


@pytest.mark.parametrize(("data", "location", "problem"), [
    (b"", None, "empty"),
    ('{"messages": [{"id": 1, "text": "Ворог '.encode() + b'\xff"}]}', "message 1",
     "not valid JSON: lexical error: invalid bytes in UTF8 string."),
    # a hostile nesting would make a path-building parser use memory quadratic in the depth
    (b'{"messages": [' + b"[" * 200_000, "message 1", "nested deeper than 64 levels, as no Telegram export is"),
    (b'{"about": ' + b"[" * 200_000, "key 'about'", "nested deeper than 64 levels, as no Telegram export is"),
])
def test_broken_files_are_one_clear_error(tmp_path: Path, data: bytes, location: str | None, problem: str) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(data)
    docs, errors, _ = read([path])
    assert docs == [] and [(e.location, e.message) for e in errors] == [(location, problem)]


def test_a_message_over_the_size_cap_is_an_error_and_the_next_is_read(tmp_path: Path) -> None:
    huge = "Ворог втратив танк. " * 20_000  # ~380 kB of text in one message
    path = write_export(tmp_path / "result.json", export([message(1, huge), message(2, UK_TEXT)]))
    docs, errors, _ = read([path], max_bytes=100_000)
    assert [d.id for d in docs] == ["1000000001/2"]
    assert len(errors) == 1 and errors[0].location == "message 1"
    assert "larger than the limit of 100,000 bytes" in errors[0].message


def test_cli_extracts_claims_from_an_export(tmp_path: Path) -> None:
    path = write_export(tmp_path / "result.json", standard_export())
    result = CliRunner().invoke(cli, ["extract", str(path), "--telegram-channel", "GenStaffTest"])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    english = [c for c in claims if c["doc"] == "GenStaffTest/5"]
    assert [(c["category"], c["value"], c["as_of"]) for c in english] == [("tanks", 20, "2024-03-04")]
    assert "skipped: empty-message 1, service-message 1" in result.stderr
