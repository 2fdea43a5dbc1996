"""Round 61 of whole articles in resolution, call-readout, diary, rapporteur, memorial-speech and donor-report styles
(see unseen_articles_r61.py), read whole against the claims the spec asks for."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r61 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "Since last Independence Day alone, we have added 47 names": names added to a memorial wall count its dead only
    # through the wall told two sentences before, and "last Independence Day" is a holiday named back from the speech's
    # day with no date; the count is read (count_grown) but as the speaker's usual enemy's, with no span. "Our city has
    # also lost 33 civilians to Russian shelling": shelling is read as one attack (the victims' event), though the
    # present perfect with no span counts the whole war; telling them apart needs more than the verb's tense, as most
    # strike reports ("Russian shelling has killed three people in Kherson") are one day's
    "mayor_memorial_wall_speech_applause": [
        "missed: ukraine personnel killed 47 - exact period * 2025-08-24|- 2026-08-24 ua_officials false",
        "33: measure=period (want cumulative)",
        "4: measure=period (want cumulative)",
        "extra: russia personnel killed 47 ('Since last Independence Day alone, we have added 47 names.')",
    ],
    # "Of the 22 pickups we sent, four have already been destroyed": a whole supplied by "we" with no recipient named
    # ("sent to Ukraine" is read); the whole's verb of supplying then leaves the part with no side and no count
    "volunteer_foundation_quarterly_report_to_donors": [
        "missed: ukraine vehicles destroyed|losses 4 - exact cumulative|period * * 2026-10-05 ua_officials false",
    ],
}


test_unseen_article = article_test(list(ARTICLES), KNOWN_SHORTFALLS)
