"""Reading the known layouts of loss series (``FORMATS``) into points; column maps are data in
``data/reference_formats.toml``."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import math
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ReferenceFormatError

FORMATS: tuple[str, ...] = ("petroivaniuk", "lod_db", "russianwarship", "oryx", "mediazona", "csv")

#: Refuse reference files beyond this size: the largest real one is a few MB.
MAX_BYTES = 200 * 1024 * 1024


@lru_cache(maxsize=1)
def format_rules() -> dict[str, Any]:
    """The column maps of every format (``data/reference_formats.toml``)."""
    text = (resources.files("lossledger") / "data" / "reference_formats.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@dataclass
class ReferenceData:
    """Points and corrections read from one file. A point is (side, category, date, value)."""

    format: str
    source: str
    family: str
    bound: str
    points: dict[tuple[str, str, dt.date], float] = field(default_factory=dict)
    corrections: dict[tuple[str, str, dt.date], float] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    #: What the reader repaired or could not read, one line each naming the place ("line 10095: ...").
    warnings: list[str] = field(default_factory=list)
    #: The day's stated increase ("+N") where the format gives it (russianwarship's ``increase``).
    increases: dict[tuple[str, str, dt.date], float] = field(default_factory=dict)

    def add(self, side: str, category: str, date: dt.date, value: float, *, accumulate: bool = False) -> None:
        key = (side, category, date)
        self.points[key] = self.points.get(key, 0.0) + value if accumulate else value

    def skip(self, what: str) -> None:
        self.skipped[what] = self.skipped.get(what, 0) + 1


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReferenceFormatError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    if size == 0:
        raise ReferenceFormatError("file is empty", path=str(path))
    if size > MAX_BYTES:
        raise ReferenceFormatError(f"file is {size} bytes, more than the {MAX_BYTES} allowed", path=str(path))
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ReferenceFormatError("binary file, not JSON or CSV text", path=str(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReferenceFormatError(f"not UTF-8 text (byte {exc.start})", path=str(path)) from exc


#: Digits a count may have: more than a float holds exactly, and far more than any count of losses.
MAX_DIGITS = 15


class _OverlongNumber(str):
    """A JSON integer with more than ``MAX_DIGITS`` digits, kept as its text: the cell that holds it is
    named when it is read (Python would refuse to convert one of over 4,300 digits at all)."""


def _json_int(text: str) -> int | _OverlongNumber:
    return _OverlongNumber(text) if len(text.lstrip("-")) > MAX_DIGITS else int(text)


def _too_many_digits(text: str) -> int | None:
    """The number of digits before the decimal point of ``text`` when over ``MAX_DIGITS``, else None."""
    whole = text.strip().lstrip("+-").split(".")[0].replace(",", "")
    return len(whole) if len(whole) > MAX_DIGITS and whole.isdigit() else None


def _load_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise ReferenceFormatError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", path=str(path)
        ) from exc
    except RecursionError as exc:
        raise ReferenceFormatError("invalid JSON: nested too deeply to read", path=str(path)) from exc
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise ReferenceFormatError(f"invalid JSON: {str(exc)[:200]}", path=str(path)) from exc


def _csv_rows(path: Path, text: str, required: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    for name in required:
        if name not in header:
            raise ReferenceFormatError(
                f"CSV header has no column {name!r} (found {', '.join(header)})", path=str(path), field=name
            )
    for row in reader:
        if None in row:
            raise ReferenceFormatError(
                f"line {reader.line_num}: more cells than header columns", path=str(path), field=None
            )
        yield reader.line_num, row


def _date(value: Any, *, path: Path, field_name: str, where: str) -> dt.date:
    if not isinstance(value, str):
        raise ReferenceFormatError(
            f"{where}: expected an ISO date string, got {value!r}", path=str(path), field=field_name
        )
    try:
        date = dt.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise ReferenceFormatError(
            f"{where}: not an ISO date: {value[:40]!r}", path=str(path), field=field_name
        ) from exc
    return _validated_date(date, path=path, field_name=field_name, where=where)


def _number(value: Any, *, path: Path, field_name: str, where: str, signed: bool = False) -> float | None:
    """A number cell: None when empty/null; ReferenceFormatError when not a number, not finite, or
    negative (unless ``signed``: corrections may take a count back)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ReferenceFormatError(
            f"{where}: expected a number, got {value!r}", path=str(path), field=field_name
        )
    number: float | None = None
    digits = _too_many_digits(value) if isinstance(value, str) else None
    if digits is not None:
        raise ReferenceFormatError(f"{where}: number too large ({digits} digits; a count has at most {MAX_DIGITS})",
                                   path=str(path), field=field_name)
    if isinstance(value, int | float):
        with contextlib.suppress(OverflowError):  # an integer too large for a float
            number = float(value)
        if number is None:
            raise ReferenceFormatError(f"{where}: number too large", path=str(path), field=field_name)
    elif isinstance(value, str):
        with contextlib.suppress(ValueError):
            number = float(value.strip().replace(",", ""))
    if number is None:
        raise ReferenceFormatError(f"{where}: expected a number, got {str(value)[:40]!r}", path=str(path),
                                   field=field_name)
    return _validated_number(number, path=path, field_name=field_name, where=where, signed=signed)


