"""The extractor: loss claims out of one document's text.

``extract_claims(text, published=..., doc_id=..., profile=...)`` is a pure function of the text and
the conflict profile. It reads the article body sentence by sentence:

    numbers ─► mentions (number + what was lost, from the noun after it, the bulletin label before it,
               or the sentence's topic) ─► frames (outcome, side, qualifier, measure, period, hedge)
            ─► context (claimant within and across sentences, dates) ─► claims, one per fact

Each claim names the rule that read it (``rule``), and its quote's offsets in the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from . import dates as datelib
from .body import Sentence, sentences
from .model import Claim
from .numbers import WORD_VALUES, Number, find_numbers
from .profile import Profile, load_profile
from .scan import first_char_lookahead, guarded
from .series import general_staff_snapshot

__all__ = ["extract_claims", "EXTRACTOR_VERSION"]

#: Bumped whenever a rule changes what it extracts; recorded in every claim's ``rule``.
EXTRACTOR_VERSION = "1"


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` behind the first-character guard of ``scan.guarded``: the same matches, found faster."""
    return guarded(re.compile(pattern, flags))


# Same-length normalisation so that offsets in the normalised text are offsets in the original.
_NORMALISE = {"\u00a0": " ", "\u202f": " ", "’": "'", "‘": "'", "“": '"', "”": '"', "‒": "-", "–": "-",
              "—": "-", "\u2009": " "}


def _normalise(text: str) -> str:
    """``text`` with _NORMALISE applied. ``str.replace`` per character present is several times faster
    than ``str.translate``, and as exact: no replacement is itself a key."""
    if text.isascii():
        return text
    for char, replacement in _NORMALISE.items():
        if char in text:
            text = text.replace(char, replacement)
    return text

