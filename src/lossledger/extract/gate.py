"""One cheap scan that tells a document which cannot hold a loss claim, so the extractor can skip it.

Most documents of a news crawl are about something else. Every claim the English extractor makes comes
from a mention that has an outcome (``extract._read_sentence`` drops a number without one), and the
outcome of a document's first mention comes from one of three places only:

* an outcome word of the profile (``outcomes.people``, ``outcomes.equipment``: killed, destroyed, lost ...);
* a list under a heading that ends with ":" (the list's outcome, "losses" by default);
* a bulletin label before the number ("tanks - 2,840", a category word and ``label_gap``).

(later mentions may also take their outcome from an earlier mention, which needs a first one.) A document
with none of these holds no claim. The test is one search of one expression per profile, compiled once:
the literal beginnings of the profile's outcome words, and of its category words followed on the same line
by a label's '-', ':' or '=', as a trie (``re`` tries the alternatives of a flat list one by one, a trie
one character at a time), and a ':' at a line's end. A beginning stands for the whole word, which the
stages may read in a window that ends inside it; so the expression matches wherever a stage could, and
more: it may let through a document that holds no claim (the extractor then finds none), never the
reverse.
"""

from __future__ import annotations

import re

from ..languages.scan import LOOKBEHIND, literal_prefixes
from ..profiles import Profile

__all__ = ["may_hold_claims", "trie_regex"]

#: A heading that opens a list: ':' at the end of a line (``body.sentences`` ends a sentence with ':' only
#: there); the line breaks are those of ``str.splitlines``.
_LIST_HEADING = re.compile(r":\s*?(?:[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|\Z)")
#: A category word, then a label's separator on its line ("tanks - 2,840", "personnel: 80,860").
_LABEL_AFTER = r"[^\n]*?[-:=]"
#: How many characters of a word's beginning the trie keeps: enough to tell "dead" from "deal".
_BEGINNING = 24
#: The one that says "a claim may be anywhere": a vocabulary whose beginnings cannot be bounded.
_ANYTHING = re.compile("")

#: The compiled cue expression of each profile loaded so far, by ``id`` (with the profile, so that the id
#: cannot be reused by another object while the entry lives).
_CUES: dict[int, tuple[Profile, tuple[re.Pattern[str], re.Pattern[str]]]] = {}


def trie_regex(words: set[str]) -> str:
    """An alternation that matches where some word of ``words`` begins, factored as a trie:
    ``{"kill", "kia", "dead"}`` -> ``(?:dead|k(?:ia|ill))``. A word that begins with another is left out (the
    shorter matches wherever the longer does)."""
    kept: list[str] = []
    for word in sorted(words):  # a word that begins with another sorts right after it or its followers
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return _trie(kept)


def _trie(words: list[str]) -> str:
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        if "" in rests or not rests:
            branches.append(re.escape(first))
        elif len(rests) == 1:
            branches.append(re.escape(first + rests[0]))
        else:
            branches.append(re.escape(first) + _trie(rests))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _beginnings(profile: Profile, *names: str) -> set[str] | None:
    """The lower-cased beginnings of every alias of the named vocabularies, or None when one is unbounded."""
    found: set[str] = set()
    for name in names:
        vocabulary = profile.lexicon.vocabularies[name]
        for alternative in vocabulary.alternatives:
            beginnings = literal_prefixes(alternative, vocabulary.flags, length=_BEGINNING)
            if beginnings is None:
                return None
            found |= beginnings
    return found


def _cues(profile: Profile) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(for lower-cased ASCII text after a space, for any text) the profile's cue expression."""
    cached = _CUES.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    outcomes = _beginnings(profile, "outcome_people", "outcome_equipment")
    categories = _beginnings(profile, "category")
    if outcomes is None or categories is None:
        patterns = (_ANYTHING, _ANYTHING)
    else:
        words = f"(?:{trie_regex(outcomes)}|{trie_regex(categories)}{_LABEL_AFTER})"
        # re skips quickly to a character of a leading class, not to a lookbehind: in lower-cased ASCII text
        # after a space, "[^\w-]" before the word is the vocabularies' lookbehind, and case folding is exact
        patterns = (re.compile(r"[^\w-]" + words), re.compile(LOOKBEHIND + words, re.IGNORECASE))
    if len(_CUES) >= 64:  # bounded: profiles loaded from many paths do not pile up
        _CUES.clear()
    _CUES[id(profile)] = (profile, patterns)
    return patterns


def may_hold_claims(profile: Profile, norm: str) -> bool:
    """False when the normalised text ``norm`` holds no outcome word, list heading or bulletin label of
    ``profile``: no claim can be read from it (see the module docstring)."""
    if _LIST_HEADING.search(norm):
        return True
    folded, any_text = _cues(profile)
    if norm.isascii():
        return folded.search(" " + norm.lower()) is not None
    return any_text.search(norm) is not None
