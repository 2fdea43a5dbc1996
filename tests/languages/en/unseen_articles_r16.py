from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = ()
