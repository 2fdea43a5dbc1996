"""Conflict profiles: one TOML file per war holds its sides, claimants and vocabularies.

``load_profile()`` gives the shipped default (``russia-ukraine``); ``load_profile("path/to/war.toml")``
loads a profile a user wrote. The loaded profile keeps the vocabulary compiled into regular
expressions once, so extraction never recompiles them.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ProfileError
from ..languages.scan import Lexicon, Vocabulary, guarded
from ..series import SHIPPED_SERIES, ReferenceSeries

__all__ = [
    "ClaimantLabels", "Profile", "Side", "claimant_labels_for", "load_profile", "readable_key", "rule_profile",
    "DEFAULT_PROFILE", "ReferenceSeries",
]

DEFAULT_PROFILE = "russia-ukraine"

_KNOWN_KEYS = frozenset({
    "name", "version", "war_start", "languages", "dating_series", "war_start_phrases", "person_claimants",
    "ministry_claimants", "official_claimants",
    "bulletin_claimant",
    "claimant_sides", "claimant_targets", "claimant_labels", "default_victim_side", "launched_categories", "sides",
    "victim_categories",
    "claimants", "source_nations", "source_kinds", "source_roles", "civil_ministries",
    "categories",
    "outcomes", "qualifiers", "periods", "context",
    "civilian_counters", "military_counters", "office_bodies",
    "dating_claimants", "dating_relayers",
})
_REQUIRED = ("name", "version", "war_start", "sides", "claimants", "categories", "outcomes", "qualifiers")


_NEVER = ["(?!x)x"]  # the alternation of an empty word list


def _longest_first(patterns: list[str]) -> list[str]:
    # Longest first so that "tanks with fuel and lubricants" wins over "tanks".
    return sorted(patterns, key=len, reverse=True)


def _word_list(name: str, patterns: list[str], *, tail: str = r"(?![\w])") -> Vocabulary:
    r"""``(?<![\w-])(?:longest|...|shortest)(?![\w])``, case-insensitive."""
    return Vocabulary(name, _longest_first(patterns or _NEVER), tail=tail)


@dataclass(frozen=True)
class Side:
    key: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    forces: tuple[str, ...]
    enemy_words: tuple[str, ...]
    opponent: str | None


@dataclass
class Profile:
    """A loaded conflict profile. ``raw`` keeps the TOML as read."""

    name: str
    version: str
    war_start: dt.date
    sides: dict[str, Side]
    claimants: dict[str, list[str]]
    categories: dict[str, list[str]]
    people_categories: frozenset[str]
    outcomes_people: dict[str, list[str]]
    outcomes_equipment: dict[str, list[str]]
    qualifiers: dict[str, list[str]]
    raw: dict[str, Any] = field(repr=False)
    person_claimants: frozenset[str] = frozenset()
    #: Claimants that are a defence ministry ("the ministry said" names one again).
    ministry_claimants: frozenset[str] = frozenset()
    #: Claimants that are a government's officials ("the officials said" names them again).
    official_claimants: frozenset[str] = frozenset()
    claimant_sides: dict[str, str] = field(default_factory=dict)
    default_victim_side: str | None = None
    #: People categories that count the victims of a strike, not an armed force's losses: their side and
    #: claimant are the victims' (``default_victim_side``, a region's office), never an army's enemy.
    victim_categories: frozenset[str] = frozenset({"civilians", "people"})
    #: Categories an attacker launches and loses when they are shot down (drones, missiles): their side is
    #: the attacker's, where "Russian strikes killed 35" counts the other side's dead.
    launched_categories: frozenset[str] = frozenset({"drones", "missiles"})
    claimant_targets: dict[str, str] = field(default_factory=dict)
    #: How reports and findings name a claimant ("Ukraine's General Staff" for ua_general_staff).
    claimant_labels: dict[str, str] = field(default_factory=dict)
    #: The languages (ISO 639-1) the profile's articles are read in: what ``--language`` keeps by default.
    languages: tuple[str, ...] = ("en",)
    #: The shipped series (``series.SHIPPED_SERIES``) whose running totals date an undated article and
    #: mark a figure equal to one of them as a total; None: the war has none.
    dating_series: str | None = None
    source: str = ""
    # Compiled patterns, built once by _compile().
    category_re: re.Pattern[str] = field(init=False, repr=False)
    category_of: dict[str, str] = field(init=False, repr=False)
    claimant_re: re.Pattern[str] = field(init=False, repr=False)
    side_adjective_re: re.Pattern[str] = field(init=False, repr=False)
    side_name_re: re.Pattern[str] = field(init=False, repr=False)
    side_forces_re: re.Pattern[str] = field(init=False, repr=False)
    enemy_re: re.Pattern[str] = field(init=False, repr=False)
    outcome_people_re: re.Pattern[str] = field(init=False, repr=False)
    outcome_equipment_re: re.Pattern[str] = field(init=False, repr=False)
    qualifier_re: re.Pattern[str] = field(init=False, repr=False)
    hedge_re: re.Pattern[str] = field(init=False, repr=False)
    non_loss_re: re.Pattern[str] = field(init=False, repr=False)
    war_start_re: re.Pattern[str] = field(init=False, repr=False)
    period_open_re: re.Pattern[str] = field(init=False, repr=False)
    event_re: re.Pattern[str] = field(init=False, repr=False)
    rate_re: re.Pattern[str] = field(init=False, repr=False)
    projection_re: re.Pattern[str] = field(init=False, repr=False)
    period_days_re: re.Pattern[str] = field(init=False, repr=False)
    #: The vocabularies above (by name without "_re"), prefiltered for fast exact scanning of a document.
    lexicon: Lexicon = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._compile()

    def own_side(self, claimant: str | None) -> str | None:
        """The side a source speaks for (None for neutral counters)."""
        return self.claimant_sides.get(claimant or "")

    def usual_target(self, claimant: str | None) -> str | None:
        """Whose losses a source reports when the text does not say: the other side's."""
        if not claimant:
            return None
        if claimant in self.claimant_targets:
            return self.claimant_targets[claimant]
        own = self.claimant_sides.get(claimant)
        return self.sides[own].opponent if own in self.sides else None

    def claimant_label(self, key: str) -> str:
        """A claimant's display name: its ``[claimant_labels]`` entry, else the key made readable."""
        return self.claimant_labels.get(key) or readable_key(key)

    @property
    def rule_suffix(self) -> str:
        return f"{self.name}@{self.version}"

    def in_language(self, code: str) -> Profile | None:
        """The profile with the war's words in language ``code``, for the stages that read named patterns: this
        profile when its own words are in ``code`` (its first language), else its words file for ``code`` merged
        over it (``<profile>/<code>.toml`` beside the profile file: its tables replace this profile's), or None
        when it has none."""
        if code == self.languages[0]:
            return self
        cache: dict[str, Profile | None] = vars(self).setdefault("_in_language", {})
        if code not in cache:
            words = _words_file(self, code)
            cache[code] = None if words is None else _parse({**self.raw, **words}, f"{self.source} ({code} words)")
        return cache[code]

    def running_totals(self) -> ReferenceSeries | None:
        """The series named by ``dating_series`` (read once, then cached), or None."""
        return SHIPPED_SERIES[self.dating_series]() if self.dating_series else None

    def is_people(self, category: str) -> bool:
        return category in self.people_categories

    def is_victims(self, category: str) -> bool:
        """Whether ``category`` counts victims (``victim_categories``), not soldiers or equipment."""
        return category in self.victim_categories

    def _named_groups(self, name: str, table: dict[str, list[str]], prefix: str, *,
                      glued: bool = False) -> tuple[Vocabulary, dict[str, str]]:
        """One regex whose named groups say which key matched; the longest alias wins overall."""
        entries = [(alias, key) for key, aliases in table.items() for alias in aliases]
        entries.sort(key=lambda e: len(e[0]), reverse=True)
        groups, names = [], {}
        for i, (alias, key) in enumerate(entries):
            group = f"{prefix}{i}"
            names[group] = key
            groups.append(f"(?P<{group}>{alias})")
        # glued: a name may run into the next word where link markup was stripped
        # ("Oryxan intelligence blog").
        end = r"(?:(?![\w])|(?=(?:an|a|the|and)\s))" if glued else r"(?![\w])"
        return Vocabulary(name, groups, tail=end), names

    def _compile(self) -> None:
        raw = self.raw
        side_adj = {k: list(s.adjectives) for k, s in self.sides.items() if s.adjectives}
        side_names = {k: list(s.names) for k, s in self.sides.items() if s.names}
        side_forces = {k: list(s.forces) for k, s in self.sides.items() if s.forces}
        enemy = sorted({w for s in self.sides.values() for w in s.enemy_words})
        context = raw.get("context", {})
        periods = raw.get("periods", {})
        lengths = {"day": periods.get("day", []), "week": periods.get("week", []),
                   "fortnight": periods.get("fortnight", []), "month": periods.get("month", [])}
        category, self.category_of = self._named_groups("category", self.categories, "c")
        claimant, self._claimant_of = self._named_groups("claimant", self.claimants, "k", glued=True)
        side_adjective, self._side_adj_of = self._named_groups("side_adjective", side_adj, "a")
        side_name, self._side_name_of = self._named_groups("side_name", side_names, "n")
        side_forces_v, self._side_forces_of = self._named_groups("side_forces", side_forces, "f")
        outcome_people, self._outcome_people_of = self._named_groups(
            "outcome_people", self.outcomes_people, "p")
        outcome_equipment, self._outcome_equipment_of = self._named_groups(
            "outcome_equipment", self.outcomes_equipment, "e")
        qualifier, self._qualifier_of = self._named_groups("qualifier", self.qualifiers, "q")
        period_days, self._period_of = self._named_groups(
            "period_days", {k: v for k, v in lengths.items() if v}, "d")
        # key_of's tables as one, the first table naming a group winning: asked for every match read
        self._key_of_group: dict[str, str] = {}
        for table in (self.category_of, self._claimant_of, self._side_adj_of, self._side_name_of,
                      self._side_forces_of, self._outcome_people_of, self._outcome_equipment_of,
                      self._qualifier_of, self._period_of):
            for group, key in table.items():
                self._key_of_group.setdefault(group, key)
        vocabularies = [
            category, claimant, side_adjective, side_name, side_forces_v, outcome_people, outcome_equipment,
            qualifier, period_days,
            _word_list("enemy", enemy),
            _word_list("hedge", context.get("hedges", [])),
            # a prefix match: "manufactur" covers manufactured, manufacturing
            _word_list("non_loss", context.get("non_loss", []), tail=""),
            _word_list("war_start", raw.get("war_start_phrases", [])),
            _word_list("period_open", periods.get("period_open", [])),
            _word_list("event", periods.get("event_words", [])),
            _word_list("rate", periods.get("rate", [])),
            _word_list("projection", periods.get("projection", [])),
        ]
        # Each vocabulary is also an attribute ``<name>_re`` holding its whole regex (behind the
        # first-character guard, which finds the same matches faster).
        for vocabulary in vocabularies:
            setattr(self, f"{vocabulary.name}_re", guarded(vocabulary.pattern))
        self.lexicon = Lexicon(vocabularies)

    # Lookups from a match of one of the named-group regexes to its key.
    def key_of(self, match: re.Match[str]) -> str:
        name = match.lastgroup
        assert name is not None
        key = self._key_of_group.get(name)
        if key is None:
            raise KeyError(name)
        return key


