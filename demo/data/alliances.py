"""Alliances, treaties, armistices and command structures of the demo content, with their
members. Founding members and signatories join on the day of signature, later members on
the day they acceded. A day that could not be confirmed is left out, except where an empty
date would say something false (an end date; see each note)."""

ACCESSED = "2026-11-25"


def source(slug, title, publisher, url="", *, author="", published_on=None, kind="web"):
    return {
        "slug": slug,
        "title": title,
        "author": author,
        "publisher": publisher,
        "url": url,
        "published_on": published_on,
        "accessed_on": ACCESSED if url else None,
        "kind": kind,
    }


def member(country, role, joined_on, left_on=None, note=""):
    return {
        "country": country,
        "role": role,
        "joined_on": joined_on,
        "left_on": left_on,
        "note": note,
    }


SOURCES = [
    source(
        "nara-korean-armistice-agreement",
        "Armistice Agreement for the Restoration of the South Korean State (1953)",
        "U.S. National Archives, Milestone Documents",
        "https://www.archives.gov/milestone-documents/armistice-agreement-for-restoration-of-south-korean-state",
        kind="primary",
    ),
    source(
        "stueck-korean-war-international-history",
        "The Korean War: An International History",
        "Princeton University Press",
        author="William Stueck",
        kind="book",
    ),
    source(
        "oberdorfer-carlin-two-koreas",
        "The Two Koreas: A Contemporary History (third edition)",
        "Basic Books",
        author="Don Oberdorfer and Robert Carlin",
        kind="book",
    ),
    source(
        "gibler-international-military-alliances",
        "International Military Alliances, 1648–2008",
        "CQ Press",
        author="Douglas M. Gibler",
        kind="book",
    ),
    source(
        "avalon-us-rok-mutual-defense-treaty",
        "Mutual Defense Treaty Between the United States and the Republic of Korea; "
        "October 1, 1953",
        "The Avalon Project, Lillian Goldman Law Library, Yale Law School",
        "https://avalon.law.yale.edu/20th_century/kor001.asp",
        published_on="1953-10-01",
        kind="primary",
    ),
    source(
        "unsc-resolution-84",
        "Resolution 84 (1950) of 7 July 1950 [Complaint of aggression upon the Republic of Korea]",
        "United Nations Security Council",
        "https://undocs.org/S/RES/84(1950)",
        published_on="1950-07-07",
        kind="primary",
    ),
    source(
        "unc-official-website",
        "United Nations Command: official website",
        "United Nations Command",
        "https://www.unc.mil/",
    ),
    source(
        "usfk-official-website",
        "United States Forces Korea (official website)",
        "United States Forces Korea",
        "https://www.usfk.mil/",
    ),
    source(
        "unts-6045-ussr-dprk-treaty",
        "Treaty of friendship, co-operation and mutual assistance between the Union of "
        "Soviet Socialist Republics and the Democratic People's Republic of Korea, signed at "
        "Moscow on 6 July 1961 (No. 6045)",
        "United Nations Treaty Series",
        kind="primary",
    ),
    source(
        "jamestown-russia-north-korea-treaty-2000",
        "Russia and North Korea Sign Friendship Treaty",
        "The Jamestown Foundation, Monitor vol. 6, issue 30",
        "https://jamestown.org/program/russia-and-north-korea-sign-friendship-treaty/",
        kind="news",
    ),
    source(
        "tass-russia-dprk-treaty-in-force",
        "Russia-DPRK strategic partnership treaty enters into force",
        "TASS",
        "https://tass.com/world/1882445",
        published_on="2024-12-05",
        kind="news",
    ),
    source(
        "nato-north-atlantic-treaty",
        "The North Atlantic Treaty (Washington D.C., 4 April 1949)",
        "North Atlantic Treaty Organization",
        "https://www.nato.int/cps/en/natolive/official_texts_17120.htm",
        published_on="1949-04-04",
        kind="primary",
    ),
    source(
        "nato-member-countries",
        "NATO member countries",
        "North Atlantic Treaty Organization",
        "https://www.nato.int/cps/en/natohq/topics_52044.htm",
    ),
    source(
        "history-state-gov-nato-1949",
        "North Atlantic Treaty Organization (NATO), 1949",
        "Office of the Historian, U.S. Department of State",
        "https://history.state.gov/milestones/1945-1952/nato",
    ),
    source(
        "avalon-seato-treaty",
        "Southeast Asia Collective Defense Treaty; September 8, 1954",
        "The Avalon Project, Lillian Goldman Law Library, Yale Law School",
        "https://avalon.law.yale.edu/20th_century/usmu003.asp",
        kind="primary",
    ),
    source(
        "history-state-gov-seato",
        "Southeast Asia Treaty Organization (SEATO), 1954",
        "Office of the Historian, U.S. Department of State",
        "https://history.state.gov/milestones/1953-1960/seato",
    ),
    source(
        "history-state-gov-cento",
        "The Baghdad Pact (1955) and the Central Treaty Organization (CENTO)",
        "Office of the Historian, U.S. Department of State",
        "https://history.state.gov/milestones/1953-1960/cento",
    ),
    source(
        "iranica-cento",
        "Central Treaty Organization (CENTO)",
        "Encyclopaedia Iranica",
        "https://www.iranicaonline.org/articles/central-treaty-organization-cento-a-mutual-defense-and-economic-cooperation-pact-among-persia-turkey-and-pakistan-wi",
    ),
    source(
        "avalon-warsaw-pact",
        "The Warsaw Security Pact: May 14, 1955",
        "The Avalon Project, Lillian Goldman Law Library, Yale Law School",
        "https://avalon.law.yale.edu/20th_century/warsaw.asp",
        kind="primary",
    ),
    source(
        "britannica-warsaw-pact",
        "Warsaw Pact",
        "Encyclopaedia Britannica",
        "https://www.britannica.com/event/Warsaw-Pact",
    ),
    source(
        "mastny-byrne-cardboard-castle",
        "A Cardboard Castle? An Inside History of the Warsaw Pact, 1955–1991",
        "Central European University Press",
        author="Vojtech Mastny and Malcolm Byrne (eds.)",
        kind="book",
    ),
    source(
        "csto-treaty-on-collective-security",
        "Treaty on Collective Security (15 May 1992)",
        "Collective Security Treaty Organization",
        "http://www.odkb.gov.ru/b/azbengl.htm",
        kind="primary",
    ),
    source(
        "tass-csto-suspends-uzbekistan",
        "CSTO leaders suspend Uzbekistan's membership",
        "TASS",
        "http://tass.com/russia/687141",
        published_on="2012-12-19",
        kind="news",
    ),
    source(
        "un-a-49-765-budapest-memoranda",
        "Letter dated 7 December 1994 transmitting the Memorandum on Security Assurances in "
        "connection with Ukraine's accession to the Treaty on the Non-Proliferation of "
        "Nuclear Weapons (A/49/765)",
        "United Nations General Assembly and Security Council",
        "https://undocs.org/A/49/765",
        kind="primary",
    ),
    source(
        "budjeryn-inheriting-the-bomb",
        "Inheriting the Bomb: The Collapse of the USSR and the Nuclear Disarmament of Ukraine",
        "Johns Hopkins University Press",
        author="Mariana Budjeryn",
        kind="book",
    ),
    source(
        "avalon-anzus-treaty",
        "Security Treaty Between Australia, New Zealand and the United States of America; "
        "September 1, 1951",
        "The Avalon Project, Lillian Goldman Law Library, Yale Law School",
        "https://avalon.law.yale.edu/20th_century/usmu002.asp",
        kind="primary",
    ),
    source(
        "history-state-gov-anzus",
        "The Australia, New Zealand and United States Security Treaty (ANZUS Treaty), 1951",
        "Office of the Historian, U.S. Department of State",
        "https://history.state.gov/milestones/1945-1952/anzus",
    ),
    source(
        "prlib-warsaw-pact-signed",
        "Warsaw Pact signed (14 May 1955)",
        "Presidential Library of Russia",
        "https://www.prlib.ru/en/history/619242",
    ),
    source(
        "bundesregierung-ddr-leaves-warsaw-pact",
        "24. September 1990: DDR tritt aus dem Warschauer Pakt aus",
        "Die Bundesregierung (German Federal Government)",
        "https://www.bundesregierung.de/breg-de/aktuelles/"
        "ddr-tritt-aus-dem-warschauer-pakt-aus-432786",
    ),
    source(
        "mofa-us-japan-security-treaty-1960",
        "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
        "Ministry of Foreign Affairs of Japan",
        "https://www.mofa.go.jp/region/n-america/us/q&a/ref/1.html",
        kind="primary",
    ),
]

