# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The sample library's articles (part 2). Original text written for Byline; fictional places
# and people.

from articles_a import CHRONICLE, LEDGER, HANBIT

ARTICLES = []

ARTICLES.append(dict(
    key="alley-bookshops",
    source=HANBIT,
    url="https://hanbit.example/culture/2026/11/alley-bookshops-winter",
    canonical="https://hanbit.example/culture/2026/11/alley-bookshops-winter",
    title="골목 서점들이 겨울을 나는 법",
    deck="손님이 줄어드는 계절, 동네 책방들은 낭독회와 난로와 손글씨 추천 카드로 버틴다.",
    section="Culture",
    author="김서연",
    published="2026-11-27T01:00:00.000Z",
    language="ko",
    html="""
<p>오후 네 시가 조금 넘으면 망원동 골목에는 벌써 어둠이 내려앉는다. 좁은 길 끝에 자리한 작은 책방 '느린 문장'의 유리문 안쪽에서는 석유난로가 조용히 타오르고, 주인 박은정 씨는 새로 들어온 시집에 연필로 쓴 추천 카드를 한 장씩 끼워 넣는다. 그는 "겨울은 책방에 가장 조용한 계절이지만, 그래서 오히려 단골손님과 이야기를 나눌 시간이 많다"고 말했다.</p>
<p>동네 책방들에게 겨울은 해마다 돌아오는 시험이다. 날씨가 추워지면 산책하다 들르는 손님이 눈에 띄게 줄고, 난방비는 늘어난다. 지역 독립서점 모임이 올해 가을 회원 서점 마흔두 곳을 조사한 결과, 십이월과 일월의 매출은 봄과 가을에 비해 평균 삼십 퍼센트가량 낮았다. 그럼에도 문을 닫겠다는 곳은 거의 없었다. 대신 저마다의 방식으로 겨울을 건너는 법을 찾고 있다.</p>
<h2>낭독회와 작은 모임</h2>
<p>가장 흔한 방법은 모임이다. '느린 문장'은 매주 목요일 저녁 여덟 명 남짓이 모여 한 권의 소설을 소리 내어 읽는 낭독 모임을 연다. 참가비는 책값에 포함되어 있고, 따뜻한 보리차가 함께 나온다. 박 씨는 "책을 파는 곳이라기보다 책을 함께 읽는 곳으로 기억되고 싶다"고 했다.</p>
<p>연남동의 그림책 서점 '작은 숲'은 주말 오전마다 아이들을 위한 이야기 시간을 운영한다. 부모들이 아이를 맡기고 근처 카페에서 잠시 쉬었다가 돌아오면, 아이들은 대개 책 한 권을 꼭 안고 있다. 서점 주인 이도윤 씨는 이 시간이 겨울 매출의 절반 가까이를 차지한다고 귀띔했다.</p>
<blockquote><p>큰 서점이 줄 수 없는 것은 결국 사람의 목소리라고 생각해요. 누군가 이 책을 왜 좋아하는지 직접 듣는 경험이요.</p></blockquote>
<h2>손글씨가 건네는 추천</h2>
<p>손글씨 추천 카드도 동네 책방의 오래된 무기다. 온라인 서점의 알고리즘이 비슷한 책을 끝없이 보여 준다면, 작은 책방의 카드는 한 사람의 취향을 솔직하게 드러낸다. "이 소설은 첫 오십 쪽이 지루하지만 꼭 참고 읽어 보세요" 같은 문장은 오히려 손님의 발길을 붙잡는다.</p>
<p>물론 어려움도 분명하다. 임대료는 해마다 오르고, 출판사와의 거래 조건은 여전히 작은 서점에 불리하다. 몇몇 책방은 정기 구독 서비스를 시작해 매달 주인이 고른 책 한 권을 집으로 보내 준다. 고정 수입이 생기면 겨울을 버티기가 한결 수월해진다는 것이다.</p>
<p>해가 완전히 진 뒤에도 '느린 문장'의 불빛은 골목을 밝히고 있었다. 퇴근길의 한 손님이 문을 열고 들어와 난로 앞에서 손을 녹이더니, 카드가 끼워진 시집 한 권을 집어 들었다. 박 씨는 웃으며 말했다. "이렇게 한 권씩이면 충분해요. 봄은 늘 오니까요."</p>
"""))

