"""Demo timeline events, 1945–2024: the Korean War, the armistice and the alliances around it.

Dates known only to the month or the year are written on the first day of that month or year,
with their precision, as the shared demo format asks. Sources cited here but defined in
``articles.py`` are shared by slug.

Places are decimal degrees (WGS 84) rounded to about 100 m: cities at their centre as the
GeoNames gazetteer gives it ("city"), buildings and sites at the spot ("exact": Panmunjom's
Joint Security Area, UN and NATO headquarters, the Blue House, the Martyrs' Mausoleum, the
Capella hotel on Sentosa), seas, rivers and islands at a point inside them ("region").
"""

ACCESSED = "2026-11-25"

PANMUNJOM = ("Panmunjom, Joint Security Area", 37.9558, 126.6769, "exact")
SEOUL = ("Seoul", 37.5665, 126.978, "city")
PYONGYANG = ("Pyongyang", 39.0392, 125.7625, "city")
WASHINGTON = ("Washington, D.C.", 38.8951, -77.0364, "city")
MOSCOW = ("Moscow", 55.7558, 37.6173, "city")
BEIJING = ("Beijing", 39.9042, 116.4074, "city")
GENEVA = ("Geneva", 46.2044, 6.1432, "city")
NEW_YORK_UN = ("United Nations Headquarters, New York", 40.7489, -73.968, "exact")

SOURCES = [
    {
        "slug": "unsc-resolution-1718-2006",
        "title": "Security Council Resolution 1718 (2006): Non-proliferation/Democratic People's "
        "Republic of Korea",
        "author": "",
        "publisher": "United Nations Security Council",
        "url": "https://undocs.org/S/RES/1718(2006)",
        "published_on": "2006-10-14",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "unsc-presidential-statement-2010-13",
        "title": "Statement by the President of the Security Council on the sinking of the "
        "Cheonan (S/PRST/2010/13)",
        "author": "",
        "publisher": "United Nations Security Council",
        "url": "https://undocs.org/S/PRST/2010/13",
        "published_on": "2010-07-09",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "unga-resolution-46-1",
        "title": "General Assembly Resolution 46/1: Admission of the Democratic People's Republic "
        "of Korea and the Republic of Korea to membership in the United Nations",
        "author": "",
        "publisher": "United Nations General Assembly",
        "url": "https://undocs.org/A/RES/46/1",
        "published_on": "1991-09-17",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "iaea-infcirc-457-agreed-framework",
        "title": "Agreed Framework of 21 October 1994 between the United States of America and the "
        "Democratic People's Republic of Korea (INFCIRC/457)",
        "author": "",
        "publisher": "International Atomic Energy Agency",
        "url": "",
        "published_on": "1994-11-02",
        "accessed_on": None,
        "kind": "primary",
    },
    {
        "slug": "lerner-pueblo-incident",
        "title": "The Pueblo Incident: A Spy Ship and the Failure of American Foreign Policy",
        "author": "Mitchell B. Lerner",
        "publisher": "University Press of Kansas",
        "url": "",
        "published_on": "2002-01-01",
        "published_precision": "year",
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "singapore-summit-joint-statement-2018",
        "title": "Joint Statement of President Donald J. Trump of the United States of America and "
        "Chairman Kim Jong Un of the Democratic People's Republic of Korea at the Singapore Summit",
        "author": "",
        "publisher": "The White House",
        "url": "",
        "published_on": "2018-06-12",
        "accessed_on": None,
        "kind": "primary",
    },
    {
        "slug": "comprehensive-military-agreement-2018",
        "title": "Agreement on the Implementation of the Historic Panmunjom Declaration in the "
        "Military Domain (19 September 2018)",
        "author": "",
        "publisher": "Ministry of National Defense, Republic of Korea",
        "url": "",
        "published_on": "2018-09-19",
        "accessed_on": None,
        "kind": "primary",
    },
    {
        "slug": "bbc-liaison-office-destroyed-2020",
        "title": "N Korea 'blows up liaison office in S Korea'",
        "author": "",
        "publisher": "BBC News",
        "url": "https://www.bbc.co.uk/news/av/world-asia-53060787/n-korea-blows-up-liaison-office-in-s-korea",
        "published_on": "2020-06-16",
        "accessed_on": ACCESSED,
        "kind": "news",
    },
    {
        "slug": "unga-resolution-68-262",
        "title": "General Assembly Resolution 68/262: Territorial integrity of Ukraine",
        "author": "",
        "publisher": "United Nations General Assembly",
        "url": "https://undocs.org/A/RES/68/262",
        "published_on": "2014-03-27",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "unga-resolution-es-11-1",
        "title": "General Assembly Resolution ES-11/1: Aggression against Ukraine",
        "author": "",
        "publisher": "United Nations General Assembly",
        "url": "https://undocs.org/A/RES/ES-11/1",
        "published_on": "2022-03-02",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "armradio-csto-kazakhstan-withdrawal-2022",
        "title": "CSTO mission completed, withdrawal of peacekeepers from Kazakhstan to start in "
        "coming days – Tokayev",
        "author": "",
        "publisher": "Public Radio of Armenia",
        "url": "https://en.armradio.am/2022/01/11/csto-mission-completed-withdrawal-of-peacekeepers-from-kazakhstan-to-start-in-coming-days-tokayev/",
        "published_on": "2022-01-11",
        "accessed_on": ACCESSED,
        "kind": "news",
    },
    {
        "slug": "oc-media-armenia-freezes-csto-2024",
        "title": "Pashinyan: Armenia has 'frozen' its participation in the CSTO",
        "author": "",
        "publisher": "OC Media",
        "url": "https://oc-media.org/pashinyan-armenia-has-frozen-its-participation-in-the-csto/",
        "published_on": "2024-02-23",
        "accessed_on": ACCESSED,
        "kind": "news",
    },
]