KOREAN_ARMISTICE_BODY = """\
The Korean Armistice Agreement stopped the fighting of the Korean War at 22:00 on 27 July
1953, after two years of talks at Kaesong and then Panmunjom. It is an agreement between
military commanders, not a peace treaty: it ended the shooting and set up the machinery to keep
it ended, and left the political settlement to a conference that never produced one.

The senior delegates, Lieutenant General William K. Harrison Jr. for the United Nations Command
and General Nam Il for the other side, signed at Panmunjom at ten that morning; the three
commanders countersigned separately: General Mark W. Clark for the UN Command, Kim Il-sung as
Supreme Commander of the Korean People's Army and Peng Dehuai as Commander of the Chinese
People's Volunteers. South Korea's president, Syngman Rhee, opposed a truce that left Korea
divided, and no South Korean signed. Here the three commands are shown by the states behind
them: the United States for the UN Command, North Korea and China.

The agreement fixed a Military Demarcation Line along the front, with a Demilitarized Zone
reaching two kilometres to each side of it; it created the Military Armistice Commission and
the Neutral Nations Supervisory Commission and arranged the exchange of prisoners of war.

It is still in force. North Korea has several times declared that it no longer considers
itself bound, but no peace treaty has replaced the armistice.
"""

US_ROK_BODY = """\
The Mutual Defense Treaty was signed in Washington on 1 October 1953, ten weeks after the
armistice; a defence pact with the United States was what Syngman Rhee obtained for accepting a
ceasefire he had opposed. It entered into force on 17 November 1954.

The parties consult whenever either is threatened by external armed attack (Article II). Each
recognises that an armed attack in the Pacific area on the other would endanger its own peace
and safety, and will act to meet the common danger in accordance with its constitutional
processes (Article III). Article IV grants the United States the right to station land, air
and sea forces in and about South Korea, the legal basis of United States Forces Korea.

The treaty has no end date; either party may end it one year after giving notice. It is the
foundation of the alliance on the southern side of the peninsula and of the Combined Forces
Command created in 1978.
"""