def _words_file(profile: Profile, code: str) -> dict[str, Any] | None:
    """The TOML of ``profile``'s words in ``code``, when it has a file of them."""
    source = Path(profile.source)
    if source.suffix == ".toml":
        path: Any = source.with_suffix("") / f"{code}.toml"
    else:
        path = resources.files("lossledger.profiles").joinpath(profile.name, f"{code}.toml")
    if not path.is_file():
        return None
    where = f"{profile.source}: words in {code}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{where}: cannot read {path}: {exc}") from exc
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise ProfileError(f"{where}: unknown top-level keys {sorted(unknown)}")
    return data


def readable_key(key: str) -> str:
    """``ua_general_staff`` -> ``ua general staff``: a claimant key for people when it has no label."""
    return key.replace("_", " ").strip()


def _claimant_labels(data: dict[str, Any], source: str) -> dict[str, str]:
    """``[claimant_labels]``: a non-empty string for a declared claimant (a misspelt key is an error)."""
    labels = data.get("claimant_labels", {})
    if not isinstance(labels, dict):
        raise ProfileError(f"{source}: [claimant_labels] must be a table")
    undeclared = sorted(set(labels) - set(data["claimants"]))
    if undeclared:
        raise ProfileError(f"{source}: [claimant_labels] names claimants not in [claimants]: {undeclared}")
    bad = sorted(k for k, v in labels.items() if not isinstance(v, str) or not v.strip())
    if bad:
        raise ProfileError(f"{source}: [claimant_labels] entries must be non-empty strings: {bad}")
    return {k: v.strip() for k, v in labels.items()}