def _event(
    slug: str,
    title: str,
    start: str,
    summary: str,
    body: str,
    *,
    category: str,
    importance: int,
    sources: list[str],
    precision: str = "day",
    end: str | None = None,
    end_precision: str = "day",
    countries: list[str] | None = None,
    alliances: list[str] | None = None,
    articles: list[str] | None = None,
    place: tuple[str, float, float, str] | str | None = None,
    documents: list[str] | None = None,
) -> dict:
    """One event in the shared demo format; ``place`` is a name or (name, latitude, longitude,
    how closely they place it: exact, city, region or country)."""
    if isinstance(place, tuple):
        location_name, latitude, longitude, location_precision = place
    else:
        location_name, latitude, longitude, location_precision = place or "", None, None, ""
    return {
        "slug": slug,
        "title": title,
        "start_date": start,
        "start_precision": precision,
        "end_date": end,
        "end_precision": end_precision,
        "summary": summary,
        "body": body,
        "category": category,
        "importance": importance,
        "countries": countries or [],
        "alliances": alliances or [],
        "articles": articles or [],
        "sources": sources,
        "documents": documents or [],
        "location_name": location_name,
        "latitude": latitude,
        "longitude": longitude,
        "location_precision": location_precision,
    }


ARMISTICE_ARTICLES = ["korean-armistice-and-the-dmz"]
KOREA_ALLIANCE_ARTICLES = ["alliances-on-the-korean-peninsula"]