SINO_DPRK_BODY = """\
China and North Korea signed their Treaty of Friendship, Cooperation and Mutual Assistance in
Beijing on 11 July 1961, five days after North Korea's treaty with the Soviet Union; Zhou
Enlai and Kim Il-sung signed it. It is China's only mutual defence treaty.

If either party is attacked and thus finds itself in a state of war, the other shall
immediately give it military and other assistance with all the means at its disposal. The
parties also promise not to join any alliance directed against each other and to consult on
important international questions of common interest.

The treaty entered into force on 10 September 1961, when the instruments of ratification were
exchanged in Pyongyang. It has no expiry date and no renewal clause: under Article VII it stays
in force until the parties agree to amend or end it. Its anniversaries every twenty years
(1981, 2001, 2021) are sometimes described as renewals, but they renewed nothing; in 2021, on
the sixtieth anniversary, Xi Jinping and Kim Jong-un exchanged messages affirming it.
"""

SOVIET_DPRK_BODY = """\
Nikita Khrushchev and Kim Il-sung signed the Soviet–North Korean Treaty of Friendship,
Co-operation and Mutual Assistance in Moscow on 6 July 1961; it entered into force on
10 September 1961. If either party were attacked,
the other would immediately extend military and other assistance with all the means at its
disposal; the parties would join no alliance against each other and would consult on important
international questions.

The treaty ran for ten years and then extended itself five years at a time unless a party
gave notice. After Moscow recognised Seoul in 1990 and the Soviet Union dissolved in 1991,
Russia, as its continuator, told Pyongyang in 1995 that it would not extend the treaty, which
lapsed in 1996.

A Russian–North Korean treaty of friendship, good-neighbourliness and cooperation, signed in
Pyongyang on 9 February 2000, replaced it without any promise of military help. A defence
clause returned only with the Treaty on Comprehensive Strategic Partnership of 2024.
"""

RUSSIA_DPRK_BODY = """\
Vladimir Putin and Kim Jong-un signed the Treaty on Comprehensive Strategic Partnership in
Pyongyang on 19 June 2024, on Putin's first visit to North Korea since 2000. Both sides
ratified it in November; the instruments were exchanged in Moscow and it entered into force on
4 December 2024, replacing the friendship treaty of 2000.

Article 4 brings back the promise Russia dropped in the 1990s: if either party comes under
armed attack and is in a state of war, the other shall immediately provide military and other
assistance with all the means at its disposal, in accordance with Article 51 of the UN Charter
and the laws of both states. The parties also undertake to consult when a threat of aggression
arises and to sign no agreement with a third state directed against each other.

The treaty was concluded while, according to the United States, South Korea and Ukraine, North
Korea was supplying artillery shells and missiles for Russia's war against Ukraine. North
Korean troops went on to fight for Russia in its Kursk region from late 2024.
"""

UNC_BODY = """\
On 7 July 1950, twelve days after North Korea invaded the South, UN Security Council
Resolution 84 recommended that members providing forces to help the Republic of Korea place
them under a unified command under the United States, asked the United States to name its
commander and allowed the command to fly the UN flag. The Soviet Union was boycotting the
Council at the time. General Douglas MacArthur became the first commander, and President
Syngman Rhee placed South Korea's forces under his operational command.

Sixteen states sent combat forces: the United States, the United Kingdom, Canada, Australia,
New Zealand, France, the Netherlands, Belgium, Luxembourg, Greece, Turkey, Colombia, Ethiopia,
the Philippines, Thailand and South Africa. Denmark, India, Italy, Norway and Sweden sent
medical units.

The members listed here are the command's eighteen member states today: the United States
and sixteen other sending states, each shown from the day the command was created (their
forces or medical units arrived between July 1950 and late 1951), and Germany from 2024.
Ethiopia and Luxembourg, which sent combat forces, and India and Sweden, which sent medical
units, are no longer member states; when each ceased to be one is not recorded here.

The command signed the armistice in 1953 and has overseen it on the southern side ever since,
through the Military Armistice Commission at Panmunjom, while the defence of South Korea
passed in 1978 to the ROK–US Combined Forces Command. Germany joined on 2 August 2024 as the
eighteenth member state.
"""

CFC_BODY = """\
The ROK–US Combined Forces Command was established on 7 November 1978 to plan and conduct the
combined defence of South Korea. It took over from the United Nations Command the operational
control of the South Korean and American forces assigned to that defence, while the UN Command
kept its duties under the armistice.

A US four-star general commands it, and is at the same time commander of the UN Command and of
United States Forces Korea; his deputy is a South Korean four-star general. Peacetime
operational control of South Korea's forces returned to Seoul on 1 December 1994; the two
governments have agreed to move wartime control to a command led by a South Korean general
once agreed conditions are met.
"""

NATO_BODY = """\
Twelve states signed the North Atlantic Treaty in Washington on 4 April 1949: Belgium, Canada,
Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United
Kingdom and the United States. It entered into force on 24 August 1949. Under Article 5 an
armed attack against one or more members in Europe or North America is an attack against them
all, and each will help the party attacked with such action as it deems necessary, including
armed force; Article 4 provides for consultation when a member feels threatened.

Greece and Turkey joined in 1952 and West Germany in 1955, which prompted the Warsaw Pact;
Spain followed in 1982. After the Cold War, former Warsaw Pact members and Baltic and Balkan
states joined in waves from 1999, and Finland (2023) and Sweden (2024) joined after Russia's
full-scale invasion of Ukraine, bringing the alliance to 32 members. Founding members are
shown here from the day they signed, later members from the day they acceded.

Article 5 has been invoked once, after the attacks on the United States of 11 September 2001.
"""

