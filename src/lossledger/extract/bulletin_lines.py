"""Whose a bare labelled line is when no source is in view: "Russian losses / Personnel: 1,200 / Tanks: 5" is the
layout of the bulletin whose running figures count the enemy's losses (the profile's ``bulletin_claimant``), but a line
of victims ("Civilian casualties: 301") or of that body's own side's losses is no line of that bulletin; with no source
in view the article states it in its own voice (no claimant, as the spec has it)."""

from __future__ import annotations

from .document import Mention, Reader

__all__ = ["bulletin_line_claimant"]


def bulletin_line_claimant(reader: Reader, m: Mention) -> str | None:
    """The claimant a bulletin-layout line ``m`` with no source of its own takes: the profile's bulletin body, unless
    the line counts victims or the body's own side."""
    profile = reader.profile
    key = str(profile.raw.get("bulletin_claimant") or "") or None
    if key is None or profile.is_victims(m.category):
        return None
    own = profile.own_side(key)
    return None if own is not None and m.side == own else key
