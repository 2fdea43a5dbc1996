"""lossledger: turn war news into a checkable ledger of loss claims."""

from __future__ import annotations

__version__ = "0.3.0"

from .errors import InputError, LedgerError, LossledgerError, ProfileError, ReferenceFormatError
from .extract import extract_claims
from .model import Claim, Document

__all__ = [
    "Claim",
    "Document",
    "InputError",
    "LedgerError",
    "LossledgerError",
    "ProfileError",
    "ReferenceFormatError",
    "__version__",
    "extract_claims",
]
