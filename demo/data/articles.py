"""Demo articles: topics, tags, the sources they cite and the nine canonical articles, with
their learning aids and their public corrections log.

The bodies live in ``demo/data/articles/<slug>.md`` so that they read as ordinary Markdown.
Every article was drafted with an AI model and says so; the disclosure only says how AI was
used, and the site adds the fact-check status in words. The articles were then re-verified
against the primary texts and reference works their footnotes cite (a review credited to the
demo reviewer persona, see ``people.py``); each error found is in ``CORRECTIONS``.
"""

ACCESSED = "2026-11-25"
REVIEWED = "2026-11-30"
KOREA_AUTHOR = ["hana-seo"]
ALLIANCE_AUTHOR = ["tom-ashworth"]
REVIEWER = "ingrid-vale"
DISCLOSURE = (
    "Drafted with an AI model from the editors' outline for the Armistice demo content; "
    "report errors to the editors."
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
        "authors": KOREA_AUTHOR,
        "ai_generated": True,
        "disclosure": DISCLOSURE,
        "fact_check_status": "checked",
        "reviewer": REVIEWER,
        "last_reviewed_on": REVIEWED,
        "featured": False,
        "status": "published",
        "publish_at": None,
        "audience": "secondary",
        "level": "intermediate",
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
        title="The Budapest Memorandum: Security Assurances, Not Guarantees",
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

SOURCES += [
    {
        "slug": "nasa-earth-observatory-korean-dmz-2003",
        "title": "Korean Demilitarized Zone (Image of the Day, 28 July 2003)",
        "author": "",
        "publisher": "NASA Earth Observatory",
        "url": "",
        "published_on": "2003-07-28",
        "accessed_on": None,
        "kind": "web",
    },
    {
        "slug": "bundesregierung-ddr-leaves-warsaw-pact",
        "title": "24. September 1990: DDR tritt aus dem Warschauer Pakt aus",
        "author": "",
        "publisher": "Die Bundesregierung (German Federal Government)",
        "url": "https://www.bundesregierung.de/breg-de/aktuelles/"
        "ddr-tritt-aus-dem-warschauer-pakt-aus-432786",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "latimes-east-germany-leaves-warsaw-pact-1990",
        "title": "E. Germany Bids Warsaw Pact Farewell",
        "author": "",
        "publisher": "Los Angeles Times (Times Wire Services)",
        "url": "https://www.latimes.com/archives/la-xpm-1990-09-25-mn-1108-story.html",
        "published_on": "1990-09-25",
        "accessed_on": ACCESSED,
        "kind": "news",
    },
]

#: Books are known by their year of publication.
BOOK_YEARS = {
    "hermes-truce-tent-and-fighting-front": "1966",
    "stueck-korean-war-international-history": "1995",
    "cumings-korean-war-a-history": "2010",
    "millett-war-for-korea-1950-1951": "2010",
    "gibler-international-military-alliances": "2009",
    "yesilbursa-baghdad-pact": "2005",
    "budjeryn-inheriting-the-bomb": "2022",
    "pifer-trilateral-process": "2011",
    "mastny-byrne-cardboard-castle": "2005",
    "oberdorfer-carlin-two-koreas": "2014",
}
for _source in SOURCES:
    if _source["slug"] in BOOK_YEARS:
        _source["published_on"] = f"{BOOK_YEARS[_source['slug']]}-01-01"
        _source["published_precision"] = "year"


def _q(kind: str, text: str, document: str = "", locator: str = "") -> dict:
    question = {"kind": kind, "text": text}
    if document:
        question |= {"document": document, "locator": locator}
    return question


def _read(level: str, note: str, *, source: str = "", document: str = "") -> dict:
    return {"level": level, "note": note, **({"source": source} if source else {}),
            **({"document": document} if document else {})}  # fmt: skip


#: Learning aids of each article: what it teaches, questions, graded further reading.
LEARNING = {
    "korean-armistice-and-the-dmz": {
        "documents": ["korean-armistice-agreement-1953"],
        "glossary_terms": [
            "armistice",
            "military-demarcation-line",
            "demilitarized-zone",
            "nnsc",
            "nnrc",
            "military-armistice-commission",
            "united-nations-command",
            "peace-treaty",
            "non-forcible-repatriation",
        ],
        "learning_objectives": [
            "Explain the difference between an armistice and a peace treaty.",
            "Describe what the 1953 agreement set up: the line, the zone and the commissions.",
            "Explain why the prisoner-of-war question delayed the armistice.",
            "Use the text of the agreement to check a claim about it.",
        ],
        "teacher_notes": (
            "Suits a 50-minute lesson: 15 minutes' reading, 20 minutes on the source-analysis "
            "question with the agreement's preamble and Article I on screen, and a closing "
            "discussion.\n\nThe map attached to the agreement (Map 1) is not reproduced here; "
            "a modern map of the Demilitarized Zone helps students see how the line crosses "
            "the 38th parallel."
        ),
        "questions": [
            _q(
                "key", "Why did the fighting in Korea end with an armistice and not a peace treaty?"
            ),
            _q("key", "What did the armistice set up to keep the ceasefire?"),
            _q(
                "discussion",
                "Was the armistice a success, seventy years on? What would count as success?",
            ),
            _q(
                "discussion",
                "Why might a government refuse to sign an agreement yet promise "
                "not to obstruct it, as South Korea did?",
            ),
            _q(
                "source",
                "The preamble says the terms are “purely military in character”. "
                "Which words show that the signatories did not mean to settle the political "
                "question?",
                "korean-armistice-agreement-1953",
                "Preamble",
            ),
            _q(
                "source",
                "Article I, paragraph 1 gives two purposes for the Demilitarized "
                "Zone. What are they, and how far does each side withdraw?",
                "korean-armistice-agreement-1953",
                "Article I, paragraph 1",
            ),
        ],
        "readings": [
            _read(
                "introductory",
                "The US government historians' short account of the war.",
                source="history-state-gov-korean-war",
            ),
            _read(
                "intermediate",
                "The war as an international crisis, with the armistice talks in full.",
                source="stueck-korean-war-international-history",
            ),
            _read(
                "advanced",
                "The US Army's official history of the truce talks.",
                source="hermes-truce-tent-and-fighting-front",
            ),
            _read(
                "intermediate",
                "The opening of the agreement itself.",
                document="korean-armistice-agreement-1953",
            ),
        ],
    },
    "alliances-on-the-korean-peninsula": {
        "documents": ["us-rok-mutual-defense-treaty-1953", "sino-north-korean-treaty-1961"],
        "glossary_terms": [
            "mutual-defence-treaty",
            "alliance",
            "operational-control",
            "entry-into-force",
            "united-nations-command",
        ],
        "learning_objectives": [
            "Compare the promises of the US–ROK treaty and of North Korea's treaties.",
            "Explain why each Korean state sought a great-power ally after 1953.",
            "Read a treaty clause closely and say what it does and does not commit a state to do.",
        ],
        "teacher_notes": (
            "Works well as a comparison exercise: groups take one treaty each and report "
            "what it promises, for how long, and what it leaves to each government."
        ),
        "questions": [
            _q(
                "key",
                "What does each side of the peninsula's alliances promise, and how do "
                "the promises differ?",
            ),
            _q(
                "discussion",
                "Is a treaty that leaves each party to act “in accordance with "
                "its constitutional processes” a weaker promise than one of immediate "
                "assistance?",
            ),
            _q(
                "source",
                "Read the preamble of the US–ROK treaty. What did the parties want "
                "a “potential aggressor” to understand?",
                "us-rok-mutual-defense-treaty-1953",
                "Preamble",
            ),
            _q(
                "source",
                "The Sino-North Korean treaty's preamble names the principles it "
                "rests on. Which of them concern the two states' relations with each other, "
                "and which their security?",
                "sino-north-korean-treaty-1961",
                "Preamble",
            ),
        ],
        "readings": [
            _read(
                "introductory",
                "The Korean War and its aftermath in brief.",
                source="history-state-gov-korean-war",
            ),
            _read(
                "intermediate",
                "The two Koreas since the war, including their alliances.",
                source="oberdorfer-carlin-two-koreas",
            ),
            _read(
                "advanced",
                "The reference work on alliance treaties and their terms.",
                source="gibler-international-military-alliances",
            ),
        ],
    },
    "central-treaty-organization": {
        "authors": ["tom-ashworth"],
        "glossary_terms": ["northern-tier", "alliance", "accession", "denunciation"],
        "learning_objectives": [
            "Explain the “northern tier” idea behind the Baghdad Pact.",
            "Identify the weaknesses that historians see in CENTO.",
            "Compare CENTO with an alliance that worked, such as NATO.",
        ],
        "teacher_notes": "Pairs with the SEATO and NATO articles for a lesson comparing "
        "Cold War alliances: what made some last and others fade?",
        "questions": [
            _q("key", "Why did the United States encourage the Baghdad Pact but never join it?"),
            _q("key", "What ended the alliance in 1979?"),
            _q("discussion", "Can an alliance work when its members fear different enemies?"),
        ],
        "readings": [
            _read("introductory", "A short official history.", source="history-state-gov-cento"),
            _read(
                "intermediate",
                "An encyclopedia overview for students.",
                source="britannica-school-baghdad-pact",
            ),
            _read(
                "advanced",
                "British and American policy behind the pact.",
                source="yesilbursa-baghdad-pact",
            ),
        ],
    },
    "budapest-memorandum-security-assurances": {
        "authors": ["tom-ashworth"],
        "glossary_terms": [
            "security-assurance",
            "security-guarantee",
            "assurance-and-guarantee",
            "collective-defence",
            "accession",
        ],
        "learning_objectives": [
            "Distinguish a security assurance from a security guarantee.",
            "List the commitments the memorandum contains.",
            "Evaluate the argument that the memorandum was broken after 2014.",
        ],
        "teacher_notes": "A good text for teaching careful reading: ask students to find, "
        "in the article's list of commitments, any promise of military help (there is none).",
        "questions": [
            _q("key", "What did Ukraine give up in 1994, and what did it receive in return?"),
            _q("key", "Why does the difference between an assurance and a guarantee matter here?"),
            _q("discussion", "Would Ukraine have been safer keeping weapons it could not launch?"),
            _q(
                "source",
                "Compare the memorandum's promises with Article 5 of the North "
                "Atlantic Treaty. Which words in Article 5 have no equivalent in the "
                "memorandum?",
                "north-atlantic-treaty-1949",
                "Article 5",
            ),
        ],
        "readings": [
            _read(
                "intermediate",
                "The history of Ukraine's nuclear disarmament.",
                source="budjeryn-inheriting-the-bomb",
            ),
            _read(
                "advanced",
                "A negotiator's account of the trilateral process.",
                source="pifer-trilateral-process",
            ),
            _read(
                "intermediate",
                "The memorandum as registered with the United Nations.",
                source="unts-budapest-memorandum-ukraine",
            ),
        ],
    },
    "collective-security-treaty-organization": {
        "authors": ["tom-ashworth"],
        "glossary_terms": [
            "collective-defence",
            "self-defence",
            "entry-into-force",
            "ratification",
        ],
        "learning_objectives": [
            "Trace how the Collective Security Treaty became the CSTO.",
            "Describe the cases in which members asked the CSTO for help.",
            "Compare the CSTO's defence clause and its use with NATO's.",
        ],
        "teacher_notes": "Ask students to build a timeline of membership from the table and "
        "to explain each change.",
        "questions": [
            _q("key", "Which states have left the Collective Security Treaty, and why?"),
            _q("discussion", "Why did the CSTO act in Kazakhstan in 2022 but not for Armenia?"),
            _q(
                "source",
                "Article 5 of the North Atlantic Treaty and Article 4 of the "
                "Collective Security Treaty both rest on the UN Charter's right of "
                "self-defence. Find the words in Article 5 that say so.",
                "north-atlantic-treaty-1949",
                "Article 5",
            ),
        ],
        "readings": [
            _read("introductory", "An encyclopedia overview.", source="britannica-csto"),
            _read(
                "advanced",
                "The treaty's terms in the reference work on alliances.",
                source="gibler-international-military-alliances",
            ),
        ],
    },
    "nato-and-the-warsaw-pact": {
        "authors": ["tom-ashworth"],
        "documents": ["north-atlantic-treaty-1949"],
        "glossary_terms": [
            "collective-defence",
            "article-5",
            "consultation-clause",
            "accession",
            "self-defence",
        ],
        "learning_objectives": [
            "Describe how NATO and the Warsaw Pact were founded and who belonged to them.",
            "Explain what Article 5 of the North Atlantic Treaty does and does not oblige.",
            "Explain why the Warsaw Pact dissolved while NATO grew.",
        ],
        "teacher_notes": "The transcription of Articles 1–6 of the North Atlantic Treaty is "
        "short enough to read in class; ask students to underline every verb that commits "
        "the parties to do something.",
        "questions": [
            _q("key", "What led twelve states to sign the North Atlantic Treaty in 1949?"),
            _q("key", "Against whom did Warsaw Pact armies act in Europe?"),
            _q("discussion", "Why did NATO survive the end of the Cold War?"),
            _q(
                "source",
                "Article 5 says each party will take “such action as it deems "
                "necessary”. Who decides what help to give? Quote the words that show it.",
                "north-atlantic-treaty-1949",
                "Article 5",
            ),
            _q(
                "source",
                "Compare Article 4 and Article 5. Which commits the parties to "
                "consult and which to assist?",
                "north-atlantic-treaty-1949",
                "Articles 4–5",
            ),
        ],
        "readings": [
            _read(
                "introductory",
                "The US government historians on NATO's founding.",
                source="history-state-gov-nato-1949",
            ),
            _read(
                "intermediate",
                "NATO's own explanation of Article 5.",
                source="nato-collective-defence-article-5",
            ),
            _read(
                "advanced",
                "The Warsaw Pact from its opened archives.",
                source="mastny-byrne-cardboard-castle",
            ),
            _read(
                "introductory",
                "The treaty's opening articles.",
                document="north-atlantic-treaty-1949",
            ),
        ],
    },
    "united-nations-command-in-korea": {
        "glossary_terms": [
            "united-nations-command",
            "military-armistice-commission",
            "operational-control",
            "armistice",
        ],
        "learning_objectives": [
            "Explain how three Security Council resolutions created the UN Command.",
            "List who fought under the UN flag in Korea.",
            "Describe the Command's role under the armistice today.",
        ],
        "teacher_notes": "Students often assume the UN Command is a peacekeeping force; "
        "start by asking who commands it and who chooses its commander.",
        "questions": [
            _q("key", "Why could the Security Council act on Korea in June and July 1950?"),
            _q("key", "What does the UN Command do under the armistice?"),
            _q(
                "discussion", "Should a command created in 1950 still exist? What would replace it?"
            ),
            _q(
                "source",
                "The armistice's preamble names its signatories. Which of them "
                "speaks for the UN Command's side?",
                "korean-armistice-agreement-1953",
                "Preamble",
            ),
        ],
        "readings": [
            _read(
                "introductory",
                "The command's own account of its history and role.",
                source="unc-official-website",
            ),
            _read(
                "advanced",
                "The first year of the war in detail.",
                source="millett-war-for-korea-1950-1951",
            ),
            _read(
                "intermediate",
                "The resolution that created the unified command.",
                source="unsc-resolution-84",
            ),
        ],
    },
    "seato-collective-defence": {
        "authors": ["tom-ashworth"],
        "glossary_terms": ["collective-defence", "alliance", "denunciation"],
        "learning_objectives": [
            "Describe the Manila Pact's members and promises.",
            "Explain why SEATO never acted as an organisation in Vietnam.",
        ],
        "questions": [
            _q("key", "Why were most of SEATO's members from outside Southeast Asia?"),
            _q("discussion", "Was SEATO an alliance or a statement of intent?"),
        ],
        "readings": [
            _read("introductory", "A short official history.", source="history-state-gov-seato"),
            _read("intermediate", "An encyclopedia overview.", source="britannica-seato"),
        ],
    },
    "panmunjom-truce-village": {
        "documents": ["korean-armistice-agreement-1953"],
        "glossary_terms": [
            "joint-security-area",
            "military-demarcation-line",
            "military-armistice-commission",
            "demilitarized-zone",
        ],
        "learning_objectives": [
            "Explain why the armistice talks moved to Panmunjom.",
            "Describe the Joint Security Area and the incidents that shaped it.",
        ],
        "questions": [
            _q("key", "Why did the UN Command object to Kaesong as the site of the talks?"),
            _q("discussion", "Why have summits been held at the place where the war stopped?"),
        ],
        "readings": [
            _read(
                "intermediate",
                "The two Koreas since the war.",
                source="oberdorfer-carlin-two-koreas",
            ),
            _read(
                "advanced",
                "The truce talks in the US Army's official history.",
                source="hermes-truce-tent-and-fighting-front",
            ),
        ],
    },
}

for _article_item in ARTICLES:
    _article_item.update(LEARNING.get(_article_item["slug"], {}))

CORRECTION_DAY = REVIEWED

#: The public corrections log: each error the review found, what the text says now.
CORRECTIONS = [
    {
        "article": "nato-and-the-warsaw-pact",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The article said East Germany left the Warsaw Pact when Germany "
        "was reunified on 3 October 1990, and the Warsaw Pact entry dated its departure to "
        "that day.",
        "what_it_says_now": "East Germany left by a protocol signed in East Berlin on "
        "24 September 1990 by its defence minister, Rainer Eppelmann, and the pact's "
        "commander, General Pyotr Lushev, nine days before reunification. The membership "
        "record now ends on 24 September 1990.",
    },
    {
        "article": "nato-and-the-warsaw-pact",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The opening said NATO “has more than doubled in size” since 1991.",
        "what_it_says_now": "NATO had 16 members in 1991 and 32 in 2024: it has doubled.",
    },
    {
        "article": "nato-and-the-warsaw-pact",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The Warsaw Pact entry gave no date of entry into force.",
        "what_it_says_now": "The treaty took effect on 5 June 1955, when the last instrument "
        "of ratification was deposited with the Polish government.",
    },
    {
        "article": "alliances-on-the-korean-peninsula",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "Article III of the US–ROK Mutual Defense Treaty was quoted as "
        "promising to act “in accordance with their constitutional processes”.",
        "what_it_says_now": "The treaty says each party would act “in accordance with its "
        "constitutional processes”; the quotation now follows the text.",
    },
    {
        "article": "alliances-on-the-korean-peninsula",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The entries for the Sino-North Korean and Soviet–North Korean "
        "treaties of 1961 gave no date of entry into force, and the Chinese treaty's entry "
        "called its anniversaries in 1981, 2001 and 2021 “twentieth anniversaries” and "
        "repeated the claim that they renewed it.",
        "what_it_says_now": "Both treaties entered into force on 10 September 1961. The "
        "Chinese treaty has no renewal clause: under Article VII it stays in force until the "
        "parties agree otherwise, so the twentieth, fortieth and sixtieth anniversaries "
        "renewed nothing.",
    },
    {
        "article": "budapest-memorandum-security-assurances",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The title spoke of the memorandum's “Security Guarantees”, "
        "contradicting the article's own account of them as assurances; and the memorandum's "
        "entry listed the United States, the United Kingdom and Russia as “guarantors”.",
        "what_it_says_now": "The title is “The Budapest Memorandum: Security Assurances, Not "
        "Guarantees”, and the three powers are listed as signatories that gave assurances.",
    },
    {
        "article": "korean-armistice-and-the-dmz",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The opening said the armistice was signed “in a hut” at "
        "Panmunjom, while the section on signing day described a building put up for the "
        "purpose; and the length of the Demilitarized Zone (“about 248 kilometres (155 "
        "miles)”) was cited to Article I of the agreement, which gives its width but not its "
        "length.",
        "what_it_says_now": "Both passages describe a hall built for the signing. The zone's "
        "width is cited to Article I, paragraph 1, and its length, about 250 kilometres "
        "(160 miles), to NASA's Earth Observatory.",
    },
    {
        "article": "united-nations-command-in-korea",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The UN Command's entry listed thirteen sending states besides the "
        "United States, leaving out Ethiopia and Luxembourg, which the article names among "
        "the sixteen that sent combat forces, and Denmark, Italy and Norway, which sent "
        "medical units and are member states today.",
        "what_it_says_now": "The entry lists the command's eighteen member states today (the "
        "United States, sixteen other sending states, and Germany from 2024) and says which "
        "wartime sending states are no longer members.",
    },
    {
        "article": "united-nations-command-in-korea",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The opening called the UN Command “the oldest multinational "
        "military command still in existence”, a claim none of the article's sources makes.",
        "what_it_says_now": "The claim is removed; the article says when and how the command "
        "was created.",
    },
    {
        "article": "central-treaty-organization",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The article said Pakistan “left the same month and joined the "
        "Non-Aligned Movement”, as if both happened in March 1979.",
        "what_it_says_now": "Pakistan left CENTO in March 1979 and joined the Non-Aligned "
        "Movement later that year.",
    },
    {
        "article": "panmunjom-truce-village",
        "corrected_on": CORRECTION_DAY,
        "what_was_wrong": "The article said the armistice created the Joint Security Area "
        "and gave its coordinates as about 37.96° N, 126.68° E, citing Article II of the "
        "agreement.",
        "what_it_says_now": "The agreement placed the Military Armistice Commission's "
        "headquarters near Panmunjom, at 37°57′29″ N, 126°40′00″ E; the Joint Security Area "
        "grew up around its meeting place.",
    },
]
