"""The day an event began, stated in a sentence of its own ("Вторжение ВСУ в Курскую область началось 6 августа 2024
года"): the start of the figures counted over that event elsewhere in the text ("пропавших во время оккупации")."""

from __future__ import annotations

from ...languages.morphology import tags
from .dates import DateMention
from .mentions import DocText, Mention
from .sentences import Sentence

_EVENT_KEYS = ("war_nouns", "operations", "occupation")


def names_an_event(doc: DocText, sent: Sentence) -> bool:
    """Whether ``sent`` names an incursion, an occupation, an offensive or an operation (a war noun among them)."""
    spans = doc.lang.grammar["spans"]
    return any(spans.find_all(sent.tokens, key=key) for key in _EVENT_KEYS)


def event_began(doc: DocText) -> DateMention | None:
    """The one day (with its year) a sentence says an event began on ("Наступление началось 6 августа 2024 года"),
    not the war's first day; None where no sentence says so, or two do (read once per document)."""
    if "event_began" in doc.cache:
        found: DateMention | None = doc.cache["event_began"]
        return found
    spans = doc.lang.grammar["spans"]
    found = None
    for sent in doc.sentences:
        days = [d for d in doc.dates.get(id(sent), ()) if d.kind == "day" and d.year is not None]
        if not days or not (spans.find_all(sent.tokens, key="began") or _entered(doc, sent)):
            continue  # (no day with its year, or no verb of beginning: most sentences)
        if len(days) != 1 or not (names_an_event(doc, sent) or _entered(doc, sent)) \
                or (days[0].year, days[0].month, days[0].day) == doc.profile.war_start.timetuple()[:3]:
            continue
        if found is not None:
            found = None  # (two events' first days: which one a figure's is, the text does not say)
            break
        found = days[0]
    doc.cache["event_began"] = found
    return found


def _entered(doc: DocText, sent: Sentence) -> bool:
    """"Украинские подразделения вошли в приграничные районы области 12 марта 2025 года": troops entering a place
    (grammar ``spans.entered``, then "в"/"на" and a place in the accusative) begin an incursion, an event told by its
    verb."""
    spans = doc.lang.grammar["spans"]
    toks = sent.tokens
    for _k, _a, b in spans.find_all(toks, key="entered"):
        k = b
        while k < len(toks) and spans.match(toks, k, key="into_place") is None and k < b + 2:
            k += 1  # (past an adverb: "вошли вглубь", "зашли вночі в")
        if k + 1 < len(toks) and spans.match(toks, k, key="into_place") is not None \
                and spans.match(toks, k + 1, key="into_state") is None \
                and "accs" in tags(toks[k + 1].low, doc.lang.code):
            return True
    return False


def event_dated_before(doc: DocText, m: Mention, at: int) -> Mention | None:
    """The figure before ``m`` (at ``at``; two paragraphs at most) whose sentence dated the event ``m`` names undated
    ("За выходные, 29 и 30 ноября, ... погибли пять" ... "Всего за выходные ... 97 из них сбиты": the same weekend)."""
    spans = doc.lang.grammar["spans"]
    toks = m.sentence.tokens
    words = {lemma for _k, _a, b in spans.find_all(toks, key="event") for lemma in toks[b - 1].lemmas}
    if not words:
        return None
    for x in (doc.mentions[k] for k in range(at - 1, -1, -1)):
        if x.sentence.paragraph < m.sentence.paragraph - 2:
            break
        if x.sentence is not m.sentence and x.measure == "period" and x.period_days \
                and x.period_start_date is not None and any(
                    not words.isdisjoint(x.sentence.tokens[b - 1].lemmas)
                    for _k, _a, b in spans.find_all(x.sentence.tokens, key="event")):
            return x
    return None
