"""'Russia launched a new offensive last week. Its defence ministry said Ukraine had lost 1,200 soldiers': a role named
with no nation ("the defence ministry", "its defence ministry"), when no source before says whose, is the role of the
one belligerent the sentence before (or its own words before the role) names: that nation is the one in view. Where
both sides are named there, nothing is read (the role's nation is not told). Read by ``attribution.claimant_in``
before the last source of that kind is taken."""

from __future__ import annotations

import bisect

from .body import Sentence
from .document import Reader, Source
from .sources import source_tables

__all__ = ["role_of_sole_nation_before", "sole_nation_before"]

_ROLE_REACH = 40  # how far into the generic phrase ("its defence ministry") the role may begin


def role_of_sole_nation_before(reader: Reader, sent: Sentence, start: int) -> Source | None:
    """The role at ``start`` of the one belligerent named in the sentence before ``sent`` (this paragraph or the one
    before) and in ``sent`` before ``start``; None when none or both are named, or that nation has no such role."""
    nation = sole_nation_before(reader, sent, start)
    roles = source_tables(reader.profile).roles.get(nation) if nation is not None else None
    hit = roles.pattern.search(reader.norm, start, start + _ROLE_REACH) if roles is not None else None
    if roles is None or hit is None:
        return None
    return Source(roles.key(hit), reader.text[start:hit.end()], start)


def sole_nation_before(reader: Reader, sent: Sentence, start: int) -> str | None:
    """The one belligerent named in the sentence before ``sent`` (this paragraph or the one before) and in ``sent``
    before ``start``; None when none or both are named."""
    prof = reader.profile
    i = bisect.bisect_right(reader.sentences, sent.start, key=lambda s: s.end) - 1  # (loss_frame.sentence_before's)
    before = reader.sentences[i] if i >= 0 else None
    spans = [(sent.start, start)]
    if before is not None and before.paragraph >= sent.paragraph - 1:
        spans.append((before.start, before.end))
    named: set[str] = set()
    for lo, hi in spans:
        for vocabulary in ("side_name", "side_adjective"):
            named.update(key for m in reader.scan.finditer(vocabulary, lo, hi)
                         if (key := prof.key_of(m)) in prof.sides and prof.sides[key].opponent)
    return next(iter(named)) if len(named) == 1 else None