SEATO_BODY = """\
The Southeast Asia Collective Defense Treaty, or Manila Pact, was signed in Manila on
8 September 1954 by Australia, France, New Zealand, Pakistan, the Philippines, Thailand, the
United Kingdom and the United States, seven weeks after the Geneva Conference ended France's
war in Indochina. It entered into force on 19 February 1955. A protocol extended its
protection to Cambodia, Laos and South Vietnam, which did not sign.

Each party recognised that armed aggression in the treaty area against any of them would
endanger its own peace and safety and agreed to act to meet the common danger in accordance
with its constitutional processes; other threats called for consultation (Article IV). The
United States declared in an understanding that its commitment applied to communist
aggression.

The Southeast Asia Treaty Organization set up to run the pact never had forces of its own.
Pakistan left in 1973, and after the Vietnam War the members agreed to wind it up; it was
dissolved on 30 June 1977. The treaty itself was never terminated.
"""

CENTO_BODY = """\
The Baghdad Pact began as a pact of mutual co-operation signed by Iraq and Turkey in Baghdad on
24 February 1955. The United Kingdom acceded on 5 April, Pakistan on 23 September and Iran on
3 November 1955, making a "northern tier" of states between the Soviet Union and the Middle
East. The parties promised to co-operate for their security and defence, without an automatic
obligation to fight for one another. The United States encouraged the pact but never joined
it; it took part in its committees and in 1959 signed bilateral defence agreements with Iran,
Pakistan and Turkey.

The revolution of July 1958 in Iraq brought to power a government hostile to the pact, and Iraq
withdrew in March 1959. The headquarters moved from Baghdad to Ankara, and in August 1959 the
alliance was renamed the Central Treaty Organization.

CENTO never fought as an alliance, and gave Pakistan no help in its wars with India in 1965
and 1971. After the Iranian revolution, Iran and Pakistan withdrew in March 1979 and the
organisation was wound up that year. The end date here is the day, 16 March 1979, on which its
secretary-general announced that the council would meet to dissolve it.
"""

WARSAW_BODY = """\
The Treaty of Friendship, Co-operation and Mutual Assistance was signed in Warsaw on 14 May
1955 by the Soviet Union, Albania, Bulgaria, Czechoslovakia, East Germany, Hungary, Poland and
Romania, eight days after West Germany joined NATO. Under Article 4, if any member were
attacked in Europe the others would come to its help at once with all the means they thought
necessary, armed force included; Article 3 provided for consultation. A unified command,
always headed by a Soviet marshal or general, led the members' forces.

The pact's armies were turned against its own members: Soviet troops crushed Hungary's attempt
to leave in 1956, and in August 1968 Soviet, Polish, Hungarian and Bulgarian troops invaded
Czechoslovakia. Albania, which had sided with China and stopped taking part in 1961, formally
withdrew on 13 September 1968.

The treaty entered into force on 5 June 1955, when the last instrument of ratification was
deposited with the Polish government. After the revolutions of 1989 the pact lost its purpose.
East Germany left by a protocol signed in East Berlin on 24 September 1990, nine days before
it joined the Federal Republic; the military structures were dissolved on 31 March 1991, and
a protocol signed in Prague ended the pact on 1 July 1991.
"""

CSTO_BODY = """\
Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan signed the Collective
Security Treaty in Tashkent on 15 May 1992. Azerbaijan, Georgia and Belarus joined in 1993,
and the treaty entered into force on 20 April 1994 for five years. The parties renounce force
against each other and join no alliance aimed at another party (Article 1), consult when any
of them is threatened (Article 2) and treat aggression against one as aggression against all
(Article 4).

In April 1999 six parties signed a protocol extending the treaty; Azerbaijan, Georgia and
Uzbekistan did not, and left when the first term ended. The six turned the treaty into an
international organisation, with a charter signed in Chisinau on 7 October 2002. Uzbekistan
returned in 2006; it asked to suspend its membership in June 2012, which the Collective
Security Council granted in December.

The CSTO first sent troops under Article 4 in January 2022, a mainly Russian force deployed to
Kazakhstan during unrest there. Armenia, disappointed that its allies did not help it against
Azerbaijan, froze its participation in 2024 without formally leaving.
"""

BUDAPEST_BODY = """\
On 5 December 1994, at the summit of the Conference on Security and Co-operation in Europe in
Budapest, the United States, the United Kingdom and Russia signed a Memorandum on Security
Assurances with Ukraine as it acceded to the Nuclear Non-Proliferation Treaty as a
non-nuclear-weapon state. Ukraine had inherited the world's third-largest nuclear arsenal from
the Soviet Union and agreed to give up the warheads, which went to Russia.

The three states reaffirmed their commitments to respect Ukraine's independence, sovereignty
and existing borders; to refrain from the threat or use of force against it and from economic
coercion; to seek action by the Security Council if Ukraine were threatened with nuclear
weapons; and to consult if questions arose about these commitments. France and China gave
Ukraine similar assurances in separate documents, and matching memoranda were signed with
Belarus and Kazakhstan.

The memorandum gives assurances, not guarantees: it contains no promise of military help.
Ukraine, the United States and the United Kingdom hold that Russia's annexation of Crimea in
2014 and its full-scale invasion of 2022 violated it; Russia denies this.
"""

