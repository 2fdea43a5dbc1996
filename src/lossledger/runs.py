"""The runs recorded in a ledger (each ``ingest``), their counts and the inputs that failed in them."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from .errors import LedgerError
from .ledger import Ledger

__all__ = ["Failure", "Run", "list_runs"]


@dataclass(frozen=True)
class Failure:
    """One input that could not be read or extracted in a run: the file (or document) and the place."""

    path: str | None
    location: str | None
    message: str

    def __str__(self) -> str:
        where = ": ".join(p for p in (self.path, self.location) if p)
        return f"{where}: {self.message}" if where else self.message


@dataclass(frozen=True)
class Run:
    """One run as the ledger recorded it. ``failures`` holds at most the ``failures_limit`` first."""

    id: int
    command: str
    args: dict[str, Any]
    started_at: str | None
    finished_at: str | None
    status: str | None
    documents: int
    documents_unchanged: int
    claims: int
    failure_count: int
    failures: list[Failure] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "command": self.command, "args": self.args, "started_at": self.started_at,
            "finished_at": self.finished_at, "status": self.status, "documents": self.documents,
            "documents_unchanged": self.documents_unchanged, "claims": self.claims,
            "failure_count": self.failure_count,
            "failures": [{"path": f.path, "location": f.location, "message": f.message} for f in self.failures],
        }  # fmt: skip


def list_runs(
    *, db_path: str | os.PathLike[str], run_id: int | None = None, failures_limit: int | None = 20
) -> list[Run]:
    """The runs of the ledger at ``db_path`` (which must exist), newest first, each with its first
    ``failures_limit`` failures (None: all). ``run_id`` picks one run; an unknown id is an error.
    A run still ``running`` whose process is gone (killed with kill -9) is marked ``interrupted`` first."""
    with Ledger.open(db_path, create=False) as ledger:
        ledger.mark_interrupted_runs()
        where, params = (" WHERE id = ?", [run_id]) if run_id is not None else ("", [])
        rows = ledger.query(f"SELECT * FROM runs{where} ORDER BY id DESC", params)
        if run_id is not None and not rows:
            raise LedgerError(f"{ledger.path}: no run {run_id} in this ledger")
        runs = []
        for row in rows:
            limit = "" if failures_limit is None else f" LIMIT {int(failures_limit)}"
            failures = [Failure(f["path"], f["location"], f["message"] or "") for f in ledger.query(
                f"SELECT path, location, message FROM failures WHERE run_id = ? ORDER BY id{limit}", [row["id"]])]
            runs.append(Run(
                id=row["id"], command=row["command"] or "", args=_args(row["args"]),
                started_at=row["started_at"], finished_at=row["finished_at"], status=row["status"],
                documents=row["documents"] or 0, documents_unchanged=row.get("documents_unchanged") or 0,
                claims=row["claims"] or 0, failure_count=row["failures"] or 0, failures=failures,
            ))
        return runs


def _args(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
