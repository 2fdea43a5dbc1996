"""Round 51 of whole short articles written for these tests, in styles rounds 1 and 3 to 50 and p1 do not hold, with the
source, the span and the date in view: an explainer in question-and-answer form whose subheadings are questions ("How
many Russian soldiers have died?") each answered from another source with its own date, one answer a range and one
"We do not know", beside readers' questions and an army's size that are no losses; the text of a chart as an article
carries it (a title, an axis label and its tick values, a legend, a figure by month on a line each, "Source:", "Note:"
and "Chart:" lines) around a short story on a month's losses, beside contract soldiers recruited; a wire report of a
legislature's committee hearing ("testified", "told lawmakers", "in written testimony") with a general's estimate
"as many as", a daily average, a senator's question that relays a figure and a reply that cannot confirm it, beside a
budget request, troops stationed and sent and men mobilised a month "to replace its losses" that are no losses; and a
head of state's speech to an international assembly in the first person ("my country has lost", "our children",
"since the first day", "every day"), dated by its header, beside drones launched, a session's number, member states
and pledges. Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "explainer_questions_and_answers_each_from_its_source",
        "2025-12-05",
        "How many soldiers have Russia and Ukraine lost? What we know\n"
        "By the Explainers desk | Friday 5 December 2025\n"
        "Neither side publishes a full count of its dead. We put the questions 340 readers sent us to the sources.\n"
        "How many Russian soldiers have died?\n"
        "Mediazona and the BBC's Russian service have confirmed the names of 131,400 Russian soldiers killed, as of "
        "28 November. They say the real toll is far higher.\n"
        "How many Russian troops have been killed or wounded?\n"
        "Ukraine's General Staff puts Russia's losses at 1,178,300 troops since the full-scale invasion, a figure "
        "that includes the wounded.\n"
        "How many Ukrainian soldiers have died?\n"
        "Western officials estimated in October that between 60,000 and 100,000 Ukrainian soldiers had been "
        "killed.\n"
        "How many Ukrainian soldiers are missing?\n"
        "We do not know. Kyiv has not given a figure, and families say the lists are incomplete.\n"
        "How many civilians have been killed?\n"
        "The UN human rights monitoring mission has verified 14,620 civilian deaths, including 718 children, as of "
        "31 October.\n"
        "How big is Russia's army?\n"
        "By decree it should number 1.5 million active troops.",
        (
            "russia personnel killed 131400 - exact cumulative * * 2025-11-28 mediazona false",
            "russia personnel losses 1178300 - exact cumulative * * 2025-12-05 ua_general_staff false",
            "ukraine personnel killed 60000 100000 range cumulative * * 2025-10-31|2025-10-01|2025-12-05 "
            "western_officials false",
            "ukraine civilians killed 14620 - exact cumulative * * 2025-10-31 un false",
            "ukraine civilians killed 718 - exact cumulative * * 2025-10-31 un false",
        ),
    ),
    Article(
        "chart_text_around_a_story_on_a_months_losses",
        "2025-10-14",
        "Russian losses fell in September, Kyiv's figures show\n"
        "Russia lost 26,910 troops in September, down from 29,340 in August, according to Ukraine's General Staff, "
        "the fewest in a month since March.\n"
        "Russian troop losses by month, 2025\n"
        "Troops killed or wounded\n"
        "0 10,000 20,000 30,000 40,000\n"
        "Legend: Russian personnel losses\n"
        "June: 31,120\n"
        "July: 32,480\n"
        "August: 29,340\n"
        "September: 26,910\n"
        "Source: General Staff of the Armed Forces of Ukraine\n"
        "Note: Figures include killed and wounded and cannot be independently verified.\n"
        "Chart: Daily Ledger graphics\n"
        "The General Staff puts Russia's losses since the invasion at 1,125,600 troops. Moscow does not publish its "
        "own casualty figures, but says it has signed up 336,000 contract soldiers this year.",
        (
            "russia personnel losses 26910 - exact period * * 2025-09-30|2025-09-01 ua_general_staff false",
            "russia personnel losses 29340 - exact period * * 2025-08-31|2025-08-01 ua_general_staff false",
            "russia personnel losses 31120 - exact period * * 2025-06-30|2025-06-01 ua_general_staff false",
            "russia personnel losses 32480 - exact period * * 2025-07-31|2025-07-01 ua_general_staff false",
            "russia personnel losses 1125600 - exact cumulative * * 2025-10-14 ua_general_staff false",
        ),
    ),
    Article(
        "wire_committee_hearing_with_a_generals_estimate",
        "2025-06-11",
        "US general tells senators Russia has suffered up to 790,000 casualties\n"
        "WASHINGTON, June 11 (Wire) - The top U.S. general in Europe told lawmakers on Wednesday that Russia had "
        "suffered as many as 790,000 casualties in Ukraine, as senators weighed a $48 billion aid request.\n"
        "General Mark Tolliver, head of U.S. European Command, testified before the Senate Armed Services Committee "
        "that Russian forces were losing about 1,000 soldiers a day.\n"
        "In written testimony, Tolliver said Ukraine had lost more than 400 tanks since January.\n"
        "Senator Ellen Prater asked whether a Ukrainian estimate of 9,000 Russian soldiers killed near Pokrovsk in "
        "May was credible. \"I can't confirm that number,\" Tolliver replied.\n"
        "Kyiv mobilises about 27,000 men a month, he said, fewer than it needs to replace its losses.\n"
        "The United States has about 100,000 troops stationed in Europe, including 20,000 sent since 2022.",
        (
            "russia personnel losses 790000 - at_most cumulative * * 2025-06-11 us_officials false",
            "russia personnel losses 1000 - approx rate 1 * 2025-06-11 us_officials false",
            "ukraine tanks losses 400 - at_least period * 2025-01-01 2025-06-11 us_officials false",
            "russia personnel killed 9000 - exact period * * 2025-05-31|2025-05-01 ua_officials|other|us_officials "
            "false|true",
        ),
    ),
    Article(
        "head_of_state_speech_to_an_assembly_in_the_first_person",
        "2025-09-25",
        "Address by the President of Ukraine at the general debate of the 80th session of the UN General Assembly\n"
        "New York, 24 September 2025\n"
        "Madam President, Excellencies,\n"
        "I speak to 193 member states on behalf of a nation that has not chosen this war.\n"
        "Since the first day of the full-scale invasion, my country has lost more than 13,800 civilians to Russian "
        "strikes. Among them are 650 of our children.\n"
        "Every day, Russia sends drones against our cities. Last week alone it launched more than 1,500 of them, "
        "and our air defence shot down 1,320.\n"
        "Every day, on average, seven of our civilians are killed.\n"
        "Our soldiers hold the line. Since the first day, more than 41,000 of our defenders have given their lives.\n"
        "I thank every nation that pledged support; last year your pledges reached $2 billion.",
        (
            "ukraine civilians killed|losses 13800 - at_least cumulative|period - 2022-02-24|- 2025-09-24|2025-09-25 "
            "ua_president false",
            "ukraine civilians killed|losses 650 - exact cumulative|period - 2022-02-24|- 2025-09-24|2025-09-25 "
            "ua_president false",
            "russia drones destroyed 1320 - exact period * * 2025-09-21|2025-09-15|2025-09-24|2025-09-25 "
            "ua_president|ua_officials false",
            "ukraine civilians killed 7 - approx|exact rate 1 * 2025-09-24|2025-09-25 ua_president false",
            "ukraine personnel killed 41000 - at_least cumulative|period - 2022-02-24|- 2025-09-24|2025-09-25 "
            "ua_president false",
        ),
    ),
)
