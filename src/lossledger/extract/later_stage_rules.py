"""The rules classes of the construction readers added in round 57b (each its own module), which ``STAGE_RULES``
appends, so that a grammar builds them with every other stage's (and a name one lacks fails at once)."""

from __future__ import annotations

from .earlier_report import EarlierReportRules
from .formation_opposed import FormationOpposedRules
from .list_heading_side import ListHeadingRules
from .own_count_clause import OwnCountClauseRules
from .span_pointed_back import SpanPointerRules

__all__ = ["LATER_STAGE_RULES"]

LATER_STAGE_RULES: tuple[type, ...] = (OwnCountClauseRules, EarlierReportRules, SpanPointerRules,
                                       FormationOpposedRules, ListHeadingRules)