# -- validation: every value and date of a reference file -------------------------------------------------


def _validated_number(value: float, *, path: Path, field_name: str, where: str, signed: bool) -> float:
    """``value`` if it can be a count of losses: finite and (unless ``signed``) not negative."""
    if not math.isfinite(value):
        raise ReferenceFormatError(f"{where}: not a finite number ({value})", path=str(path), field=field_name)
    if value < 0 and not signed:
        raise ReferenceFormatError(f"{where}: negative count ({value:g})", path=str(path), field=field_name)
    return value


def _validated_date(date: dt.date, *, path: Path, field_name: str, where: str) -> dt.date:
    """``date`` if it lies inside the war: not before its first day, not after today."""
    first = _war_start()
    today = dt.datetime.now(dt.UTC).date()
    if date < first or date > today:
        raise ReferenceFormatError(
            f"{where}: date {date.isoformat()} is outside the war ({first.isoformat()} to today, "
            f"{today.isoformat()})", path=str(path), field=field_name)
    return date


@lru_cache(maxsize=1)
def _war_start() -> dt.date:
    from ..profiles import load_profile

    return load_profile(None).war_start


def detect_format(path: str | os.PathLike[str], *, text: str | None = None) -> str:
    """Guess a file's format from its content (and, for CSV, its header)."""
    path = Path(path)
    text = _read_text(path) if text is None else text
    head = text.lstrip()[:1]
    if head in "[{":
        data = _load_json(path, text)
        if isinstance(data, dict) and "data" in data:
            return "russianwarship"
        records = data if isinstance(data, list) else []
        first = records[0] if records and isinstance(records[0], dict) else {}
        if "data" in first or "stats" in first:
            return "russianwarship"
        if "sourceUri" in first or "fixedWingAircraft" in first:
            return "lod_db"
        if "personnel*" in first or "tank" in first or "field artillery" in first or "day" in first:
            return "petroivaniuk"
        raise ReferenceFormatError(
            "JSON layout not recognised (no 'date'/'stats', 'sourceUri' or PetroIvaniuk keys); pass --format",
            path=str(path),
            field="date",
        )
    header = next(csv.reader(io.StringIO(text)), [])
    if "equipment_type" in header and "snapshot_date" in header:
        return "oryx"
    if "confirmed_total" in header:
        return "mediazona"
    if "field artillery" in header or "personnel*" in header:
        return "petroivaniuk"
    if {"date", "category", "value"} <= set(header):
        return "csv"
    raise ReferenceFormatError(
        f"CSV layout not recognised (header: {', '.join(header)}); pass --format",
        path=str(path),
        field="date",
    )


def read_reference(
    path: str | os.PathLike[str], *, format: str | None = None, source: str | None = None
) -> ReferenceData:
    """Read one reference file into points (and corrections). ``format`` None means detect."""
    path = Path(path)
    text = _read_text(path)
    fmt = format or detect_format(path, text=text)
    if fmt not in FORMATS:
        raise ReferenceFormatError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}", path=str(path))
    rules = format_rules()[fmt]
    data = ReferenceData(
        format=fmt,
        source=source or rules.get("source") or path.stem,
        family=rules.get("family") or "",
        bound=rules.get("bound", "official"),
    )
    reader = {
        "petroivaniuk": read_petroivaniuk,
        "lod_db": _read_lod_db,
        "russianwarship": _read_russianwarship,
        "oryx": _read_oryx,
        "mediazona": _read_mediazona,
        "csv": _read_plain_csv,
    }[fmt]
    reader(path, text, rules, data)
    if not data.points and not data.corrections:
        raise ReferenceFormatError(f"no data points in this {fmt} file", path=str(path), field="date")
    if not data.family:
        data.family = family_of(data.source)
    return data