ANZUS_BODY = """\
Australia, New Zealand and the United States signed their Security Treaty in San Francisco on
1 September 1951, a week before the peace treaty with Japan, and it entered into force on
29 April 1952. The parties consult whenever any of them is threatened in the Pacific (Article
III); each recognises that an armed attack in the Pacific area on any of them would endanger
its own peace and safety and will act to meet the common danger in accordance with its
constitutional processes (Article IV).

In 1985 New Zealand refused entry to nuclear-armed and nuclear-powered ships, and in 1986 the
United States suspended its treaty obligations towards New Zealand. The treaty was never
revoked and still binds Australia to both partners. Australia invoked it for the first time
after the attacks on the United States of 11 September 2001.
"""

US_JAPAN_BODY = """\
The Treaty of Mutual Cooperation and Security between Japan and the United States was signed
in Washington on 19 January 1960 and replaced the one-sided Security Treaty of 1951. Its
ratification set off the largest protests of Japan's post-war history; it entered into force
on 23 June 1960.

Each party recognises that an armed attack against either of them in the territories under
the administration of Japan would endanger its own peace and safety and will act to meet the
common danger (Article V); the parties consult on its implementation and whenever the security
of Japan or of the Far East is threatened (Article IV); and the United States may keep forces
in Japan (Article VI). The obligation is asymmetrical: the United States defends Japan, and
Japan provides bases rather than a promise to defend American territory.

After ten years either party could end the treaty with a year's notice. Neither has done so,
and it remains the basis of the alliance.
"""

