# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The sample library's articles (part 1). Original text written for Byline; fictional places
# and people. make-sample.py turns these into sample.jsonl.

CHRONICLE = {"title": "The Byline Chronicle", "url": "https://chronicle.example/", "kind": "site"}
LEDGER = {"title": "Northshore Ledger", "url": "https://ledger.example/", "kind": "feed"}
HANBIT = {"title": "한빛일보", "url": "https://hanbit.example/", "kind": "site"}

ARTICLES = []

ARTICLES.append(dict(
    key="harbour-lights",
    source=CHRONICLE,
    url="https://chronicle.example/2026/11/harbour-lights?utm_source=byline",
    canonical="https://chronicle.example/2026/11/harbour-lights",
    title="Harbour lights return as the old pier reopens after four years",
    deck="Hundreds walked the restored timber deck on Friday evening as the lamps that once "
         "guided the fishing fleet were lit again.",
    section="News",
    author="Maren Holt",
    published="2026-11-27T18:40:00.000Z",
    language="en",
    lead="qrc:/sample/images/harbour-lights.jpg",
    html="""
<p>The lamps along the old north pier came on one by one shortly after five o'clock on Friday, and for a moment the crowd that had gathered at the harbour gates fell quiet. Then someone near the front began to clap, and the applause rolled back along the sea wall to the fish market and the bus shelters beyond.</p>
<p>It was the first time in four years that the pier had been open to the public. Storm damage in the winter of 2022 left two of its spans sagging and the town's engineers closed it within a week, warning that the timber piles beneath had rotted further than anyone had guessed. What followed was a long argument about money, a longer wait for a specialist contractor, and eighteen months of work carried out mostly at low tide.</p>
<blockquote><p>My father mended nets at the end of this pier. I brought his photograph tonight so he could see it lit up again.</p></blockquote>
<p>Agnes Pollard, 71, stood by the restored lamp standard nearest the harbour office holding a framed picture in both hands. She was one of several dozen residents who had written to the council during the closure, many of them asking simply for a date.</p>
<h2>What changed underneath</h2>
<p>Most of the repair is out of sight. The contractor replaced forty-two of the original piles with greenheart timber, a dense tropical hardwood that resists the marine borers responsible for much of the original damage, and fitted steel collars at the tide line. The deck boards are new, though the railings are the old cast-iron ones, shot-blasted and repainted in the dark green they wore in photographs from the 1930s.</p>
<p>The lamps themselves were the subject of a small campaign. An early plan proposed modern fittings on shorter posts, which would have been cheaper to maintain. After objections from the harbour society, the council agreed to restore the twelve surviving Victorian lanterns and cast two replacements from a surviving pattern, fitting each with low-energy bulbs that give off a warm, slightly amber light.</p>
<p>The final bill came to just under £3.4 million, about £600,000 more than the original estimate. Councillor Frank Ibbotson, who chairs the harbour committee, said the overrun was caused largely by the state of the piles once divers could inspect them properly. "We could have patched it and been back here in ten years," he said. "We chose to do it once."</p>
<p>The pier will be open from seven in the morning until ten at night through the winter, with the far end closed during gales. Anglers will need a permit again from January, and the harbour office says the old tradition of a lantern walk on the shortest day of the year will return next month.</p>
<p>For now, most visitors on Friday seemed content to walk to the end and back, stopping under each lamp as if to check it was really there.</p>
"""))