ARTICLES.append(dict(
    key="eels",
    source=CHRONICLE,
    url="https://chronicle.example/science/2026/11/counting-eels-by-lamplight",
    canonical="https://chronicle.example/science/2026/11/counting-eels-by-lamplight",
    title="Counting eels by lamplight: volunteers track a mysterious migration",
    deck="On dark, wet nights each autumn, adult eels leave the River Arden for the open sea. "
         "A team of volunteers is trying to find out how many still make it.",
    section="Science",
    author="Oliver Brandt",
    published="2026-11-23T12:00:00.000Z",
    language="en",
    html="""
<p>The best nights for counting eels are the worst nights for people. Rain, no moon, a river running high and brown after a storm: these are the conditions in which the silver eels of the River Arden begin the last and longest journey of their lives, and in which a dozen volunteers in waders stand beside a trap below Fenwick weir, waiting.</p>
<p>The European eel is one of the strangest animals in British waters. It hatches in the Sargasso Sea, drifts for a year or more across the Atlantic as a transparent larva, and arrives on our coasts as a tiny "glass eel" before moving upstream. It may then live in a river or pond for twenty years or more before, one autumn night, it changes colour, stops feeding and heads back to the ocean to spawn and die. No one has ever observed eels spawning in the wild.</p>
<p>Numbers have fallen dramatically since the 1980s, for reasons scientists still argue about. Weirs and pumping stations block their way, pollution and parasites weaken them, and changes in ocean currents may affect the larvae. The species is now listed as critically endangered.</p>
<h2>What the volunteers record</h2>
<p>The Arden project, run by the <a href="https://rivers.example/arden" rel="noopener noreferrer">regional rivers trust</a> with the university's biology department, began in 2019. On each survey night, the team checks the trap every two hours and records, for each eel:</p>
<ul>
<li>its length and weight, measured in a bucket of river water;</li>
<li>the size of its eyes, which grow larger as it prepares for the deep ocean;</li>
<li>any sign of the swim-bladder parasite <em>Anguillicola</em>, introduced from Asia;</li>
<li>the water temperature, flow and moon phase at the time of capture.</li>
</ul>
<p>Every eel is then released below the weir within minutes. Last autumn the team counted 1,146 silver eels over thirty-one nights, the highest number since the project started, though Dr Fiona Achterberg, who leads it, warns against reading too much into a single year. "Eel numbers swing a lot with the weather," she said. "We need a decade of data before we can say anything with confidence."</p>
<p>What the data already show is how much the migration depends on rain. More than four in five eels were caught in the twelve hours after the river rose sharply, and almost none on clear, moonlit nights. That matters for the trust's campaign to change how the sluice gates downstream are managed, since opening them during the first autumn floods could let far more eels through.</p>
<p>The trust is looking for more volunteers for next season. No experience is needed, Dr Achterberg said, only a tolerance for cold and a willingness to hold something that wriggles.</p>
"""))

