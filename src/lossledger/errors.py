"""Exceptions raised by lossledger.

Every exception the library raises on purpose derives from ``LossledgerError``::

    LossledgerError
    ├── ProfileError          a conflict profile is missing, unreadable or incomplete
    ├── InputError            an input file or record cannot be read (names file and place)
    ├── LedgerError           the SQLite ledger is missing, locked, corrupt or of another schema
    ├── ReferenceFormatError  a reference series file is not of the format it claims (names the field)
    ├── ArgumentError         an argument to a library function is not of an accepted form (also a ValueError)
    ├── WorkerCrashed         a worker process died every time it extracted a document
    └── DaskUnavailable       ``--dask`` was asked for but Dask is not installed

The library never prints or exits: the command line turns these into one-line messages
and a non-zero exit status.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "DaskUnavailable",
    "InputError",
    "LedgerError",
    "LossledgerError",
    "ProfileError",
    "ReferenceFormatError",
    "WorkerCrashed",
]


class LossledgerError(Exception):
    """Base class of every error lossledger raises on purpose."""


class ProfileError(LossledgerError):
    """A conflict profile could not be loaded or is incomplete."""


class InputError(LossledgerError):
    """An input could not be read. ``path`` and ``location`` say where."""

    def __init__(self, message: str, *, path: str | None = None, location: str | None = None) -> None:
        self.message = message
        self.path = path
        self.location = location
        where = ": ".join(p for p in (path, location) if p)
        super().__init__(f"{where}: {message}" if where else message)


class LedgerError(LossledgerError):
    """The ledger database cannot be used as asked."""


class ReferenceFormatError(LossledgerError):
    """A reference file does not have the layout of its format. ``field`` names what is wrong."""

    def __init__(self, message: str, *, path: str | None = None, field: str | None = None) -> None:
        self.path = path
        self.field = field
        parts = [p for p in (path, f"field {field!r}" if field else None) if p]
        super().__init__(f"{': '.join(parts)}: {message}" if parts else message)


class ArgumentError(LossledgerError, ValueError):
    """An argument given to a library function is not of an accepted form (e.g. ``published='May'``)."""


class WorkerCrashed(LossledgerError):
    """A worker process died every time it extracted this document (killed, out of memory, crashed)."""


class DaskUnavailable(LossledgerError):
    """``--dask`` was asked for but Dask is not installed."""