ARTICLES.append(dict(
    key="night-buses",
    source=CHRONICLE,
    url="https://chronicle.example/2026/11/night-bus-network-approved",
    canonical="https://chronicle.example/2026/11/night-bus-network-approved",
    title="Council approves night bus network in a narrow vote",
    deck="Four routes will run until 4 a.m. from March, paid for by a parking levy that split "
         "the chamber.",
    section="News",
    author="Daniel Okafor",
    published="2026-11-26T09:10:00.000Z",
    language="en",
    html="""
<p>Late-shift workers, hospital staff and students will be able to catch a bus home after midnight from next spring, after councillors approved a night network by twenty-two votes to nineteen on Wednesday evening.</p>
<p>The decision ends almost two years of consultation. The last regular service from the town centre currently leaves at 11.40 p.m., and a survey carried out by the transport department last winter found that more than a third of people who finish work after midnight walk home, some of them for more than an hour.</p>
<p>From the first Monday in March, four routes will run every thirty minutes between midnight and 4 a.m.:</p>
<ul>
<li><strong>N1</strong>: Central Station to the General Hospital by way of Market Street and the university campus.</li>
<li><strong>N2</strong>: Central Station to Eastfield and the retail park, serving the distribution warehouses.</li>
<li><strong>N3</strong>: the harbour to Millbrook and Upper Vale, a loop in both directions.</li>
<li><strong>N4</strong>: Westgate to the airport road, on Fridays and Saturdays only during the first year.</li>
</ul>
<p>The service will cost around £1.9 million a year to run. It will be paid for by a new levy on workplace parking spaces, charged to employers with more than twenty spaces, and by a share of fares. Single tickets will cost the same as daytime fares, and existing passes will be valid.</p>
<p>The levy was the sticking point. Opponents argued that it would fall hardest on small manufacturers on the edge of town, whose workers have few alternatives to driving. Councillor Margaret Shaw said she supported the buses but could not vote for "a tax on the very people who keep the night economy running".</p>
<p>Supporters pointed out that the charge would not apply to the first twenty spaces, which exempts most small firms, and that hospitals and care homes would be excluded altogether. "For years we have asked night workers to solve this problem on their own," said Councillor Ayesha Brennan, who proposed the scheme. "Tonight we decided to solve it together."</p>
<p>The operator has been asked to recruit around thirty drivers, and the council says it will publish passenger numbers every quarter. A review after eighteen months will decide whether the N4 should run every night.</p>
"""))

ARTICLES.append(dict(
    key="library-card",
    source=CHRONICLE,
    url="https://chronicle.example/opinion/2026/11/the-library-card",
    canonical="https://chronicle.example/opinion/2026/11/the-library-card",
    title="The library card is still the best deal in town",
    deck="Proposed cuts to branch opening hours would save little and cost a great deal.",
    section="Editorial",
    author="The Editorial Board",
    published="2026-11-25T06:00:00.000Z",
    language="en",
    html="""
<p>There is a modest document in the council's budget papers this month that deserves more attention than it will get. Buried in a list of "service efficiencies" is a proposal to close six of the town's nine branch libraries on Mondays and Wednesdays, and to end Saturday afternoon opening everywhere except the central library. The saving, by the council's own estimate, is about £410,000 a year.</p>
<p>That is not nothing. The council faces a real gap between what it is asked to provide and what it is given to provide it, and no one who has read the figures on adult social care can pretend the choices are easy. But this is a poor trade, and councillors should reject it.</p>
<p>Consider who uses a branch library on a weekday. The pensioner who comes in for the newspapers and the warmth. The parent with a toddler at the Wednesday rhyme session, often the only hour of adult conversation in a long week. The man applying for jobs on the public computers because he has no broadband at home. The teenager who cannot revise in a crowded flat. None of these people will appear in the budget papers, and few of them will come to the consultation meetings, which are held at times that suit the people who run them.</p>
<p>The saving also looks smaller on inspection. Most of it comes from staff hours, and the staff concerned are largely part-time, local and difficult to replace. A branch that opens three days a week quickly becomes a branch that people forget to visit, and a branch with falling visitor numbers becomes, two budgets later, a candidate for closure. We have seen this pattern in other towns. It rarely ends with the hours being restored.</p>
<p>There are better options. The council could share buildings with health visitors and advice services, as the Millbrook branch already does with some success. It could ask the library friends' groups, who raise money every year, what they would be willing to take on. It could look again at the central library's energy bills, which have tripled since 2021 and which a modest investment in insulation would reduce.</p>
<p>A library card costs nothing, and for a great many people in this town it remains the single most useful thing the council gives them. The budget should be balanced. It should not be balanced here.</p>
"""))