# --- Sentence grammar (English; the war-specific words live in the profile) -----------------
# Words allowed between a number and the noun it counts ("2,765 Russian main battle tanks").
_NP_GAP = _compile(
    r"""^\s*(?:["'(]\s*)?(?:(?:(?i:more|other|new|further|additional|russian|ukrainian|soviet|enemy|of|the|units|pieces|
    kinds|types|different|modern|western|german|american|british|u\.s\.|us|nato|heavy|light|military|armed|our|their|
    its|his|her|former|occupying|occupation|invading|fellow|foreign|iranian|self-propelled|main|battle|combat)|[A-Z][\w.-]*|"|')\s*){0,5}$""",
    re.VERBOSE,
)
# What may follow a number whose noun is elsewhere ("standing at 80,860.", "and hurt 112,", "has lost nine").
_FOLLOWER_OK = _compile(
    r"""\s*(?:$|[,.;:)"'\]-]|(?:in|on|by|at|since|over|during|were|was|had|have|has|are|is|and|or|to|as|more|others?|
    total|so|this|last|per|a|each|alone|already|now|respectively|according|after|before|from|for|with|while|which|that|
    who|daily|people|persons|of\s+them|among|including|incl|units?|pieces?|systems?|items?|destroyed|damaged|killed|
    dead|wounded|injured|captured|lost|missing|casualties|fatalities|losses|deaths|were|been|reportedly|abandoned|
    seized|sunk|downed|shot|damaged|died|perished|\()\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# "tanks - 2,819", "personnel - about 80,860", "Tanks: 2,840": a bulletin label before its number.
_LABEL_GAP = _compile(r"^(?:[ \t]*[\w/-]+){0,3}?\s*(?:\(\w+\))?\s*[-:=]+\s*(?:[^\d\n]{0,30}?)?$")
_ATTRIBUTION_BEFORE = _compile(
    r"(?:according to|as reported by|reported by|cited by|citing|quoted by|a statement (?:from|by)|statement by|"
    r"data (?:provided |released |published )?(?:by|from)|figures (?:released |published |provided )?(?:by|from)|"
    r"(?:report|update|post|briefing|message|estimate|estimates|assessment|statement|data) (?:by|from|of)|"
    r"with reference to|per)\s+(?:the\s+)?(?:[\w'.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Verbs (and nouns) of saying after a source's name. The lookahead before them lets ``re`` skip, at
# each of the up to 40 characters between, the words that cannot start one.
_SAYING_AFTER_NAME = (
    r"(?:said|says|say|stated|states|reported|reports|report|claimed|claims|claim|announced|announces|estimated|"
    r"estimates|estimate|added|adds|noted|notes|told|wrote|writes|revealed|reveals|shared|put|puts|published|"
    r"publishes|released|recorded|records|counted|counts|confirmed|confirms|indicated|indicates|highlighted|"
    r"stressed|explained|tallied|showed|shows|suggested|suggests|believes|believe|assessed|assesses|identified|"
    r"established|tweeted|posted|informed|detailed|cited|cites|has recorded|have recorded|has counted|"
    r"has identified|have identified|has established|have established|figures|data|update|statement|report|"
    r"provides|has provided|provided|calculations|count|tally)"
)
_ATTRIBUTION_AFTER = _compile(
    r"^[\w\s,.'()-]{0,40}?\b" + first_char_lookahead(_SAYING_AFTER_NAME, re.IGNORECASE) + _SAYING_AFTER_NAME
    + r"\b", re.IGNORECASE)
# A sentence that starts by pointing back at the last source.
_ANAPHORA = _compile(
    r"^\W*(?:(?:the|this|that) (?:post|report|statement|ministry|agency|update|data|department|bulletin|"
    r"source|"
    r"official|spokesman|spokesperson|service|office|military|mod|general staff|briefing|publication|message|"
    r"defen[cs]e ministry|intelligence|analysis)|it|he|she|they|officials|likewise|in addition|additionally|"
    r"also|"
    r"moreover|furthermore|thus|meanwhile)\b",
    re.IGNORECASE,
)
_ANAPHORA_VERB = _compile(r"\b(?:added|adds|also said|further said|continued|went on|noted|stressed|"
                            r"highlighted|"
                            r"said|says|reported|stated|according to (?:the|this|that) (?:same |latest "
                            r")?(?:data|report|update|figures))\b",
                            re.IGNORECASE)
_THIS_WAS_REPORTED = _compile(r"^\W*(?:this|the (?:information|data|figures?|news))\s+(?:was|were|has been|"
                                r"is)\s+"
                                r"(?:reported|published|announced|released|confirmed|"
                                r"stated)\s+by\b", re.IGNORECASE)
# "..., said the ministry." names a source only where the name ends the clause; in "X said the
# Ukrainian army lost 300" the army is what the sentence is about.
_SAID_BEFORE = _compile(r"\b(?:says|said|told|according to)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_END_AFTER = _compile(r"\s*(?:$|[,.;:)\"']|\s(?:on|in|late|early|last|this|yesterday|today|at)\b)",
                               re.IGNORECASE)
_CONTINUATION = _compile(r"\b(?:also|in addition|additionally|other|another|likewise|further|too|as well|"
                           r"during this period|during the same|within the same|in the same|same period|"
                           r"thus|besides|meanwhile|the (?:latest|same) (?:data|report|"
                           r"figures|update))\b", re.IGNORECASE)
_PRESENT_PERFECT_LOSS = _compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|also\s+|so far\s+)?"
                                   r"(?:lost|destroyed|killed|downed|shot down)\b", re.IGNORECASE)
_LEADING_DAY = _compile(r"\s*(?:(?:january|february|march|april|may|june|july|august|september|october|"
                          r"november|december)"
                          r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:january|february|march|april|may|june|july|"
                          r"august|september|"
                          r"october|november|december)(?:\s+\d{4})?)\s*:", re.IGNORECASE)
# "killed by Russian shelling": the agent; "lost by Russia's troops": the loser.
_AGENT_BY = _compile(r"\b(?:killed|destroyed|downed|shot down|hit|struck|wounded|injured|captured|seized|"
                       r"eliminated|sunk|damaged|targeted|attacked|shelled)\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_OWN_LOSSES = _compile(r"\b(?:its|their|his|our) (?:own )?(?:war )?(?:losses|casualties|death toll|dead|"
                         r"war dead|fatalities)\b|"
                         r"\b(?:announced|published|released|disclosed|admitted|acknowledged) (?:the |its |"
                         r"their )?"
                         r"(?:official )?(?:death toll|casualty figures?|losses)\b", re.IGNORECASE)
_AMONG_THEM = _compile(r"\W*(?:among (?:them|those|these|the dead|the victims)|of (?:them|these|those|"
                         r"whom)|including)\b",
                         re.IGNORECASE)
_INCLUDES = _compile(r"\b(?:which|that) includes?\b|\bincluding\b", re.IGNORECASE)
_MODIFIER_USE = _compile(r"\s+(?:strikes?|attacks?|fire|shelling|launchers?|crews?|base|bases|factory|"
                           r"factories|plant|"
                           r"production|depots?|units?|drivers?|pilots?|operators?|maker|makers|industry|"
                           r"supplies|programme|"
                           r"program|barrage|raids?|warning|alert|threat)\b", re.IGNORECASE)
_BREAKDOWN = _compile(r"\b(?:includes?|included|comprised?|consist(?:s|ed)? of|of which|of them|of these)\b",
                        re.IGNORECASE)
_ALSO = _compile(r"\balso\b|\bin addition\b", re.IGNORECASE)
_SAME_PERIOD = _compile(r"\b(?:within|during|in|over) the same (?:period|timeframe|time ?frame|day|time)\b|"
                          r"during this period",
                          re.IGNORECASE)
_TOTAL_CUE = _compile(r"\b(?:total|overall|in all|altogether|so far|to date|running|cumulative|the tally|"
                        r"the toll|death toll|as of|as at|"
                        r"brings? the|brought the|bringing the|taking the|takes the|now stands|standing at|"
                        r"stands at|rose to|"
                        r"already|(?:rose to|rise to|risen to|increased to|grew to|reached|has reached|have "
                        r"reached|hit|passed|"
                        r"surpassed|crossed|exceeded|topped)(?=\s+(?:\w+\s+){0,2}?(?:\d|one|a million|half a "
                        r"million)))\b",
                        re.IGNORECASE)
_BRING_TOTAL = _compile(r"\b(?:brings?|brought|bringing|takes?|taking|took|raising|raises|pushing|pushes|"
                          r"putting)\s+"
                          r"(?:the|its|their|russia's|ukraine's)?\s*(?:\w+\s+){0,6}?(?:total|tally|toll|"
                          r"number|count|losses|figure)",
                          re.IGNORECASE)
_INCREMENT = _compile(r"\b(?:another|a further|an additional|additional|further|(?<!no )more(?! than)|"
                        r"extra|new)\b", re.IGNORECASE)
# "another 650", "a further four": the increment word right before the number;
# "six more tanks" right after it.
_INCREMENT_BEFORE = _compile(r"\b(?:another|a further|an additional|additional|further|"
                               r"extra)\s+[\"']?$", re.IGNORECASE)
_INCREMENT_AFTER = _compile(r"\s+more\s+(?!than\b|in\b|on\b|at\b|by\b|from\b|to\b)[a-z]", re.IGNORECASE)
_COUNT_OF_ONE = _compile(r"(?:,|\band)\s+(?:also\s+)?an?\s+$", re.IGNORECASE)
_CLAUSE_BREAK = _compile(r"[;:]|,\s+(?:while|whereas|but|although|as|which|who|when|after|before|with|"
                           r"including|and (?:the|a|it|he|she|they)|(?:a|an|the) (?:figure|number|total|rise|"
                           r"increase|drop|fall|jump))\b|\.\s")
# A side named right before a destroying verb did the destroying: "Ukraine has destroyed 5,952",
# "Ukrainian air defenses successfully intercepted ..., downing 19 drones".
_AGENT_VERB_AFTER = _compile(
    r"(?:'s)?\s+(?:[\w-]+\s+){0,3}?(?:has\s+|have\s+|had\s+)?(?:also\s+|reportedly\s+|successfully\s+|"
    r"already\s+|now\s+)?"
    r"(?:killed|kill|kills|destroyed|destroy|destroys|destroying|shot down|shoot down|shooting down|downed|"
    r"downing|eliminated|"
    r"eliminate|liquidated|neutrali[sz]ed|struck|wiped out|took out|knocked out|intercepted|captured|seized|"
    r"succeeded in destroying|inflicted)\b", re.IGNORECASE)
_PASSIVE_BEFORE = _compile(r"\b(?:been|were|was|be|being|is|are)\s+(?:also\s+|reportedly\s+)?(?:killed|"
                             r"destroyed|shot|downed|"
                             r"eliminated|liquidated|captured|seized|struck)", re.IGNORECASE)
_ATTACK_NOUN = _compile(r"^\s*(?:\w+\s+){0,2}?(?:attacks?|strikes?|shelling|bombardment|bombing|missiles?|"
                          r"drones?|aircraft and artillery|"
                          r"air ?strikes?|rockets?|forces? (?:shelled|struck|hit)|troops (?:shelled|"
                          r"struck))\b", re.IGNORECASE)
_MILITARY_CONTEXT = _compile(r"\b(?:troops|soldiers|servicem[ae]n|military|army|forces|personnel|combat|"
                               r"front|battle|"
                               r"general staff|defen[cs]e ministry|ministry of defen[cs]e|war dead|killed in "
                               r"action|"
                               r"mobili[sz]ed|fighters|invaders|occupiers|casualty figures|"
                               r"battlegroup)\b", re.IGNORECASE)
_CIVILIAN_CONTEXT = _compile(r"\b(?:civilians?|children|residents|apartment|residential|hospital|city of|"
                               r"village|"
                               r"emergency service|rescue|rubble|rescuers|in the city|regional "
                               r"administration|governor|mayor)\b",
                               re.IGNORECASE)
_RATE_BEFORE = _compile(r"\b(?:daily average|average daily|averag(?:e|ing)|on average|per[- ]day|daily rate|"
                          r"daily(?! (?:update|report|bulletin|briefing|summary|post|statement)))\b[^.;]{0,40}$",
                          re.IGNORECASE)
_NEXT_NUMBER = _compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
_RATE_WORDS = _compile(r"\b(?:per|each|every)\s+(?P<unit>day|week|month|year)\b|"
                         r"(?<!than )(?<!in )(?<!for )(?<!within )(?<!over )(?<!just )\ba\s+(?P<unit2>day|"
                         r"week|month)\b"
                         r"(?!\s+(?:ago|earlier|later|before|after|of))|\b(?:daily|"
                         r"per[- ]day)\b", re.IGNORECASE)
_IN_A_DAY = _compile(r"\b(?:in|within|during|over)\s+(?:just\s+)?(?:a|one|the|that|"
                       r"this)\s+(?:single\s+)?(?:day|week|month)\b", re.IGNORECASE)
_RATE_UNIT_DAYS = {"day": 1, "hour": None, "week": 7, "month": 30, "year": 365}
_PERIOD_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
_YEAR_LINE = _compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*(?:\((?P<inner>[^)]*)\))?\s*:")
_SINCE_DATE = _compile(r"\b(?:since|from|starting|beginning|"
                         r"between)\s+(?:the\s+)?(?:[\w'-]+\s+){0,8}?(?:on\s+|in\s+)?$", re.IGNORECASE)
_AS_OF_CUE = _compile(r"\b(?:as of|as at|by|to|until|through|on|at the end of|at the start of|in|over|"
                        r"during|for)\s+(?:the\s+)?(?:morning of\s+|evening of\s+)?$",
                        re.IGNORECASE)
_SINCE_OR_FROM = _compile(r"\bsince\b|\b(?:from|starting|beginning "
                            r"on)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_AS_OF_BETWEEN = _compile(r"\b(?:as of|as at|by|to|until|till|through|and|that|said|says|announced|"
                            r"reported|when|while)\b|[,;:]",
                            re.IGNORECASE)
_POSSESSIVE_SOURCE = _compile(r"^\W*(?:their|its|his|her)\b|\baccording to (?:their|"
                                r"its|his|her)\b", re.IGNORECASE)
_FORCE_NAME = _compile(r"(?:military|army|forces|armed forces of \w+|defen[cs]e forces)$")
_GENERIC_NOUN = _compile(r"^(?:units?|pieces?|systems?|items?|weapons?|equipment|units "
                           r"of equipment)$", re.IGNORECASE)
_SHARED_NOUN = _compile(r"\s*(?:destroyed|damaged|captured|abandoned|killed|wounded|lost)\s+(?:and|"
                          r"or)\s+[\d,.]+\s+"
                          r"(?:destroyed|damaged|captured|abandoned|killed|wounded|"
                          r"lost)\s+(?:\w+\s+)?", re.IGNORECASE)
_PART_OF = _compile(r"\s+of\s+(?:the\s+)?[\d,.]+\s+", re.IGNORECASE)  # "71 of 139 drones"
_SENTENCE_OPENS_WITH_NUMBER = _compile(r"\W*(?:\w+\s+){0,2}?", re.IGNORECASE)
_PASSIVE_LOSS_AFTER = _compile(r"\s+(?:more\s+|others\s+)?(?:have|had|were|was|are)\s+(?:also\s+)?(?:been\s+)?"
                                 r"(?:killed|injured|wounded|destroyed|captured|lost|shot down|damaged)\b",
                                 re.IGNORECASE)
_LOSS_VERB_BEFORE = _compile(r"\b(?:lost|lose|loses|destroyed|downed|shot down|killed|"
                               r"captured)\s+(?:only\s+|just\s+|another\s+)?$",
                               re.IGNORECASE)
_LOSS_NOUNS = frozenset({"casualties", "fatalities", "deaths", "dead", "death toll", "losses"})
# Aliases that name a place or a person in passing more often than a source.
_NOT_ENTITIES = frozenset({"moscow", "putin", "kremlin", "the kremlin", "zelensky", "zelenskyy"})
_SAID_IN = _compile(r"\b(?:said|says|announced|reported|published|released|stated|told|wrote|revealed|"
                      r"cited|put|updated)\b"
                      r"[^,;.]{0,25}\b(?:in|on|during)\s+(?:mid-|early |late )?$|\b(?:mid-)$", re.IGNORECASE)
_MID_MONTH = _compile(r"\bmid-?\s*$", re.IGNORECASE)
_POSSESSIVE_AFTER = _compile(
    r"'s\s+(?:(?P<noun>assertion|claim|claims|statement|figures?|estimate|estimates|data|report|count|tally|"
    r"numbers|"
    r"update|calculations|assessment|words|announcement|post)\b)?", re.IGNORECASE)
_SAYING_VERB = (r"(?:said|says|stated|reported|reports|claimed|claims|announced|estimated|estimates|added|noted|"
                r"told|wrote|revealed|indicated|stressed|recorded|counted|showed|shows|published|released)")
_SAYING_VERB_AFTER = _compile(
    r"[\w\s,.'()-]{0,40}?\b" + first_char_lookahead(_SAYING_VERB, re.IGNORECASE) + _SAYING_VERB + r"\b",
    re.IGNORECASE)
_CHANNEL_BEFORE = _compile(r"\b(?:via|on|through)\s+(?:the\s+)?$", re.IGNORECASE)
_RELAYED_BY = _compile(r"\b(?:as cited by|cited by|quoted by|as quoted by|citing|according to (?:a "
                         r")?report(?:s)? (?:by|from|in)|"
                         r"as reported by|reported by)\s+(?:the\s+)?(?:[\w'.-]+\s+){0,3}$", re.IGNORECASE)
_LOSER_AFTER = _compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:has|have|had)?\s*(?:also\s+)?(?:lost|suffered|"
                          r"sustained|destroyed|killed)\b",
                          re.IGNORECASE)
# The lookahead is the guard ``scan.guarded`` cannot derive because of the '^' branch: every match
# starts with "the/this/that/its/it/they", "according", "intelligence", a ',;:' or at the text's start.
_GENERIC_SOURCE = re.compile(
    r"(?=[tia,;:]|^)(?:"
    r"\b(?:the|this|that|its)\s+(?P<noun>ministry|mod|defen[cs]e ministry|department|statement|report|update|"
    r"post|bulletin|"
    r"website|site|project|blog|monitor|agency|briefing|data|figures)(?:'s)?\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|noted|notes|added|adds|stated|states|reported|reports|read|reads|showed|shows|indicated|"
    r"indicates|"
    r"estimates|estimated|wrote|writes|claimed|claims|counted|tallied|recorded)\b"
    r"|\baccording to (?:the|this|that|its) (?:latest |same |updated )?(?P<noun2>update|report|statement|"
    r"data|figures|ministry|bulletin)\b"
    r"|\b(?P<noun3>intelligence) (?:reports|reported|says|said|estimates|estimated|assesses|assessed)\b"
    r"|\b(?:the|its) (?P<noun4>website|site|project|blog|monitor|ministry|agency)'s (?:numbers|figures|data|"
    r"count|tally|estimates?)\b"
    r"|(?:^|[,;:]\s*)(?P<noun5>it|they) (?:estimates|estimated|says|said|reports|reported|counts|counted|"
    r"claims|claimed)\b)",
    re.IGNORECASE)
# "reported in mid-February that ...": the month dates the report, not a span of losses
_REPORTED_BEFORE = _compile(r"\b(?:said|says|announced|reported|published|released|stated|told|wrote|revealed|"
                              r"cited|put|updated|estimated)\b[^,;.]{0,25}$", re.IGNORECASE)
_MONTH_SPAN = _compile(r"\b(?:in|during|over|throughout|for)\s+(?:the month of\s+)?(?:early |mid-|late )?"
                         r"(?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december)\b|\blast month\b", re.IGNORECASE)
_RESPECTIVELY = _compile(r"\brespectively\b", re.IGNORECASE)
_VAGUE_AFTER = _compile(r"^\s*(?:of\s+thousands|thousands|hundreds|dozens)\b", re.IGNORECASE)
_OR_MORE = _compile(r"^\s*(?:or more|or so|plus|\+)\b", re.IGNORECASE)
_WAR_START_ON = _compile(r"\bon\s*$", re.IGNORECASE)
# A country named after these words is where the war is, not whose losses: "killed in Ukraine".
_PLACE_BEFORE = _compile(r"\b(?:in|into|across|throughout|inside|against|on|invaded|invading|invasion of|"
                           r"war (?:in|on|against)|"
                           r"attack on|attacks on|strikes on|toward|towards|to|of)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)

# Compiled once here rather than looked up in re's cache for every number.
_OTHER_SCRIPT_LABEL = re.compile(r"[^\x00-\x7f\s/]+(?:\s+[^\x00-\x7f\s/]+)*\s*/\s*")
_OUTCOME_GAP = re.compile(
    r"[\s\"',]*(?:\([^()]{0,60}\)\s*)?(?:(?:have|has|had|were|was|been|being|are|is|reportedly|also|probably|"
    r"either|all|in|ukraine|russia|total|so far|already|now|more|may|might|others?|could|be|which|that|"
    r"who)\s+[\s\"',]*){0,5}",
    re.IGNORECASE)
_QUALIFIER_TAIL = re.compile(r"[\s\"']*(?:of\s+|a\s+|an\s+|the\s+|total\s+of\s+|a total of\s+)?[\s\"']*",
                             re.IGNORECASE)
_DAILY_CONTEXT = _compile(r"\b(?:daily|24 hours|past day|last day|the day|per day|general staff|update)\b",
                          re.IGNORECASE)
_HEDGED_LEAD = re.compile(r"^\W*(?:if |reportedly|allegedly|unconfirmed|probably)", re.IGNORECASE)


@dataclass
class _Mention:
    """A number read as a loss, before document-level context fills it in."""

    sentence: Sentence
    number: Number
    category: str
    outcome: str
    side: str | None
    qualifier: str
    measure: str
    period_days: float | None
    period_start: dt.date | None
    as_of: dt.date | None
    as_of_basis: str
    hedged: bool
    claimant: str | None
    claimant_text: str | None
    claimant_explicit: bool
    rule: str
    value: float
    value_high: float | None
    dated: bool = False  # as_of came from a date in the sentence
    measure_cue: str = ""
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class _Source:
    key: str
    text: str
    start: int
    score: int = 2  # 3: "according to X", 2: "X said", 1: named without a verb of saying


#: What a sentence alone says about its sources: named ones as (is "other", score, source), and
#: generic references ("the ministry said") as (offset, noun), resolved later against the sources so far.
_SentenceSources = tuple[list[tuple[int, int, _Source]], list[tuple[int, str]]]


class _Reader:
    """Reads one document. Holds the text, its normalised twin and the profile's patterns."""

    def __init__(self, text: str, published: dt.date | None, profile: Profile) -> None:
        self.text = text
        self.norm = _normalise(text)
        self.profile = profile
        self.published = published
        self.sentences = sentences(text)
        self.scan = profile.lexicon.scan(self.norm)
        self.dates: list[datelib.DateMention] = []
        self.last_source: _Source | None = None
        self.last_org: _Source | None = None
        self.last_person: _Source | None = None
        self.last_entity: _Source | None = None
        self.doc_side_votes: Counter[str] = Counter()
        self.mentions: list[_Mention] = []
        self.list_context: dict[str, object] = {}
        self.published_basis = "published"
        self.last_daily: _Mention | None = None  # the last figure of one day's losses
        self.latest: dt.date | None = published  # the latest date the document can speak of
        self.sources_named: dict[int, _SentenceSources] = {}  # by sentence start
        self.clause_breaks: dict[int, list[tuple[int, int]]] = {}  # by sentence start
        self.daily_context: bool | None = None  # does the document speak of daily figures
        self.slice_matches: dict[tuple[int, int, int], list[re.Match[str]]] = {}

    # -- small helpers over the normalised text --
    def clause_bounds(self, sent: Sentence, pos: int) -> tuple[int, int]:
        """The clause of ``sent`` around absolute position ``pos``."""
        breaks = self.clause_breaks.get(sent.start)
        if breaks is None:  # asked for every number: the sentence's breaks are found once
            breaks = self.clause_breaks[sent.start] = [
                m.span() for m in _CLAUSE_BREAK.finditer(self.norm, sent.start, sent.end)]
        lo, hi = sent.start, sent.end
        for start, end in breaks:
            if end <= pos:
                lo = end
            elif start >= pos:
                hi = start
                break
        return lo, hi

    def in_slice(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """``list(pattern.finditer(norm[lo:hi]))`` (offsets into the slice), found once per document: every
        number of a clause (and of a sentence, for the sentence-wide cues) asks the same question."""
        key = (id(pattern), lo, hi)  # patterns are module constants; hashing one would hash its code
        found = self.slice_matches.get(key)
        if found is None:
            found = self.slice_matches[key] = list(pattern.finditer(self.norm[lo:hi]))
        return found

    def find_category_after(self, sent: Sentence, num: Number, abs_end: int) -> tuple[str, int, int] | None:
        window_end = min(sent.end, abs_end + 70)
        for m in self.scan.finditer("category", abs_end, window_end):
            gap = self.norm[abs_end : m.start()]
            if _NP_GAP.match(gap):
                return self.profile.key_of(m), m.start(), m.end()
            break
        return None

    def find_label_before(self, sent: Sentence, abs_start: int) -> tuple[str, int, int] | None:
        line_start = self.norm.rfind("\n", 0, abs_start) + 1
        lo = max(line_start, sent.start, abs_start - 90)
        best = None
        for m in self.scan.finditer("category", lo, abs_start):
            if _LABEL_GAP.match(self.norm[m.end() : abs_start]):
                best = (self.profile.key_of(m), m.start(), m.end())
        if best is None:
            return None
        # The label must open its line (bulletin layout) or follow a list separator.
        head = self.norm[line_start : best[1]]
        # bilingual "особового складу / personnel - ..." keeps the English label after a slash
        # (str.rstrip strips exactly what re's \s matches: the test of "[;,:]\s*$|/\s*$" without scanning
        # the whole head, which grows with the line)
        if (head.strip(" \t/-•*·;,.(") and not head.rstrip().endswith((";", ",", ":", "/"))
                and not _OTHER_SCRIPT_LABEL.fullmatch(head)):
            return None
        return best


def _what_was_lost(reader: _Reader, sent: Sentence, num: Number, abs_start: int, abs_end: int,
                   found: list[_Mention]) -> tuple[str, tuple[int, int] | None, int, str, str] | None:
    """(category, noun span, end of the noun phrase, rule, noun) for a number, or None if it counts
    nothing we know."""
    text = reader.norm
    if num.delta:
        if not found:
            return None
        return found[-1].category, None, abs_end, "bulletin_delta", ""
    label = reader.find_label_before(sent, abs_start)
    if label is not None:
        # the General Staff's layout: "personnel - about 80,860 (+650) persons were liquidated"
        return label[0], None, abs_end, "bulletin_item", text[label[1]:label[2]]
    np = reader.find_category_after(sent, num, abs_end)
    if np is not None:
        category, start, end = np
        noun = text[start:end]
        if noun.lower() == "losses":
            named = _category_in_context(reader, sent, abs_start)
            said_before = next((m for m in reversed(reader.mentions) if m.value == num.value
                                and m.sentence.paragraph >= sent.paragraph - 2), None)
            if named is not None and named[0] not in ("people", "personnel", "civilians"):
                category = named[0]  # "... tank crews by October 2023, which saw 521 losses"
            elif said_before is not None:
                category = said_before.category  # "The said 2,227 losses": the figure named before
        if _GENERIC_NOUN.match(noun):
            # "1,517 systems", "854 units": the kind comes from the sentence
            earlier = found[-1].category if found else _category_in_context(reader, sent, abs_start)
            if isinstance(earlier, tuple):
                earlier = earlier[0]
            if earlier and earlier not in ("people", "personnel", "civilians"):
                category = earlier
        return category, (start, end), end, "noun_phrase", noun
    # "25 destroyed and 15 damaged ships": two counts share one noun
    shared = _SHARED_NOUN.match(text, abs_end) or _PART_OF.match(text, abs_end)
    if shared:
        np2 = reader.profile.category_re.match(text, shared.end())
        if np2:
            return reader.profile.key_of(np2), None, np2.end(), "shared_noun", np2.group(0)
    if not _FOLLOWER_OK.match(text, abs_end):
        return None  # "five directions", "two apartment buildings": counts of something else
    if found:
        return found[-1].category, None, abs_end, "list_topic", ""
    inherited = _category_in_context(reader, sent, abs_start)
    if inherited is not None:
        category, noun = inherited
        return category, None, abs_end, "sentence_topic", noun
    # the previous sentence's topic: "It says Ukraine has lost nine."
    prev = reader.mentions[-1] if reader.mentions else None
    if prev is not None and prev.sentence.paragraph >= sent.paragraph - 1 and (
            _LOSS_VERB_BEFORE.search(text, max(sent.start, abs_start - 30), abs_start)
            or (_SENTENCE_OPENS_WITH_NUMBER.fullmatch(text, sent.start, abs_start)
                and _PASSIVE_LOSS_AFTER.match(text, abs_end))):
        return prev.category, None, abs_end, "previous_topic", ""
    outcome_word = (reader.profile.outcome_people_re.match(text, abs_end + 1)
                    if text[abs_end:abs_end + 1] == " " else None)
    if outcome_word is None:
        return None
    s_text = text[sent.start:sent.end]
    civilian = _CIVILIAN_CONTEXT.search(s_text) and not _MILITARY_CONTEXT.search(s_text)
    category = "civilians" if civilian else "personnel"
    return category, None, outcome_word.end(), "outcome_noun", outcome_word.group(0)


def _category_in_context(reader: _Reader, sent: Sentence, pos: int) -> tuple[str, str] | None:
    """The nearest category named earlier in the sentence, and the noun that named it.

    A bare loss noun defers to the thing that was lost ("artillery losses" -> artillery), and
    "the losses" with nothing before it points back at the previous sentence's topic."""
    matches = [m for m in reader.scan.finditer("category", sent.start, pos)
               if not _MODIFIER_USE.match(reader.norm, m.end())]  # "a missile strike" names no missile lost
    if not matches:
        return None
    last = matches[-1]
    noun = last.group(0)
    if noun.lower() in _LOSS_NOUNS:
        if len(matches) > 1 and re.fullmatch(r"\s*", reader.norm[matches[-2].end():last.start()]):
            return reader.profile.key_of(matches[-2]), matches[-2].group(0)
        just_before = reader.norm[max(sent.start, last.start() - 8):last.start()]
        if re.search(r"\b(?:the|these|those)\s+$", just_before, re.IGNORECASE):
            prev = reader.mentions[-1] if reader.mentions else None
            if prev is not None and prev.sentence.paragraph >= sent.paragraph - 1:
                return prev.category, noun
    return reader.profile.key_of(last), noun


def _outcome(reader: _Reader, sent: Sentence, category: str, num_start: int,
             np_end: int) -> tuple[str | None, bool]:
    """The outcome of a count, and whether it came from words right after the noun."""
    people = reader.profile.is_people(category)
    vocabulary = "outcome_people" if people else "outcome_equipment"
    lo, hi = reader.clause_bounds(sent, num_start)
    # The counted noun may itself say what happened: "1,140 casualties", "100,000 fatalities".
    for m in reader.scan.finditer(vocabulary, num_start, np_end):
        return reader.profile.key_of(m), True
    # Right after the noun: "498 troops have been killed", "2,765 tanks destroyed".
    for m in reader.scan.finditer(vocabulary, np_end, min(sent.end, np_end + 45)):
        gap = reader.norm[np_end : m.start()]
        if _OUTCOME_GAP.fullmatch(gap):
            return reader.profile.key_of(m), True
        break
    # In the number's clause: nearest on the left (lists share their verb), then on the right;
    # then the rest of the sentence on the left, the list heading, and the sentence on the right.
    left = None
    for m in reader.scan.finditer(vocabulary, lo, num_start):
        left = m
    if left is not None and not _INCLUDES.search(reader.norm, sent.start, left.start()):
        return reader.profile.key_of(left), False
    if left is not None:
        # "losses, which include wounded, killed or missing, may amount to 203,000": the head noun decides
        includes = _INCLUDES.search(reader.norm, sent.start, left.start())
        assert includes is not None  # it was found in that span just above
        head = reader.scan.search(vocabulary, sent.start, includes.start())
        return reader.profile.key_of(head or left), False
    for m in reader.scan.finditer(vocabulary, np_end, hi):
        return reader.profile.key_of(m), False
    for m in reader.scan.finditer(vocabulary, sent.start, lo):
        left = m
    if left is not None:
        return reader.profile.key_of(left), False
    if sent.kind == "list_item" and reader.list_context.get("outcome"):
        return str(reader.list_context["outcome"]), False
    for m in reader.scan.finditer(vocabulary, hi, sent.end):
        return reader.profile.key_of(m), False
    return None, False


def _qualifier(reader: _Reader, abs_start: int, abs_end: int, num: Number) -> str:
    if num.value_high is not None:
        return "range"
    m = None
    for q in reader.scan.finditer("qualifier", max(0, abs_start - 30), abs_start, sliced=True):
        tail = reader.norm[q.end():abs_start]
        if _QUALIFIER_TAIL.fullmatch(tail):
            m = q
    if m is not None:
        return reader.profile.key_of(m)
    if _OR_MORE.match(reader.norm[abs_end : abs_end + 12]):
        return "at_least"
    return "exact"


def _side(reader: _Reader, sent: Sentence, abs_start: int, np_span: tuple[int, int] | None,
          category: str, claimant: str | None, prev: _Mention | None) -> tuple[str | None, str]:
    """Whose loss: (side, how it was decided)."""
    prof = reader.profile
    # 1. An adjective or name inside the counted noun phrase: "498 Russian troops", "70,000 Russians".
    if np_span is not None:
        for vocabulary in ("side_adjective", "side_name"):
            for m in reader.scan.finditer(vocabulary, abs_start, np_span[1]):
                return prof.key_of(m), "noun_phrase"
    # 2. Lists share their side: "498 Russian troops ..., with 1,597 wounded".
    if prev is not None and prev.sentence is sent and prev.side:
        prev_np_end = prev.extra.get("np_end")
        after_prev = prev_np_end if isinstance(prev_np_end, int) else sent.start + prev.number.end
        if (not reader.scan.search("side_name", after_prev, abs_start, sliced=True)
                and not reader.scan.search("side_adjective", after_prev, abs_start, sliced=True)):
            return prev.side, "list"
    claimant_spans = [(m.start(), m.end()) for m in reader.scan.finditer("claimant", sent.start, sent.end)]
    # 3. Cues before the number in the sentence, nearest first; "in Ukraine" is a place, not a side.
    cues: list[tuple[int, int, str, str]] = []
    for vocabulary, kind in (("side_name", "name"), ("side_adjective", "adjective"),
                             ("side_forces", "forces")):
        for m in reader.scan.finditer(vocabulary, sent.start, abs_start):
            if any(a <= m.start() and m.end() <= b for a, b in claimant_spans) and kind != "forces":
                continue
            if kind == "name" and _PLACE_BEFORE.search(reader.norm, max(sent.start, m.start() - 25),
                                                       m.start()):
                continue
            cues.append((m.start(), m.end(), prof.key_of(m), kind))
    for m in reader.scan.finditer("enemy", sent.start, abs_start):
        enemy_of = _enemy_side(reader, claimant, m.group(0))
        if enemy_of:
            cues.append((m.start(), m.end(), enemy_of, "enemy"))
    cues.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    # drop cues nested in a longer cue
    pruned: list[tuple[int, int, str, str]] = []
    for c in cues:
        if pruned and c[0] < pruned[-1][1]:
            continue
        pruned.append(c)
    for start, end, side, kind in reversed(pruned):
        after_cue = reader.norm[end : min(sent.end, end + 40)]
        opponent = prof.sides[side].opponent if side in prof.sides else None
        if _ATTACK_NOUN.match(after_cue) and opponent:
            return opponent, "attacker"
        agent = _AGENT_VERB_AFTER.match(reader.norm, end, abs_start)
        if (agent and opponent and not _PASSIVE_BEFORE.search(agent.group(0))
                and not _AGENT_BY.search(reader.norm, max(sent.start, start - 30), start)):
            return opponent, "agent"
        if _AGENT_BY.search(reader.norm, max(sent.start, start - 30), start) and opponent:
            return opponent, "agent"
        return side, kind
    # 4. "Moscow announced its death toll": a side speaking of its own losses.
    own = prof.own_side(claimant)
    if own and _OWN_LOSSES.search(reader.norm, sent.start, sent.end):
        return own, "own_losses"
    # 5. What the claimant usually reports: Ukrainian sources count Russian losses and vice versa.
    if category in ("civilians", "people"):
        return prof.default_victim_side, "default_victims"
    usual = _side_from_claimant(prof, category, claimant)
    return usual, ("claimant" if usual else "unknown")


def _enemy_side(reader: _Reader, claimant: str | None, word: str) -> str | None:
    """'The occupiers' name one side outright; 'the enemy' is the other side of whoever speaks."""
    named = [key for key, side in reader.profile.sides.items()
             if any(re.fullmatch(w, word, re.IGNORECASE) for w in side.enemy_words)]
    if len(named) == 1:
        return named[0]
    own = reader.profile.own_side(claimant)
    return reader.profile.sides[own].opponent if own in reader.profile.sides else None


def _claimant_in(reader: _Reader, sent: Sentence, near: int | None = None) -> _Source | None:
    """The source a sentence names ("X said", "according to X", "a statement from X").

    Official sources outrank media that relay them ("..., the General Staff said, as cited by
    Ukrinform"); a verb of saying outranks a bare mention; ``near`` breaks ties by distance."""
    named, generic = _sources_named(reader, sent)
    found: list[tuple[int, int, int, _Source]] = [
        (other, -score, abs(src.start - near) if near is not None else 0, src) for other, score, src in named]
    for start, noun in generic:
        ref = _generic_source(reader, noun)  # depends on the sources read so far
        if ref is not None:
            distance = abs(start - near) if near is not None else 0
            found.append((int(ref.key == "other"), -2, distance, ref))
    if not found:
        return None
    found.sort(key=lambda f: f[:3])
    best = found[0][3]
    # "the officials said" after "US officials said": the officials named before, not a new source
    if best.text.lower() in ("officials", "the officials"):
        earlier = reader.last_person or reader.last_source
        if earlier is not None and earlier.key.endswith("officials") and earlier.start < best.start:
            return earlier
    return best


def _sources_named(reader: _Reader, sent: Sentence) -> _SentenceSources:
    """What ``_claimant_in`` reads from the sentence alone, read once per sentence: the named sources
    as (is "other", score, source) and the generic references ("the ministry said") as (offset, noun)."""
    cached = reader.sources_named.get(sent.start)
    if cached is not None:
        return cached
    prof = reader.profile
    named: list[tuple[int, int, _Source]] = []
    for m in reader.scan.finditer("claimant", sent.start, sent.end):
        before = reader.norm[max(sent.start, m.start() - 60) : m.start()]
        after = reader.norm[m.end() : min(sent.end, m.end() + 60)]
        if _CHANNEL_BEFORE.search(before):
            continue  # "shared via the ministry's X account": a channel, not a source
        score = 0
        force = _is_force(reader, m)
        possessive = _POSSESSIVE_AFTER.match(after)
        if _RELAYED_BY.search(before):
            score = 1
        elif _ATTRIBUTION_BEFORE.search(before) or (
                _SAID_BEFORE.search(before) and _CLAUSE_END_AFTER.match(reader.norm, m.end())):
            score = 3
        elif possessive:
            # "Shoigu's assertion of 444,000" is a source; "Putin's army" is not
            score = 2 if possessive.group("noun") else 0
        elif _ATTRIBUTION_AFTER.match(after) and (not force or _SAYING_VERB_AFTER.match(after)):
            score = 2
        elif _LOSER_AFTER.match(after):
            score = 0  # the subject of the loss (or the one who inflicted it), not its source
        elif not force:
            score = 1  # a named source with no verb of saying: "US and UK sources are in line with ..."
        if score:
            key = prof.key_of(m)
            source = _Source(key, reader.text[m.start() : m.end()], m.start(), score)
            named.append((int(key == "other"), score, source))
    generic = [(m.start(), next(g for g in m.groups() if g))
               for m in _GENERIC_SOURCE.finditer(reader.norm, sent.start, sent.end)]
    reader.sources_named[sent.start] = (named, generic)
    return named, generic


def _generic_source(reader: _Reader, noun: str) -> _Source | None:
    """'the ministry', 'the website', 'the report': the last source of that kind."""
    noun = noun.lower()
    if noun in ("ministry", "mod", "defense ministry", "defence ministry", "department"):
        for src in (reader.last_org, reader.last_source, reader.last_entity):
            if src is not None and ("mod" in src.key or "ministry" in src.text.lower()
                                    or src.key.endswith("officials")):
                return src
        return reader.last_org
    if noun in ("website", "site", "project", "blog", "monitor", "outlet", "group", "it"):
        return reader.last_entity or reader.last_org
    if noun == "intelligence":
        return reader.last_org or reader.last_entity
    return reader.last_org or reader.last_source


def _source_referred_to(reader: _Reader, s_text: str) -> _Source | None:
    """A sentence with no named source may point back at one: "The post added", "according to their data"."""
    if _POSSESSIVE_SOURCE.search(s_text):
        return reader.last_entity or reader.last_source
    anaphora = _ANAPHORA.match(s_text)
    if anaphora and _ANAPHORA_VERB.search(s_text):
        word = anaphora.group(0).strip(" \"'").lower()
        persons = reader.profile.person_claimants
        if re.search(r"\b(?:he|she|spokesman|spokesperson|official)$", word):
            return reader.last_person or reader.last_source
        if word in ("they", "officials"):
            return reader.last_source
        if reader.last_source and reader.last_source.key in persons and reader.last_org:
            return reader.last_org
        return reader.last_source
    if _CONTINUATION.search(s_text[:60]):
        return reader.last_source
    return None


def _is_force(reader: _Reader, m: re.Match[str]) -> bool:
    """'Ukrainian forces', 'the Ukrainian military': armed forces, which speak only through a verb
    of saying."""
    name = m.group(0).lower().removeprefix("the ")
    return bool(_FORCE_NAME.search(name))


def _remember_sources(reader: _Reader, sent: Sentence, source: _Source | None) -> None:
    for m in reader.scan.finditer("claimant", sent.start, sent.end):
        if _is_force(reader, m) or m.group(0).lower() in _NOT_ENTITIES:
            continue
        reader.last_entity = _Source(reader.profile.key_of(m), reader.text[m.start():m.end()], m.start())
    if source is not None and source.score >= 2:
        reader.last_source = source
        if source.key in reader.profile.person_claimants:
            reader.last_person = source
        else:
            reader.last_org = source


def _dates_in(reader: _Reader, lo: int, hi: int) -> list[datelib.DateMention]:
    return [d for d in reader.dates if lo <= d.start and d.end <= hi]


def _date_role(reader: _Reader, d: datelib.DateMention, sent: Sentence) -> str:
    """'start' for the beginning of a span ("since February 24", "from 24 February 2022"), else 'as_of'."""
    before = reader.norm[max(sent.start, d.start - 80) : d.start]
    since = None
    for match in _SINCE_OR_FROM.finditer(before):
        since = match  # the last one
    if since is not None and not _AS_OF_BETWEEN.search(before, since.end()):
        return "start"
    return "as_of"


def _month_days(span_start: dt.date, end: dt.date) -> int:
    return (end - span_start).days + 1


def _measure(reader: _Reader, sent: Sentence, num: Number, abs_start: int, abs_end: int,
             category: str, prev: _Mention | None, claimant: str | None) -> tuple[str, float | None, str]:
    """(measure, period_days, cue) for one number.

    Cues in the number's own clause decide; a list item with no cue of its own shares the measure
    of the item before it; the rest of the sentence speaks only when both are silent."""
    lo, hi = reader.clause_bounds(sent, abs_start)
    if num.delta:
        return "period", 1, "delta"
    if (reader.scan.search("projection", lo, hi)
            or reader.scan.search("projection", max(sent.start, abs_start - 60), abs_start)):
        return "projection", None, "projection"
    # the span between this number and the next one (or the clause end) holds its own rate words
    nxt = _NEXT_NUMBER.search(reader.norm, abs_end, hi)
    own = reader.norm[abs_end : nxt.start() if nxt else hi]
    rate = _RATE_WORDS.search(own)
    if rate and not _IN_A_DAY.search(own):
        unit = (rate.group("unit") or rate.group("unit2") or "day").lower()
        return "rate", _RATE_UNIT_DAYS.get(unit, 1), "rate"
    if _RATE_BEFORE.search(reader.norm, max(sent.start, abs_start - 60), abs_start):
        return "rate", 1, "rate_before"
    same_sentence_prev = prev if prev is not None and prev.sentence is sent else None
    local = _measure_cues(reader, sent, lo, hi, abs_start, abs_end, prev, category)
    if local is not None:
        return local
    if same_sentence_prev is not None:
        return same_sentence_prev.measure, same_sentence_prev.period_days, "list"
    if sent.kind == "list_item" and _LEADING_DAY.match(reader.norm, sent.start):
        return "period", 1, "dated_list_item"  # "November 28, 2024: 2,030 casualties"
    if sent.kind == "list_item" and reader.list_context:
        return "cumulative", None, "list_heading"
    whole = _measure_cues(reader, sent, sent.start, sent.end, abs_start, abs_end, prev, category)
    if whole is not None:
        return whole
    s_text = reader.norm[sent.start : sent.end]
    if (category in ("civilians", "people") or category in ("drones", "missiles")) and (
            reader.scan.search("event", sent.start, sent.end, sliced=True)
            or _paragraph_has_event(reader, sent)):
        return "period", None, "event"
    # A report of the day's losses goes on: "The Ukrainian armed forces also lost three armoured
    # vehicles", "Kiev has lost up to 125 soldiers, the ministry said". Figures that are in fact running
    # totals are set right against the series later (_running_totals_from_series).
    daily = reader.last_daily
    if (daily is not None and sent.kind != "list_item" and daily.sentence.paragraph >= sent.paragraph - 3
            and (_ALSO.search(s_text) or (claimant is not None and claimant == daily.claimant))):
        return daily.measure, daily.period_days, "continued"
    # "The said 2,227 losses include ten Leopard tanks": a breakdown shares the span of its total
    last = reader.mentions[-1] if reader.mentions else None
    before = reader.norm[sent.start:abs_start]
    if (last is not None and last.measure == "period" and last.sentence.paragraph >= sent.paragraph - 1
            and (_AMONG_THEM.match(s_text) or _BREAKDOWN.search(before))):
        return last.measure, last.period_days, "continued"
    # "The said 2,227 material losses ...": the same figure again, with the same span
    again = next((m for m in reversed(reader.mentions) if m.value == num.value and m.category == category
                  and m.sentence.paragraph >= sent.paragraph - 2), None)
    if again is not None:
        return again.measure, again.period_days, "continued"
    return "cumulative", None, "default"


def _measure_cues(reader: _Reader, sent: Sentence, c_lo: int, c_hi: int, abs_start: int, abs_end: int,
                  prev: _Mention | None, category: str) -> tuple[str, float | None, str] | None:
    prof = reader.profile
    if reader.scan.search("war_start", c_lo, c_hi, sliced=True):
        return "cumulative", None, "war_start"
    pd_match = None
    for m in reader.scan.finditer("period_days", c_lo, c_hi):
        pd_match = m
        if m.start() > abs_start:
            break
    if pd_match is not None:
        return "period", _PERIOD_DAYS[prof.key_of(pd_match)], "period_phrase"
    if reader.in_slice(_SAME_PERIOD, c_lo, c_hi) and prev is not None and prev.measure != "cumulative":
        return prev.measure, prev.period_days, "same_period"
    for opened in reader.scan.finditer("period_open", c_lo, c_hi, sliced=True):
        word = opened.group(0).lower()
        if word in ("additional", "another", "a further", "more", "further"):
            if _INCREMENT_BEFORE.search(reader.norm, max(sent.start, abs_start - 22), abs_start) or \
                    _INCREMENT_AFTER.match(reader.norm, abs_end):
                return "period", (1 if _daily_context(reader) else None), "increment"
            continue
        return "period", _span_days(opened.group(0)), "period_open"
    one_attack = category in ("civilians", "people") and reader.scan.search("event", sent.start, sent.end, sliced=True)
    if reader.in_slice(_TOTAL_CUE, c_lo, c_hi) and not one_attack:
        return "cumulative", None, "total"  # but "the death toll from the strike rose to 30" is that strike's
    # "lost 23,000 in January": that month's figure (its dates are filled in with the other dates)
    for month in reader.in_slice(_MONTH_SPAN, c_lo, c_hi):
        if not _REPORTED_BEFORE.search(reader.norm, max(sent.start, c_lo + month.start() - 40), c_lo + month.start()):
            return "period", None, "month"
    # "has killed 21 people" is a running total, unless the subject is one attack
    if reader.in_slice(_PRESENT_PERFECT_LOSS, c_lo, c_hi) and not (
            category in ("civilians", "people") and reader.scan.search("event", sent.start, sent.end)):
        return "cumulative", None, "total"
    return None


def _span_days(phrase: str) -> float | None:
    """'over the past two months' -> 61; other open spans have no stated length."""
    m = re.search(r"(?:past|last)\s+(\w+)\s+(month|week|day|year)s?", phrase, re.IGNORECASE)
    if not m:
        return None
    count = WORD_VALUES.get(m.group(1).lower()) if not m.group(1).isdigit() else int(m.group(1))
    if not count:
        return None
    return float(count * {"month": 30.5, "week": 7, "day": 1, "year": 365}[m.group(2).lower()] // 1)


def _daily_context(reader: _Reader) -> bool:
    if reader.daily_context is None:  # a question about the whole document: answered once
        reader.daily_context = bool(_DAILY_CONTEXT.search(reader.norm))
    return reader.daily_context


def _paragraph_has_event(reader: _Reader, sent: Sentence) -> bool:
    return any(reader.scan.search("event", s.start, s.end, sliced=True) for s in reader.sentences
               if abs(s.paragraph - sent.paragraph) <= 1 and s is not sent)


def _hedged(reader: _Reader, sent: Sentence, abs_start: int) -> bool:
    lo, hi = reader.clause_bounds(sent, abs_start)
    if reader.scan.search("hedge", lo, hi, sliced=True):
        return True
    # A hedge in the sentence's lead ("If these figures hold up, ...") covers the whole sentence.
    return bool(_HEDGED_LEAD.search(reader.norm[sent.start:sent.end]))


def _rule(name: str, profile: Profile) -> str:
    return f"{name}/{EXTRACTOR_VERSION} {profile.rule_suffix}"


def _read_sentence(reader: _Reader, sent: Sentence) -> list[_Mention]:
    text = reader.norm
    s_text = text[sent.start : sent.end]
    numbers = find_numbers(s_text)
    source = _claimant_in(reader, sent)
    explicit = source is not None
    if not numbers:
        _remember_sources(reader, sent, source)
        return []
    if source is None:
        source = _source_referred_to(reader, s_text)
    if source is None and sent.kind == "list_item" and reader.list_context.get("source"):
        source = reader.list_context["source"]  # type: ignore[assignment]
    year_line = _YEAR_LINE.match(s_text)
    out: list[_Mention] = []
    prev: _Mention | None = None
    if reader.mentions and reader.mentions[-1].sentence.paragraph >= sent.paragraph - 1:
        prev = reader.mentions[-1]
    for num in numbers:
        abs_start, abs_end = sent.start + num.start, sent.start + num.end
        if _VAGUE_AFTER.match(text[abs_end : abs_end + 20]) or (num.delta and num.value == 0):
            continue  # "tens of thousands"; "(+0)": no loss that day
        what = _what_was_lost(reader, sent, num, abs_start, abs_end, out)
        if what is None:
            continue
        category, np_span, np_end, rule, topic_noun = what
        if category == "people":
            category = _people_or_personnel(reader, _without_sources(reader, sent),
                                            text[np_span[0]:np_span[1]] if np_span else topic_noun)
        # Not a loss at all: applications, deliveries, refugees, exchanges.
        lo, hi = reader.clause_bounds(sent, abs_start)
        if rule not in ("bulletin_item", "shared_noun") and _names_non_loss(
                reader, max(lo, abs_start - 45), min(hi, np_end + 45)):
            continue
        outcome, _right = _outcome(reader, sent, category, abs_start, np_end)
        if outcome is None and _AMONG_THEM.match(s_text) and reader.mentions:
            outcome = reader.mentions[-1].outcome  # "Among them are 12 generals."
        if outcome is None:
            if rule in ("bulletin_item", "bulletin_delta") or (
                    sent.kind == "list_item" and reader.list_context):
                outcome = str(reader.list_context.get("outcome") or "losses")
            elif num.delta:
                outcome = "losses"
            else:
                continue
        if outcome == "killed" and category not in ("personnel", "civilians", "people"):
            outcome = "destroyed"
        if explicit and len(numbers) > 1:
            nearest = _claimant_in(reader, sent, near=abs_start)
            if nearest is not None and nearest.key != source.key:  # type: ignore[union-attr]
                source = nearest
        claimant = source.key if source else None
        side, _side_basis = _side(reader, sent, abs_start, np_span, category, claimant, prev)
        qualifier = "exact" if num.delta else _qualifier(reader, abs_start, abs_end, num)
        if rule == "bulletin_delta":
            qualifier = "exact"
        measure, period_days, measure_cue = _measure(reader, sent, num, abs_start, abs_end, category, prev,
                                                     claimant)
        if rule == "bulletin_item" and measure not in ("projection",):
            measure, period_days = "cumulative", None
        hedged = _hedged(reader, sent, abs_start)
        m = _Mention(
            sentence=sent, number=num, category=category, outcome=outcome, side=side, qualifier=qualifier,
            measure=measure, period_days=period_days, period_start=None, as_of=None, as_of_basis="none",
            hedged=hedged, claimant=claimant, claimant_text=source.text if source else None,
            claimant_explicit=explicit, rule=rule, value=num.value, value_high=num.value_high,
            measure_cue=measure_cue,
        )
        if rule == "bulletin_delta":
            last = out[-1]
            m.side, m.claimant, m.claimant_text = last.side, last.claimant, last.claimant_text
            m.outcome = last.outcome
        m.extra["np_end"] = np_end
        if year_line:
            m.extra["year_line"] = year_line
        out.append(m)
        prev = m
        if m.measure == "period" and m.period_days == 1 and rule != "bulletin_delta":
            reader.last_daily = m
    out += _count_of_one(reader, sent, out)
    _increments_before_totals(reader, sent, out)
    _remember_sources(reader, sent, source if explicit else None)
    return out


def _names_non_loss(reader: _Reader, lo: int, hi: int) -> bool:
    """Whether ``norm[lo:hi]``, war-start phrases blanked, names a non-loss ("applications", "refugees")."""
    prof = reader.profile
    if reader.scan.search("war_start", lo, hi, sliced=True) is None:
        # nothing to blank: the prefiltered scan answers for the window itself
        return reader.scan.search("non_loss", lo, hi, sliced=True) is not None
    masked = prof.war_start_re.sub(" ", reader.norm[lo:hi])
    return prof.non_loss_re.search(masked) is not None


def _without_sources(reader: _Reader, sent: Sentence) -> str:
    """The sentence with source names blanked: "Regional Military Administration" says nothing
    about victims."""
    pieces, pos = [], sent.start
    for m in reader.scan.finditer("claimant", sent.start, sent.end, sliced=True):
        pieces += [reader.norm[pos:m.start()], m.group(0) if _is_force(reader, m) else " " * len(m.group(0))]
        pos = m.end()
    pieces.append(reader.norm[pos:sent.end])
    return "".join(pieces)


def _people_or_personnel(reader: _Reader, s_text: str, noun: str) -> str:
    """'People' and 'casualties' are soldiers in a sentence about the army, victims in one about a strike."""
    civilian = bool(_CIVILIAN_CONTEXT.search(s_text))
    if _MILITARY_CONTEXT.search(s_text) and not civilian:
        return "personnel"
    if noun.lower() in _LOSS_NOUNS and not civilian and not reader.profile.event_re.search(s_text):
        return "personnel"
    return "people"


def _count_of_one(reader: _Reader, sent: Sentence, found: list[_Mention]) -> list[_Mention]:
    """'... eight tanks, four rocket systems and a helicopter': a counted loss of one."""
    if len(found) < 2:
        return []
    extra = []
    for m in reader.scan.finditer("category", found[-1].number.end + sent.start, sent.end):
        before = reader.norm[max(sent.start, m.start() - 12) : m.start()]
        if not _COUNT_OF_ONE.search(before):
            continue
        base = found[-1]
        art = _COUNT_OF_ONE.search(before)
        assert art is not None
        start = m.start() - (len(before) - art.start())
        num = Number(start - sent.start, m.start() - sent.start, 1.0, None, True, False, "a")
        extra.append(replace(base, number=num, category=reader.profile.key_of(m), value=1.0, value_high=None,
                             qualifier="exact", rule="count_of_one", extra={}))
        break
    return extra


def _increments_before_totals(reader: _Reader, sent: Sentence, found: list[_Mention]) -> None:
    """'Five tanks were destroyed, taking the total to 2,980': the first is the day's figure."""
    if len(found) < 2 or not _BRING_TOTAL.search(reader.norm, sent.start, sent.end):
        return
    bring = _BRING_TOTAL.search(reader.norm, sent.start, sent.end)
    assert bring is not None
    for m in found:
        if m.number.start + sent.start < bring.start() and m.measure == "cumulative":
            m.measure, m.period_days = "period", (1 if _daily_context(reader) else None)
        elif m.number.start + sent.start > bring.start():
            m.measure, m.period_days = "cumulative", None


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _resolve_dates(reader: _Reader, m: _Mention, war_start: dt.date) -> None:
    """Fill in as_of and period_start from the dates the sentence states, else the publication date."""
    sent = m.sentence
    abs_start = sent.start + m.number.start
    candidates = []
    for d in _dates_in(reader, sent.start, sent.end):
        if d.text.lower().startswith("next"):
            continue  # a future date is not the date of a loss figure
        if _date_role(reader, d, sent) == "start":
            if d.date and m.period_start is None:
                m.period_start = d.span_start or d.date
            continue
        candidates.append(d)
    year_line = m.extra.get("year_line")
    if isinstance(year_line, re.Match):
        year = int(year_line.group("year"))
        inner = [d for d in candidates
                 if d.start < sent.start + year_line.end() and d.date and d.precision == "day"]
        m.period_start = dt.date(year, 1, 1)
        m.as_of = inner[0].date if inner else dt.date(year, 12, 31)
        m.as_of_basis, m.dated = "stated", True
        if m.measure == "cumulative":
            m.measure = "period"
        return
    chosen = _choose_date(reader, m, sent, abs_start, candidates) if candidates else None
    if chosen is not None:
        m.dated = True
        if chosen.precision == "month":
            _month_span_claim(reader, m, sent, chosen)
        elif chosen.date is not None:
            m.as_of = _year_from_context(reader, chosen) or chosen.date
            m.as_of_basis = {"weekday_date": "weekday_date", "weekday": "relative", "relative": "relative",
                             "year": "stated_year"}.get(chosen.kind, "stated")
    elif m.sentence.kind == "list_item" or m.rule in ("bulletin_item", "bulletin_delta"):
        # the list heading's date ("as of the morning of April 23", "from 24.02 to 23.04")
        ctx_date = reader.list_context.get("as_of")
        if isinstance(ctx_date, dt.date):
            m.as_of, m.as_of_basis, m.dated = ctx_date, "stated", True
    if m.as_of is None and m.measure != "projection" and reader.published is not None:
        m.as_of, m.as_of_basis = reader.published, reader.published_basis
    if m.as_of is not None and reader.latest is not None and m.as_of > reader.latest:
        m.as_of = reader.latest  # "so far in April": a figure is never dated after its report
    # "from 24 February 2022 to 5 March 2023": a span that starts with the war is the running total
    if (m.measure == "period" and m.period_start is not None and abs((m.period_start - war_start).days) <= 1
            and m.measure_cue not in ("delta", "period_phrase", "increment", "dated_list_item", "rate")):
        m.measure, m.period_days = "cumulative", None


def _year_from_context(reader: _Reader, d: datelib.DateMention) -> dt.date | None:
    """'On March 1, 2022, ... by March 3, the figure was revised': a yearless date close after a
    full one belongs to the same year, not to the publication's."""
    if d.kind != "day_month" or d.date is None:
        return None
    earlier = [x for x in reader.dates if x.end <= d.start and d.start - x.end < 400 and x.date is not None
               and x.kind in ("explicit", "numeric", "weekday_date") and x.precision == "day"
               and not _SINCE_OR_FROM.search(reader.norm, max(0, x.start - 80), x.start)]
    if not earlier or earlier[-1].date is None or earlier[-1].date.year == d.date.year:
        return None
    try:
        return d.date.replace(year=earlier[-1].date.year)
    except ValueError:  # 29 February
        return None


def _choose_date(reader: _Reader, m: _Mention, sent: Sentence, abs_start: int,
                 candidates: list[datelib.DateMention]) -> datelib.DateMention | None:
    if _RESPECTIVELY.search(reader.norm, sent.start, sent.end):
        same = [x for x in reader.mentions + [m] if x.sentence is sent and x.rule != "count_of_one"]
        idx = next((i for i, x in enumerate(same) if x is m), 0)
        return candidates[min(idx, len(candidates) - 1)]
    lo, hi = reader.clause_bounds(sent, abs_start)
    in_clause = [d for d in candidates if lo <= d.start < hi]
    pool = in_clause or candidates
    abs_end = sent.start + m.number.end

    def distance(d: datelib.DateMention) -> int:
        return abs_start - d.end if d.end <= abs_start else max(0, d.start - abs_end)
    return min(pool, key=lambda d: (_PRECISION_RANK.get(d.precision, 3), distance(d)))


def _month_span_claim(reader: _Reader, m: _Mention, sent: Sentence, d: datelib.DateMention) -> None:
    """A figure dated by a month: "lost 23,000 in January" is that month's figure (a period);
    "said in July that the total was 15,000" is a running total as of that month."""
    before = reader.norm[max(sent.start, d.start - 40) : d.start]
    told_then = _SAID_IN.search(before)
    if m.measure == "cumulative" and m.measure_cue in ("default", "list", "continued", "month") and not told_then:
        m.measure = "period"
    if d.date is not None:
        end = d.date
        if _MID_MONTH.search(before) and d.span_start is not None:
            end = d.span_start.replace(day=15)
        m.as_of, m.as_of_basis = end, "stated_month"
    if m.measure == "period":
        if d.span_start is not None:
            m.period_start = m.period_start or d.span_start
        if m.period_days is None and d.span_start is not None and d.date is not None:
            m.period_days = _month_days(d.span_start, d.date)
        elif m.period_days is None and d.month:
            m.period_days = float(calendar.monthrange(2001, d.month)[1])  # year unknown: not a leap year


def _update_list_context(reader: _Reader, sent: Sentence, found: list[_Mention]) -> None:
    """A sentence ending in ':' (or a bulletin header) sets the context of the list that follows."""
    s_text = reader.norm[sent.start : sent.end]
    if not s_text.rstrip().endswith(":") and sent.kind != "sentence":
        return
    if not s_text.rstrip().endswith(":"):
        if sent.kind == "sentence" and not found:
            return
        return
    ctx: dict[str, object] = {}
    source = _claimant_in(reader, sent) or reader.last_source
    if source:
        ctx["source"] = source
    om = (reader.scan.search("outcome_equipment", sent.start, sent.end, sliced=True)
          or reader.scan.search("outcome_people", sent.start, sent.end, sliced=True))
    ctx["outcome"] = reader.profile.key_of(om) if om else "losses"
    ds = [d for d in _dates_in(reader, sent.start, sent.end)
          if d.date and _date_role(reader, d, sent) == "as_of"]
    if ds:
        ctx["as_of"] = ds[-1].date
    elif reader.published:
        ctx["as_of"] = reader.published
    reader.list_context = ctx


def _choose(claims: list[_Mention]) -> _Mention:
    """Of several mentions of one fact, the one that says most about it."""
    def score(m: _Mention) -> tuple[int, ...]:
        return (
            int(m.sentence.kind != "heading"),
            int(m.claimant is not None),
            int(m.claimant_explicit),
            int(m.dated),
            int(m.side is not None),
            -m.sentence.start,
        )
    return max(claims, key=score)


def _family(category: str) -> str:
    if category in ("personnel",):
        return category
    return "people" if category in ("civilians", "people") else "equipment"


def _fill_document_context(reader: _Reader) -> None:
    """What a sentence leaves open, the document fills in.

    A figure with no source of its own continues the last sourced figure about the same kind of
    loss (soldiers, civilians or equipment) within a few paragraphs; bulletin lists belong to the
    General Staff; a side still unknown follows the source, then the document's majority."""
    last_by_family: dict[str, _Mention] = {}
    for m in reader.mentions:
        family = _family(m.category)
        if m.claimant is None and m.sentence.kind != "heading":
            prev = last_by_family.get(family)
            if (prev is not None and prev.sentence.paragraph >= m.sentence.paragraph - 3
                    and (m.side is None or prev.side is None or m.side == prev.side)):
                m.claimant, m.claimant_text = prev.claimant, prev.claimant_text
        if m.claimant is None and m.rule in ("bulletin_item", "bulletin_delta"):
            m.claimant = str(reader.profile.raw.get("bulletin_claimant") or "") or None
        if m.claimant is not None:
            last_by_family[family] = m
    # KEY POINTS bullets and headlines sum up what the body attributes below them
    for i, m in enumerate(reader.mentions):
        if m.claimant is None and m.sentence.kind in ("list_item", "heading"):
            later = next((x for x in reader.mentions[i + 1:] if x.claimant and x.sentence.kind == "sentence"
                          and _family(x.category) == _family(m.category)
                          and x.sentence.paragraph <= m.sentence.paragraph + 4), None)
            if later is not None:
                m.claimant, m.claimant_text = later.claimant, later.claimant_text
    side_votes = Counter(m.side for m in reader.mentions if m.side)
    majority = side_votes.most_common(1)[0][0] if side_votes else None
    for m in reader.mentions:
        if m.side is None:
            m.side = _side_from_claimant(reader.profile, m.category, m.claimant) or majority or (
                reader.profile.default_victim_side if m.category in ("civilians", "people") else None)


_WEAK_MEASURE_CUES = frozenset({"default", "list", "continued", "same_period"})


def _running_totals_from_series(reader: _Reader) -> None:
    """A figure the text did not call a total or a day's losses is a running total when it is exactly
    the General Staff's running total on its date (or the day before)."""
    series = general_staff_snapshot()
    for m in reader.mentions:
        if (m.measure == "period" and m.measure_cue in _WEAK_MEASURE_CUES and m.side == "russia"
                and m.as_of is not None and m.value_high is None
                and any(series.value_on(m.category, m.as_of - dt.timedelta(days=lag)) == m.value for lag in (0, 1))):
            m.measure, m.period_days, m.measure_cue = "cumulative", None, "series"


def _side_from_claimant(profile: Profile, category: str, claimant: str | None) -> str | None:
    """Whose losses a source reports when the text does not say: each side counts the other's."""
    if category in ("civilians", "people"):
        return None
    return profile.usual_target(claimant)


def extract_claims(
    text: str,
    *,
    published: dt.date | str | None = None,
    doc_id: str | None = None,
    profile: Profile | str | None = None,
) -> list[Claim]:
    """Every loss claim in ``text``, one per fact, in text order.

    ``published`` is the document's publication date (a ``date`` or ISO string); without it the
    date is inferred from the text. ``profile`` is a loaded ``Profile``, a shipped profile name or
    a TOML path (default: ``russia-ukraine``).
    """
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    pub = datelib.parse_iso_or_none(published) if isinstance(published, str) else published
    reader = _Reader(text, pub, prof)
    reader.published_basis = "published"
    for sent in reader.sentences:
        found = _read_sentence(reader, sent)
        if _THIS_WAS_REPORTED.match(reader.norm[sent.start:sent.end]):
            src = _claimant_in(reader, sent)
            if src:
                for m in reader.mentions:
                    if m.sentence.paragraph >= sent.paragraph - 1 and not m.claimant_explicit:
                        m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True
                reader.last_source = src
        reader.mentions.extend(found)
        _update_list_context(reader, sent, found)
    if not reader.mentions:
        return []
    if reader.published is None:
        # only the General Staff's running totals date a text (Oryx or Mediazona counts would match
        # other days)
        # (a running total mislabelled as a day's figure still dates the text)
        figures = [(m.category, m.value) for m in reader.mentions
                   if (m.measure == "cumulative" or (m.measure == "period" and m.qualifier == "exact"))
                   and m.value_high is None and m.side in (None, "russia")
                   and (m.claimant in ("ua_general_staff", "ua_mod") or (
                       m.claimant in (None, "ua_officials", "ua_president")
                       and (m.category == "personnel" or m.value >= 500)))]
        inferred, _evidence = datelib.infer_publication_date(reader.norm, war_start=prof.war_start,
                                                             figures=figures)
        reader.published = inferred
        reader.published_basis = "inferred"
    # an inferred date is the day of the latest event the text reports; the article may be a day later,
    # so "on Monday" is read from the day after
    reader.latest = reader.published
    if reader.latest is not None and reader.published_basis == "inferred":
        reader.latest += dt.timedelta(days=1)
    reader.dates = datelib.find_dates(reader.norm, published=reader.latest, war_start=prof.war_start)
    # list contexts depend on dates: recompute them in a second, cheap pass
    reader.list_context = {}
    by_sentence: dict[int, list[_Mention]] = {}
    for m in reader.mentions:
        by_sentence.setdefault(id(m.sentence), []).append(m)
    for sent in reader.sentences:
        found = by_sentence.get(id(sent), [])
        for m in found:
            _resolve_dates(reader, m, prof.war_start)
        _update_list_context(reader, sent, found)
    _fill_document_context(reader)
    _running_totals_from_series(reader)
    chosen: dict[tuple[object, ...], list[_Mention]] = {}
    for m in reader.mentions:
        if m.side is None:
            continue
        key = (m.side, m.category, m.value, m.value_high)
        chosen.setdefault(key, []).append(m)
    claims = []
    for group in chosen.values():
        m = _choose(group)
        s = m.sentence
        claims.append(Claim(
            doc=doc_id, side=m.side or "", category=m.category, outcome=m.outcome, value=m.value,
            value_high=m.value_high, qualifier=m.qualifier, measure=m.measure, period_days=m.period_days,
            period_start=m.period_start, as_of=m.as_of, claimant=m.claimant, claimant_text=m.claimant_text,
            hedged=m.hedged, quote=text[s.start:s.end], start=s.start, end=s.end,
            rule=_rule(m.rule, prof), as_of_basis=m.as_of_basis,
        ))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims
