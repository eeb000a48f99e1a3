"""Demo articles: topics, tags, the sources they cite and the nine canonical articles.

The bodies live in ``demo/data/articles/<slug>.md`` so that they read as ordinary Markdown.
Every article was drafted with an AI model, so each says so and none claims a human fact-check.
"""

ACCESSED = "2026-11-25"
AUTHORS = "Armistice editors"
DISCLOSURE = (
    "Drafted with AI assistance for the Armistice demo content and checked against the cited "
    "sources; report errors to the editors."
)

TOPICS = [
    {
        "slug": "korean-peninsula",
        "name": "Korean peninsula",
        "description": (
            "The division of Korea, the war of 1950–1953, the armistice that stopped it and the "
            "alliances that have kept the peace, uneasily, ever since."
        ),
    },
    {
        "slug": "cold-war-alliances",
        "name": "Cold War alliances",
        "description": (
            "The blocs and regional pacts of the Cold War and their successors: NATO, the Warsaw "
            "Pact, SEATO, CENTO and the CSTO."
        ),
    },
    {
        "slug": "security-guarantees",
        "name": "Security guarantees and assurances",
        "description": (
            "Promises states make about each other's security, from binding defence clauses to "
            "political assurances, and what they have meant in practice."
        ),
    },
]

TAGS = [
    {"slug": "armistice", "name": "Armistice"},
    {"slug": "dmz", "name": "Demilitarized Zone"},
    {"slug": "korean-war", "name": "Korean War"},
    {"slug": "panmunjom", "name": "Panmunjom"},
    {"slug": "prisoners-of-war", "name": "Prisoners of war"},
    {"slug": "un-command", "name": "UN Command"},
    {"slug": "united-nations", "name": "United Nations"},
    {"slug": "mutual-defence", "name": "Mutual defence"},
    {"slug": "nato", "name": "NATO"},
    {"slug": "warsaw-pact", "name": "Warsaw Pact"},
    {"slug": "seato", "name": "SEATO"},
    {"slug": "cento", "name": "CENTO"},
    {"slug": "csto", "name": "CSTO"},
    {"slug": "nuclear", "name": "Nuclear weapons"},
    {"slug": "security-assurances", "name": "Security assurances"},
    {"slug": "inter-korean-relations", "name": "Inter-Korean relations"},
]

SOURCES = [
    {
        "slug": "korean-armistice-agreement-text",
        "title": "Agreement Concerning a Military Armistice in Korea (27 July 1953)",
        "author": "",
        "publisher": "United Nations Peacemaker",
        "url": "https://peacemaker.un.org/koreadprk-militaryarmistice53",
        "published_on": "1953-07-27",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "history-state-gov-korean-war",
        "title": "The Korean War, 1950–1953",
        "author": "",
        "publisher": "Office of the Historian, U.S. Department of State",
        "url": "https://history.state.gov/milestones/1945-1952/korean-war-1",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "britannica-korean-war",
        "title": "Korean War",
        "author": "",
        "publisher": "Encyclopaedia Britannica",
        "url": "https://www.britannica.com/event/Korean-War",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "hermes-truce-tent-and-fighting-front",
        "title": "Truce Tent and Fighting Front (United States Army in the Korean War)",
        "author": "Walter G. Hermes",
        "publisher": "U.S. Army Center of Military History",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "stueck-korean-war-international-history",
        "title": "The Korean War: An International History",
        "author": "William Stueck",
        "publisher": "Princeton University Press",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "cumings-korean-war-a-history",
        "title": "The Korean War: A History",
        "author": "Bruce Cumings",
        "publisher": "Modern Library",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "millett-war-for-korea-1950-1951",
        "title": "The War for Korea, 1950–1951: They Came from the North",
        "author": "Allan R. Millett",
        "publisher": "University Press of Kansas",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "oberdorfer-carlin-two-koreas",
        "title": "The Two Koreas: A Contemporary History (third edition)",
        "author": "Don Oberdorfer and Robert Carlin",
        "publisher": "Basic Books",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "avalon-us-rok-mutual-defense-treaty",
        "title": "Mutual Defense Treaty Between the United States and the Republic of Korea; "
        "October 1, 1953",
        "author": "",
        "publisher": "The Avalon Project, Lillian Goldman Law Library, Yale Law School",
        "url": "https://avalon.law.yale.edu/20th_century/kor001.asp",
        "published_on": "1953-10-01",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "peking-review-sino-dprk-treaty-1961",
        "title": "Treaty of Friendship, Co-operation and Mutual Assistance Between the People's "
        "Republic of China and the Democratic People's Republic of Korea",
        "author": "",
        "publisher": "Peking Review, vol. 4, no. 28 (Marxists Internet Archive)",
        "url": "https://marxists.org/subject/china/peking-review/1961/PR1961-28a.htm",
        "published_on": "1961-07-14",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "gibler-international-military-alliances",
        "title": "International Military Alliances, 1648–2008",
        "author": "Douglas M. Gibler",
        "publisher": "CQ Press",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "tass-russia-dprk-treaty-submitted-2024",
        "title": "Strategic partnership treaty between Russia, North Korea submitted to Russian "
        "legislature",
        "author": "",
        "publisher": "TASS",
        "url": "https://tass.com/politics/1856149",
        "published_on": "2024-10-14",
        "accessed_on": ACCESSED,
        "kind": "news",
    },
    {
        "slug": "interfax-russia-dprk-treaty-in-force-2024",
        "title": (
            "Russia-N. Korea Treaty of Comprehensive Strategic Partnership takes effect - KCNA"
        ),
        "author": "",
        "publisher": "Interfax",
        "url": "https://interfax.com/newsroom/top-stories/108291/",
        "published_on": "2024-12-05",
        "accessed_on": ACCESSED,
        "kind": "news",
    },
    {
        "slug": "history-state-gov-cento",
        "title": "The Baghdad Pact (1955) and the Central Treaty Organization (CENTO)",
        "author": "",
        "publisher": "Office of the Historian, U.S. Department of State",
        "url": "https://history.state.gov/milestones/1953-1960/cento",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "britannica-school-baghdad-pact",
        "title": "Baghdad Pact",
        "author": "",
        "publisher": "Britannica School",
        "url": "https://kids.britannica.com/students/article/Baghdad-Pact/273058",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "yesilbursa-baghdad-pact",
        "title": "The Baghdad Pact: Anglo-American Defence Policies in the Middle East, 1950–1959",
        "author": "Behçet Kemal Yeşilbursa",
        "publisher": "Frank Cass",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "unts-budapest-memorandum-ukraine",
        "title": "Memorandum on security assurances in connection with Ukraine's accession to the "
        "Treaty on the Non-Proliferation of Nuclear Weapons (Budapest, 5 December 1994)",
        "author": "",
        "publisher": "United Nations Treaty Series, vol. 3007, No. 52241",
        "url": (
            "https://treaties.un.org/doc/Publication/UNTS/Volume%203007/Part/"
            "volume-3007-I-52241.pdf"
        ),
        "published_on": "1994-12-05",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "budjeryn-inheriting-the-bomb",
        "title": "Inheriting the Bomb: The Collapse of the USSR and the Nuclear Disarmament of "
        "Ukraine",
        "author": "Mariana Budjeryn",
        "publisher": "Johns Hopkins University Press",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "pifer-trilateral-process",
        "title": "The Trilateral Process: The United States, Ukraine, Russia and Nuclear Weapons",
        "author": "Steven Pifer",
        "publisher": "Brookings Institution (Arms Control Series)",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "journal",
    },
    {
        "slug": "csto-official-website",
        "title": "Collective Security Treaty Organization: official website",
        "author": "",
        "publisher": "CSTO Secretariat",
        "url": "https://en.odkb-csto.org/",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "britannica-csto",
        "title": "Collective Security Treaty Organization",
        "author": "",
        "publisher": "Encyclopaedia Britannica",
        "url": "https://www.britannica.com/topic/Collective-Security-Treaty-Organization",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "nato-north-atlantic-treaty-text",
        "title": "The North Atlantic Treaty (Washington D.C., 4 April 1949)",
        "author": "",
        "publisher": "North Atlantic Treaty Organization",
        "url": "https://www.nato.int/cps/en/natohq/official_texts_17120.htm",
        "published_on": "1949-04-04",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "nato-collective-defence-article-5",
        "title": "Collective defence and Article 5",
        "author": "",
        "publisher": "North Atlantic Treaty Organization",
        "url": "https://www.nato.int/cps/en/natohq/topics_110496.htm",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "history-state-gov-nato-1949",
        "title": "North Atlantic Treaty Organization (NATO), 1949",
        "author": "",
        "publisher": "Office of the Historian, U.S. Department of State",
        "url": "https://history.state.gov/milestones/1945-1952/nato",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "fordham-warsaw-pact-1955",
        "title": "Modern History Sourcebook: The Warsaw Pact, 1955",
        "author": "",
        "publisher": "Internet History Sourcebooks Project, Fordham University",
        "url": "https://sourcebooks.fordham.edu/mod/1955warsawpact.asp",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "mastny-byrne-cardboard-castle",
        "title": "A Cardboard Castle? An Inside History of the Warsaw Pact, 1955–1991",
        "author": "Vojtech Mastny and Malcolm Byrne (eds.)",
        "publisher": "Central European University Press",
        "url": "",
        "published_on": None,
        "accessed_on": None,
        "kind": "book",
    },
    {
        "slug": "britannica-warsaw-pact",
        "title": "Warsaw Pact",
        "author": "",
        "publisher": "Encyclopaedia Britannica",
        "url": "https://www.britannica.com/event/Warsaw-Pact",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "britannica-nato",
        "title": "North Atlantic Treaty Organization (NATO)",
        "author": "",
        "publisher": "Encyclopaedia Britannica",
        "url": "https://www.britannica.com/topic/North-Atlantic-Treaty-Organization",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "unsc-resolution-82-1950",
        "title": "Security Council Resolution 82 (1950): Complaint of aggression upon the Republic "
        "of Korea",
        "author": "",
        "publisher": "United Nations Security Council",
        "url": "https://undocs.org/S/RES/82(1950)",
        "published_on": "1950-06-25",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "unsc-resolution-83-1950",
        "title": "Security Council Resolution 83 (1950): Complaint of aggression upon the Republic "
        "of Korea",
        "author": "",
        "publisher": "United Nations Security Council",
        "url": "https://undocs.org/S/RES/83(1950)",
        "published_on": "1950-06-27",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "unc-official-website",
        "title": "United Nations Command: official website",
        "author": "",
        "publisher": "United Nations Command",
        "url": "https://www.unc.mil/",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "history-state-gov-seato",
        "title": "Southeast Asia Treaty Organization (SEATO), 1954",
        "author": "",
        "publisher": "Office of the Historian, U.S. Department of State",
        "url": "https://history.state.gov/milestones/1953-1960/seato",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "frus-1952-54-manila-pact-note",
        "title": "Foreign Relations of the United States, 1952–1954, vol. XIII, part 2, "
        "document 1168: editorial note on the signing of the Manila Pact",
        "author": "",
        "publisher": "Office of the Historian, U.S. Department of State",
        "url": "https://history.state.gov/historicaldocuments/frus1952-54v13p2/d1168",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "britannica-seato",
        "title": "Southeast Asia Treaty Organization (SEATO)",
        "author": "",
        "publisher": "Encyclopaedia Britannica",
        "url": "https://www.britannica.com/topic/Southeast-Asia-Treaty-Organization",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "panmunjom-declaration-2018",
        "title": "Panmunjom Declaration for Peace, Prosperity and Unification of the Korean "
        "Peninsula (27 April 2018)",
        "author": "",
        "publisher": "Ministry of Unification, Republic of Korea",
        "url": "",
        "published_on": "2018-04-27",
        "accessed_on": None,
        "kind": "primary",
    },
]


