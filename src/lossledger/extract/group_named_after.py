"""'There were 4,000 deaths among Russian soldiers in Bakhmut': a loss noun that does not say whose the dead were
("deaths", "casualties"), followed by "among" and the group they were in, counts that group: its category (soldiers:
personnel) and the side its adjective names are the figure's, as if the group stood in the noun phrase. Read by
``extract`` after the noun phrase (grammar ``group_among_after``); "among civilians" is ``victims_named_after``'s."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .document import Reader

__all__ = ["GroupNamedAfterRules", "group_among_after"]


class GroupNamedAfterRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.group_among_after = g.pattern("group_among_after", guard=False)


def group_among_after(reader: Reader, np_end: int, hi: int) -> tuple[str, int] | None:
    """The people's category of the group named by "among ..." right after the noun phrase ending at ``np_end`` (before
    ``hi``), and where the group's words end; None when no such group follows or its head is no people's noun."""
    if reader.norm.find("among", np_end, np_end + 8) < 0:
        return None  # (most figures have no "among" after them)
    group = reader.grammar.rules(GroupNamedAfterRules).group_among_after.match(reader.norm, np_end, hi)
    if group is None:
        return None
    start, end = group.span("group")
    head = reader.scan.search("category", start, end)  # ("among Russian soldiers in Bakhmut": soldiers)
    if head is None or not reader.profile.is_people(reader.profile.key_of(head)):
        return None
    return reader.profile.key_of(head), head.end()