ARTICLES.append(dict(
    key="unfinished-book",
    source=CHRONICLE,
    url="https://chronicle.example/opinion/2026/11/in-praise-of-the-unfinished-book",
    canonical="https://chronicle.example/opinion/2026/11/in-praise-of-the-unfinished-book",
    title="In praise of the unfinished book",
    deck="Giving up on a novel halfway is not a failure. Sometimes it is the most honest "
         "thing a reader can do.",
    section="Opinion",
    author="Ines Carvalho",
    published="2026-11-22T08:00:00.000Z",
    language="en",
    html="""
<p>On the table by my bed there is a stack of seven books, each with a bookmark somewhere in its first half. For a long time that stack embarrassed me. I was raised to finish what I started: plates of food, piano exercises, and above all books, which my grandmother treated with the seriousness other families reserved for church.</p>
<p>I have come round to a different view. A book you abandon is not a debt. It is a conversation that ended before either of you had finished speaking, and there is no shame in that.</p>
<h2>The myth of the dutiful reader</h2>
<p>We tend to think of reading as a task with a finish line. Reading challenges ask us to count titles. Apps record our progress as a percentage and nudge us when it stalls. Somewhere along the way the pleasure of a book became tangled up with the pleasure of having completed it, which is a different and much thinner thing.</p>
<p>Yet anyone who reads widely knows that books arrive at the wrong moment all the time. I first tried a certain long Russian novel at nineteen and gave up on page ninety, bored and a little humiliated. I picked it up again at forty, in a hospital waiting room, and could not put it down. The book had not changed. I had.</p>
<blockquote><p>A book you abandon is not a debt. It is a conversation that ended before either of you had finished speaking.</p></blockquote>
<p>Stopping also teaches us something. When I put a book down, I try to notice why. Sometimes the prose is simply not for me. Sometimes the story has become too close to something in my own life. Occasionally I realise I was only reading it because someone I admire said I should, which is worth knowing about myself.</p>
<h2>What the bookmark keeps</h2>
<p>There is even something hopeful about an unfinished book. The bookmark holds a place for a future self who might be ready for the rest. Two of the seven on my bedside table will, I suspect, be finished this winter. Three will go back to the library. The remaining two may wait years.</p>
<p>So if you are stuck in the middle of something and dreading the rest, I offer you permission, for what it is worth. Close it. Put it on the shelf with the spine facing out. Read something that makes the evening shorter instead of longer. The book will still be there, and so, with luck, will you.</p>
"""))

ARTICLES.append(dict(
    key="mortgage-qa",
    source=LEDGER,
    url="https://ledger.example/money/2026/11/mortgage-qa-fix-or-float",
    canonical="https://ledger.example/money/2026/11/mortgage-qa-fix-or-float",
    title="Mortgage Q&A: \"Fix or float?\" as lenders #1 & #2 cut rates 0.25% + what it means",
    deck="The two biggest lenders have trimmed their fixed deals. Our personal finance editor "
         "answers the questions readers sent in this week.",
    section="Business",
    author="Priya Raman",
    published="2026-11-28T07:15:00.000Z",
    language="en",
    html="""
<p>The country's two largest mortgage lenders both cut their fixed rates by a quarter of a percentage point this week, and our inbox filled up within hours. Here are the questions readers asked most often, with the best answers we can give. As ever, this is general information rather than advice about your own circumstances.</p>
<h2>Does this mean rates are going to keep falling?</h2>
<p>Not necessarily. Lenders price fixed deals on what they expect to pay for money over the next two to five years, so a cut tells you that markets expect the central bank's rate to be a little lower in future. It does not guarantee that it will be. Expectations have swung in both directions twice already this year.</p>
<h2>My fixed deal ends in March. Should I lock in now?</h2>
<p>Most lenders let you secure a new rate up to six months before your current deal ends, and many will let you switch to a lower rate if one appears before the new deal starts. If your lender offers that, locking in now costs you little and protects you if rates rise again. Check whether an arrangement fee is charged at the point of booking or only on completion.</p>
<h2>Is a five-year fix better than a two-year one?</h2>
<p>It depends on how much certainty is worth to you. Five-year deals are currently slightly cheaper than two-year deals at most lenders, which is unusual and reflects the market's view that rates will drift down. The catch is the early repayment charge, which can be several per cent of the loan if you need to move or remortgage early. Ask yourself honestly how likely it is that your life changes within five years.</p>
<h2>What about a tracker?</h2>
<p>A tracker moves with the central bank's rate, so you benefit immediately from any cut and suffer immediately from any rise. Some trackers have no early repayment charge, which makes them a reasonable "wait and see" option for people who expect to fix later. Budget for the rate going up by at least one percentage point before you choose one.</p>
<h2>I'm a saver. Is this bad news for me?</h2>
<p>Somewhat. Banks usually follow mortgage cuts with cuts to savings rates, though often more slowly. If you have money in an easy-access account, it is worth comparing the rate you are getting with the best available this week; the gap is frequently more than one percentage point. Fixed-term savings bonds still pay above 4% at several smaller banks, but you will not be able to touch the money until the term ends.</p>
<p>Send your questions to <a href="mailto:money@ledger.example" rel="noopener noreferrer">money@ledger.example</a> and we will answer a selection next week.</p>
"""))