def family_of(source: str) -> str:
    for family in ("general_staff", "oryx", "mediazona"):
        if source.startswith(family):
            return family
    return source


def _records(path: Path, data: Any, kind: str) -> list[dict[str, Any]]:
    if not isinstance(data, list):
        raise ReferenceFormatError(
            f"expected a JSON array of {kind} records, got {type(data).__name__}", path=str(path)
        )
    for i, record in enumerate(data):
        if not isinstance(record, dict):
            raise ReferenceFormatError(
                f"record {i}: expected an object, got {type(record).__name__}", path=str(path)
            )
    return data


def _read_columns(
    path: Path,
    record: dict[str, Any],
    columns: dict[str, str],
    data: ReferenceData,
    *,
    side: str,
    date: dt.date,
    where: str,
    corrections: bool = False,
) -> None:
    for column, category in columns.items():
        if column not in record:
            continue
        value = _number(record[column], path=path, field_name=column, where=where, signed=corrections)
        if value is None:
            continue
        if corrections:
            if value:
                data.corrections[(side, category, date)] = (
                    data.corrections.get((side, category, date), 0) + value
                )
        else:
            data.add(side, category, date, value)


def read_petroivaniuk(path: Path, text: str, rules: dict[str, Any], data: ReferenceData) -> None:
    side = rules["side"]
    columns: dict[str, str] = rules["columns"]
    is_correction = "correction" in path.name.lower()
    if text.lstrip()[:1] in "[{":
        records = _records(path, _load_json(path, text), "PetroIvaniuk")
        rows: Iterable[tuple[str, dict[str, Any]]] = ((f"record {i}", r) for i, r in enumerate(records))
    else:
        rows = ((f"line {n}", r) for n, r in _csv_rows(path, text, ["date"]))
    seen_value_column = False
    for where, record in rows:
        if "date" not in record:
            raise ReferenceFormatError(f"{where}: no 'date'", path=str(path), field="date")
        date = _date(record["date"], path=path, field_name="date", where=where)
        if any(c in record for c in columns):
            seen_value_column = True
        _read_columns(
            path, record, columns, data, side=side, date=date, where=where, corrections=is_correction
        )
    if not seen_value_column:
        raise ReferenceFormatError(
            "no known PetroIvaniuk column (personnel, tank, APC, ...)", path=str(path), field="personnel"
        )


def _read_lod_db(path: Path, text: str, rules: dict[str, Any], data: ReferenceData) -> None:
    records = _records(path, _load_json(path, text), "lod-db")
    for i, record in enumerate(records):
        where = f"record {i}"
        if "date" not in record:
            raise ReferenceFormatError(f"{where}: no 'date'", path=str(path), field="date")
        if "personnel" not in record:
            raise ReferenceFormatError(f"{where}: no 'personnel'", path=str(path), field="personnel")
        date = _date(record["date"], path=path, field_name="date", where=where)
        _read_columns(path, record, rules["columns"], data, side=rules["side"], date=date, where=where)


def _read_russianwarship(path: Path, text: str, rules: dict[str, Any], data: ReferenceData) -> None:
    payload = _load_json(path, text)
    records: list[Any]
    if isinstance(payload, dict):
        inner = payload.get("data", payload)
        if isinstance(inner, dict) and isinstance(inner.get("records"), list):
            records = inner["records"]
        elif isinstance(inner, list):
            records = inner
        else:
            records = [inner]
    elif isinstance(payload, list):
        records = [r.get("data", r) if isinstance(r, dict) else r for r in payload]
    else:
        raise ReferenceFormatError("expected a JSON object or array", path=str(path), field="data")
    for i, record in enumerate(records):
        where = f"record {i}"
        if not isinstance(record, dict):
            raise ReferenceFormatError(f"{where}: expected an object", path=str(path), field="data")
        if "date" not in record:
            raise ReferenceFormatError(f"{where}: no 'date'", path=str(path), field="date")
        date = _date(record["date"], path=path, field_name="date", where=where)
        stats = record.get("stats")
        if not isinstance(stats, dict):
            raise ReferenceFormatError(
                f"{where}: 'stats' is missing or not an object", path=str(path), field="stats"
            )
        if not any(column in stats for column in rules["columns"]):
            raise ReferenceFormatError(
                f"{where}: 'stats' has none of the known terms (personnel_units, tanks, ...)",
                path=str(path),
                field="stats",
            )
        _read_columns(path, stats, rules["columns"], data, side=rules["side"], date=date, where=where)
        increase = record.get("increase")
        if isinstance(increase, dict):
            for column, category in rules["columns"].items():
                value = _number(increase.get(column), path=path, field_name=f"increase.{column}", where=where)
                if value is not None:
                    data.increases[(rules["side"], category, date)] = value


