"""Every record field of a claim reaches every place a claim is kept: the ledger, the Parquet shards, the
ledger's exports (JSON, CSV) and the extract command's output (JSON Lines, CSV).

The claim below is made from ``model.CLAIM_FIELD_TYPES`` (read from ``Claim`` itself), with a value of its
own in every field: a field added to ``Claim`` is in it, and a place that drops the field (or a ledger
without a migration adding its column) fails here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from lossledger.export import export_claims
from lossledger.ledger import Ledger
from lossledger.ledger.schema import CLAIM_COLUMN_NAMES
from lossledger.model import CLAIM_FIELD_TYPES, CLAIM_RECORD_FIELDS, Claim, Document
from lossledger.pipeline import claims_to_csv, claims_to_jsonl
from lossledger.pipeline.serial import Extraction
from lossledger.pipeline.shards import CLAIM_SCHEMA, extract_partition, iter_shards, plan_partitions, shard_manifest
from lossledger.pipeline.shards import write_json as write_shard_json

DOC = "doc-fields"


def _sample(index: int, name: str, kind: type) -> Any:
    """A value of type ``kind`` that no other field of the sample claim has (no CSV formula prefix)."""
    if name == "doc":
        return DOC
    samples: dict[type, Any] = {
        str: f"{name} value",
        float: 1000.5 + index,
        int: 100 + index,
        bool: True,
        dt.date: dt.date(2024, 1, 1) + dt.timedelta(days=index),
    }
    return samples[kind]  # a KeyError: a field of a new type; give it a sample (and the shards an Arrow type)


@pytest.fixture
def claim() -> Claim:
    assert tuple(CLAIM_FIELD_TYPES) == CLAIM_RECORD_FIELDS
    return Claim(**{name: _sample(i, name, kind) for i, (name, kind) in enumerate(CLAIM_FIELD_TYPES.items())})


@pytest.fixture
def ledger_path(tmp_path: Path, claim: Claim) -> Path:
    db = tmp_path / "ledger.db"
    with Ledger.open(db) as ledger:
        ledger.store([(Document(id=DOC, text=claim.quote), [claim])], run_id=None, extractor_version="x1")
    return db


def _as_stored(value: Any) -> Any:
    """A claim's value as the ledger and its exports hold it: dates as ISO text."""
    return value.isoformat() if isinstance(value, dt.date) else value


def test_every_field_is_stored_in_the_ledger(ledger_path: Path, claim: Claim) -> None:
    with Ledger.open(ledger_path) as ledger:
        [row] = ledger.query("SELECT * FROM claims")
    for name in CLAIM_RECORD_FIELDS:
        column = CLAIM_COLUMN_NAMES.get(name, name)
        assert column in row, f"Claim.{name} has no column in the ledger's claims table (add a migration)"
        assert row[column] == _as_stored(getattr(claim, name)), name
    assert row["extractor_version"] == "x1"


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_every_field_is_in_the_ledgers_export(ledger_path: Path, tmp_path: Path, claim: Claim, fmt: str) -> None:
    output = tmp_path / f"claims.{fmt}"
    export_claims(db_path=ledger_path, output=output, fmt=fmt)
    text = output.read_text(encoding="utf-8")
    [record] = json.loads(text) if fmt == "json" else list(csv.DictReader(io.StringIO(text)))
    for name in CLAIM_RECORD_FIELDS:
        column = CLAIM_COLUMN_NAMES.get(name, name)
        assert column in record, f"Claim.{name} is not exported ({fmt})"
        expected = _as_stored(getattr(claim, name))
        assert record[column] == (expected if fmt == "json" else str(expected)), name


def test_every_field_is_in_the_extract_output(claim: Claim) -> None:
    [line] = claims_to_jsonl([claim]).splitlines()
    assert json.loads(line) == claim.to_dict()
    assert list(json.loads(line)) == list(
        csv.DictReader(io.StringIO(claims_to_csv([claim]))).fieldnames or ())
    assert set(json.loads(line)) == set(CLAIM_RECORD_FIELDS)


def test_every_field_goes_through_the_parquet_shards(tmp_path: Path, claim: Claim) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": DOC, "text": claim.quote}) + "\n", encoding="utf-8")
    out = tmp_path / "shards"
    for sub in ("documents", "claims", "failures", "partitions"):
        (out / sub).mkdir(parents=True)
    partitions = plan_partitions([str(source)])
    write_shard_json(out / "manifest.json", shard_manifest(partitions, None, None))
    for partition in partitions:
        extract_partition(partition, out_dir=str(out), extract=lambda document: [claim])
    shard = pq.read_schema(out / "claims" / f"{partitions[0].name}.parquet")
    assert shard == CLAIM_SCHEMA
    assert set(CLAIM_RECORD_FIELDS) <= set(shard.names)
    [extraction] = list(iter_shards(out))
    assert isinstance(extraction, Extraction)
    assert extraction.claims == [claim]
    assert [getattr(extraction.claims[0], name) for name in CLAIM_RECORD_FIELDS] == [
        getattr(claim, name) for name in CLAIM_RECORD_FIELDS]