ARTICLES.append(dict(
    key="cup-quarter-finals",
    source=CHRONICLE,
    url="https://chronicle.example/sport/2026/11/harbourside-cup-quarter-finals",
    canonical="https://chronicle.example/sport/2026/11/harbourside-cup-quarter-finals",
    title="Late header sends Harbourside into the cup quarter-finals",
    deck="Captain Joel Mensah scored in the ninety-third minute to beat Kingsmere 2-1 in front "
         "of the club's biggest crowd for a decade.",
    section="Sports",
    author="Sam Adeyemi",
    published="2026-11-28T22:15:00.000Z",
    language="en",
    html="""
<p>For ninety-two minutes on Saturday it looked as though Harbourside's cup run would end the way so many of them have, with a brave performance, a narrow defeat and a long walk back up the hill from the ground. Then, with the fourth official's board already lowered, Joel Mensah rose above two defenders at the far post and headed a corner from Luca Ferri into the top corner.</p>
<p>The noise was extraordinary. Ferry Road holds a little over four thousand people and almost all of them seemed to be on the pitch within seconds of the final whistle, which came barely a minute later. Harbourside, who play two divisions below their visitors, are in the quarter-finals of the county cup for the first time since 2011.</p>
<h2>A match of two halves</h2>
<p>Kingsmere had been the better side for most of the first half. Their midfield passed the ball around Harbourside's press with ease, and they took the lead in the twenty-eighth minute when Danny Pryce curled a free kick over the wall and in off the post. Only a fine save by the home goalkeeper, Tom Elwood, from a close-range volley just before half-time kept the score respectable.</p>
<p>Whatever manager Carla Bright said at the interval worked. Harbourside came out pressing higher, won the ball in dangerous areas and equalised eight minutes after the restart, when Ferri's cross was deflected into the path of the nineteen-year-old striker Kieran Doyle, who scored from six yards for his first senior goal.</p>
<p>The rest of the half was frantic. Kingsmere hit the bar twice and had a penalty appeal turned down, while Harbourside defended with a desperation that delighted the crowd. Mensah, who is thirty-four and works as an electrician during the week, blocked three shots in the final ten minutes before deciding to try his luck at the other end.</p>
<p>"I told the lads I was going up for one last corner and if it didn't work they could blame me," he said afterwards, still in his kit and holding his young daughter. "I've been at this club fifteen years. I don't think I've ever heard it like that."</p>
<p>Bright was more measured. "We rode our luck at times and we know it," she said. "But the players never stopped believing, and neither did the people who came to watch."</p>
<p>The draw for the quarter-finals takes place on Monday evening.</p>
"""))

ARTICLES.append(dict(
    key="flood-review",
    source=CHRONICLE,
    url="https://chronicle.example/2026/11/flood-review-riverside-drainage",
    canonical="https://chronicle.example/2026/11/flood-review-riverside-drainage",
    title="Flood review puts riverside drainage plans back on the table",
    deck="An independent report says the October floods were made worse by blocked culverts "
         "and a pumping station that failed when it was needed most.",
    section="News",
    author="Maren Holt",
    published="2026-11-20T14:20:00.000Z",
    language="en",
    html="""
<p>Plans to rebuild the drainage system along the lower riverside, shelved three years ago on grounds of cost, should be revived as a matter of urgency, according to an independent review of last month's floods published on Thursday.</p>
<p>Around 230 homes and 40 businesses in the Tannery Lane and Wharf Street area were flooded on the night of 14 October, when more than sixty millimetres of rain fell in six hours. Some residents are still living with relatives or in rented accommodation while their homes dry out.</p>
<p>The review, carried out by a panel led by the retired engineer Dr Helen Marsh, found that the river itself did not overtop its banks in the worst-affected streets. Instead, surface water from the hillside above the town had nowhere to go. Two culverts under the old railway line were found to be partly blocked with silt and debris, and the Wharf Street pumping station shut down after its electrical controls were flooded.</p>
<blockquote><p>This was not an act of God. It was a system that had been allowed to run down, meeting a storm of the kind we must now expect every few years.</p></blockquote>
<p>The panel makes fourteen recommendations. The most expensive is to revive the scheme drawn up in 2021, which would add a new storage tank beneath the riverside car park and replace the pumping station with one raised above flood level. It was estimated at £11 million at the time and would probably cost considerably more today.</p>
<p>Other recommendations are cheaper and could be carried out quickly, including clearing and inspecting culverts every autumn, installing water-level sensors that send alerts to residents' phones, and offering grants for flood doors and air-brick covers to homes in the area.</p>
<p>The council's leader, Councillor Ruth Adebayo, said the authority accepted the findings "in full" and would bid for national flood defence funding in the spring. She apologised to residents for the failure of the pumping station, which she said should have been identified in routine checks.</p>
<p>At a packed meeting in the Tannery Lane community hall on Thursday night, residents were sceptical. Several said they had reported blocked drains repeatedly over the past two years. "We don't need another report," said Gary Mills, whose ground floor was under half a metre of water. "We need someone with a shovel, and then we need the money."</p>
"""))

