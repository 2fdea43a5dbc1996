"""The claims of a whole text as one line each, the form the Ukrainian and Russian text tests write them in:
"side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]"; the first
rounds' tests write the shorter line with no start, date or hedge ("... measure[/period_days] claimant")."""

from __future__ import annotations

from lossledger.extract import extract_claims


def _lines(text: str, published: str, *, dated: bool) -> set[str]:
    out = set()
    for c in extract_claims(text, published=published):
        value = f"{c.value:g}" + (f"-{c.value_high:g}" if c.value_high is not None else "")
        measure = c.measure + (f"/{c.period_days:g}" if c.period_days is not None else "")
        if not dated:
            out.add(f"{c.side} {c.category} {c.outcome} {value} {c.qualifier} {measure} {c.claimant}")
            continue
        measure += f"@{c.period_start}" if c.period_start is not None else ""
        hedged = " hedged" if c.hedged else ""
        out.add(f"{c.side} {c.category} {c.outcome} {value} {c.qualifier} {measure} {c.claimant} {c.as_of}{hedged}")
    return out


def described(text: str, published: str) -> set[str]:
    return _lines(text, published, dated=True)


def described_undated(text: str, published: str) -> set[str]:
    return _lines(text, published, dated=False)