def _article(slug: str, **fields) -> dict:
    """One article in the shared format, with the provenance every demo article shares."""
    return {
        "slug": slug,
        "body_file": f"{slug}.md",
        "authors": AUTHORS,
        "ai_generated": True,
        "disclosure": DISCLOSURE,
        "fact_check_status": "unchecked",
        "featured": False,
        "status": "published",
        "publish_at": None,
        **fields,
    }


ARTICLES = [
    _article(
        "korean-armistice-and-the-dmz",
        title="The 1953 Korean Armistice and the Demilitarized Zone",
        summary=(
            "How two years of talks at Kaesong and Panmunjom ended the fighting in Korea on "
            "27 July 1953, what the armistice set up, and why the 4-kilometre-wide DMZ still "
            "divides the peninsula."
        ),
        topic="korean-peninsula",
        tags=["armistice", "dmz", "korean-war", "panmunjom", "prisoners-of-war"],
        sources=[
            "korean-armistice-agreement-text",
            "nara-korean-armistice-agreement",
            "hermes-truce-tent-and-fighting-front",
            "stueck-korean-war-international-history",
            "history-state-gov-korean-war",
        ],
        see_also=[
            "alliances-on-the-korean-peninsula",
            "united-nations-command-in-korea",
            "panmunjom-truce-village",
            "central-treaty-organization",
            "budapest-memorandum-security-assurances",
        ],
        featured=True,
    ),
    _article(
        "alliances-on-the-korean-peninsula",
        title="Alliances on Both Sides of the Korean Peninsula",
        summary=(
            "South Korea's treaty with the United States and North Korea's treaties with China, "
            "the Soviet Union and now Russia: what each promises and how they differ."
        ),
        topic="korean-peninsula",
        tags=["mutual-defence", "korean-war", "un-command", "inter-korean-relations"],
        sources=[
            "avalon-us-rok-mutual-defense-treaty",
            "peking-review-sino-dprk-treaty-1961",
            "tass-russia-dprk-treaty-submitted-2024",
            "interfax-russia-dprk-treaty-in-force-2024",
            "oberdorfer-carlin-two-koreas",
            "gibler-international-military-alliances",
        ],
        see_also=[
            "korean-armistice-and-the-dmz",
            "united-nations-command-in-korea",
            "nato-and-the-warsaw-pact",
            "budapest-memorandum-security-assurances",
        ],
        featured=True,
    ),
    _article(
        "central-treaty-organization",
        title=(
            "The Central Treaty Organization: A Historical Overview of Its Role in Military "
            "Alliances"
        ),
        summary=(
            "The Baghdad Pact of 1955 became CENTO after Iraq left in 1959. Why an alliance "
            "meant to guard the Middle East's northern tier faded away in 1979."
        ),
        topic="cold-war-alliances",
        tags=["cento", "mutual-defence"],
        sources=[
            "history-state-gov-cento",
            "britannica-school-baghdad-pact",
            "yesilbursa-baghdad-pact",
            "gibler-international-military-alliances",
        ],
        see_also=[
            "seato-collective-defence",
            "nato-and-the-warsaw-pact",
            "collective-security-treaty-organization",
        ],
    ),
    _article(
        "budapest-memorandum-security-assurances",
        title="Understanding the Budapest Memorandum Security Guarantees in Military History",
        summary=(
            "In 1994 Ukraine gave up the nuclear arsenal it inherited from the Soviet Union in "
            "return for security assurances, not guarantees, from the US, the UK and Russia."
        ),
        topic="security-guarantees",
        tags=["security-assurances", "nuclear"],
        sources=[
            "unts-budapest-memorandum-ukraine",
            "budjeryn-inheriting-the-bomb",
            "pifer-trilateral-process",
        ],
        see_also=[
            "nato-and-the-warsaw-pact",
            "collective-security-treaty-organization",
            "alliances-on-the-korean-peninsula",
        ],
        featured=True,
    ),
    _article(
        "collective-security-treaty-organization",
        title=(
            "Understanding the Collective Security Treaty Organization in Global Military Alliances"
        ),
        summary=(
            "The Russian-led alliance of former Soviet republics, from the Tashkent treaty of "
            "15 May 1992 to the organisation founded in 2002, and what its defence clause has "
            "meant in practice."
        ),
        topic="cold-war-alliances",
        tags=["csto", "mutual-defence"],
        sources=[
            "csto-official-website",
            "britannica-csto",
            "gibler-international-military-alliances",
        ],
        see_also=[
            "nato-and-the-warsaw-pact",
            "central-treaty-organization",
            "budapest-memorandum-security-assurances",
        ],
    ),
    _article(
        "nato-and-the-warsaw-pact",
        title="NATO and the Warsaw Pact: Two Cold War Blocs",
        summary=(
            "The North Atlantic Treaty of 1949 and the Warsaw Treaty of 1955 divided Europe for "
            "decades. How the two blocs were built, how they differed and why only one survived."
        ),
        topic="cold-war-alliances",
        tags=["nato", "warsaw-pact", "mutual-defence"],
        sources=[
            "nato-north-atlantic-treaty-text",
            "nato-collective-defence-article-5",
            "history-state-gov-nato-1949",
            "fordham-warsaw-pact-1955",
            "mastny-byrne-cardboard-castle",
            "britannica-warsaw-pact",
        ],
        see_also=[
            "collective-security-treaty-organization",
            "central-treaty-organization",
            "budapest-memorandum-security-assurances",
        ],
    ),
    _article(
        "united-nations-command-in-korea",
        title="The United Nations Command in Korea",
        summary=(
            "Created under Security Council resolutions in 1950 to fight the Korean War, the UN "
            "Command signed the 1953 armistice and still administers it today."
        ),
        topic="korean-peninsula",
        tags=["un-command", "united-nations", "korean-war", "armistice"],
        sources=[
            "unsc-resolution-82-1950",
            "unsc-resolution-83-1950",
            "unsc-resolution-84",
            "millett-war-for-korea-1950-1951",
            "unc-official-website",
        ],
        see_also=[
            "korean-armistice-and-the-dmz",
            "alliances-on-the-korean-peninsula",
            "panmunjom-truce-village",
        ],
    ),
    _article(
        "seato-collective-defence",
        title="SEATO: Collective Defence in Southeast Asia, 1954–1977",
        summary=(
            "The Manila Pact of 1954 created SEATO to contain communism in Southeast Asia. It "
            "had no common command, split over Vietnam and was dissolved on 30 June 1977."
        ),
        topic="cold-war-alliances",
        tags=["seato", "mutual-defence"],
        sources=["history-state-gov-seato", "frus-1952-54-manila-pact-note", "britannica-seato"],
        see_also=["central-treaty-organization", "nato-and-the-warsaw-pact"],
        status="draft",
    ),
    _article(
        "panmunjom-truce-village",
        title="Panmunjom, the Truce Village",
        summary=(
            "The hamlet where the Korean armistice was negotiated and signed became the Joint "
            "Security Area, scene of incidents, defections and summits."
        ),
        topic="korean-peninsula",
        tags=["panmunjom", "armistice", "dmz", "inter-korean-relations"],
        sources=[
            "hermes-truce-tent-and-fighting-front",
            "korean-armistice-agreement-text",
            "oberdorfer-carlin-two-koreas",
            "panmunjom-declaration-2018",
        ],
        see_also=["korean-armistice-and-the-dmz", "united-nations-command-in-korea"],
        publish_at="next-anniversary",
    ),
]
