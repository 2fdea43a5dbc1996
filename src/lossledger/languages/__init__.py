"""What the extractor knows of a language: its grammar as named patterns (``<code>/grammar.toml``)
and the vocabulary matcher (``scan``) that profiles and grammars share."""
