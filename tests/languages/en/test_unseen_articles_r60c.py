"""Round 60c of whole articles in the most common outlet styles with new wordings of source, span and date (see
unseen_articles_r60c.py), and the fixes of their shortfalls that a general rule reads are pinned in
test_round60c_constructions.py by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r60c import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "..., the outlet said units of the Yug group destroyed three Leopard tanks and 21 field artillery guns": the
    # week is told in the sentence before ("over the week"), and this one goes on with the same ministry's summary
    # with no span, no "also" and no "the same period" of its own; a simple past with no cue is read as a running
    # total, and carrying a span across sentences with no cue would change the reading of many bulletins (not safe now)
    "russian_outlet_weekly_ministry_claims_by_grouping": [
        "3: measure=cumulative (want period)",
        "21: measure=cumulative (want period)",
    ],
}


test_unseen_article = article_test(list(ARTICLES), KNOWN_SHORTFALLS)
