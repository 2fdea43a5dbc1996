"""Round 18 of whole short articles written for these tests, in styles rounds 1 and 3 to 17 and p1 do not hold, with
the source and the span in view: a live blog's timed entries closed by a recap; a bulleted "war latest" digest; a
public broadcaster quoting a UN agency and a regional prosecutor with different dates; a cable-news piece relaying a
milblogger's claim as unverified; a European politics paper on NATO officials' estimates with ranges; and an exile
broadcaster on a Russian court's figures of soldiers' deaths taken from registry data.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "live_blog_timed_entries_recap",
        "2025-09-09",
        "Russia-Ukraine war live: strikes on Zaporizhzhia as talks stall\n"
        "08.05 BST Ukraine's air force said Russia launched 96 drones overnight, of which 71 were shot down or "
        "jammed.\n"
        "09.40 BST The head of the Zaporizhzhia regional military administration, Ivan Fedorenko, said two people "
        "had been killed and 17 injured in the city.\n"
        "11.20 BST Russia's defence ministry claimed its forces had downed 38 Ukrainian drones over four regions "
        "overnight.\n"
        "12.00 BST Here is a recap of the main developments so far:\n"
        "Two people were killed and 17 injured in Russian strikes on Zaporizhzhia, the regional governor said.\n"
        "Ukraine's General Staff said Russia had lost 930 soldiers over the past 24 hours.",
        (
            "russia drones destroyed|losses 71 - exact period 1|- * 2025-09-09 ua_officials false",
            "ukraine people|civilians killed 2 - exact period * * 2025-09-09 ua_officials false",
            "ukraine people|civilians wounded 17 - exact period * * 2025-09-09 ua_officials false",
            "ukraine drones destroyed 38 - exact period 1|- * 2025-09-09 ru_mod false",
            "russia personnel losses 930 - exact period 1 * 2025-09-09|2025-09-08 ua_general_staff false",
        ),
    ),
    Article(
        "war_latest_bulleted_digest",
        "2025-10-21",
        "Ukraine war latest: Russian assault near Kupiansk repelled, army says\n"
        "Key developments on Oct. 20:\n"
        "- Ukrainian forces repelled a mechanized assault near Kupiansk, destroying 14 armored vehicles, the Joint "
        "Forces Task Force said.\n"
        "- Russian attacks on Kherson Oblast killed three civilians and injured nine over the past day, Governor "
        "Serhii Markiv reported.\n"
        "- Russia has lost about 1,121,000 troops since the start of the full-scale invasion, the General Staff "
        "reported on Oct. 20.\n"
        "- The figure includes 890 casualties in the past day.",
        (
            "russia armoured_vehicles destroyed 14 - exact period * * 2025-10-20|2025-10-21 ua_officials false",
            "ukraine civilians killed 3 - exact period 1 * 2025-10-20|2025-10-21 ua_officials false",
            "ukraine civilians wounded 9 - exact period 1 * 2025-10-20|2025-10-21 ua_officials false",
            "russia personnel losses 1121000 - approx cumulative - * 2025-10-20 ua_general_staff false",
            "russia personnel losses 890 - exact period 1 * 2025-10-20 ua_general_staff false",
        ),
    ),
    Article(
        "broadcaster_un_agency_and_prosecutor",
        "2025-05-12",
        "Children among dead as toll from war in Ukraine climbs, UN says\n"
        "The United Nations children's agency says at least 2,480 children have been killed or injured in Ukraine "
        "since February 2022.\n"
        "In a statement released on Friday, UNICEF said the number of children hurt had risen sharply in April.\n"
        "Separately, the prosecutor's office of the Kharkiv region said on May 9 that 94 children had been killed "
        "in the region since the start of the full-scale invasion.\n"
        "The regional prosecutor, Oleksandr Filchakov, told the ABC that investigators had recorded 27 civilian "
        "deaths in the city of Kharkiv in April alone.",
        (
            "ukraine civilians losses 2480 - at_least cumulative - * 2025-05-09|2025-05-12 un false",
            "ukraine civilians killed 94 - exact cumulative - * 2025-05-09 ua_officials false",
            "ukraine civilians killed 27 - exact period * 2025-04-01 2025-04-30 ua_officials false",
        ),
    ),
    Article(
        "cable_news_milblogger_unverified",
        "2025-03-03",
        "Russian milblogger claims heavy Ukrainian losses in Kursk. CNN cannot verify it\n"
        "A prominent Russian military blogger claimed on Sunday that Ukrainian forces had lost as many as 300 "
        "soldiers in two days of fighting near Sudzha.\n"
        "The blogger, who writes under the name Rybar and has close ties to the Russian defence ministry, also said "
        "that 11 Ukrainian tanks had been destroyed. CNN could not independently verify the claims.\n"
        "Ukraine's military did not comment on its own losses but said Russian forces had lost 1,340 troops in the "
        "previous 24 hours, according to its daily update.",
        (
            "ukraine personnel losses 300 - at_most period 2 * 2025-03-02 other false|true",
            "ukraine tanks destroyed 11 - exact period * * 2025-03-02|2025-03-03 other false|true",
            "russia personnel losses 1340 - exact period 1 * 2025-03-03|2025-03-02 ua_general_staff false",
        ),
    ),
    Article(
        "politics_paper_nato_estimates_ranges",
        "2025-06-24",
        "NATO officials: Russia losing up to 1,500 troops a day\n"
        "THE HAGUE — Russia is losing as many as 1,500 soldiers killed or wounded every day in Ukraine, a senior "
        "NATO official said on Monday, ahead of the alliance's summit.\n"
        "The official, who spoke on condition of anonymity, said Western estimates put Russia's total casualties "
        "at between 900,000 and 1 million since 2022.\n"
        "A second NATO diplomat said Moscow had probably lost more than 250,000 soldiers killed.\n"
        "Ukraine's own losses are believed to be lower, though Kyiv does not publish them.",
        (
            "russia personnel losses 1500 - at_most rate 1 * * western_officials false",
            "russia personnel losses 900000 1000000 range cumulative - * 2025-06-23|2025-06-24 western_officials "
            "false",
            "russia personnel killed 250000 - at_least cumulative - * 2025-06-23|2025-06-24 western_officials true",
        ),
    ),
    Article(
        "exile_broadcaster_court_registry_deaths",
        "2025-11-18",
        "Court records show Russian region's war dead far above official count\n"
        "A district court in Russia's Bashkortostan region has handled more than 1,900 cases in which relatives "
        "asked for soldiers to be declared dead, RFE/RL's Idel.Realii found.\n"
        "Registry data cited in court rulings show that at least 3,100 men from the region were killed between "
        "January 2023 and September 2025, the outlet reported.\n"
        "The regional governor, Radiy Khabirov, said in October that 1,240 residents had died in what the Kremlin "
        "calls its special military operation.",
        (
            "russia personnel killed 3100 - at_least period * 2023-01-01 2025-09-30 other false",
            "russia personnel killed 1240 - exact cumulative - * 2025-10-01|2025-10-31|2025-11-18 ru_officials false",
        ),
    ),
    Article(
        "newsletter_week_in_review_spans",
        "2025-12-01",
        "The week in Ukraine: what happened and what it means\n"
        "Russia's summer offensive has cost it dearly. Since June 1, Russian forces have lost an estimated 210,000 "
        "troops killed or wounded, according to Ukraine's General Staff.\n"
        "In the week to Sunday, the General Staff reported 6,840 Russian casualties, down from 7,900 the week "
        "before.\n"
        "Russian strikes killed at least 41 Ukrainian civilians in November, the UN monitoring mission said on "
        "Friday, and wounded 230.\n"
        "Moscow reportedly lost two Su-34 jets over the Black Sea last week, though its defence ministry has not "
        "confirmed the losses.",
        (
            "russia personnel losses 210000 - approx period * 2025-06-01 * ua_general_staff false",
            "russia personnel losses 6840 - exact period 7 * 2025-11-30 ua_general_staff false",
            "russia personnel losses 7900 - exact period 7 * 2025-11-23 ua_general_staff false",
            "ukraine civilians killed 41 - at_least period * 2025-11-01 2025-11-30 un false",
            "ukraine civilians wounded 230 - exact|at_least period * 2025-11-01 2025-11-30 un false",
            "russia aircraft losses|destroyed 2 - exact period 7 * 2025-11-30|2025-11-24|2025-12-01 - true",
        ),
    ),
    Article(
        "radio_bulletin_as_of_and_hedges",
        "2025-02-19",
        "NEWS AT NOON\n"
        "Ukraine's military says 1,990 Russian soldiers have been captured since the start of the Kursk incursion "
        "last August.\n"
        "As of February 18, the Ukrainian ombudsman's office had documented 5,800 Ukrainian prisoners of war still "
        "held in Russia.\n"
        "Local officials in Sumy say a drone attack may have killed a further three people overnight; rescuers are "
        "still searching the rubble.",
        (
            "russia personnel captured 1990 - exact period * 2024-08-06|2024-08-01|2024-08-31 2025-02-19 "
            "ua_general_staff false",
            "ukraine personnel captured 5800 - exact cumulative - * 2025-02-18 ua_officials false",
            "ukraine people|civilians killed 3 - exact period 1|- * 2025-02-19|2025-02-18 ua_officials true",
        ),
    ),
)
