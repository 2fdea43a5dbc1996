"""'Russia launched a new offensive last week. Its defence ministry said Ukraine had lost 1,200 soldiers': a role named
with no nation ("the defence ministry", "its defence ministry"), when no source before says whose, is the role of the
one belligerent the sentence before (or its own words before the role) names: that nation is the one in view. Where
both sides are named there, nothing is read (the role's nation is not told). Read by ``attribution.claimant_in``
before the last source of that kind is taken."""

from __future__ import annotations

import bisect

from .body import Sentence
from .document import Reader, Source
from .sources import roles_of_nation_speaking_as, source_tables

__all__ = ["role_of_bracket_source_before", "role_of_sole_nation_before", "sole_nation_before"]

_ROLE_REACH = 40  # how far into the generic phrase ("its defence ministry") the role may begin
_BRACKET_REACH = 3  # how many paragraphs back the last figure told may stand


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


def role_of_bracket_source_before(reader: Reader, sent: Sentence, start: int) -> Source | None:
    """"Russia has lost 14,600 troops since 18 March (General Staff, 20 April). ... nine have been lost, according to
    the Ministry of Defence": the role at ``start``, named with no nation, of the nation whose body a bracket after the
    last figure told (a few paragraphs back at most) names as that figure's source; None when the last figure had no
    source of its own in a bracket, or its nation has no such role."""
    last = reader.mentions[-1] if reader.mentions else None
    if (last is None or not last.extra.get("bracket_source") or last.claimant is None
            or last.sentence.paragraph < sent.paragraph - _BRACKET_REACH):
        return None
    roles = roles_of_nation_speaking_as(reader.profile, last.claimant)
    hit = roles.pattern.search(reader.norm, start, start + _ROLE_REACH) if roles is not None else None
    if roles is None or hit is None:
        return None
    return Source(roles.key(hit), reader.text[start:hit.end()], start)
