"""Why this claim? The rule that read a claim and the words of its text that decided each field.

A claim records its rule (``noun_phrase/7 russia-ukraine@7``), its quote's offsets, its claimant's
words and how its date was found. From those and the profile's vocabularies (the same word lists the
extractor matches) this module finds, in the quote or before it, the words behind each field: the
number and its qualifier, the noun of what was lost, the outcome word, the words naming the side, the
claimant's words, the period or span words and the date words. A stored claim is explained against its
document's text after running ``extract_claims`` on it again, which says whether today's rules still
read the same claim.

What is found is the profile's words for the field nearest the number: the extractor keeps no record of
which match it used, so where a sentence holds several candidates (two side adjectives, two dates) the
nearest is shown, and a field decided by the document's context (a side voted by the other claims, a
claimant carried from an earlier paragraph) is shown as that, with the nearest words if any.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import LedgerError
from .extract import extract_claims, slavic
from .extract.dates import find_dates
from .extract.document import Reader, normalise
from .extract.document_facts import event_lead, event_ties
from .extract.numbers import Number, find_numbers
from .extract.slavic.event_dates import event_lead as slavic_event_lead
from .extract.slavic.event_dates import event_ties as slavic_event_ties
from .extract.slavic.mentions import DocText
from .extract.war_events import Word, event_behind
from .languages.grammar import PatternGrammar, grammar_for
from .ledger import Ledger
from .model import Claim
from .profiles import Profile, load_profile, rule_profile, shipped_profiles

__all__ = ["RULES", "Evidence", "Explanation", "explain_claim", "explain_stored", "explain_text"]

#: Every rule the extractor names in a claim's ``rule`` (before the ``/version``), with what it reads.
#: docs/rules.md says the same at more length, with an example of each.
RULES: dict[str, str] = {
    "noun_phrase": "a number followed by the noun of what was lost (\"3,783 tanks\", \"203,160 troops\")",
    "bulletin_item": "a line of a bulletin: a category label, then the figure (\"tanks - 3,783 (+2)\"),"
                     " a running total",
    "bulletin_delta": "the day's increase in brackets after a bulletin figure (\"(+2)\"), of the label's"
                      " category",
    "shared_noun": "two counts sharing one noun (\"25 destroyed and 15 damaged ships\", \"12 of the 40 tanks\")",
    "list_topic": "a number in a list that takes the kind of loss of the list's first item (\"killing 45"
                  " people, including six children\")",
    "sentence_topic": "a number with no noun of its own, counting the loss the sentence is about",
    "previous_topic": "a number with no noun of its own, counting the loss of the sentence before (\"It says"
                      " Ukraine has lost nine.\", \"shot down 32 of them\")",
    "outcome_noun": "a number followed by an outcome word standing for people (\"four dead\", \"12 wounded\")",
    "harm_verb": "the victims of one attack after a verb of harm (\"a bomb hit a village, killing two\")",
    "copula_noun": "a number whose noun comes after a verb 'to be' (\"of the dead, three were children\")",
    "previous_figure": "a figure restating the first figure of the sentence before (\"put that number at 300,000\")",
    "losses_of": "\"N losses of X\": the noun after 'losses of' (\"23 verified losses of Ka-52 helicopters\")",
    **{f"{lang}_{rule}": f"{name}: {what}" for lang, name in (("uk", "Ukrainian"), ("ru", "Russian"))
       for rule, what in (
           ("noun", "a number followed by the noun of what was lost, in any case"),
           ("list_label", "a list line: a category label, then the figure (a running total)"),
           ("bulletin_delta", "the bracketed increase after a list figure (that day's losses)"),
           ("elliptical", "a number with its noun left out, taking the kind of the item before it"),
           ("count_of_one", "a single item named without a number (\"збито гелікоптер\", \"сбит вертолет\")"),
       )},
}

_QUALIFIER_REACH = 30  # characters before a number where its qualifier is looked for
_NOUN_REACH = 70  # characters after a number where its noun is looked for (the extractor's window)
_CONTEXT_REACH = 1500  # characters before a quote where a carried noun or claimant is looked for


@dataclass(frozen=True)
class Evidence:
    """What decided one field: the field's value, the words (and their offsets in the document's text)
    or None when no words decided it, and how the value follows from them."""

    field: str
    value: str
    words: str | None
    start: int | None
    end: int | None
    how: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "words": self.words, "start": self.start,
                "end": self.end, "how": self.how}


@dataclass(frozen=True)
class Explanation:
    """A claim, the rule that read it and the evidence for each field."""

    claim: dict[str, Any]
    rule: str
    rule_description: str
    evidence: list[Evidence]
    claim_id: int | None = None
    source: str = "text"  # "ledger" or "text"
    reproduced: bool = True  # running extract_claims on the text again gives this claim
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id, "source": self.source, "claim": self.claim, "rule": self.rule,
            "rule_description": self.rule_description, "reproduced": self.reproduced,
            "evidence": [e.to_dict() for e in self.evidence], "notes": self.notes,
        }  # fmt: skip


# -- the public functions ----------------------------------------------------------------------------


def explain_text(
    text: str, *, published: dt.date | str | None = None, profile: Profile | str | None = None,
    language: str | None = None,
) -> list[Explanation]:
    """Every claim ``extract_claims`` reads in ``text`` (a quote, a sentence or an article), explained."""
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    # rejects a published that is no date
    claims = extract_claims(text, published=published, profile=prof, language=language)
    return [explain_claim(c, text, published=_as_date(published), profile=prof, language=language)
            for c in claims]


def explain_stored(
    claim_id: int, *, db_path: str | os.PathLike[str], profile: Profile | str | None = None
) -> Explanation:
    """The stored claim ``claim_id`` of the ledger at ``db_path``, explained against its document's text.

    The document is extracted again with the current rules; when they no longer give this claim, the
    explanation says so (``reproduced`` false) and is built from what the claim recorded."""
    with Ledger.open(db_path, create=False) as ledger:
        rows = ledger.query(
            "SELECT c.*, d.text AS doc_text, d.published AS doc_published, d.url AS doc_url, d.language AS doc_language"
            " FROM claims c"
            " JOIN documents d ON d.id = c.doc WHERE c.id = ?", [claim_id])
    if not rows:
        raise LedgerError(f"{db_path}: no claim {claim_id} in this ledger (see `lossledger claims`)")
    row = rows[0]
    if profile is None:  # the shipped profile the rule names, when it is shipped
        named = (rule_profile(row["rule"]) or "").partition("@")[0]
        profile = named if named in shipped_profiles() else None
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    stored = _claim_from_row(row)
    text = row["doc_text"]
    published = _as_date(row["doc_published"])
    language = row["doc_language"]
    again = extract_claims(text, published=published, doc_id=stored.doc, profile=prof, url=row["doc_url"],
                           language=language)
    same = next((c for c in again if _same_claim(c, stored)), None)
    explanation = explain_claim(same or stored, text, published=published, profile=prof, language=language)
    notes = list(explanation.notes)
    if same is None:
        notes.insert(0, f"The current rules (extractor {_version(again, stored)}) no longer read this claim from"
                        " its document: the evidence below is looked up from what the claim recorded.")
    return Explanation(claim={"id": claim_id, **stored.to_dict()}, rule=explanation.rule,
                       rule_description=explanation.rule_description, evidence=explanation.evidence,
                       claim_id=claim_id, source="ledger", reproduced=same is not None, notes=notes)


def explain_claim(
    claim: Claim, text: str, *, published: dt.date | None = None, profile: Profile | str | None = None,
    language: str | None = None,
) -> Explanation:
    """The evidence for each field of ``claim``, found in ``text`` (the document it was read from, in
    ``language`` when known)."""
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    finder = _Finder(claim, text, published, prof, grammar=grammar_for(language))
    rule = claim.rule.split("/")[0]
    evidence = [finder.value(), finder.category(rule), finder.outcome(), finder.side(), finder.claimant(),
                finder.measure(rule), finder.as_of(), finder.hedged()]
    evidence.insert(0, Evidence("quote", claim.quote, claim.quote, claim.start, claim.end,
                                "the sentence the claim was read from"))
    return Explanation(claim=claim.to_dict(), rule=claim.rule, rule_description=RULES.get(rule, "unknown rule"),
                       evidence=evidence, notes=finder.notes)


# -- finding the words --------------------------------------------------------------------------------


class _Finder:
    """Looks for the words behind each field of one claim in its document's (normalised) text."""

    def __init__(self, claim: Claim, text: str, published: dt.date | None, profile: Profile, *,
                 grammar: PatternGrammar) -> None:
        self.claim = claim
        self.grammar = grammar
        self.text = text
        self.norm = normalise(text)
        self.profile = profile
        self.published = published
        self.notes: list[str] = []
        self.lo, self.hi = claim.start, claim.end
        self.number = self._number()
        # where the number is (the quote's start when it was not found)
        self.at = self.number[0] if self.number else self.lo
        self.at_end = self.number[1] if self.number else self.lo

    def _evidence(self, name: str, value: str, span: tuple[int, int] | None, how: str) -> Evidence:
        if span is None:
            return Evidence(name, value, None, None, None, how)
        return Evidence(name, value, self.text[span[0]:span[1]], span[0], span[1], how)

    def _matches(self, pattern: re.Pattern[str], lo: int, hi: int, key: str | None = None,
                 keyed: bool = True) -> list[tuple[int, int]]:
        found = []
        for m in pattern.finditer(self.norm, lo, hi):
            if key is not None and keyed:
                try:
                    if self.profile.key_of(m) != key:
                        continue
                except KeyError:
                    continue
            found.append(m.span())
        return found

    def _nearest(self, spans: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
        return min(spans, key=lambda s: (min(abs(s[0] - self.at_end), abs(s[1] - self.at)), s[0]), default=None)

    # -- the number and its qualifier --
    def _number(self) -> tuple[int, int] | None:
        c = self.claim
        numbers: list[Number] = find_numbers(self.norm[self.lo:self.hi], grammar=self.grammar)
        for n in numbers:
            if n.value == c.value and n.value_high == c.value_high:
                return self.lo + n.start, self.lo + n.end
        if c.value == 1 and c.value_high is None:  # "and a helicopter": the article counts one
            article = re.search(r"\b(?:an?|one)\s+(?=\S)", self.norm[self.lo:self.hi], re.IGNORECASE)
            if article:
                return self.lo + article.start(), self.lo + article.end() - 1
        return None

    def value(self) -> Evidence:
        c = self.claim
        shown = _value_text(c)
        if self.number is None:
            self.notes.append("The number was not found in the quote as the claim records it.")
            return self._evidence("value", shown, None, "not found in the quote")
        start, end = self.number
        how = "the number" + (" (a range: low and high ends)" if c.value_high is not None else "")
        if c.qualifier in ("approx", "at_least", "at_most"):
            qualifier = [s for s in self._matches(self.profile.qualifier_re, max(self.lo, start - _QUALIFIER_REACH),
                                                  start, c.qualifier) if s[1] >= start - 3]
            if qualifier:
                start = qualifier[-1][0]
                how += f", with the qualifier words that make it {c.qualifier}"
            else:
                how += f"; {c.qualifier} from words the profile's qualifier list does not hold here"
        return self._evidence("value", shown, (start, end), how)

    # -- what was lost --
    def category(self, rule: str) -> Evidence:
        c = self.claim
        after = self._matches(self.profile.category_re, self.at_end, min(self.hi, self.at_end + _NOUN_REACH),
                              c.category)
        before = self._matches(self.profile.category_re, self.lo, self.at, c.category)
        if rule in ("noun_phrase", "shared_noun", "count_of_one") and after:
            return self._evidence("category", c.category, after[0], f"the noun after the number ({rule})")
        if rule in ("bulletin_item", "bulletin_delta") and before:
            return self._evidence("category", c.category, before[-1],
                                  "the bulletin line's label" + (" of the figure the increase belongs to"
                                                                 if rule == "bulletin_delta" else ""))
        if before:
            return self._evidence("category", c.category, before[-1],
                                  f"the noun of what the sentence counts, before the number ({rule})")
        if after:
            return self._evidence("category", c.category, after[0], f"the nearest noun of this kind ({rule})")
        earlier = self._matches(self.profile.category_re, max(0, self.lo - _CONTEXT_REACH), self.lo, c.category)
        if earlier:
            return self._evidence("category", c.category, earlier[-1],
                                  f"the kind of loss of an earlier sentence ({rule})")
        if rule in ("outcome_noun", "harm_verb"):
            return self._evidence("category", c.category, None,
                                  "the victims of an attack: people, or civilians when the text names no soldiers")
        return self._evidence("category", c.category, None, f"no noun of this kind found near the claim ({rule})")

    def outcome(self) -> Evidence:
        c = self.claim
        pattern = (self.profile.outcome_people_re if self.profile.is_people(c.category)
                   else self.profile.outcome_equipment_re)
        spans = self._matches(pattern, self.lo, self.hi, c.outcome)
        nearest = self._nearest(spans)
        if nearest is not None:
            return self._evidence("outcome", c.outcome, nearest, "the outcome word nearest the number")
        if c.outcome == "losses":
            return self._evidence("outcome", c.outcome, None, "no word of a narrower outcome: 'losses' is the default")
        return self._evidence("outcome", c.outcome, None, "not found in the quote (decided by the context)")

    # -- whose losses, said by whom --
    def side(self) -> Evidence:
        c = self.claim
        spans: list[tuple[int, int]] = []
        for pattern in (self.profile.side_adjective_re, self.profile.side_name_re, self.profile.side_forces_re):
            spans += self._matches(pattern, self.lo, self.hi, c.side)
        nearest = self._nearest(spans)
        if nearest is not None:
            return self._evidence("side", c.side, nearest, f"the words naming {c.side} nearest the number")
        enemy = self._nearest(self._matches(self.profile.enemy_re, self.lo, self.hi))
        if enemy is not None and self.profile.own_side(c.claimant) != c.side:
            return self._evidence("side", c.side, enemy, f"the enemy of the claimant {c.claimant or '(none)'}")
        if c.side and self.profile.usual_target(c.claimant) == c.side:
            return self._evidence("side", c.side, None,
                                  f"whose losses {c.claimant} reports when the text does not say (the profile's"
                                  " claimant sides)")
        if c.side == self.profile.default_victim_side and self.profile.is_people(c.category):
            return self._evidence("side", c.side, None, "the profile's default side of civilian victims")
        self.notes.append("The side was decided by the document's context (its other claims' sides); the"
                          " extractor does not record which.")
        return self._evidence("side", c.side, None, "from the document's context")

    def claimant(self) -> Evidence:
        c = self.claim
        if not c.claimant:
            return self._evidence("claimant", "none", None, "no source named: the article's own voice")
        words = c.claimant_text
        if words:
            inside = [m.span() for m in re.finditer(re.escape(normalise(words)), self.norm[self.lo:self.hi])]
            if inside:
                start, end = inside[0]
                return self._evidence("claimant", c.claimant, (self.lo + start, self.lo + end),
                                      "the source named in the sentence")
            before = [m.span() for m in re.finditer(re.escape(normalise(words)),
                                                    self.norm[max(0, self.lo - _CONTEXT_REACH):self.lo])]
            if before:
                offset = max(0, self.lo - _CONTEXT_REACH)
                return self._evidence("claimant", c.claimant, (offset + before[-1][0], offset + before[-1][1]),
                                      "the source named in an earlier sentence, carried to this one")
        keyed = self._nearest(self._matches(self.profile.claimant_re, self.lo, self.hi, c.claimant))
        if keyed is not None:
            return self._evidence("claimant", c.claimant, keyed, "the source named in the sentence")
        return self._evidence("claimant", c.claimant, None,
                              "from the document's context (a bulletin's publisher, an earlier source)")

    # -- measure, period and date --
    def measure(self, rule: str) -> Evidence:
        c = self.claim
        shown = c.measure + (f", {c.period_days:g} day{'' if c.period_days == 1 else 's'}" if c.period_days else "")
        cues: list[tuple[int, int]] = []
        if c.measure == "period" and c.period_days:
            cues = self._matches(self.profile.period_days_re, self.lo, self.hi, None)
            cues += self._matches(self.profile.rate_re, self.lo, self.hi)
        elif c.measure == "period":
            event = self._nearest(self._matches(self.profile.event_re, self.lo, self.hi))
            if event is not None:
                return self._evidence("measure", shown, event, "the losses of one event, named by these words")
        elif c.measure == "cumulative":
            cues = self._matches(self.profile.war_start_re, self.lo, self.hi)
            cues += self._matches(self.profile.period_open_re, self.lo, self.hi)
        elif c.measure == "projection":
            cues = self._matches(self.profile.projection_re, self.lo, self.hi)
        else:
            cues = self._matches(self.profile.period_open_re, self.lo, self.hi)
            cues += self._matches(self.profile.period_days_re, self.lo, self.hi)
        nearest = self._nearest(cues)
        if nearest is not None:
            return self._evidence("measure", shown, nearest, "the span or period words nearest the number")
        if rule in ("bulletin_item",) and c.measure == "cumulative":
            return self._evidence("measure", shown, None, "a bulletin's figure is a running total")
        if rule == "bulletin_delta":
            return self._evidence("measure", shown, None, "a bulletin's bracketed increase is the day's")
        dates = self._dates()
        stated = [(d.start, d.end) for d in dates if c.period_start is not None and d.date == c.period_start]
        if stated:
            return self._evidence("measure", shown, stated[0], "the date the period starts from")
        if c.measure == "cumulative":
            return self._evidence("measure", shown, None,
                                  "no span words in the quote: a figure with no period is a running total")
        return self._evidence("measure", shown, None, "no span words in the quote: from the document's context")

    def _dates(self) -> list[Any]:
        published = self.published or self.claim.as_of
        war_start = self.profile.war_start
        mentions = find_dates(self.norm, published=published, war_start=war_start, grammar=self.grammar)
        return [d for d in mentions if self.lo <= d.start and d.end <= self.hi]

    def _event_lead(self, code: str) -> tuple[Sequence[Sequence[Word]], int]:
        """The text's first paragraphs as the reader of language ``code`` cuts them (as the extractor read them for
        the war's named events)."""
        if code in slavic.CYRILLIC_LANGUAGES and slavic.has_profile_words(self.profile.name, code):
            return slavic_event_lead(DocText(self.text, slavic.language_data(code, self.profile.name), self.profile,
                                             self.published))
        return event_lead(Reader(self.text, self.published, self.profile, grammar=grammar_for(code)))

    def _event_ties(self, code: str) -> tuple[Sequence[tuple[int, int]], Callable[[int, int], Sequence[int]]]:
        """Where the sentences of ``_event_lead`` are, and the weekdays between two offsets (what ties an event)."""
        if code in slavic.CYRILLIC_LANGUAGES and slavic.has_profile_words(self.profile.name, code):
            return slavic_event_ties(DocText(self.text, slavic.language_data(code, self.profile.name), self.profile,
                                             self.published))
        return event_ties(Reader(self.text, self.published, self.profile, grammar=grammar_for(code)))

    def as_of(self) -> Evidence:
        c = self.claim
        shown = c.as_of.isoformat() if c.as_of else "none"
        basis = c.as_of_basis
        if basis == "published":
            return self._evidence("as_of", shown, None, "the document's publication date (no date in the sentence)")
        if basis == "url":
            return self._evidence("as_of", shown, None, "the date in the document's URL (no date in the sentence)")
        if basis == "inferred" and c.as_of is not None and (
                event := event_behind(self._event_lead, self.norm, self.profile, c.as_of,
                                      self._event_ties)) is not None:
            return self._evidence("as_of", shown, None, f"the day of the war's named event the text reports"
                                                        f" (event:{event.id}: {event.source})")
        if basis == "inferred":
            return self._evidence("as_of", shown, None,
                                  "the publication date inferred from the text (its dates, war time, or the"
                                  " running totals it quotes matched against the General Staff's series)")
        if basis == "none" or c.as_of is None:
            return self._evidence("as_of", shown, None, "no date: neither the text nor the document gives one")
        dates = self._dates()
        matching = [(d.start, d.end) for d in dates if d.date == c.as_of]
        nearest = self._nearest(matching) or self._nearest((d.start, d.end) for d in dates)
        if nearest is not None:
            return self._evidence("as_of", shown, nearest, f"the date words in the sentence ({basis})")
        return self._evidence("as_of", shown, None, f"{basis}: from a date in the document's context")

    def hedged(self) -> Evidence:
        c = self.claim
        words = self._nearest(self._matches(self.profile.hedge_re, self.lo, self.hi))
        if c.hedged and words is not None:
            return self._evidence("hedged", "yes", words, "a hedge word: the source doubts or cannot confirm it")
        return self._evidence("hedged", "yes" if c.hedged else "no", None,
                              "the hedge decided from the context" if c.hedged else "no hedge word")


# -- helpers ------------------------------------------------------------------------------------------


def _value_text(claim: Claim) -> str:
    from .terminal import value_text

    return value_text(claim.value, claim.value_high, claim.qualifier)


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _claim_from_row(row: Mapping[str, Any]) -> Claim:
    return Claim(
        doc=row["doc"], side=row["side"] or "", category=row["category"] or "", outcome=row["outcome"] or "",
        value=row["value"], value_high=row["value_high"], qualifier=row["qualifier"] or "exact",
        measure=row["measure"] or "", period_days=row["period_days"], period_start=_as_date(row["period_start"]),
        as_of=_as_date(row["as_of"]), claimant=row["claimant"], claimant_text=row["claimant_text"],
        hedged=bool(row["hedged"]), quote=row["quote"] or "", start=row["quote_start"] or 0,
        end=row["quote_end"] or 0, rule=row["rule"] or "", as_of_basis=row["as_of_basis"] or "none",
    )


def _same_claim(a: Claim, b: Claim) -> bool:
    return (a.start, a.end, a.side, a.category, a.value, a.value_high) == (
        b.start, b.end, b.side, b.category, b.value, b.value_high)


def _version(claims: list[Claim], stored: Claim) -> str:
    rule = claims[0].rule if claims else ""
    return rule.split("/")[1].split()[0] if "/" in rule else "now"
