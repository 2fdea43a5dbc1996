"""What a source is: a phrase that says, reports or estimates, classified by its nation, role or kind
(the profile's ``[source_nations]``, ``[source_kinds]``, ``[source_roles]``) into a claimant key."""


from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..languages.grammar import PatternGrammar
from ..profiles import Profile
from .force_member import one_member_of_the_forces

__all__ = [
    "CLASSIFIED_KEPT", "Phrase", "classify_source", "looks_named", "office_named", "role_spans",
    "roles_of_nation_speaking_as", "source_tables", "staff_key",
]


CLASSIFIED_KEPT = 20_000  # phrases whose class is remembered, per profile


class Phrase:
    """Patterns read on a source's phrase or a word of it (a few words, not the text), so they need no
    first-character guard; and on the start of a sentence. Built once per grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.SUBJECT_TAIL = g.pattern("subject_tail", guard=False)
        self.GENERIC_PERSON = g.pattern("generic_person", guard=False)
        self.ROLE_MEMBERS = g.pattern("role_members", guard=False)
        self.REPORT_POINTER = g.pattern("report_pointer", guard=False)
        self.PRONOUN_SUBJECT = g.pattern("pronoun_subject", guard=False)
        self.NOT_A_NAME = g.pattern("not_a_name", guard=False)
        self.NOT_SUBJECT_END = g.pattern("not_subject_end", guard=False)
        self.NOT_SUBJECT_START = g.pattern("not_subject_start", guard=False)
        self.LOSS_HEAD = g.pattern("loss_head", guard=False)
        self.RECORD_OF_LOSSES = g.pattern("record_of_losses_apposition", guard=False)
        self.REPORT_ISSUER = g.pattern("report_issuer", guard=False)
        self.DEFINITE_KIND = g.pattern("definite_kind", guard=False)
        self.MEMBERS_OF_KIND = g.pattern("members_of_kind", guard=False)
        self.DATELINE = g.pattern("dateline", guard=False)
        self.POSSESSOR = g.pattern("possessor", guard=False)
        self.CLAUSE_CLOSES = g.pattern("clause_closes", guard=False)
        self.MILITARY_ROLE = g.pattern("military_role", guard=False)
        self.OUT_OF_SERVICE = g.pattern("out_of_service", guard=False)
        self.QUOTE_CREDIT = g.pattern("quote_credit", guard=False)
        # read at one place: after a noun-like verb, before "by"/"from"
        self.NOUN_NOT_VERB = g.pattern("noun_not_verb", guard=False)
        self.PUT_FIGURE = g.pattern("put_figure", guard=False)
        self.REPORT_NOUN_BEFORE = g.pattern("report_noun_before", guard=False)
        self.CLOSING_APPOSITION = g.pattern("closing_apposition", guard=False)
        self.DEFINITE_ROLE = g.pattern("definite_role", guard=False)
        self.STAFF_OF = g.pattern("staff_of_possessor", guard=False)
        self.STAFF_HEAD = g.pattern("staff_head", guard=False)
        self.CAPITALISED = g.pattern("capitalised", guard=False)
        # A subject with a count or a finite verb in it is a clause, not a source's name.
        self.NOT_A_SUBJECT = g.pattern("not_a_subject", guard=False)
        # The parts of a phrase: "a spokesman | the southern operational command", "Pletenchuk | the spokesman |
        # Ukraine's Navy". The head comes first.
        self.PHRASE_PARTS = g.pattern("phrase_parts", guard=False)
        self.ROLE_WORD = g.pattern("role_word")
        # a capitalised name in the possessive just before a word ("BBC's ", "Meduza’s ")
        self.OUTLET_POSSESSOR = g.pattern("outlet_possessor", guard=False)
        self.BASED_AFTER_PLACE = g.pattern("based_after_place", guard=False)
        self.PLACE_BEFORE_OFFICE = g.pattern("place_before_office", guard=False)
        self.REPORT_AFTER_POSSESSOR = g.pattern("report_after_possessor", guard=False)
        self.POSSESSIVE_ENDINGS = g.words("sources.possessive_endings")  # "'s": tuples, for str.endswith
        self.PLURAL_ENDINGS = g.words("sources.plural_endings")
        self.HEAD_OF_STATE = g.words("sources.head_of_state")  # "president": a word of a nation's roles

    def written_from(self, text: str, phrase_start: int, name: tuple[int, int]) -> tuple[str, int]:
        """A source the profile names inside its phrase as written, and where: with the place just before it ("the
        Sumy Oblast Military Administration", not "Oblast Military Administration")."""
        place = self.PLACE_BEFORE_OFFICE.search(text, phrase_start, name[0])
        first = place.start() if place is not None else name[0]
        return text[first:name[1]], first


@dataclass(frozen=True)
class _Table:
    """One alternation of a profile's word lists, with the key each named group stands for."""

    pattern: re.Pattern[str]
    key_of: dict[str, str]

    @classmethod
    def of(cls, table: dict[str, list[str]]) -> _Table | None:
        entries = sorted(((word, key) for key, words in table.items() for word in words),
                         key=lambda e: len(e[0]), reverse=True)
        if not entries:
            return None
        groups = "|".join(f"(?P<s{i}>{word})" for i, (word, _key) in enumerate(entries))
        return cls(re.compile(rf"(?<![\w-])(?:{groups})(?![\w])", re.IGNORECASE),
                   {f"s{i}": key for i, (_word, key) in enumerate(entries)})

    def key(self, m: re.Match[str]) -> str:
        assert m.lastgroup is not None
        return self.key_of[m.lastgroup]


@dataclass(frozen=True)
class _SourceTables:
    """The profile's classification of sources: nations (with their roles and default key), kinds, and
    roles that name their key without a nation."""

    nations: _Table | None
    roles: dict[str, _Table | None]
    defaults: dict[str, str]
    together: dict[str, frozenset[str]]  # nation -> the nations that, named together, speak as it
    kinds: _Table | None
    unmarked: _Table | None  # [source_roles] and [civil_ministries]
    civil_ministries: _Table | None
    passing_aliases: frozenset[str]  # claimant aliases named in passing more often than as a source ("moscow")
    classified: dict[tuple[Phrase, str], tuple[str, str] | None]  # phrases read so far (by grammar): the same few
    named: dict[tuple[Phrase, str, bool], bool]  # recur in every text; whether a phrase names someone, likewise


def source_tables(profile: Profile) -> _SourceTables:
    """The profile's source tables, compiled once and kept on the profile object itself."""
    found: _SourceTables | None = vars(profile).get("source_tables")
    if found is None:
        raw = profile.raw
        nations = raw.get("source_nations", {})
        found = vars(profile)["source_tables"] = _SourceTables(
            nations=_Table.of({nation: list(spec["words"]) for nation, spec in nations.items()}),
            roles={nation: _Table.of(spec.get("roles", {})) for nation, spec in nations.items()},
            defaults={nation: str(spec["default"]) for nation, spec in nations.items()},
            together={nation: frozenset(spec["together"]) for nation, spec in nations.items() if spec.get("together")},
            kinds=_Table.of(raw.get("source_kinds", {})),
            unmarked=_Table.of(_merged(raw.get("source_roles", {}), raw.get("civil_ministries", {}))),
            civil_ministries=_Table.of(raw.get("civil_ministries", {})),
            passing_aliases=frozenset(raw.get("context", {}).get("passing_aliases", [])),
            classified={},
            named={},
        )
    return found


def _merged(*tables: dict[str, list[str]]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for table in tables:
        for key, words in table.items():
            merged.setdefault(key, []).extend(words)
    return merged


def office_named(profile: Profile, local_office: re.Pattern[str], phrase: str) -> str | None:
    """The local office (the grammar's ``local_office``: "the governor") or civil ministry (the profile's
    ``[civil_ministries]``: "the health ministry") ``phrase`` names, lower-cased; None when it names neither."""
    table = source_tables(profile).civil_ministries
    found = local_office.search(phrase) or (table.pattern.search(phrase) if table is not None else None)
    return found.group(0).lower() if found is not None else None


def _head_of_state(p: Phrase, roles: _Table) -> str | None:
    """The key of the role a nation's ``roles`` give the head of state (the grammar's word for one: "president")."""
    for word in p.HEAD_OF_STATE:
        found = roles.pattern.fullmatch(word)
        if found is not None:
            return roles.key(found)
    return None


def staff_key(profile: Profile, key: str, *, grammar: PatternGrammar) -> str:
    """The key of a head of state's staff ("the President's office", "his chief of staff"): the officials
    of the nation whose head-of-state role ``key`` is; any other source's staff speak as it."""
    tables = source_tables(profile)
    p = grammar.rules(Phrase)
    for nation, default in tables.defaults.items():
        roles = tables.roles.get(nation)
        if roles is not None and _head_of_state(p, roles) == key:
            return default
    return key


def roles_of_nation_speaking_as(profile: Profile, key: str) -> _Table | None:
    """The roles of the nation whose sources ``key`` is one of (by the nation's default or roles)."""
    tables = source_tables(profile)
    for nation, default in tables.defaults.items():
        roles = tables.roles.get(nation)
        if roles is not None and (default == key or key in roles.key_of.values()):
            return roles
    return None


def _parts(p: Phrase, phrase: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in p.PHRASE_PARTS.finditer(phrase):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(phrase)))
    return spans


def _roles_by_part(p: Phrase, table: _Table, phrase: str, parts: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The roles of the first part of ``phrase`` that names one (a role may span parts: "Ministry of
    Defence"); person words that say nothing of the body ("spokesman") and a role describing its people ("army
    medics") are passed over."""
    hits = [m for m in table.pattern.finditer(phrase)
            if not p.GENERIC_PERSON.match(m.group(0)) and not p.ROLE_MEMBERS.match(phrase, m.end())]
    for lo, hi in parts:
        local = [m for m in hits if lo <= m.start() < hi or m.start() < lo < m.end()]
        if local:
            return local
    return []


def _head_role(p: Phrase, table: _Table, phrase: str, parts: list[tuple[int, int]]) -> str | None:
    """The key of the role that heads ``phrase``: in the first part that names one, its last ("Ukrainian army
    commander": commander)."""
    hits = _roles_by_part(p, table, phrase, parts)
    return table.key(hits[-1]) if hits else None


def classify_source(profile: Profile, phrase: str, *, grammar: PatternGrammar, sentence_start: bool = False
                    ) -> tuple[str, str] | None:
    """What the source ``phrase`` is, as (claimant key, basis): by its kind ("think tank", "monitoring
    mission"), its nation and role ("Ukraine's southern command"), a role that names its key alone ("the
    operational command"), or a name nothing classifies (``other``). None when the phrase is no name
    (a pronoun, "the report", "officials"): the caller resolves those. ``grammar``: the document's."""
    tables = source_tables(profile)
    p = grammar.rules(Phrase)
    if (p, phrase) in tables.classified:
        return tables.classified[p, phrase]
    found = _classify(p, tables, phrase)
    if found is not None and found[1] == "nation" and one_member_of_the_forces(grammar, phrase):
        found = _nation_default(tables, found[0]), "nation"  # "an officer of the Ukrainian Armed Forces said"
    if len(tables.classified) < CLASSIFIED_KEPT:
        tables.classified[p, phrase] = found
    return found


def _nation_default(tables: _SourceTables, key: str) -> str:
    """The default key of the nation one of whose roles is ``key`` (a member of its forces speaks as its officials)."""
    return next((tables.defaults[nation] for nation, roles in tables.roles.items()
                 if roles is not None and key in roles.key_of.values()), key)


def _classify(p: Phrase, tables: _SourceTables, phrase: str) -> tuple[str, str] | None:
    parts = _parts(p, phrase)
    if tables.kinds is not None:
        key = _head_role(p, tables.kinds, phrase, parts)
        if key == "other":
            # a kind that has its own key outranks a generic one ("the Oryx open-source project", "ISW analysts")
            key = next((k for k in (tables.kinds.key(m) for m in tables.kinds.pattern.finditer(phrase))
                        if k != "other"), key)
        if key is not None:
            return key, "kind"
    nation_hits = _nation_hits(p, tables, phrase)
    if nation_hits:
        assert tables.nations is not None
        named = {tables.nations.key(m) for m in nation_hits}
        for nation, members in tables.together.items():
            if len(named) >= 2 and named <= members | {nation}:
                return tables.defaults[nation], "nation"
        for lo, hi in parts:
            local = [m for m in nation_hits if lo <= m.start() < hi]
            for m in [*reversed(local), *(m for m in nation_hits if m not in local)]:
                roles = tables.roles.get(tables.nations.key(m))
                if roles is None:
                    continue
                hits = _roles_by_part(p, roles, phrase, [(lo, hi)])
                if hits:
                    if len(hits) > 1 and p.REPORT_AFTER_POSSESSOR.match(phrase[hits[-2].end():hits[-1].end()]):
                        hits.pop()  # "the Ukrainian defence ministry's latest data": the ministry's
                    key = roles.key(hits[-1])
                    if _head_of_state(p, roles) == key and (
                            (lo > 0 and p.STAFF_HEAD.match(phrase[:parts[0][1]].strip()))
                            or p.STAFF_OF.search(phrase, hits[-1].end())):
                        # "an adviser to Ukraine's president", "the Ukrainian President's office": the
                        # President's staff are the nation's officials
                        return tables.defaults[tables.nations.key(m)], "nation"
                    return key, "nation"
        return tables.defaults[tables.nations.key(nation_hits[0])], "nation"
    if tables.unmarked is not None:
        key = _head_role(p, tables.unmarked, phrase, parts)
        if key is not None and p.OUT_OF_SERVICE.match(phrase.lstrip()):
            return "other", "role"  # "Retired navy captain Viktor Moroz said": out of service, a commentator
        if key is not None:
            return key, "role"
    return None


def _nation_hits(p: Phrase, tables: _SourceTables, phrase: str) -> list[re.Match[str]]:
    """The nation words of ``phrase`` that say whose the source is: none inside a proper name ("the Kyiv Independent"),
    and no region's word right after a nation's, which names that nation's own body ("U.S. European Command", "the
    Ukrainian Western Operational Command"): the first word owns it, not two nations together."""
    if tables.nations is None:
        return []
    found = list(tables.nations.pattern.finditer(phrase))
    owned = {i + 1 for i, (first, then) in enumerate(pairwise(found)) if phrase[first.end():then.start()] == " "}
    return [m for i, m in enumerate(found)
            if i not in owned and (i + 1 in owned or not _in_a_name(p, phrase, m.end()))]


def role_spans(profile: Profile, phrase: str, *, grammar: PatternGrammar) -> list[tuple[int, int]]:
    """Where ``phrase`` names roles and bodies ("Defense Ministry", "Air Marshal"): capitalised, but no name."""
    tables = source_tables(profile)
    spans = [m.span() for table in (*tables.roles.values(), tables.unmarked, tables.kinds) if table is not None
             for m in table.pattern.finditer(phrase)]
    return spans + [m.span() for m in grammar.rules(Phrase).ROLE_WORD.finditer(phrase)]


def _word_start(phrase: str, end: int) -> int:
    start = end
    while start > 0 and (phrase[start - 1].isalnum() or phrase[start - 1] in "'’-."):
        start -= 1
    return start


def _in_a_name(p: Phrase, phrase: str, end: int) -> bool:
    """Whether a nation word ending at ``end`` is part of a proper name ("the Kyiv Independent", "Moscow
    Times"): a capitalised word follows that is no role ("Ukrainian Navy", "Russian Defence Ministry"); or of a
    place where a body sits ("the Kyiv-based ...")."""
    if p.BASED_AFTER_PLACE.match(phrase, end):
        return True  # "the Kyiv-based Black Sea Security Forum": where the body sits, not who it is
    # a possessive is no part of a name that goes on: "Russia's Investigative Committee" is Russia's
    possessive = phrase.endswith(p.POSSESSIVE_ENDINGS, 0, end)
    after = p.CAPITALISED.match(phrase, end + 1) if phrase[end:end + 1] == " " and not possessive else None
    if after is not None and not p.ROLE_WORD.fullmatch(after.group(0).rstrip(".,")):
        return True
    # after a possessive name the nation word describes the possessor's desk or edition ("the BBC's Russian
    # service"), so the possessor decides
    word = p.CAPITALISED.match(phrase, _word_start(phrase, end))
    return word is not None and p.OUTLET_POSSESSOR.search(phrase[:word.start()]) is not None


def looks_named(profile: Profile, phrase: str, *, grammar: PatternGrammar, sentence_start: bool) -> bool:
    """Whether ``phrase`` names someone: a capitalised word that is not an article, a day, a role ("the
    Defense Ministry") or a common noun ("Officials" opening a sentence); a lone plural opening the
    sentence is a common noun ("Rescuers")."""
    tables = source_tables(profile)
    p = grammar.rules(Phrase)
    key = (p, phrase, sentence_start)
    if key in tables.named:
        return tables.named[key]
    roles = role_spans(profile, phrase, grammar=grammar)
    words = [m.group(0) for m in p.CAPITALISED.finditer(phrase) if not p.NOT_A_NAME.match(m.group(0))
             and not any(a <= m.start() < b for a, b in roles)]
    # (a word in the possessive is no plural: "Reyes's own tally", "Smith's count")
    lone_plural = (len(words) == 1 and words[0].endswith(p.PLURAL_ENDINGS) and not words[0].isupper()
                   and not words[0].endswith(p.POSSESSIVE_ENDINGS))
    named = bool(words) and not (sentence_start and lone_plural and phrase.lstrip().startswith(words[0]))
    if len(tables.named) < CLASSIFIED_KEPT:
        tables.named[key] = named
    return named


def supplier_side(profile: Profile, text: str, pos: int) -> str | None:
    """The side whose weapons the supplier named at ``text[pos:]`` sends ("Washington", "Western"): the profile's
    ``suppliers`` of each side; None when no supplier is named there."""
    pattern: re.Pattern[str] | None | bool = vars(profile).get("supplier_pattern", False)
    if pattern is False:
        groups = [f"(?P<{key}>{'|'.join(spec['suppliers'])})" for key, spec in profile.raw.get("sides", {}).items()
                  if spec.get("suppliers")]
        pattern = re.compile(r"(?:" + "|".join(groups) + r")\b", re.IGNORECASE) if groups else None
        vars(profile)["supplier_pattern"] = pattern
    found = pattern.match(text, pos) if isinstance(pattern, re.Pattern) else None
    return found.lastgroup if found is not None else None