ALLIANCES = [
    {
        "slug": "korean-armistice-agreement",
        "name": "Korean Armistice Agreement",
        "short_name": "Korean Armistice",
        "kind": "armistice",
        "obligations": ["non_aggression"],
        "signed_on": "1953-07-27",
        "in_force_on": "1953-07-27",
        "ended_on": None,
        "end_reason": "",
        "summary": "The military armistice that stopped the fighting of the Korean War on 27 July "
        "1953 and created the Demilitarized Zone. Signed by the commanders of the UN "
        "Command, the Korean People's Army and the Chinese People's Volunteers; no peace "
        "treaty has followed.",
        "body": KOREAN_ARMISTICE_BODY,
        "sources": [
            "nara-korean-armistice-agreement",
            "korean-armistice-agreement-text",
            "stueck-korean-war-international-history",
        ],
        "documents": ["korean-armistice-agreement-1953"],
        "articles": [
            "korean-armistice-and-the-dmz",
            "united-nations-command-in-korea",
            "panmunjom-truce-village",
        ],
        "members": [
            member(
                "united-states", "signatory", "1953-07-27",
                note="General Mark W. Clark signed as Commander-in-Chief of the United Nations "
                "Command, for all the states whose forces served under it.",
            ),
            member(
                "north-korea", "signatory", "1953-07-27",
                note="Kim Il-sung signed as Supreme Commander of the Korean People's Army.",
            ),
            member(
                "china", "signatory", "1953-07-27",
                note="Peng Dehuai signed as Commander of the Chinese People's Volunteers.",
            ),
        ],
    },
    {
        "slug": "us-rok-mutual-defense-treaty",
        "name": "Mutual Defense Treaty between the United States and the Republic of Korea",
        "short_name": "US–ROK Mutual Defense Treaty",
        "kind": "mutual_defence",
        "obligations": ["defense", "consultation"],
        "signed_on": "1953-10-01",
        "in_force_on": "1954-11-17",
        "ended_on": None,
        "end_reason": "",
        "summary": "The 1953 treaty that binds the United States and South Korea to meet an "
        "armed attack on either in the Pacific area and lets US forces be stationed in South "
        "Korea.",
        "body": US_ROK_BODY,
        "sources": [
            "avalon-us-rok-mutual-defense-treaty",
            "oberdorfer-carlin-two-koreas",
        ],
        "documents": ["us-rok-mutual-defense-treaty-1953"],
        "articles": ["alliances-on-the-korean-peninsula"],
        "members": [
            member(
                "united-states", "signatory", "1953-10-01",
                note="Signed by Secretary of State John Foster Dulles.",
            ),
            member(
                "south-korea", "signatory", "1953-10-01",
                note="Signed by Foreign Minister Pyun Yung-tai.",
            ),
        ],
    },
    {
        "slug": "sino-north-korean-treaty-1961",
        "name": "Sino-North Korean Treaty of Friendship, Cooperation and Mutual Assistance",
        "short_name": "Sino-North Korean Treaty",
        "kind": "mutual_defence",
        "obligations": ["defense", "consultation"],
        "signed_on": "1961-07-11",
        "in_force_on": "1961-09-10",
        "ended_on": None,
        "end_reason": "",
        "summary": "China's 1961 mutual defence treaty with North Korea, still in force: each "
        "promises the other immediate military help if it is attacked.",
        "body": SINO_DPRK_BODY,
        "sources": [
            "peking-review-sino-dprk-treaty-1961",
            "gibler-international-military-alliances",
            "oberdorfer-carlin-two-koreas",
        ],
        "documents": ["sino-north-korean-treaty-1961"],
        "articles": ["alliances-on-the-korean-peninsula"],
        "members": [
            member("china", "signatory", "1961-07-11", note="Signed by Premier Zhou Enlai."),
            member("north-korea", "signatory", "1961-07-11", note="Signed by Kim Il-sung."),
        ],
    },
    {
        "slug": "soviet-north-korean-treaty-1961",
        "name": "Soviet–North Korean Treaty of Friendship, Co-operation and Mutual Assistance",
        "short_name": "Soviet–North Korean Treaty",
        "kind": "mutual_defence",
        "obligations": ["defense", "consultation"],
        "signed_on": "1961-07-06",
        "in_force_on": "1961-09-10",
        "ended_on": "1996-09-10",
        "end_reason": "Lapsed in 1996: Russia, as the Soviet Union's continuator, gave notice "
        "in 1995 that it would not extend it.",
        "summary": "The Soviet Union's 1961 mutual defence treaty with North Korea. Russia let "
        "it lapse in 1996 and replaced it in 2000 with a treaty without a defence clause.",
        "body": SOVIET_DPRK_BODY,
        "sources": [
            "unts-6045-ussr-dprk-treaty",
            "gibler-international-military-alliances",
            "jamestown-russia-north-korea-treaty-2000",
        ],
        "articles": ["alliances-on-the-korean-peninsula"],
        "members": [
            member(
                "soviet-union", "signatory", "1961-07-06", "1991-12-26",
                note="Signed by Nikita Khrushchev; bound the Soviet Union until it dissolved.",
            ),
            member(
                "russia", "member", "1991-12-26", "1996-09-10",
                note="Bound as the Soviet Union's continuator state until the treaty lapsed.",
            ),
            member(
                "north-korea", "signatory", "1961-07-06", "1996-09-10",
                note="Signed by Kim Il-sung.",
            ),
        ],
    },
    {
        "slug": "russia-dprk-comprehensive-strategic-partnership",
        "name": "Treaty on Comprehensive Strategic Partnership between the Russian Federation "
        "and the Democratic People's Republic of Korea",
        "short_name": "Russia–DPRK Treaty",
        "kind": "strategic_partnership",
        "obligations": ["defense", "consultation"],
        "signed_on": "2024-06-19",
        "in_force_on": "2024-12-04",
        "ended_on": None,
        "end_reason": "",
        "summary": "The 2024 treaty that restored a mutual assistance clause (Article 4) between "
        "Russia and North Korea for the first time since the 1990s.",
        "body": RUSSIA_DPRK_BODY,
        "sources": ["tass-russia-dprk-treaty-in-force"],
        "articles": ["alliances-on-the-korean-peninsula"],
        "members": [
            member("russia", "signatory", "2024-06-19", note="Signed by Vladimir Putin."),
            member("north-korea", "signatory", "2024-06-19", note="Signed by Kim Jong-un."),
        ],
    },
    {
        "slug": "united-nations-command",
        "name": "United Nations Command",
        "short_name": "UNC",
        "kind": "command",
        "obligations": [],
        "signed_on": "1950-07-07",
        "ended_on": None,
        "end_reason": "",
        "summary": "The unified command under the United States created by UN Security Council "
        "Resolution 84 on 7 July 1950. It fought the Korean War, signed the armistice and "
        "still oversees it.",
        "body": UNC_BODY,
        "sources": [
            "unsc-resolution-84",
            "unc-official-website",
            "stueck-korean-war-international-history",
        ],
        "articles": ["united-nations-command-in-korea", "korean-armistice-and-the-dmz"],
        "members": [
            member(
                "united-states", "founding", "1950-07-07",
                note="Leads the command and names its commander under Resolution 84.",
            ),
            *(
                member(
                    country, "member", "1950-07-07",
                    note="Sending state: sent combat forces to the Korean War; its first units "
                    f"arrived in {arrival}.",
                )
                for country, arrival in (
                    ("united-kingdom", "1950"),
                    ("australia", "1950"),
                    ("canada", "1950"),
                    ("new-zealand", "1950"),
                    ("france", "1950"),
                    ("netherlands", "1950"),
                    ("turkey", "1950"),
                    ("philippines", "1950"),
                    ("thailand", "1950"),
                    ("greece", "1950"),
                    ("south-africa", "1950"),
                    ("belgium", "1951"),
                    ("colombia", "1951"),
                )
            ),
            *(
                member(
                    country, "member", "1950-07-07",
                    note=f"Sending state: sent {unit} to the Korean War; a member state of the "
                    "command today.",
                )
                for country, unit in (
                    ("denmark", "the hospital ship Jutlandia"),
                    ("italy", "a Red Cross field hospital"),
                    ("norway", "a mobile army surgical hospital"),
                )
            ),
            member(
                "germany", "member", "2024-08-02",
                note="Joined as the command's eighteenth member state; West Germany had run a "
                "Red Cross hospital in Busan after the armistice.",
            ),
        ],
    },
    {
        "slug": "rok-us-combined-forces-command",
        "name": "ROK–US Combined Forces Command",
        "short_name": "CFC",
        "kind": "command",
        "obligations": [],
        "signed_on": "1978-11-07",
        "ended_on": None,
        "end_reason": "",
        "summary": "The combined South Korean–American command, established on 7 November "
        "1978, that plans and would lead the defence of South Korea.",
        "body": CFC_BODY,
        "sources": ["usfk-official-website", "oberdorfer-carlin-two-koreas"],
        "articles": ["alliances-on-the-korean-peninsula"],
        "members": [
            member("united-states", "founding", "1978-11-07"),
            member("south-korea", "founding", "1978-11-07"),
        ],
    },
    {
        "slug": "nato",
        "name": "North Atlantic Treaty Organization",
        "short_name": "NATO",
        "kind": "alliance",
        "obligations": ["defense", "consultation"],
        "signed_on": "1949-04-04",
        "in_force_on": "1949-08-24",
        "ended_on": None,
        "end_reason": "",
        "summary": "The alliance founded by the North Atlantic Treaty of 4 April 1949; under "
        "Article 5 an armed attack on one member in Europe or North America is an attack on "
        "all. Twelve founding members, 32 today.",
        "body": NATO_BODY,
        "sources": [
            "nato-north-atlantic-treaty",
            "nato-member-countries",
            "history-state-gov-nato-1949",
        ],
        "documents": ["north-atlantic-treaty-1949"],
        "articles": ["nato-and-the-warsaw-pact"],
        "members": [
            *(
                member(country, "founding", "1949-04-04")
                for country in (
                    "belgium", "canada", "denmark", "france", "iceland", "italy",
                    "luxembourg", "netherlands", "norway", "portugal", "united-kingdom",
                    "united-states",
                )
            ),
            member("greece", "member", "1952-02-18"),
            member("turkey", "member", "1952-02-18"),
            member(
                "germany", "member", "1955-05-06",
                note="Joined as West Germany; unified Germany has been a member since "
                "3 October 1990.",
            ),
            member("spain", "member", "1982-05-30"),
            *(
                member(country, "member", "1999-03-12")
                for country in ("czech-republic", "hungary", "poland")
            ),
            *(
                member(country, "member", "2004-03-29")
                for country in (
                    "bulgaria", "estonia", "latvia", "lithuania", "romania", "slovakia",
                    "slovenia",
                )
            ),
            member("albania", "member", "2009-04-01"),
            member("croatia", "member", "2009-04-01"),
            member("montenegro", "member", "2017-06-05"),
            member("north-macedonia", "member", "2020-03-27"),
            member("finland", "member", "2023-04-04"),
            member("sweden", "member", "2024-03-07"),
        ],
    },
    {
        "slug": "seato",
        "name": "Southeast Asia Treaty Organization",
        "short_name": "SEATO",
        "kind": "alliance",
        "obligations": ["defense", "consultation"],
        "signed_on": "1954-09-08",
        "in_force_on": "1955-02-19",
        "ended_on": "1977-06-30",
        "end_reason": "Dissolved by its members after the Vietnam War; the Manila Pact itself "
        "was never terminated.",
        "summary": "The organisation of the Manila Pact of 8 September 1954, meant to contain "
        "communism in Southeast Asia; dissolved on 30 June 1977.",
        "body": SEATO_BODY,
        "sources": ["avalon-seato-treaty", "history-state-gov-seato"],
        "articles": ["seato-collective-defence"],
        "members": [
            *(
                member(country, "founding", "1954-09-08", "1977-06-30")
                for country in (
                    "australia", "france", "new-zealand", "philippines", "thailand",
                    "united-kingdom", "united-states",
                )
            ),
            member(
                "pakistan", "founding", "1954-09-08", "1973-11-08",
                note="Gave notice in November 1972 after SEATO stayed out of its war with "
                "India; the withdrawal took effect a year later.",
            ),
        ],
    },
    {
        "slug": "cento",
        "name": "Central Treaty Organization (Baghdad Pact)",
        "short_name": "CENTO",
        "kind": "alliance",
        "obligations": ["consultation"],
        "signed_on": "1955-02-24",
        "ended_on": "1979-03-16",
        "end_reason": "Wound up after the Iranian revolution, when Iran and Pakistan withdrew "
        "in March 1979.",
        "summary": "The Baghdad Pact of 1955 between Iraq, Turkey, the United Kingdom, Pakistan "
        "and Iran, renamed CENTO after Iraq left in 1959; it ended in 1979.",
        "body": CENTO_BODY,
        "sources": ["history-state-gov-cento", "iranica-cento"],
        "articles": ["central-treaty-organization"],
        "members": [
            member(
                "iraq", "founding", "1955-02-24", "1959-03-24",
                note="Withdrew after the revolution of July 1958.",
            ),
            member("turkey", "founding", "1955-02-24", "1979-03-16"),
            member("united-kingdom", "member", "1955-04-05", "1979-03-16"),
            member(
                "pakistan", "member", "1955-09-23", "1979-03-12",
                note="Announced its withdrawal on 12 March 1979.",
            ),
            member(
                "iran", "member", "1955-11-03", "1979-03-16",
                note="The revolutionary government withdrew in March 1979.",
            ),
        ],
    },
    {
        "slug": "warsaw-pact",
        "name": "Warsaw Treaty Organization",
        "short_name": "Warsaw Pact",
        "kind": "alliance",
        "obligations": ["defense", "consultation"],
        "signed_on": "1955-05-14",
        "in_force_on": "1955-06-05",
        "ended_on": "1991-07-01",
        "end_reason": "Dissolved by a protocol signed in Prague after the end of communist rule "
        "in Central and Eastern Europe.",
        "summary": "The Soviet-led alliance founded in Warsaw on 14 May 1955 in answer to West "
        "Germany's entry into NATO; dissolved on 1 July 1991.",
        "body": WARSAW_BODY,
        "sources": [
            "avalon-warsaw-pact",
            "britannica-warsaw-pact",
            "mastny-byrne-cardboard-castle",
            "prlib-warsaw-pact-signed",
            "bundesregierung-ddr-leaves-warsaw-pact",
        ],
        "articles": ["nato-and-the-warsaw-pact"],
        "members": [
            *(
                member(country, "founding", "1955-05-14", "1991-07-01")
                for country in (
                    "soviet-union", "bulgaria", "czechoslovakia", "hungary", "poland",
                    "romania",
                )
            ),
            member(
                "albania", "founding", "1955-05-14", "1968-09-13",
                note="Stopped taking part in 1961 and withdrew after the invasion of "
                "Czechoslovakia.",
            ),
            member(
                "east-germany", "founding", "1955-05-14", "1990-09-24",
                note="Left by a protocol signed in East Berlin on 24 September 1990, nine days "
                "before it joined the Federal Republic of Germany.",
            ),
        ],
    },
    {
        "slug": "csto",
        "name": "Collective Security Treaty Organization",
        "short_name": "CSTO",
        "kind": "alliance",
        "obligations": ["defense", "non_aggression", "consultation"],
        "signed_on": "1992-05-15",
        "in_force_on": "1994-04-20",
        "ended_on": None,
        "end_reason": "",
        "summary": "The Russian-led alliance of the Collective Security Treaty signed in "
        "Tashkent on 15 May 1992, an organisation since 2002.",
        "body": CSTO_BODY,
        "sources": [
            "csto-treaty-on-collective-security",
            "tass-csto-suspends-uzbekistan",
        ],
        "articles": ["collective-security-treaty-organization"],
        "members": [
            *(
                member(country, "founding", "1992-05-15")
                for country in ("kazakhstan", "kyrgyzstan", "russia", "tajikistan")
            ),
            member(
                "armenia", "founding", "1992-05-15",
                note="Froze its participation in 2024 but has not formally left.",
            ),
            member(
                "uzbekistan", "founding", "1992-05-15", "1999-04-20",
                note="Did not sign the 1999 protocol extending the treaty.",
            ),
            member(
                "azerbaijan", "member", "1993-09-24", "1999-04-20",
                note="Did not sign the 1999 protocol extending the treaty.",
            ),
            member(
                "georgia", "member", "1993-12-09", "1999-04-20",
                note="Did not sign the 1999 protocol extending the treaty.",
            ),
            member("belarus", "member", "1993-12-31"),
            member(
                "uzbekistan", "member", "2006-08-16", "2012-12-19",
                note="Returned in 2006; asked to suspend its membership on 28 June 2012, "
                "granted by the Collective Security Council on 19 December 2012.",
            ),
        ],
    },
    {
        "slug": "budapest-memorandum",
        "name": "Budapest Memorandum on Security Assurances",
        "short_name": "Budapest Memorandum",
        "kind": "security_assurance",
        "obligations": ["non_aggression", "consultation"],
        "signed_on": "1994-12-05",
        "in_force_on": "1994-12-05",
        "ended_on": None,
        "end_reason": "",
        "summary": "The assurances the United States, the United Kingdom and Russia gave "
        "Ukraine on 5 December 1994 as it gave up the nuclear weapons it had inherited.",
        "body": BUDAPEST_BODY,
        "sources": ["un-a-49-765-budapest-memoranda", "budjeryn-inheriting-the-bomb"],
        "articles": ["budapest-memorandum-security-assurances"],
        "members": [
            member(
                "ukraine", "signatory", "1994-12-05",
                note="Received the assurances on acceding to the Non-Proliferation Treaty.",
            ),
            *(
                member(
                    country, "signatory", "1994-12-05",
                    note="Gave Ukraine security assurances; the memorandum promises no defence.",
                )
                for country in ("united-states", "united-kingdom", "russia")
            ),
        ],
    },
    {
        "slug": "anzus",
        "name": "Australia, New Zealand and United States Security Treaty",
        "short_name": "ANZUS",
        "kind": "mutual_defence",
        "obligations": ["defense", "consultation"],
        "signed_on": "1951-09-01",
        "in_force_on": "1952-04-29",
        "ended_on": None,
        "end_reason": "",
        "summary": "The 1951 security treaty of Australia, New Zealand and the United States; "
        "the US suspended its obligations to New Zealand in 1986.",
        "body": ANZUS_BODY,
        "sources": ["avalon-anzus-treaty", "history-state-gov-anzus"],
        "articles": [],
        "members": [
            member("australia", "founding", "1951-09-01"),
            member(
                "new-zealand", "founding", "1951-09-01",
                note="The United States suspended its obligations towards New Zealand in 1986 "
                "over New Zealand's nuclear-free policy.",
            ),
            member("united-states", "founding", "1951-09-01"),
        ],
    },
    {
        "slug": "us-japan-security-treaty-1960",
        "name": "Treaty of Mutual Cooperation and Security between Japan and the United States",
        "short_name": "US–Japan Security Treaty",
        "kind": "mutual_defence",
        "obligations": ["defense", "consultation"],
        "signed_on": "1960-01-19",
        "in_force_on": "1960-06-23",
        "ended_on": None,
        "end_reason": "",
        "summary": "The 1960 treaty under which the United States defends the territories "
        "administered by Japan and keeps forces there.",
        "body": US_JAPAN_BODY,
        "sources": ["mofa-us-japan-security-treaty-1960"],
        "articles": [],
        "members": [
            member("united-states", "signatory", "1960-01-19"),
            member(
                "japan", "signatory", "1960-01-19",
                note="Signed by Prime Minister Nobusuke Kishi.",
            ),
        ],
    },
]  # fmt: skip
