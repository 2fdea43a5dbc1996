"""The profile's ``[defaults]`` a language's stages ask of every sentence, typed and read once per language (not
looked up in the raw profile on every call)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ProfileDefaults:
    """Whose dead the language's press mourns where it names none (``fallen_side``, None where it writes from either
    side) and the words it calls its own soldiers by (``own_soldiers_words``, lemmas)."""

    fallen_side: str | None
    own_soldiers_words: frozenset[str]

    @classmethod
    def read(cls, profile: Mapping[str, Any]) -> ProfileDefaults:
        defaults = profile.get("defaults", {})
        side = defaults.get("fallen_side")
        return cls(fallen_side=str(side) if side else None,
                   own_soldiers_words=frozenset(defaults.get("own_soldiers_words", ())))
