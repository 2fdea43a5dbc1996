"""The side whose own name for the war a text uses ("с начала СВО погибли 93 прихожанина", "за ноябрь погибли пятеро
прихожан" in a notice of those "погибшим в ходе специальной военной операции"): where nothing else says whose people
a figure counts (no side word, no place, no source of a side), they are that side's. Only a name of the war that
names no country (the profile's ``war_names`` holding no side word: "СВО", "спецоперация"; not "в Украине")."""

from __future__ import annotations

from .mentions import DocText


def namer_side(doc: DocText) -> str | None:
    """The one side whose own name for the war the document uses, read once; None where it uses none or both."""
    if "war_namer" in doc.cache:
        return doc.cache["war_namer"]  # type: ignore[no-any-return]
    found: str | None = None
    table = doc.lang.war_names
    if table is not None:
        named: set[str] = set()
        for s in doc.sentences:
            for key, a, b in table.find_all(s.tokens):
                if not doc.lang.sides.find_all(s.tokens, a, b):
                    named.add(key)
        found = next(iter(named)) if len(named) == 1 else None
    doc.cache["war_namer"] = found
    return found
