"""One phrase table's record of one sentence (``Hits``): where its phrases start, and the answers of
``PhraseTable.match``, ``starts`` and ``find_all`` read from them, kept as they are first asked.

Its own module: the record knows nothing of words, lemmas or tables (positions, keys and lengths only);
``morphology`` fills it (``PhraseTable._scan``, ``PhraseGroup.scan``) and reads it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["NO_HITS", "NO_PHRASES", "Here", "Hits", "Scan", "inside", "list_of"]


class _NoPhrases(list[tuple[str, int, int]]):
    """The answer of ``find_all`` where a sentence has no phrase of the key asked: one shared empty list that
    refuses to be changed (a caller adds to a copy: ``hits + more``). Asked some 150 times a Slavic document of keys
    with none, a new empty list each time was kept alive to the document's end, and pushed the garbage collector's
    young generation over its threshold."""

    __slots__ = ()

    def _refuse(self, *_args: object, **_kwargs: object) -> Any:
        raise TypeError("find_all's empty answer is shared: add to a copy")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse


NO_PHRASES = _NoPhrases()


def inside(found: list[tuple[str, int, int]], start: int, stop: int) -> list[tuple[str, int, int]]:
    """The phrases of ``found`` inside ``[start, stop)`` (a function of its own: ``find_all``'s common path keeps
    no closure over its range)."""
    return [h for h in found if h[1] >= start and h[2] <= stop]


#: The phrases of a table starting at one token: the longest's key and length, and the length of each key's
#: longest (lengths, not ends: one record serves every token where the same phrases start; never changed).
Here = tuple[str, int, dict[str, int]]
#: A table's phrases in a sentence: (index of a token where some start, what starts there), in order.
Scan = list[tuple[int, Here]]


class Hits:
    """One table's phrases in one sentence (every position where one starts: its longest, and the longest of
    each key), with the answers read from them kept: a sentence is asked about the same table many times."""

    __slots__ = ("scan", "at", "lists", "starts", "keys")

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        self.at: dict[int, Here] | None = None
        self.lists: dict[str | None, list[tuple[str, int, int]]] = {}
        self.starts: dict[str | None, dict[int, tuple[str, int]]] | None = None
        self.keys: set[str] | None = None  # every key found in the sentence (when a key is first asked)


#: A table's record in a sentence where none of its phrases is: answered at once, never filled in.
NO_HITS = Hits([])
NO_HITS.at = {}


def list_of(scan: Scan, key: str | None) -> list[tuple[str, int, int]]:
    """What ``find_all`` answers over a whole sentence for ``key`` (None: any key), from its scan: the longest
    phrase at each position not inside the one before. (Read per key when first asked: a table of many keys,
    as the grammar's context, is asked of a few of them in a sentence.)"""
    out: list[tuple[str, int, int]] = []
    after = 0
    if key is None:
        for i, (best_key, best_length, _lengths) in scan:
            if i >= after:
                after = i + best_length
                out.append((best_key, i, after))
        return out
    for i, (_key, _length, lengths) in scan:
        length = lengths.get(key)
        if length is not None and i >= after:
            after = i + length
            out.append((key, i, after))
    return out