def _declared_claimants(data: dict[str, Any], name: str, source: str) -> frozenset[str]:
    """A list of claimant keys (``ministry_claimants``): each declared in [claimants] (a misspelt key is an error)."""
    keys = data.get(name, [])
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise ProfileError(f"{source}: {name} must be a list of claimant keys")
    undeclared = sorted(set(keys) - set(data["claimants"]))
    if undeclared:
        raise ProfileError(f"{source}: {name} names claimants not in [claimants]: {undeclared}")
    return frozenset(keys)


def _dating_series(data: dict[str, Any], source: str) -> str | None:
    name = data.get("dating_series")
    if name is not None and name not in SHIPPED_SERIES:
        raise ProfileError(f"{source}: dating_series {name!r} is not a shipped series ({', '.join(SHIPPED_SERIES)})")
    return name if isinstance(name, str) else None


def _languages(data: dict[str, Any], source: str) -> tuple[str, ...]:
    """The profile's ``languages`` list (English alone when it has none): lower-case ISO 639-1 codes."""
    raw = data.get("languages", ["en"])
    if not isinstance(raw, list) or not raw or not all(isinstance(code, str) and code.strip() for code in raw):
        raise ProfileError(f"{source}: languages must be a non-empty list of ISO 639-1 codes, e.g. [\"en\", \"uk\"]")
    return tuple(dict.fromkeys(code.strip().lower() for code in raw))