EVENTS = [
    _event(
        "korea-divided-at-38th-parallel",
        "Korea divided at the 38th parallel",
        "1945-08-01",
        "As Japan surrendered, the United States proposed and the Soviet Union accepted a line at "
        "the 38th parallel dividing their zones for taking the Japanese surrender in Korea.",
        "Two American officers chose the line in a hurry in August 1945, looking for a boundary "
        "that would leave Seoul in the American zone. Soviet troops were already fighting in the "
        "north of the peninsula; American troops landed at Incheon in September.\n\n"
        "The division was meant to be temporary. As relations between the two occupying powers "
        "broke down, it hardened into the border between two rival Korean states.",
        precision="month",
        category="political",
        importance=5,
        countries=["united-states", "soviet-union", "japan"],
        articles=ARMISTICE_ARTICLES,
        sources=["cumings-korean-war-a-history", "britannica-korean-war"],
    ),
    _event(
        "republic-of-korea-proclaimed",
        "Republic of Korea proclaimed in Seoul",
        "1948-08-15",
        "After UN-supervised elections held only in the southern zone, the Republic of Korea was "
        "proclaimed with Syngman Rhee as president.",
        "The proclamation came on the third anniversary of liberation from Japanese rule. The "
        "American military government handed over its authority, though American troops stayed "
        "until mid-1949.\n\nThe new state claimed to be the only lawful government of all Korea.",
        category="political",
        importance=4,
        countries=["south-korea", "united-states"],
        place=SEOUL,
        sources=["cumings-korean-war-a-history", "history-state-gov-korean-war"],
    ),
    _event(
        "dprk-proclaimed",
        "Democratic People's Republic of Korea proclaimed",
        "1948-09-09",
        "Less than a month after the South, the Democratic People's Republic of Korea was "
        "proclaimed in Pyongyang, with Kim Il-sung as premier.",
        "The northern state, built under Soviet occupation, also claimed the whole peninsula. "
        "Soviet forces withdrew by the end of 1948, leaving a North Korean army that they had "
        "trained and equipped.",
        category="political",
        importance=4,
        countries=["north-korea", "soviet-union"],
        place=PYONGYANG,
        sources=["cumings-korean-war-a-history", "britannica-korean-war"],
    ),
    _event(
        "nato-founded",
        "North Atlantic Treaty signed",
        "1949-04-04",
        "Twelve states signed the North Atlantic Treaty in Washington, creating the alliance that "
        "became NATO.",
        "The founding members were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, "
        "the Netherlands, Norway, Portugal, the United Kingdom and the United States.\n\n"
        "Article 5 treats an armed attack on one member in Europe or North America as an attack "
        "on all.",
        category="treaty",
        importance=5,
        countries=[
            "belgium",
            "canada",
            "denmark",
            "france",
            "iceland",
            "italy",
            "luxembourg",
            "netherlands",
            "norway",
            "portugal",
            "united-kingdom",
            "united-states",
        ],
        alliances=["nato"],
        articles=["nato-and-the-warsaw-pact"],
        place=WASHINGTON,
        sources=["nato-north-atlantic-treaty-text", "history-state-gov-nato-1949"],
        documents=["north-atlantic-treaty-1949"],
    ),
    _event(
        "korean-war",
        "The Korean War",
        "1950-06-25",
        "North Korean forces crossed the 38th parallel in strength on 25 June 1950. The war drew "
        "in the UN Command and China and ended in an armistice on 27 July 1953.",
        "The invasion opened a war that swept down the peninsula to the Pusan perimeter, back "
        "up to the Chinese border and down again, before settling near the parallel in 1951.\n\n"
        "Millions of Koreans were killed, wounded or displaced. The war ended in an armistice, "
        "not a peace treaty.",
        end="1953-07-27",
        category="military",
        importance=5,
        countries=["north-korea", "south-korea", "united-states", "china", "soviet-union"],
        alliances=["united-nations-command", "korean-armistice-agreement"],
        articles=[*ARMISTICE_ARTICLES, "united-nations-command-in-korea"],
        sources=[
            "history-state-gov-korean-war",
            "britannica-korean-war",
            "millett-war-for-korea-1950-1951",
        ],
    ),
    _event(
        "unsc-resolution-82",
        "Security Council Resolution 82",
        "1950-06-25",
        "Meeting on the day of the invasion, with the Soviet delegate absent, the Security "
        "Council called for an end to hostilities and a North Korean withdrawal to the 38th "
        "parallel.",
        "The resolution passed by nine votes to none, with Yugoslavia abstaining. The Soviet "
        "Union was boycotting the Council over China's seat and so did not use its veto.",
        category="diplomatic",
        importance=4,
        countries=["north-korea", "south-korea", "united-states", "soviet-union"],
        articles=["united-nations-command-in-korea"],
        place=NEW_YORK_UN,
        sources=["unsc-resolution-82-1950"],
    ),
    _event(
        "unsc-resolution-83",
        "Security Council Resolution 83",
        "1950-06-27",
        "The Security Council recommended that UN members help South Korea repel the armed "
        "attack and restore international peace and security in the area.",
        "Resolution 83 gave the legal basis for other states to send forces. President Truman "
        "had already ordered American air and naval forces to support South Korea.",
        category="diplomatic",
        importance=4,
        countries=["south-korea", "united-states"],
        articles=["united-nations-command-in-korea"],
        place=NEW_YORK_UN,
        sources=["unsc-resolution-83-1950"],
    ),
    _event(
        "unsc-resolution-84",
        "Security Council Resolution 84 creates a unified command",
        "1950-07-07",
        "The Security Council recommended that forces sent to Korea serve under a unified "
        "command led by the United States and allowed it to fly the UN flag.",
        "President Truman named General Douglas MacArthur as commander. The United Nations "
        "Command was formally set up in Tokyo on 24 July 1950.",
        category="diplomatic",
        importance=4,
        countries=["united-states", "south-korea"],
        alliances=["united-nations-command"],
        articles=["united-nations-command-in-korea"],
        place=NEW_YORK_UN,
        sources=["unsc-resolution-84", "unc-official-website"],
    ),
    _event(
        "incheon-landing",
        "Incheon landing",
        "1950-09-15",
        "UN Command forces landed at Incheon, far behind the North Korean front, and recaptured "
        "Seoul later that month.",
        "Operation Chromite, planned by MacArthur against much advice, cut the North Korean "
        "army's supply lines. Combined with a breakout from the Pusan perimeter, it broke the "
        "invasion within weeks.",
        category="military",
        importance=5,
        countries=["united-states", "south-korea", "north-korea"],
        alliances=["united-nations-command"],
        place=("Incheon", 37.4563, 126.7052, "city"),
        sources=["millett-war-for-korea-1950-1951", "britannica-korean-war"],
    ),
    _event(
        "chinese-intervention",
        "China enters the war",
        "1950-10-01",
        "As UN forces advanced towards the Yalu River, Chinese People's Volunteers crossed into "
        "Korea in October 1950 and first attacked late in the month.",
        "China had warned that it would intervene if American troops crossed the 38th parallel. "
        "Its first offensive was followed in late November by a much larger one that drove the "
        "UN Command back out of North Korea.",
        precision="month",
        category="military",
        importance=5,
        countries=["china", "north-korea", "united-states", "south-korea"],
        alliances=["united-nations-command"],
        place=("Yalu River", 40.1006, 124.3984, "region"),
        sources=["stueck-korean-war-international-history", "millett-war-for-korea-1950-1951"],
    ),
    _event(
        "chosin-reservoir",
        "Battle of the Chosin Reservoir",
        "1950-11-27",
        "Chinese forces surrounded US Marines and Army units at the Chosin Reservoir; the UN "
        "troops fought their way out to the coast in bitter cold.",
        "The battle ended with the evacuation of UN forces and many civilians from Hungnam in "
        "December 1950.",
        end="1950-12-13",
        category="military",
        importance=3,
        countries=["united-states", "china", "united-kingdom"],
        alliances=["united-nations-command"],
        place=("Chosin (Changjin) Reservoir", 40.45, 127.25, "region"),
        sources=["millett-war-for-korea-1950-1951"],
    ),
    _event(
        "macarthur-relieved",
        "Truman relieves MacArthur",
        "1951-04-11",
        "President Truman removed General MacArthur from command after public disagreements "
        "about widening the war into China. General Matthew Ridgway succeeded him.",
        "The dismissal confirmed that the United States would fight a limited war in Korea. "
        "It caused a political storm at home.",
        category="political",
        importance=3,
        countries=["united-states"],
        alliances=["united-nations-command"],
        articles=["united-nations-command-in-korea"],
        place=WASHINGTON,
        sources=["history-state-gov-korean-war", "stueck-korean-war-international-history"],
    ),
    _event(
        "armistice-talks-begin",
        "Armistice talks open at Kaesong",
        "1951-07-10",
        "Delegations of the UN Command and of the North Korean and Chinese forces met at Kaesong "
        "to negotiate an armistice.",
        "The talks agreed an agenda within weeks but were broken off in August 1951. The "
        "fighting went on throughout.",
        category="diplomatic",
        importance=4,
        countries=["united-states", "north-korea", "china"],
        alliances=["united-nations-command"],
        articles=ARMISTICE_ARTICLES,
        place=("Kaesong", 37.9708, 126.5544, "city"),
        sources=["hermes-truce-tent-and-fighting-front", "korean-armistice-agreement-text"],
    ),
    _event(
        "talks-move-to-panmunjom",
        "Armistice talks resume at Panmunjom",
        "1951-10-25",
        "Negotiations resumed at Panmunjom, a hamlet between the lines, where they continued "
        "until the armistice was signed.",
        "A small neutral zone was marked out around the conference site. Panmunjom has been "
        "the meeting place of the two sides ever since.",
        category="diplomatic",
        importance=3,
        countries=["united-states", "north-korea", "china"],
        alliances=["united-nations-command"],
        articles=[*ARMISTICE_ARTICLES, "panmunjom-truce-village"],
        place=PANMUNJOM,
        sources=["hermes-truce-tent-and-fighting-front"],
    ),
    _event(
        "operation-little-switch",
        "Operation Little Switch",
        "1953-04-20",
        "The two sides exchanged sick and wounded prisoners of war, the first exchange of the "
        "war and a sign that the deadlock over prisoners was easing.",
        "The UN Command returned several thousand communist prisoners and received several "
        "hundred of its own.",
        end="1953-05-03",
        category="military",
        importance=3,
        countries=["united-states", "south-korea", "north-korea", "china"],
        alliances=["united-nations-command"],
        articles=ARMISTICE_ARTICLES,
        place=PANMUNJOM,
        sources=["hermes-truce-tent-and-fighting-front", "stueck-korean-war-international-history"],
    ),
    _event(
        "rhee-releases-prisoners",
        "Syngman Rhee releases anti-communist prisoners",
        "1953-06-18",
        "South Korea's president ordered the release of some 25,000 North Korean prisoners who "
        "refused repatriation, in an attempt to derail the armistice.",
        "The release defied the UN Command and angered China and North Korea, but the talks "
        "survived. Washington promised Rhee a defence treaty in return for his acceptance of the "
        "armistice.",
        category="political",
        importance=3,
        countries=["south-korea", "united-states"],
        articles=ARMISTICE_ARTICLES,
        sources=["stueck-korean-war-international-history"],
    ),
    _event(
        "korean-armistice-signed",
        "Korean Armistice Agreement signed",
        "1953-07-27",
        "At 10:00 at Panmunjom, Lt. Gen. William K. Harrison Jr. and Gen. Nam Il signed the "
        "armistice. The ceasefire took effect at 22:00.",
        "The commanders, Gen. Mark W. Clark, Marshal Kim Il-sung and Peng Dehuai, signed "
        "separately. South Korea did not sign.\n\n"
        "The agreement created the Military Demarcation Line, the Demilitarized Zone, the "
        "Military Armistice Commission and the Neutral Nations Supervisory Commission.",
        category="treaty",
        importance=5,
        countries=["united-states", "north-korea", "china", "south-korea"],
        alliances=["korean-armistice-agreement", "united-nations-command"],
        articles=[
            *ARMISTICE_ARTICLES,
            "panmunjom-truce-village",
            "united-nations-command-in-korea",
        ],
        place=PANMUNJOM,
        sources=["korean-armistice-agreement-text", "nara-korean-armistice-agreement"],
        documents=["korean-armistice-agreement-1953"],
    ),
    _event(
        "operation-big-switch",
        "Operation Big Switch",
        "1953-08-05",
        "The main exchange of prisoners who wished to go home: roughly 75,000 to the communist "
        "side and about 12,700 to the UN Command.",
        "Prisoners who refused repatriation were handed to the Neutral Nations Repatriation "
        "Commission, chaired by India.",
        end="1953-09-06",
        category="military",
        importance=3,
        countries=["united-states", "south-korea", "north-korea", "china"],
        alliances=["korean-armistice-agreement"],
        articles=ARMISTICE_ARTICLES,
        place=PANMUNJOM,
        sources=["hermes-truce-tent-and-fighting-front"],
    ),
    _event(
        "us-rok-treaty-signed",
        "US–ROK Mutual Defense Treaty signed",
        "1953-10-01",
        "The United States and South Korea signed a mutual defence treaty in Washington, the "
        "price of Syngman Rhee's acceptance of the armistice.",
        "The treaty came into force in November 1954 and remains the basis of the American "
        "military presence in South Korea.",
        category="treaty",
        importance=5,
        countries=["united-states", "south-korea"],
        alliances=["us-rok-mutual-defense-treaty"],
        articles=KOREA_ALLIANCE_ARTICLES,
        place=WASHINGTON,
        sources=["avalon-us-rok-mutual-defense-treaty"],
        documents=["us-rok-mutual-defense-treaty-1953"],
    ),
    _event(
        "geneva-conference-korea",
        "Geneva Conference fails to settle Korea",
        "1954-04-26",
        "The political conference that the armistice had called for met at Geneva. Its Korean "
        "talks ended on 15 June 1954 without agreement.",
        "The two Koreas and their backers could not agree on how to hold all-Korean elections. "
        "The armistice was left as the only settlement.",
        end="1954-06-15",
        category="diplomatic",
        importance=4,
        countries=["north-korea", "south-korea", "united-states", "china", "soviet-union"],
        alliances=["korean-armistice-agreement"],
        articles=ARMISTICE_ARTICLES,
        place=GENEVA,
        sources=["stueck-korean-war-international-history"],
    ),
    _event(
        "manila-pact-signed",
        "Manila Pact creates SEATO",
        "1954-09-08",
        "Eight states signed the Southeast Asia Collective Defense Treaty in Manila.",
        "The members were Australia, France, New Zealand, Pakistan, the Philippines, Thailand, "
        "the United Kingdom and the United States.",
        category="treaty",
        importance=3,
        countries=[
            "australia",
            "france",
            "new-zealand",
            "pakistan",
            "philippines",
            "thailand",
            "united-kingdom",
            "united-states",
        ],
        alliances=["seato"],
        articles=["seato-collective-defence"],
        place=("Manila", 14.5995, 120.9842, "city"),
        sources=["frus-1952-54-manila-pact-note", "history-state-gov-seato"],
    ),
    _event(
        "baghdad-pact-signed",
        "Baghdad Pact signed",
        "1955-02-24",
        "Iraq and Turkey signed a pact of mutual cooperation in Baghdad, the start of the "
        "alliance later known as CENTO.",
        "Britain, Pakistan and Iran joined later in 1955. The United States stayed outside.",
        category="treaty",
        importance=3,
        countries=["iraq", "turkey", "united-kingdom", "pakistan", "iran"],
        alliances=["cento"],
        articles=["central-treaty-organization"],
        place=("Baghdad", 33.3152, 44.3661, "city"),
        sources=["history-state-gov-cento", "yesilbursa-baghdad-pact"],
    ),
    _event(
        "warsaw-pact-signed",
        "Warsaw Treaty signed",
        "1955-05-14",
        "The Soviet Union and seven East European states signed a treaty of friendship, "
        "co-operation and mutual assistance in Warsaw.",
        "The pact followed West Germany's entry into NATO earlier that month.",
        category="treaty",
        importance=4,
        countries=[
            "albania",
            "bulgaria",
            "czechoslovakia",
            "east-germany",
            "hungary",
            "poland",
            "romania",
            "soviet-union",
        ],
        alliances=["warsaw-pact"],
        articles=["nato-and-the-warsaw-pact"],
        place=("Warsaw", 52.2297, 21.0122, "city"),
        sources=["fordham-warsaw-pact-1955", "mastny-byrne-cardboard-castle"],
    ),
    _event(
        "unc-headquarters-moves-to-seoul",
        "UN Command headquarters moves to Seoul",
        "1957-07-01",
        "The United Nations Command moved its headquarters from Tokyo to Seoul.",
        "A rear headquarters stayed in Japan to keep access to bases there.",
        precision="month",
        category="military",
        importance=2,
        countries=["united-states", "south-korea", "japan"],
        alliances=["united-nations-command"],
        articles=["united-nations-command-in-korea"],
        place=SEOUL,
        sources=["unc-official-website"],
    ),
    _event(
        "iraq-leaves-baghdad-pact",
        "Iraq leaves the Baghdad Pact",
        "1959-03-24",
        "Eight months after the revolution that ended its monarchy, Iraq formally withdrew from "
        "the pact that bore its capital's name.",
        "The secretariat had already moved to Ankara. In August 1959 the alliance was renamed "
        "the Central Treaty Organization.",
        category="diplomatic",
        importance=3,
        countries=["iraq", "turkey"],
        alliances=["cento"],
        articles=["central-treaty-organization"],
        sources=["history-state-gov-cento", "britannica-school-baghdad-pact"],
    ),
    _event(
        "soviet-dprk-treaty-signed",
        "Soviet–North Korean treaty signed",
        "1961-07-06",
        "The Soviet Union and North Korea signed a treaty of friendship, cooperation and mutual "
        "assistance in Moscow, including a pledge of military aid.",
        "Kim Il-sung signed it weeks after a military coup in Seoul.",
        category="treaty",
        importance=4,
        countries=["soviet-union", "north-korea"],
        alliances=["soviet-north-korean-treaty-1961"],
        articles=KOREA_ALLIANCE_ARTICLES,
        place=MOSCOW,
        sources=["gibler-international-military-alliances"],
    ),
    _event(
        "sino-dprk-treaty-signed",
        "Sino-North Korean treaty signed",
        "1961-07-11",
        "Zhou Enlai and Kim Il-sung signed a treaty of friendship, co-operation and mutual "
        "assistance in Beijing. It remains China's only formal alliance.",
        "Article II promises immediate military and other assistance if either party is attacked.",
        category="treaty",
        importance=4,
        countries=["china", "north-korea"],
        alliances=["sino-north-korean-treaty-1961"],
        articles=KOREA_ALLIANCE_ARTICLES,
        place=BEIJING,
        sources=["peking-review-sino-dprk-treaty-1961"],
        documents=["sino-north-korean-treaty-1961"],
    ),
    _event(
        "blue-house-raid",
        "Blue House raid",
        "1968-01-21",
        "A unit of 31 North Korean commandos tried to reach the presidential residence in Seoul "
        "to kill President Park Chung-hee. They were stopped close to it.",
        "Almost all the raiders were killed. The attack was part of a wave of North Korean "
        "infiltration along the DMZ in the late 1960s.",
        category="military",
        importance=3,
        countries=["north-korea", "south-korea"],
        place=("Blue House (Cheong Wa Dae), Seoul", 37.5866, 126.9748, "exact"),
        sources=["oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "uss-pueblo-seized",
        "USS Pueblo seized",
        "1968-01-23",
        "North Korean vessels captured the US Navy intelligence ship Pueblo off the east coast. "
        "One crewman died; the other 82 were held for eleven months.",
        "The crew was released across the Bridge of No Return at Panmunjom on 23 December 1968. "
        "North Korea still keeps the ship.",
        end="1968-12-23",
        category="military",
        importance=3,
        countries=["north-korea", "united-states"],
        place="Sea of Japan (East Sea), off Wonsan",
        sources=["lerner-pueblo-incident", "oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "axe-murder-incident",
        "Axe murder incident at Panmunjom",
        "1976-08-18",
        "North Korean soldiers attacked a UN Command work party trimming a tree in the Joint "
        "Security Area, killing two American officers.",
        "Three days later the UN Command cut the tree down under a massive show of force. "
        "Afterwards the line inside the JSA was marked and the guards separated.",
        category="military",
        importance=3,
        countries=["north-korea", "united-states", "south-korea"],
        alliances=["united-nations-command", "korean-armistice-agreement"],
        articles=["panmunjom-truce-village"],
        place=PANMUNJOM,
        sources=["oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "combined-forces-command-established",
        "ROK–US Combined Forces Command established",
        "1978-11-07",
        "South Korea and the United States set up a combined command, which took over wartime "
        "operational control of South Korean forces from the UN Command.",
        "Its commander is the American general who also leads the UN Command and US Forces Korea.",
        category="military",
        importance=3,
        countries=["south-korea", "united-states"],
        alliances=["rok-us-combined-forces-command", "united-nations-command"],
        articles=[*KOREA_ALLIANCE_ARTICLES, "united-nations-command-in-korea"],
        place=SEOUL,
        sources=["unc-official-website", "oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "cento-dissolved",
        "CENTO dissolved",
        "1979-01-01",
        "After the Iranian revolution, Iran and Pakistan withdrew and the Central Treaty "
        "Organization was wound up.",
        "The alliance had never had a common command and had lost much of its purpose after "
        "Pakistan's wars with India.",
        precision="year",
        category="diplomatic",
        importance=2,
        countries=["iran", "pakistan", "turkey", "united-kingdom"],
        alliances=["cento"],
        articles=["central-treaty-organization"],
        sources=["history-state-gov-cento", "britannica-school-baghdad-pact"],
    ),
    _event(
        "rangoon-bombing",
        "Rangoon bombing",
        "1983-10-09",
        "North Korean agents set off a bomb at the Martyrs' Mausoleum in Rangoon during a visit "
        "by South Korea's President Chun Doo-hwan, killing 21 people.",
        "Chun escaped, but several of his ministers were among the dead. Burma broke off "
        "relations with North Korea.",
        category="military",
        importance=3,
        countries=["north-korea", "south-korea"],
        place=("Martyrs' Mausoleum, Rangoon", 16.80, 96.15, "exact"),
        sources=["oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "korean-air-858-bombing",
        "Korean Air Flight 858 bombed",
        "1987-11-29",
        "A bomb planted by North Korean agents destroyed a Korean Air airliner over the Andaman "
        "Sea, killing all 115 people on board.",
        "One of the agents was captured and confessed. The attack came shortly before South "
        "Korea's elections and the 1988 Seoul Olympics.",
        category="military",
        importance=3,
        countries=["north-korea", "south-korea"],
        place="Andaman Sea",
        sources=["oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "warsaw-pact-dissolved",
        "Warsaw Pact dissolved",
        "1991-07-01",
        "Meeting in Prague, the remaining members signed a protocol ending the Warsaw Treaty.",
        "Its military structures had already been abolished on 31 March 1991.",
        category="treaty",
        importance=4,
        countries=["soviet-union", "poland", "czechoslovakia", "hungary", "bulgaria", "romania"],
        alliances=["warsaw-pact"],
        articles=["nato-and-the-warsaw-pact"],
        place=("Prague", 50.0755, 14.4378, "city"),
        sources=["britannica-warsaw-pact", "mastny-byrne-cardboard-castle"],
    ),
    _event(
        "koreas-join-united-nations",
        "Both Koreas join the United Nations",
        "1991-09-17",
        "The General Assembly admitted North and South Korea as separate members on the same day.",
        "Both had long claimed to be the only lawful Korean state. Joint admission was followed "
        "in December 1991 by an inter-Korean agreement on reconciliation and non-aggression.",
        category="diplomatic",
        importance=4,
        countries=["north-korea", "south-korea"],
        articles=KOREA_ALLIANCE_ARTICLES,
        place=NEW_YORK_UN,
        sources=["unga-resolution-46-1"],
    ),
    _event(
        "soviet-union-dissolved",
        "Soviet Union dissolved",
        "1991-12-26",
        "A day after Mikhail Gorbachev resigned, the Soviet Union formally ceased to exist, "
        "leaving fifteen independent states.",
        "Nuclear weapons were left in Russia, Ukraine, Belarus and Kazakhstan.",
        category="political",
        importance=5,
        countries=["soviet-union", "russia", "ukraine", "belarus", "kazakhstan"],
        articles=["budapest-memorandum-security-assurances", "nato-and-the-warsaw-pact"],
        place=MOSCOW,
        sources=["budjeryn-inheriting-the-bomb"],
    ),
    _event(
        "collective-security-treaty-signed",
        "Collective Security Treaty signed in Tashkent",
        "1992-05-15",
        "Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan signed a collective "
        "security treaty, the origin of the CSTO.",
        "Azerbaijan, Georgia and Belarus joined in 1993. The treaty came into force in 1994.",
        category="treaty",
        importance=3,
        countries=["armenia", "kazakhstan", "kyrgyzstan", "russia", "tajikistan", "uzbekistan"],
        alliances=["csto"],
        articles=["collective-security-treaty-organization"],
        place=("Tashkent", 41.2995, 69.2401, "city"),
        sources=["csto-official-website", "britannica-csto"],
    ),
    _event(
        "north-korean-famine",
        "Famine in North Korea",
        "1994-01-01",
        "After the loss of Soviet aid and a run of floods and droughts, famine struck North "
        "Korea in the mid-1990s.",
        "Estimates of the dead vary widely, from hundreds of thousands to more. North Korea "
        "called the period the Arduous March.",
        precision="year",
        end="1998-01-01",
        end_precision="year",
        category="political",
        importance=3,
        countries=["north-korea"],
        sources=["oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "agreed-framework",
        "US–North Korea Agreed Framework",
        "1994-10-21",
        "In Geneva the United States and North Korea agreed that the North would freeze its "
        "plutonium programme in return for light-water reactors and fuel oil.",
        "The deal held for eight years before collapsing in 2002 amid accusations of a secret "
        "uranium enrichment programme.",
        category="diplomatic",
        importance=4,
        countries=["united-states", "north-korea"],
        place=GENEVA,
        sources=["iaea-infcirc-457-agreed-framework", "oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "budapest-memorandum-signed",
        "Budapest Memorandum signed",
        "1994-12-05",
        "The United States, the United Kingdom and Russia gave Ukraine security assurances as it "
        "joined the NPT as a non-nuclear-weapon state.",
        "Ukraine gave up the world's third-largest nuclear arsenal, inherited from the Soviet "
        "Union. The assurances did not include a promise of defence.",
        category="treaty",
        importance=4,
        countries=["ukraine", "united-states", "united-kingdom", "russia"],
        alliances=["budapest-memorandum"],
        articles=["budapest-memorandum-security-assurances"],
        place=("Budapest", 47.4979, 19.0402, "city"),
        sources=["unts-budapest-memorandum-ukraine", "pifer-trilateral-process"],
    ),
    _event(
        "soviet-dprk-treaty-lapses",
        "Soviet–North Korean treaty lapses",
        "1996-01-01",
        "Russia, as the Soviet Union's successor, let the 1961 treaty with North Korea expire "
        "instead of renewing it.",
        "A new treaty of friendship signed in February 2000 promised consultation but no "
        "military aid.",
        precision="year",
        category="treaty",
        importance=3,
        countries=["russia", "north-korea"],
        alliances=["soviet-north-korean-treaty-1961"],
        articles=KOREA_ALLIANCE_ARTICLES,
        sources=[
            "gibler-international-military-alliances",
            "interfax-russia-dprk-treaty-in-force-2024",
        ],
    ),
    _event(
        "inter-korean-summit-2000",
        "First inter-Korean summit",
        "2000-06-13",
        "South Korea's President Kim Dae-jung met Kim Jong-il in Pyongyang, the first meeting of "
        "the two Koreas' leaders since the division.",
        "Their joint declaration of 15 June led to family reunions and economic projects. It "
        "later emerged that the South had secretly paid the North before the summit.",
        end="2000-06-15",
        category="diplomatic",
        importance=4,
        countries=["south-korea", "north-korea"],
        place=PYONGYANG,
        sources=["oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "nato-invokes-article-5",
        "NATO invokes Article 5",
        "2001-09-12",
        "The day after the attacks on New York and Washington, NATO invoked its collective "
        "defence clause for the first and only time.",
        "The decision was confirmed on 2 October 2001, once the attacks were shown to have come "
        "from abroad.",
        category="diplomatic",
        importance=4,
        countries=["united-states"],
        alliances=["nato"],
        articles=["nato-and-the-warsaw-pact"],
        place=("NATO Headquarters, Brussels", 50.8796, 4.4262, "exact"),
        sources=["nato-collective-defence-article-5"],
    ),
    _event(
        "csto-charter-signed",
        "CSTO Charter signed",
        "2002-10-07",
        "Six members of the Collective Security Treaty signed a charter turning it into an "
        "international organisation, the CSTO.",
        "The organisation began work in 2003 with its secretariat in Moscow.",
        category="treaty",
        importance=3,
        countries=["armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan"],
        alliances=["csto"],
        articles=["collective-security-treaty-organization"],
        place=("Chişinău", 47.0105, 28.8638, "city"),
        sources=["csto-official-website", "britannica-csto"],
    ),
    _event(
        "first-north-korean-nuclear-test",
        "First North Korean nuclear test",
        "2006-10-09",
        "North Korea carried out its first underground nuclear test. The Security Council "
        "imposed sanctions five days later.",
        "Resolution 1718 demanded that North Korea abandon its nuclear weapons. Further tests "
        "followed in 2009, 2013, 2016 and 2017.",
        category="military",
        importance=5,
        countries=["north-korea"],
        articles=KOREA_ALLIANCE_ARTICLES,
        place="Punggye-ri test site, North Hamgyong",
        sources=["unsc-resolution-1718-2006"],
    ),
    _event(
        "cheonan-sinking",
        "Sinking of the Cheonan",
        "2010-03-26",
        "The South Korean corvette Cheonan sank near Baengnyeong Island after an explosion, "
        "killing 46 sailors.",
        "An international investigation blamed a North Korean torpedo; North Korea denied it. "
        "The Security Council condemned the attack without naming a culprit.",
        category="military",
        importance=4,
        countries=["south-korea", "north-korea"],
        place=("off Baengnyeong Island", 37.93, 124.62, "region"),
        sources=["unsc-presidential-statement-2010-13", "oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "yeonpyeong-shelling",
        "Shelling of Yeonpyeong Island",
        "2010-11-23",
        "North Korean artillery shelled Yeonpyeong Island, killing two South Korean marines and "
        "two civilians. South Korea returned fire.",
        "It was the first attack on an inhabited South Korean area since the war.",
        category="military",
        importance=4,
        countries=["north-korea", "south-korea"],
        place=("Yeonpyeong Island", 37.6667, 125.7, "region"),
        sources=["oberdorfer-carlin-two-koreas"],
    ),
    _event(
        "crimea-annexed",
        "Russia annexes Crimea",
        "2014-03-18",
        "Russia annexed Ukraine's Crimean peninsula, which Ukraine and the other signatories of "
        "the Budapest Memorandum called a breach of its assurances.",
        "The UN General Assembly affirmed Ukraine's territorial integrity the following week.",
        category="military",
        importance=4,
        countries=["russia", "ukraine"],
        alliances=["budapest-memorandum"],
        articles=["budapest-memorandum-security-assurances"],
        place=("Crimea", 44.95, 34.1, "region"),
        sources=["unga-resolution-68-262", "budjeryn-inheriting-the-bomb"],
    ),
    _event(
        "panmunjom-summit-2018",
        "Panmunjom summit",
        "2018-04-27",
        "Kim Jong-un crossed the demarcation line to meet President Moon Jae-in at the Peace "
        "House. They signed the Panmunjom Declaration.",
        "The two leaders promised to work for a permanent peace regime and the denuclearisation "
        "of the peninsula.",
        category="diplomatic",
        importance=4,
        countries=["north-korea", "south-korea"],
        alliances=["korean-armistice-agreement"],
        articles=["panmunjom-truce-village"],
        place=PANMUNJOM,
        sources=["panmunjom-declaration-2018"],
    ),
    _event(
        "singapore-summit-2018",
        "Singapore summit",
        "2018-06-12",
        "Donald Trump and Kim Jong-un held the first meeting of a sitting US president and a "
        "North Korean leader.",
        "Their joint statement promised new relations, a lasting peace regime and work towards "
        "complete denuclearisation, but set no timetable.",
        category="diplomatic",
        importance=4,
        countries=["united-states", "north-korea"],
        place=("Sentosa, Singapore", 1.2494, 103.8303, "exact"),
        sources=["singapore-summit-joint-statement-2018"],
    ),
    _event(
        "comprehensive-military-agreement-2018",
        "Comprehensive Military Agreement signed",
        "2018-09-19",
        "At a summit in Pyongyang, the two Koreas' defence ministers signed an agreement to "
        "reduce military tension along the DMZ and at sea.",
        "It created buffer zones, a no-fly zone near the line, and disarmed the Joint Security "
        "Area. North Korea abandoned it in November 2023.",
        category="treaty",
        importance=3,
        countries=["south-korea", "north-korea"],
        alliances=["korean-armistice-agreement"],
        articles=["panmunjom-truce-village"],
        place=PYONGYANG,
        sources=["comprehensive-military-agreement-2018"],
    ),
    _event(
        "kaesong-liaison-office-destroyed",
        "North Korea blows up the Kaesong liaison office",
        "2020-06-16",
        "North Korea demolished the inter-Korean liaison office at Kaesong, opened in 2018 "
        "under the Panmunjom Declaration.",
        "The demolition followed weeks of protests from Pyongyang about leaflets sent across "
        "the border by activists in the South.",
        category="political",
        importance=3,
        countries=["north-korea", "south-korea"],
        place="Kaesong Industrial Region",
        sources=["bbc-liaison-office-destroyed-2020", "panmunjom-declaration-2018"],
    ),
    _event(
        "russia-invades-ukraine",
        "Russia's full-scale invasion of Ukraine",
        "2022-02-24",
        "Russia launched a full-scale invasion of Ukraine, the country it had given security "
        "assurances to in 1994.",
        "The war became the largest in Europe since 1945.",
        category="military",
        importance=5,
        countries=["russia", "ukraine", "belarus"],
        alliances=["budapest-memorandum"],
        articles=["budapest-memorandum-security-assurances"],
        sources=["unga-resolution-es-11-1"],
    ),
    _event(
        "csto-kazakhstan-deployment",
        "CSTO sends troops to Kazakhstan",
        "2022-01-06",
        "At Kazakhstan's request during mass unrest, the CSTO sent a collective force, mostly "
        "Russian, for the first time.",
        "About 2,500 troops guarded key sites; the force began to withdraw after a week and was "
        "gone within two.",
        category="military",
        importance=3,
        countries=["kazakhstan", "russia", "belarus", "armenia", "kyrgyzstan", "tajikistan"],
        alliances=["csto"],
        articles=["collective-security-treaty-organization"],
        place=("Almaty", 43.222, 76.8512, "city"),
        sources=["armradio-csto-kazakhstan-withdrawal-2022", "britannica-csto"],
    ),
    _event(
        "armenia-freezes-csto-participation",
        "Armenia freezes its CSTO participation",
        "2024-02-01",
        "Armenia's prime minister said his country had frozen its participation in the CSTO, "
        "after the alliance declined to help it against Azerbaijan.",
        "Armenia remained formally a member.",
        precision="month",
        category="political",
        importance=2,
        countries=["armenia"],
        alliances=["csto"],
        articles=["collective-security-treaty-organization"],
        sources=["oc-media-armenia-freezes-csto-2024"],
    ),
    _event(
        "russia-dprk-treaty-signed",
        "Russia–North Korea strategic partnership treaty signed",
        "2024-06-19",
        "During Vladimir Putin's visit to Pyongyang, Russia and North Korea signed a treaty "
        "whose Article 4 promises immediate military assistance if either is attacked.",
        "The treaty came into force on 4 December 2024 and replaced the friendship treaty of 2000.",
        category="treaty",
        importance=5,
        countries=["russia", "north-korea"],
        alliances=["russia-dprk-comprehensive-strategic-partnership"],
        articles=KOREA_ALLIANCE_ARTICLES,
        place=PYONGYANG,
        sources=[
            "tass-russia-dprk-treaty-submitted-2024",
            "interfax-russia-dprk-treaty-in-force-2024",
        ],
    ),
]
