"""Loss claims out of Ukrainian and Russian text.

The same stages as the English extractor, over words matched by their dictionary forms
(``languages/morphology.py``) instead of regular expressions:

    numbers (digits, spaced thousands, "1,2 млн", "4 тис. 890", words in any case, ranges, "(+N)")
      ─► what was lost (the noun after the number, the list label before it "танки — 9419", or the
         item before it in an elliptical list "106 – пошкоджено")
      ─► outcome, side, qualifier, hedge (in the number's clause, then its sentence)
      ─► claimant (in the sentence, "Про це повідомив ..." after it, carried on to the figures after it)
      ─► span and date ("за минулу добу", "з 8 серпня", "станом на 13.11.2022", "у 2024 році") ─► claims

The words are data: ``languages/<lang>/grammar.toml`` (the language's constructions) and
``profiles/<profile>/<lang>.toml`` (the war's words in that language). A language is added with those
two files.

The stages are modules: ``language`` (data), ``sentences``, ``numbers``, ``dates``, ``mentions`` (what was
lost, qualifier, outcome), ``sides`` (sides and claimants), ``spans``, ``sentence_claims`` (one sentence
read; ``what_was_lost``, what each of its figures counts), ``context`` (what carries across sentences) and
``assembly`` (the document's claims).
"""

from .assembly import extract_cyrillic, has_profile_words
from .language import CYRILLIC_LANGUAGES, guess_cyrillic_language, in_cyrillic, language_data

__all__ = ["CYRILLIC_LANGUAGES", "extract_cyrillic", "guess_cyrillic_language", "has_profile_words", "in_cyrillic",
           "language_data"]