def _read_oryx(path: Path, text: str, rules: dict[str, Any], data: ReferenceData) -> None:
    columns: dict[str, str] = rules["columns"]
    countries: dict[str, str] = rules["countries"]
    seen: set[tuple[str, ...]] = set()
    for line, row in _csv_rows(path, text, ["snapshot_date", "country", "equipment_type", "type_total"]):
        where = f"line {line}"
        key = tuple(
            row.get(k) or "" for k in ("snapshot_date", "country", "equipment_type_raw", "type_total")
        )
        if key in seen:  # the history holds exact duplicate rows within a snapshot
            continue
        seen.add(key)
        side = countries.get(row["country"].strip())
        category = columns.get(row["equipment_type"].strip())
        total_in_name = None
        if side is not None and category is None:
            category, total_in_name = _broken_oryx_name(row["equipment_type"], columns, data, where=where)
        if side is None or category is None:
            if _ORYX_NAME_TAIL.match(row["equipment_type"].strip()):
                data.skip("the tail of a broken type name (its total is read from the name)")
            else:
                data.skip(f"type not mapped to a category: {row['country']}/{row['equipment_type']}"[:100])
            continue
        date = _date(row["snapshot_date"], path=path, field_name="snapshot_date", where=where)
        value = _number(row["type_total"], path=path, field_name="type_total", where=where)
        if total_in_name is not None:
            data.warnings.append(
                f"{path}:{line}: a broken Oryx type name ({row['equipment_type'][:60]}...): its total "
                f"{total_in_name:,.0f} is read from the name, not the row's {value or 0:,.0f}"
            )
            value = total_in_name
        if value is not None:
            data.add(side, category, date, value, accumulate=True)


_BROKEN_ORYX_NAME = re.compile(r"^(?P<name>[^(]+?)\s*\((?P<total>[\d,]+), of which")
_ORYX_NAME_TAIL = re.compile(r"^[a-z][^(]*\)\s*$")


def _broken_oryx_name(
    name: str, columns: dict[str, str], data: ReferenceData, *, where: str
) -> tuple[str | None, float | None]:
    """An Oryx type whose name ran into its counts and was cut in two rows ("Infantry Fighting Vehicles
    (1849, of which destroyed: ..., cap" then "tured: 569)"): the first row's category and the total its
    name states (the row's own cells lack the part cut off). The caller drops the tail row, with its reason."""
    match = _BROKEN_ORYX_NAME.match(name.strip())
    if match and match["name"] in columns:
        return columns[match["name"]], float(match["total"].replace(",", ""))
    return None, None


def _read_mediazona(path: Path, text: str, rules: dict[str, Any], data: ReferenceData) -> None:
    for line, row in _csv_rows(path, text, ["snapshot_date", "confirmed_total"]):
        where = f"line {line}"
        date = _date(row["snapshot_date"], path=path, field_name="snapshot_date", where=where)
        value = _number(row["confirmed_total"], path=path, field_name="confirmed_total", where=where)
        if value is None:
            data.skip("empty confirmed_total")
            continue
        data.add(rules["side"], rules["category"], date, value)


def _read_plain_csv(path: Path, text: str, rules: dict[str, Any], data: ReferenceData) -> None:
    for line, row in _csv_rows(path, text, ["date", "category", "value"]):
        where = f"line {line}"
        date = _date(row["date"], path=path, field_name="date", where=where)
        value = _number(row["value"], path=path, field_name="value", where=where)
        category = (row.get("category") or "").strip()
        if not category:
            raise ReferenceFormatError(f"{where}: empty category", path=str(path), field="category")
        if value is None:
            raise ReferenceFormatError(f"{where}: empty value", path=str(path), field="value")
        side = (row.get("side") or "").strip() or rules["side"]
        bound = (row.get("bound") or "").strip()
        if bound:
            if bound not in ("official", "lower_bound"):
                raise ReferenceFormatError(
                    f"{where}: bound must be official or lower_bound, not {bound!r}",
                    path=str(path),
                    field="bound",
                )
            data.bound = bound
        if (row.get("source") or "").strip() and data.source == path.stem:
            data.source = row["source"].strip()
        data.add(side, category, date, value)


