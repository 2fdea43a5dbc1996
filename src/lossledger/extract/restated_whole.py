"""A part's lead that names its whole again by its number: "At least 27 journalists have been killed since 2022. ...
Of the 27, nine were foreign reporters": the nine are a part of the 27 told before (its outcome, span and date), not of
the figure told last."""

from __future__ import annotations

import re

from .body import Sentence
from .document import Mention, Reader

__all__ = ["whole_restated"]


def whole_restated(reader: Reader, sent: Sentence, among: re.Match[str] | None) -> Mention | None:
    """The figure told before ``sent`` whose number the part's lead (``among``, matched on the sentence's text: "Of
    the 27, ...") names again, if any."""
    if among is None:
        return None
    whole = next((n for n in reader.numbers_in(sent) if n.start == among.end()), None)
    if whole is None:
        return None
    return next((m for m in reader.mentions if m.value == whole.value and m.sentence.start < sent.start), None)