def _check_source_tables(data: dict[str, Any], source: str) -> None:
    """[source_nations.*], [source_kinds], [source_roles], [civil_ministries]: word lists under declared claimant
    keys."""
    claimants = set(data["claimants"])
    nations = data.get("source_nations", {})
    if not isinstance(nations, dict):
        raise ProfileError(f"{source}: [source_nations] must be a table")
    tables: list[tuple[str, Any]] = []
    for nation, spec in nations.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("words"), list):
            raise ProfileError(f"{source}: [source_nations.{nation}] needs a list of words")
        if spec.get("default") not in claimants:
            raise ProfileError(f"{source}: [source_nations.{nation}] default {spec.get('default')!r} is not a claimant")
        tables.append((f"source_nations.{nation}.roles", spec.get("roles", {})))
        together = spec.get("together", [])
        if not isinstance(together, list) or not set(together) <= set(nations):
            raise ProfileError(f"{source}: [source_nations.{nation}] together must list nations of [source_nations]")
    tables += [("source_kinds", data.get("source_kinds", {})), ("source_roles", data.get("source_roles", {})),
               ("civil_ministries", data.get("civil_ministries", {}))]
    for name, table in tables:
        if not isinstance(table, dict):
            raise ProfileError(f"{source}: [{name}] must be a table")
        for key, words in table.items():
            if key not in claimants:
                raise ProfileError(f"{source}: [{name}] names {key!r}, which is not in [claimants]")
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ProfileError(f"{source}: [{name}] {key} must be a list of patterns")
            _check_patterns(words, f"{source}: [{name}] {key}")
    for nation, spec in nations.items():
        _check_patterns(spec["words"], f"{source}: [source_nations.{nation}] words")


def _check_patterns(words: list[Any], where: str) -> None:
    """Each word is a whole regular expression of its own (a group split over two list items is not)."""
    for word in words:
        try:
            re.compile(str(word))
        except re.error as exc:
            raise ProfileError(f"{where}: {word!r} is not a valid regular expression: {exc}") from exc


def _parse(data: dict[str, Any], source: str) -> Profile:
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise ProfileError(f"{source}: profile lacks {', '.join(missing)}")
    for table in ("sides", "claimants", "categories", "outcomes", "qualifiers"):
        if not isinstance(data[table], dict):
            raise ProfileError(f"{source}: [{table}] must be a table")
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        # a key written below a [table] header by mistake would silently vanish into that table
        raise ProfileError(f"{source}: unknown top-level keys {sorted(unknown)}")
    try:
        war_start = dt.date.fromisoformat(str(data["war_start"]))
    except ValueError as exc:
        raise ProfileError(f"{source}: war_start is not an ISO date: {data['war_start']!r}") from exc
    sides = {}
    for key, spec in data["sides"].items():
        sides[key] = Side(
            key=key,
            names=tuple(spec.get("names", [])),
            adjectives=tuple(spec.get("adjectives", [])),
            forces=tuple(spec.get("forces", [])),
            enemy_words=tuple(spec.get("enemy_words", [])),
            opponent=spec.get("opponent") or None,
        )
    _check_source_tables(data, source)
    outcomes = data["outcomes"]
    if "people" not in outcomes or "equipment" not in outcomes:
        raise ProfileError(f"{source}: [outcomes] needs both 'people' and 'equipment' tables")
    try:
        profile = Profile(
            name=str(data["name"]),
            version=str(data["version"]),
            war_start=war_start,
            sides=sides,
            claimants={k: list(v) for k, v in data["claimants"].items() if isinstance(v, list)},
            categories={k: list(v) for k, v in data["categories"].items() if isinstance(v, list)},
            people_categories=frozenset(
                data.get("categories", {}).get("people_categories")
                or data.get("people_categories") or ("personnel", "civilians", "people")),
            outcomes_people={k: list(v) for k, v in outcomes["people"].items()},
            outcomes_equipment={k: list(v) for k, v in outcomes["equipment"].items()},
            qualifiers={k: list(v) for k, v in data["qualifiers"].items()},
            raw=data,
            person_claimants=frozenset(data.get("person_claimants", ())),
            ministry_claimants=_declared_claimants(data, "ministry_claimants", source),
            official_claimants=_declared_claimants(data, "official_claimants", source),
            claimant_sides=dict(data.get("claimant_sides", {})),
            default_victim_side=data.get("default_victim_side"),
            victim_categories=frozenset(data.get("victim_categories", ("civilians", "people"))),
            launched_categories=frozenset(data.get("launched_categories", ("drones", "missiles"))),
            claimant_targets=dict(data.get("claimant_targets", {})),
            claimant_labels=_claimant_labels(data, source),
            languages=_languages(data, source),
            dating_series=_dating_series(data, source),
            source=source,
        )
    except re.error as exc:
        raise ProfileError(f"{source}: a pattern is not a valid regular expression: {exc}") from exc
    if "victim_categories" in data and (strays := sorted(profile.victim_categories - profile.people_categories)):
        raise ProfileError(f"{source}: victim_categories {', '.join(strays)} are not people_categories")
    return profile


