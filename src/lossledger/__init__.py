"""lossledger: turn war news into a checkable ledger of loss claims."""

from __future__ import annotations

__version__ = "0.1.0"
