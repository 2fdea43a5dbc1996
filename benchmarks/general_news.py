"""General-news sentences written for the speed benchmarks (no text from any outlet): the nine documents in
ten of a news crawl that are about something else than war losses. Some hold numbers, dates, hyphens and
colons; a few hold words a loss claim also uses ("lost", "hit", "injured"), as real general news does.

``general_news_document(n)`` builds document ``n`` from eight of these sentences in two paragraphs, a
different choice and order for each ``n``.
"""

from __future__ import annotations

SENTENCES: tuple[str, ...] = (
    "The city council voted on Tuesday to extend the opening hours of the central library until nine in the evening.",
    "Officials said the new timetable would begin next month, after a trial in two smaller branches.",
    "The orchestra announced a season of twelve concerts, opening with a programme of Brahms and Sibelius.",
    "Tickets go on sale on Friday, and students will pay half price at every performance.",
    "A spokeswoman for the transport authority said the tram line would reopen after repairs to the overhead wires.",
    "Engineers expect the work to take about three weeks, weather permitting.",
    "The bakery on Mill Street has been run by the same family since 1962.",
    "Its owners plan to add a small cafe with eight tables by the spring.",
    "Rainfall in October was 40 per cent above the long-term average, the weather service reported.",
    "Farmers in the valley said the late harvest of apples and pears was smaller but of good quality.",
    "The regional airport handled 1.2 million passengers last year, a record for the operator.",
    "A second runway is not planned before 2030, according to the airport's development plan.",
    "The home side won 3-1 on Saturday, with two goals from their new striker in the second half.",
    "Their coach praised the defence and said the team would rest several players before the cup tie.",
    "The visitors lost their third game in a row and now sit fourteenth in the table.",
    "Shares in the chipmaker rose 4.5 per cent after it raised its forecast for the year.",
    "Analysts said demand from car makers had recovered faster than expected.",
    "The central bank left its main interest rate at 3.25 per cent, as most economists had predicted.",
    "Inflation eased to 2.1 per cent in November, helped by cheaper fuel and food.",
    "Researchers at the university have mapped the nesting sites of 57 species of seabird along the coast.",
    "The survey, which took four summers, found that puffin numbers were stable.",
    "A new exhibition of Dutch landscape paintings opens at the municipal museum next week.",
    "The museum's director said 45 of the works had never been shown in the country before.",
    "Volunteers planted 2,300 oak and beech saplings in the park over the weekend.",
    "The mayor thanked local schools, whose pupils looked after the first rows of trees.",
    "Road works on the ring road will close two lanes at night from Monday to Thursday.",
    "Drivers are advised to allow an extra 15 minutes for journeys into the centre.",
    "The film festival's jury gave its main prize to a debut feature about a family of beekeepers.",
    "More than 30,000 people attended the screenings, the organisers said.",
    "The hospital opened a new maternity ward with 24 beds and two operating theatres.",
    "A storm hit the northern coast overnight, bringing down power lines and closing the ferry port.",
    "Power was restored to most homes by the morning, the grid operator said.",
    "The chess club's junior team finished second at the national championship in Ghent.",
    "Two players from the club have been invited to train with the national squad.",
    "The supermarket chain will open five stores in the region and hire about 300 staff.",
    "A cyclist was slightly injured when she collided with a parked van on the high street.",
    "Police said no one else was hurt and the road reopened after an hour.",
    "The school board approved a budget of 48 million euros for the coming year.",
    "Teachers' unions welcomed the plan to hire 120 more classroom assistants.",
    "The science centre will host a night of stargazing on 14 December, with telescopes for visitors.",
    "The recipe needs 200 grams of flour, two eggs and a pinch of salt.",
    "Key dates for applicants: the portal opens on 3 March and closes on 28 April.",
)


def general_news_document(n: int) -> str:
    """A general-news document of eight sentences in two paragraphs (document ``n`` of a corpus)."""
    size = len(SENTENCES)
    step = (1, 5, 11, 13, 17, 19, 23)[n % 7]  # steps prime to len(SENTENCES): eight different sentences
    picked = [SENTENCES[(n * 5 + i * step) % size] for i in range(8)]
    return " ".join(picked[:4]) + "\n\n" + " ".join(picked[4:]) + "\n"