ARTICLES.append(dict(
    key="walk-to-school",
    source=LEDGER,
    url="https://ledger.example/opinion/2026/11/let-children-walk-to-school",
    canonical="https://ledger.example/opinion/2026/11/let-children-walk-to-school",
    title="Let children walk to school again",
    deck="A generation ago most primary pupils made their own way to school. We gave that up "
         "too easily, and it is not too late to get it back.",
    section="Opinion",
    author="Ruth Ellison",
    published="2026-11-19T07:45:00.000Z",
    language="en",
    html="""
<p>When I was eight, I walked to school with my brother and two children from across the road. It was a little under a mile. We crossed one busy road with a lollipop man and one quiet one without, and we were usually late because of a particular wall that was good for balancing on. Nobody thought this was remarkable.</p>
<p>Today, at the primary school my own children attend, I would guess that fewer than one in ten arrive without an adult. The lane outside is jammed with cars from twenty to nine, engines running, and the children who do walk have to weave between bumpers to reach the gate.</p>
<p>I understand why. Traffic is heavier than it was, and parents are told in a hundred small ways that a good parent is one who never lets a child out of sight. But I think we have given something up without really deciding to, and our children are poorer for it.</p>
<h2>What they lose</h2>
<p>Walking to school is, for many children, the first time they are trusted with something that matters. They learn to judge speed and distance, to read the weather, to notice the same dog every morning behind the same gate. They learn to get themselves out of small difficulties without an adult fixing everything. Researchers who study children's independence have found that those who are allowed to roam their neighbourhood tend to be more confident and know their local area far better than those who are not.</p>
<p>There are also the simpler benefits: fresh air, exercise, a few minutes of chatter with friends before the day begins. And every child who walks is one fewer car at the gate, which makes the walk safer for everyone else.</p>
<h2>What we could do</h2>
<p>None of this requires heroics. Councils could close the streets outside schools to through traffic at the start and end of the day, as several towns already do with little fuss. Schools could organise "walking buses", where a rota of parents walks a set route and collects children along the way, as a stepping stone to children walking alone. Parents could agree with neighbours to let their children walk together.</p>
<p>Most of all, we could stop treating independence as a risk to be managed and start treating it as something children need, like sleep or vegetables. The world outside the car window is not as dangerous as we fear. Our children deserve the chance to find that out for themselves.</p>
"""))

