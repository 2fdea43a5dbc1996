"""The speaker's own losses told by a pronoun pointing back ("Обидві сторони рідко називають цифри власних втрат.
Міноборони Росії востаннє звітувало про них у вересні, назвавши 5 937 загиблих"; "о собственных потерях ... сообщало о
них"): "про них" / "о них" before a figure, where the sentence just before names one's own losses ("власних втрат",
"своих потерь", grammar ``context.own_losses``), stands for those losses, whose side is the speaker's."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText
from .sentences import Sentence


def told_of_own_losses_before(doc: DocText, sent: Sentence, toks: list[Token], upto: int) -> bool:
    """Whether ``toks`` has a pronoun of the losses before ``upto`` (grammar ``context.about_them``: "про них", "о
    них") and the sentence just before names one's own losses."""
    ctx = doc.lang.grammar["context"]
    if not ctx.find_all(toks, 0, upto, "about_them"):
        return False  # (no "про них": most sentences)
    at = doc.sentence_number.get(id(sent), 0)
    return at > 0 and bool(ctx.find_all(doc.sentences[at - 1].tokens, key="own_losses"))