ARTICLES.append(dict(
    key="bakery",
    source=LEDGER,
    url="https://ledger.example/business/2026/11/family-bakery-smaller-shops",
    canonical="https://ledger.example/business/2026/11/family-bakery-smaller-shops",
    title="A family bakery bets on smaller shops and earlier mornings",
    deck="Hartley's is closing two large cafés and opening five kiosks near stations, where "
         "most of its bread is now sold before 8 a.m.",
    section="Business",
    author="Tomasz Wierzbicki",
    published="2026-11-21T10:30:00.000Z",
    language="en",
    html="""
<p>For most of its ninety years, Hartley's Bakery has measured success by the size of its shops. The family business grew from a single counter on Chapel Street into a chain of eleven cafés, several with seating for sixty and a queue on Saturday mornings that stretched past the neighbouring shops.</p>
<p>That model is changing. This week the company confirmed that it will close its two largest cafés in the new year and open five small kiosks at railway and bus stations across the county, each staffed by two people and open from 5.30 a.m.</p>
<p>"Our customers told us where they wanted us, we just took a while to listen," said Rebecca Hartley, the founder's great-granddaughter, who became managing director last year. Sales data collected since the company introduced card payments showed that more than half of its bread and almost all of its filled rolls are now sold before eight in the morning, most of them to people on their way to work.</p>
<p>The big cafés, by contrast, are busy for a few hours at the weekend and quiet for much of the week, while their energy and rent bills have risen sharply. The larger of the two, on the High Street, pays more in rent than the company's entire delivery fleet costs to run.</p>
<p>No jobs will be lost, the company says. Staff at the closing cafés have been offered roles at the kiosks, at the bakery itself, or in a new wholesale operation supplying sandwiches to offices and hospitals. Hartley's employs about 140 people.</p>
<p>The shift reflects a wider pattern among independent food businesses, according to Colin Mercer, who advises small retailers for the regional chamber of commerce. Footfall in town centres has recovered since the pandemic but has not returned to its old shape, he said. Mid-week afternoons remain weak, while early mornings around transport hubs have grown.</p>
<p>"The businesses doing well are the ones that have gone to where people actually are at each hour of the day," Mr Mercer said. "That sounds obvious, but it often means giving up a shop you are proud of."</p>
<p>Ms Hartley admits the decision was not easy. The High Street café was opened by her grandfather in 1968, and its tiled counter appears in a good number of local wedding photographs. The company is talking to the landlord about keeping the tiles, she said, and may install part of the counter at the bakery's new visitor entrance.</p>
"""))

ARTICLES.append(dict(
    key="orchestra",
    source=CHRONICLE,
    url="https://chronicle.example/culture/2026/11/the-orchestra-that-learned-to-listen",
    canonical="https://chronicle.example/culture/2026/11/the-orchestra-that-learned-to-listen",
    title="The orchestra that learned to listen",
    deck="Under a new music director, the Northshore Philharmonic played Brahms on Saturday "
         "as if they were hearing it for the first time.",
    section="Culture",
    author="Hannah Lindqvist",
    published="2026-11-24T21:30:00.000Z",
    language="en",
    html="""
<p>About ten minutes into the slow movement of Brahms's Fourth Symphony on Saturday night, something unusual happened at the Assembly Rooms: the audience stopped coughing. It is hard to describe how rare this is in November, when half the town seems to have a cold, and how much it tells you about what was happening on the stage.</p>
<p>The Northshore Philharmonic has had a difficult decade. A long-serving music director left abruptly in 2019, audiences fell during the pandemic, and the players, most of whom also teach or play in other ensembles, spent several seasons working with a rotating cast of guest conductors. The results were professional and often dull.</p>
<p>Lena Voss, who took over in September, is thirty-six and has spent most of her career in opera houses, and it shows. She conducts without a baton and with small gestures, and she seems more interested in how the sections respond to each other than in imposing a grand design. The strings played the opening of the symphony quietly enough that you leaned forward to hear them. The horns, often the orchestra's weak point, were warm and secure.</p>
<blockquote><p>It felt less like a performance directed from the podium than a conversation the players had been waiting years to have.</p></blockquote>
<p>Not everything worked. The scherzo was a shade too careful, as if the orchestra did not quite trust itself to let go, and the first half of the evening, a new piece for strings by the local composer Idris Morgan, would have benefited from one more rehearsal. Morgan's music, built from slowly shifting chords that recall church bells heard across water, is beautiful but fragile, and some of the entries were not quite together.</p>
<p>But the finale of the Brahms, a set of variations over a repeating bass line, was superb. Voss let it build slowly and then let it burn, and the flute solo near the centre, played by the orchestra's principal, Ana Kovač, was so still and so lonely that the silence afterwards seemed to go on for a long time.</p>
<p>The hall was about three-quarters full. On this evidence it deserves to be full every time. The orchestra returns on 13 December with Handel's Messiah, and a programme of Sibelius and Grieg is planned for January.</p>
"""))
