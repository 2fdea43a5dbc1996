"""A session's transcript: a speaker's label opening a paragraph ("МІНІСТР ОБОРОНИ. Шановні депутати! ...",
"Министр обороны. Уважаемые депутаты! ...") is the source of what the paragraph goes on to say, and a vote's tally
("«За» — 268", "«против» — 0") counts votes, no loss."""

from __future__ import annotations

import re

from ...languages.morphology import tags
from .mentions import DocText, text_between
from .numbers import Number
from .sentences import Sentence

#: a dash, with the closing quote of the label before it
_DASH_AFTER_LABEL = re.compile(r"^[»\"”]?\s*[—–‒−-]\s*$")


def a_vote_tally(doc: DocText, sent: Sentence, num: Number) -> bool:
    """"«За» — 268", "«против» — 0": a bare figure after a dash whose label is a word of voting (grammar's
    ``vote_labels``), the label alone before the dash."""
    toks = sent.tokens
    k = num.first_token
    ctx = doc.lang.grammar["context"]
    # (the sentence's keys asked first, one look-up of its record: most sentences hold no word of voting)
    if k == 0 or "vote_labels" not in ctx.keys_in(toks):
        return False
    if not _DASH_AFTER_LABEL.match(text_between(doc.text, toks[k - 1].end, toks[k].start)):
        return False  # (most figures: no dash right before)
    hit = next((h for h in ctx.find_all(toks, max(0, k - 3), k, "vote_labels") if h[2] == k), None)
    return hit is not None and (hit[1] == 0 or re.search(
        r"[«\"“,;:]", text_between(doc.text, toks[hit[1] - 1].end, toks[hit[1]].start)) is not None)


def a_speaker_label(doc: DocText, sent: Sentence) -> bool:
    """Whether ``sent`` is a speaker's label: a short sentence of no verb, opening its paragraph with a source's
    title and closed by a stop or a colon, the paragraph going on past it ("МІНІСТР ОБОРОНИ.")."""
    toks = sent.tokens
    if not toks or len(toks) > 6 or sent.kind == "list_item":
        return False
    if not doc.text[sent.start:sent.end].rstrip().endswith((".", ":")):
        return False
    at = doc.sentence_number.get(id(sent), 0)
    if at > 0 and doc.sentences[at - 1].paragraph == sent.paragraph:
        return False
    if at + 1 >= len(doc.sentences) or doc.sentences[at + 1].paragraph != sent.paragraph:
        return False
    hits = doc.lang.claimants.find_all(toks)
    if not hits or hits[0][1] != 0:
        return False
    return not any(tags(t.low, doc.lang.code) & {"VERB", "INFN", "PRTS"} for t in toks)


#: a speaker's label by name or office: a word in capitals ("ГОЛОВУЮЧИЙ", "ПЕТРЕНКО О.В."), or a surname with initials
#: ("Смирнова Т. А., фракция ...")
_LABEL_OPENING = re.compile(r"[А-ЯІЇЄҐЁ][А-ЯІЇЄҐЁ'’-]{2,}(?![а-яіїєґё])"
                            r"|[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+ [А-ЯІЇЄҐЁ]\.\s?[А-ЯІЇЄҐЁ]\.")


def another_speaker(doc: DocText, sent: Sentence) -> bool:
    """Whether ``sent`` is a speaker's label (as ``a_speaker_label``) by a name or an office no source's words name:
    the speaker before has stopped speaking ("ГОЛОВУЮЧИЙ.", "ПЕТРЕНКО О.В.")."""
    toks = sent.tokens
    if not toks or len(toks) > 10 or sent.kind == "list_item" or not _LABEL_OPENING.match(doc.text, sent.start):
        return False
    if not doc.text[sent.start:sent.end].rstrip().endswith((".", ":")):
        return False
    at = doc.sentence_number.get(id(sent), 0)
    if (at > 0 and doc.sentences[at - 1].paragraph == sent.paragraph) \
            or at + 1 >= len(doc.sentences) or doc.sentences[at + 1].paragraph != sent.paragraph:
        return False
    return not any(tags(t.low, doc.lang.code) & {"VERB", "INFN", "PRTS"} for t in toks)