ARTICLES.append(dict(
    key="remote-work-town-centre",
    source=LEDGER,
    url="https://ledger.example/business/2026/11/remote-work-town-centre",
    canonical="https://ledger.example/business/2026/11/remote-work-town-centre",
    title="How remote work quietly redrew the town centre",
    deck="Fewer commuters, more lunchtime shoppers on weekdays and a surprising boom in "
         "repair shops: six years of change in one high street.",
    section="Business",
    author="Daniel Okafor",
    published="2026-11-23T06:30:00.000Z",
    language="en",
    html="""
<p>Walk down Castle Street on a Tuesday lunchtime and it is busier than you might expect. The queue at the dumpling stall reaches the pharmacy, the shoe repairer has three people waiting, and the new co-working space above the old bank has its windows open despite the cold. Walk down it at 5.30 p.m. and it is almost empty.</p>
<p>Six years after the pandemic sent office workers home, the town centre has settled into a new pattern. Many people now work from home two or three days a week, and that has changed not just how many people come into town but when they come, and why.</p>
<h2>Fewer commuters, more locals</h2>
<p>Figures from the town centre partnership, which counts pedestrians with sensors at six points, show weekday footfall at about 88 per cent of its 2019 level. But the peaks have moved. The morning and evening rush hours are much smaller, while the hours between eleven and three are busier than before, particularly on Mondays and Fridays, when the fewest people go to the office.</p>
<p>"People who used to commute to the city now spend their lunch break here," said Nadia Farouk, who manages the partnership. "They are not buying a sandwich in a hurry. They are running errands, going to the gym, meeting a friend."</p>
<h2>The repair shop boom</h2>
<p>The businesses that have done best reflect this. The number of repair and service businesses on the main streets, from phone and bicycle repairers to tailors and key cutters, has grown from nine in 2019 to twenty-three today. Cafés have held steady. The losers have been clothing chains and the sandwich shops that depended on office workers.</p>
<p>Property agents say the two large office blocks near the station remain more than a third empty, and one is being converted into flats. Meanwhile demand for small, flexible offices close to home has grown, and the co-working space on Castle Street has a waiting list.</p>
<h2>What the council wants</h2>
<p>The council's new <a href="https://council.example/town-centre-plan" rel="noopener noreferrer">town centre plan</a>, out for consultation until January, leans into the change. It proposes more seating and shelter, longer opening hours for the indoor market and cheaper short-stay parking, while relaxing planning rules that make it hard to convert empty shops into homes or workshops.</p>
<p>Not everyone is convinced. Some traders worry that a town centre built around local residents will struggle to attract visitors, and the chamber of commerce has asked for more evening events. But Ms Farouk is optimistic. "The old high street was built around the commute," she said. "This one is being built around the neighbourhood. I think that is a healthier thing to be."</p>
"""))

ARTICLES.append(dict(
    key="last-projectionist",
    source=CHRONICLE,
    url="https://chronicle.example/culture/2026/11/the-last-projectionist",
    canonical="https://chronicle.example/culture/2026/11/the-last-projectionist",
    title="The last projectionist at the Regent",
    deck="Walter Crane has shown films at the town's oldest cinema for forty-one years. "
         "On Sunday he threads his last reel.",
    section="Culture",
    author="Hannah Lindqvist",
    published="2026-11-19T16:00:00.000Z",
    language="en",
    html="""
<p>The projection box at the Regent cinema is reached by a narrow iron staircase behind the circle bar, and Walter Crane climbs it the way other men of seventy might climb the stairs of their own house, without looking and without touching the rail. He has made the climb perhaps fifteen thousand times since he started here as a trainee in 1985.</p>
<p>On Sunday he will make it for the last time. The Regent, which opened in 1931 and is now run by a community trust, is marking his retirement with a screening of a restored 35mm print of a classic Ealing comedy, the only kind of film Mr Crane says he has never tired of.</p>
<p>Like almost every cinema in the country, the Regent switched to digital projection more than a decade ago. A digital film arrives on a hard drive, loads with a few clicks and can be scheduled to start automatically. Most cinemas no longer employ a projectionist at all. But the Regent's trustees kept one of the two old Cinemeccanica projectors in working order, partly for special screenings and partly, one admits, because nobody could bear to tell Mr Crane it was going.</p>
<blockquote><p>With film you are always a little bit afraid. That is what makes it feel alive.</p></blockquote>
<p>He shows me how a reel is laced through the machine, his hands moving faster than I can follow: over the sprockets, through the gate, round the sound drum, leaving exactly the right loop so the film does not tear. He talks about the things that can go wrong, the brittle splice, the lamp that fails halfway through a love scene, the evening in 1994 when a reel came back from another cinema in the wrong order and nobody in the audience noticed.</p>
<p>What he will miss most, he says, is the small window. From the projection box you can see the whole audience lit by the screen, and for four decades he has watched them laugh, flinch and, occasionally, fall asleep. "You never see the film the way they do," he says. "You see them seeing it. That's better, mostly."</p>
<p>The trust hopes to train two volunteers to run the film projector after he leaves, and Mr Crane has agreed to teach them. Sunday's screening sold out within a day.</p>
"""))