@lru_cache(maxsize=16)
def load_profile(name_or_path: str | None = None) -> Profile:
    """Load a profile by shipped name (``russia-ukraine``) or from a TOML file path."""
    name = name_or_path or DEFAULT_PROFILE
    path = Path(name)
    if path.suffix == ".toml" or path.exists():
        if not path.is_file():
            raise ProfileError(f"{name}: no such profile file")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ProfileError(f"{name}: cannot read profile: {exc}") from exc
        return _parse(data, str(path))
    shipped = resources.files("lossledger") / "profiles" / f"{name}.toml"
    if not shipped.is_file():
        raise ProfileError(f"unknown profile {name!r} (shipped: {', '.join(shipped_profiles())})")
    return _parse(tomllib.loads(shipped.read_text(encoding="utf-8")), name)


def shipped_profiles() -> list[str]:
    folder = resources.files("lossledger") / "profiles"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


# -- which profile a ledger's claims came from ---------------------------------------------------------


def rule_profile(rule: str | None) -> str | None:
    """``name@version`` of the profile a claim's rule names (``noun_phrase/1 russia-ukraine@2``), or None."""
    _rule, _, suffix = (rule or "").partition(" ")
    return suffix.strip() if "@" in suffix else None


@dataclass(frozen=True)
class ClaimantLabels:
    """Claimant display names for claims that may come from several profiles.

    Calling it with a key gives the first of ``profiles`` that labels the key, else the key made
    readable. ``unresolved``: profiles the claims name that could not be loaded (``note`` says so)."""

    profiles: tuple[Profile, ...]
    unresolved: tuple[str, ...] = ()

    def __call__(self, key: str) -> str:
        for profile in self.profiles:
            if key in profile.claimant_labels:
                return profile.claimant_labels[key]
        return readable_key(key)

    @property
    def note(self) -> str | None:
        """A sentence for the reader when some claims' own profile was not available."""
        if not self.unresolved:
            return None
        return (
            f"Claims extracted with profile {', '.join(self.unresolved)} (not a shipped profile) show the "
            f"claimant names of {', '.join(p.rule_suffix for p in self.profiles)}; pass their profile file "
            f"with --profile to use its names."
        )


def claimant_labels_for(rules: Iterable[str | None], *, profile: Profile | str | None = None) -> ClaimantLabels:
    """The claimant labels for claims with these ``rule`` values.

    ``profile`` (given by the user) comes first; then each shipped profile the rules name. A user's
    profile file cannot be found from its name in a rule: without ``profile``, its claims are labelled
    by the default profile and ``unresolved`` names it. Rules naming no profile use the default one.
    """
    chosen: list[Profile] = []
    if profile is not None:
        chosen.append(profile if isinstance(profile, Profile) else load_profile(profile))
    shipped = set(shipped_profiles())
    unresolved: list[str] = []
    for suffix in sorted({s for s in map(rule_profile, rules) if s}):
        name = suffix.rpartition("@")[0]
        if any(p.name == name for p in chosen):
            continue
        if name in shipped:
            chosen.append(load_profile(name))
        else:
            unresolved.append(suffix)
    if not chosen:
        chosen.append(load_profile())
    return ClaimantLabels(tuple(chosen), tuple(unresolved))
