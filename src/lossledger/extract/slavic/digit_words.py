"""Words written in digits: soldiers' slang for the killed and the wounded from the codes "вантаж 200" and "300"
("40 «200-х» і 65 «300-х»", "двое «200-х»"), read as the words they stand for ("двохсотих", "трьохсотих").

The profile's [digit_words] lists for each code the endings written after it with the word in that case; the
code's token takes the word's form and lemmas (a noun of persons in the plural, as the counted noun is read), and the
ending's token is dropped. (The figure reader already passes
over a number glued to an ending, "23-ї доби", so the code is no figure.)"""

from __future__ import annotations

from ...languages.morphology import Token, lemmas
from .language import Language


def digit_words(text: str, tokens: list[Token], lang: Language) -> list[Token]:
    """``tokens`` with each code written in digits and listed in the profile as the word it stands for."""
    words: dict[str, list[list[str]]] = lang.raw["profile"].get("digit_words", {})
    if not words or not any(f"{code}-" in text for code in words):
        return tokens  # (no code glued to an ending, most texts: their tokens are not walked)
    out: list[Token] = []
    skip = False
    for k, tok in enumerate(tokens):
        if skip:
            skip = False
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and tok.low.isdigit() and nxt.start == tok.end + 1 and text[tok.end] == "-" \
                and (word := next((w for ending, w in words.get(tok.low, ()) if ending == nxt.low), None)) is not None:
            out.append(Token(tok.start, nxt.end, text[tok.start:nxt.end], word, lemmas(word, lang.code)))
            skip = True
        else:
            out.append(tok)
    return out
