"""Countries of the demo content, historical states included.

ISO codes are ISO 3166-1 alpha-3, or ISO 3166-3 for states that no longer exist (SUN, DDR,
CSK). COW numbers follow the Correlates of War state list, which keeps one number across a
change of regime (365 for the Soviet Union and Russia). Years are those of the state as
modelled here; they are left empty where no single founding year fits."""

ACCESSED = "2026-11-25"

SOURCES = [
    {
        "slug": "cow-state-system-membership",
        "title": "State System Membership (v2016)",
        "author": "Correlates of War Project",
        "publisher": "Correlates of War Project",
        "url": "https://correlatesofwar.org/data-sets/state-system-membership/",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "iso-3166-country-codes",
        "title": "ISO 3166 — Country codes",
        "author": "",
        "publisher": "International Organization for Standardization",
        "url": "https://www.iso.org/iso-3166-country-codes.html",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "britannica-soviet-union",
        "title": "Soviet Union",
        "author": "",
        "publisher": "Encyclopaedia Britannica",
        "url": "https://www.britannica.com/place/Soviet-Union",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "britannica-east-germany",
        "title": "East Germany",
        "author": "",
        "publisher": "Encyclopaedia Britannica",
        "url": "https://www.britannica.com/place/East-Germany",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
    {
        "slug": "britannica-czechoslovakia",
        "title": "Czechoslovakia",
        "author": "",
        "publisher": "Encyclopaedia Britannica",
        "url": "https://www.britannica.com/place/Czechoslovakia",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "web",
    },
]


def country(slug, name, iso3, cow_code, founded_year, dissolved_year, summary):
    return {
        "slug": slug,
        "name": name,
        "iso3": iso3,
        "cow_code": cow_code,
        "founded_year": founded_year,
        "dissolved_year": dissolved_year,
        "summary": summary,
    }


COUNTRIES = [
    country(
        "united-states", "United States", "USA", 2, 1776, None,
        "Led the United Nations Command in Korea and is a party to most of the Cold War "
        "alliances in this collection.",
    ),
    country(
        "canada", "Canada", "CAN", 20, 1867, None,
        "A founding member of NATO that sent ships, aircraft and a brigade to Korea.",
    ),
    country(
        "colombia", "Colombia", "COL", 100, None, None,
        "The only Latin American country to send combat troops, a battalion and a frigate, "
        "to the Korean War.",
    ),
    country(
        "united-kingdom", "United Kingdom", "GBR", 200, None, None,
        "A founding member of NATO and a member of SEATO and the Baghdad Pact; the second "
        "largest Western contributor to the UN forces in Korea.",
    ),
    country(
        "netherlands", "Netherlands", "NLD", 210, None, None,
        "A founding member of NATO that sent a destroyer and an infantry battalion to Korea.",
    ),
    country(
        "belgium", "Belgium", "BEL", 211, 1830, None,
        "A founding member of NATO whose volunteer battalion, joined by a Luxembourg "
        "platoon, fought in Korea.",
    ),
    country(
        "luxembourg", "Luxembourg", "LUX", 212, None, None,
        "A founding member of NATO and the smallest state to send troops to the Korean War.",
    ),
    country(
        "france", "France", "FRA", 220, None, None,
        "A founding member of NATO and SEATO; it left NATO's integrated military command in "
        "1966 and returned in 2009 without ever leaving the alliance.",
    ),
    country(
        "portugal", "Portugal", "PRT", 235, None, None,
        "A founding member of NATO, admitted in 1949 while still under the Salazar "
        "dictatorship.",
    ),
    country(
        "spain", "Spain", "ESP", 230, None, None,
        "Joined NATO in 1982, seven years after the death of Franco.",
    ),
    country(
        "germany", "Germany", "DEU", 255, 1949, None,
        "The Federal Republic of Germany: West Germany from 1949, unified Germany since "
        "3 October 1990. The COW list numbers West Germany 260 and unified Germany 255.",
    ),
    country(
        "east-germany", "East Germany", "DDR", 265, 1949, 1990,
        "The German Democratic Republic, a founding member of the Warsaw Pact; it joined the "
        "Federal Republic on 3 October 1990.",
    ),
    country(
        "poland", "Poland", "POL", 290, 1918, None,
        "The Warsaw Pact was signed in its capital in 1955; Poland joined NATO in 1999.",
    ),
    country(
        "hungary", "Hungary", "HUN", 310, None, None,
        "A Warsaw Pact member whose attempt to leave the pact in 1956 was crushed by Soviet "
        "troops; it joined NATO in 1999.",
    ),
    country(
        "czechoslovakia", "Czechoslovakia", "CSK", 315, 1918, 1992,
        "A Warsaw Pact member invaded by its allies in 1968; it split peacefully into the "
        "Czech Republic and Slovakia at the end of 1992.",
    ),
    country(
        "czech-republic", "Czech Republic", "CZE", 316, 1993, None,
        "One of the two successor states of Czechoslovakia; it joined NATO in 1999.",
    ),
    country(
        "slovakia", "Slovakia", "SVK", 317, 1993, None,
        "One of the two successor states of Czechoslovakia; it joined NATO in 2004.",
    ),
    country(
        "italy", "Italy", "ITA", 325, 1861, None,
        "A founding member of NATO; not yet a UN member, it sent a Red Cross hospital to "
        "Korea.",
    ),
    country(
        "albania", "Albania", "ALB", 339, 1912, None,
        "A founding member of the Warsaw Pact that sided with China, left the pact in 1968 "
        "and joined NATO in 2009.",
    ),
    country(
        "montenegro", "Montenegro", "MNE", 341, 2006, None,
        "Independent from Serbia since 2006; it joined NATO in 2017.",
    ),
    country(
        "north-macedonia", "North Macedonia", "MKD", 343, 1991, None,
        "Independent from Yugoslavia since 1991; it joined NATO in 2020 after settling its "
        "name dispute with Greece.",
    ),
    country(
        "croatia", "Croatia", "HRV", 344, 1991, None,
        "Independent from Yugoslavia since 1991; it joined NATO in 2009.",
    ),
    country(
        "slovenia", "Slovenia", "SVN", 349, 1991, None,
        "Independent from Yugoslavia since 1991; it joined NATO in 2004.",
    ),
    country(
        "greece", "Greece", "GRC", 350, 1830, None,
        "Sent troops to Korea and joined NATO in 1952.",
    ),
    country(
        "bulgaria", "Bulgaria", "BGR", 355, None, None,
        "A founding member of the Warsaw Pact that joined NATO in 2004.",
    ),
    country(
        "romania", "Romania", "ROU", 360, None, None,
        "A founding member of the Warsaw Pact that refused to join the 1968 invasion of "
        "Czechoslovakia; it joined NATO in 2004.",
    ),
    country(
        "soviet-union", "Soviet Union", "SUN", 365, 1922, 1991,
        "The Union of Soviet Socialist Republics, leader of the Warsaw Pact and North Korea's "
        "treaty ally from 1961; it was dissolved in December 1991.",
    ),
    country(
        "russia", "Russia", "RUS", 365, 1991, None,
        "The Russian Federation, continuator state of the Soviet Union, leading member of the "
        "CSTO and North Korea's treaty ally again since 2024.",
    ),
    country(
        "estonia", "Estonia", "EST", 366, 1991, None,
        "Independent between the world wars and again since 1991; it joined NATO in 2004.",
    ),
    country(
        "latvia", "Latvia", "LVA", 367, 1991, None,
        "Independent between the world wars and again since 1991; it joined NATO in 2004.",
    ),
    country(
        "lithuania", "Lithuania", "LTU", 368, 1991, None,
        "Independent between the world wars and again since 1991; it joined NATO in 2004.",
    ),
    country(
        "ukraine", "Ukraine", "UKR", 369, 1991, None,
        "Gave up the nuclear weapons left on its soil in exchange for the security "
        "assurances of the 1994 Budapest Memorandum.",
    ),
    country(
        "belarus", "Belarus", "BLR", 370, 1991, None,
        "A member of the Collective Security Treaty since 1993 and Russia's closest ally.",
    ),
    country(
        "armenia", "Armenia", "ARM", 371, 1991, None,
        "A founding party to the 1992 Collective Security Treaty; it froze its participation "
        "in the CSTO in 2024.",
    ),
    country(
        "georgia", "Georgia", "GEO", 372, 1991, None,
        "Joined the Collective Security Treaty in 1993 and left it in 1999.",
    ),
    country(
        "azerbaijan", "Azerbaijan", "AZE", 373, 1991, None,
        "Joined the Collective Security Treaty in 1993 and left it in 1999.",
    ),
    country(
        "finland", "Finland", "FIN", 375, 1917, None,
        "Neutral through the Cold War; it joined NATO in 2023 after Russia's full-scale "
        "invasion of Ukraine.",
    ),
    country(
        "sweden", "Sweden", "SWE", 380, None, None,
        "Sent a field hospital to Korea, stayed outside alliances for two centuries and "
        "joined NATO in 2024.",
    ),
    country(
        "norway", "Norway", "NOR", 385, 1905, None,
        "A founding member of NATO that ran a mobile army surgical hospital in Korea.",
    ),
    country(
        "denmark", "Denmark", "DNK", 390, None, None,
        "A founding member of NATO whose hospital ship Jutlandia served in the Korean War.",
    ),
    country(
        "iceland", "Iceland", "ISL", 395, 1944, None,
        "A founding member of NATO with no army of its own.",
    ),
    country(
        "ethiopia", "Ethiopia", "ETH", 530, None, None,
        "Sent the Kagnew battalions of its Imperial Guard to fight under the UN Command in "
        "Korea.",
    ),
    country(
        "south-africa", "South Africa", "ZAF", 560, 1910, None,
        "Sent a fighter squadron, the 'Flying Cheetahs', to the Korean War.",
    ),
    country(
        "iran", "Iran", "IRN", 630, None, None,
        "A member of the Baghdad Pact and CENTO until the revolution of 1979.",
    ),
    country(
        "turkey", "Turkey", "TUR", 640, 1923, None,
        "Sent a brigade to Korea, joined NATO in 1952 and was a founding member of the "
        "Baghdad Pact.",
    ),
    country(
        "iraq", "Iraq", "IRQ", 645, 1932, None,
        "A founding member of the Baghdad Pact, which it left in 1959 after the revolution "
        "of July 1958.",
    ),
    country(
        "tajikistan", "Tajikistan", "TJK", 702, 1991, None,
        "A founding party to the 1992 Collective Security Treaty.",
    ),
    country(
        "kyrgyzstan", "Kyrgyzstan", "KGZ", 703, 1991, None,
        "A founding party to the 1992 Collective Security Treaty.",
    ),
    country(
        "uzbekistan", "Uzbekistan", "UZB", 704, 1991, None,
        "Host of the signing of the Collective Security Treaty in 1992; it left in 1999, "
        "returned in 2006 and left again in 2012.",
    ),
    country(
        "kazakhstan", "Kazakhstan", "KAZ", 705, 1991, None,
        "A founding party to the 1992 Collective Security Treaty that also gave up its "
        "inherited nuclear weapons.",
    ),
    country(
        "china", "China", "CHN", 710, 1949, None,
        "The People's Republic of China, whose 'volunteers' fought in Korea and whose 1961 "
        "treaty with North Korea is still in force.",
    ),
    country(
        "north-korea", "North Korea", "PRK", 731, 1948, None,
        "The Democratic People's Republic of Korea, a signatory of the 1953 armistice and "
        "treaty ally of China and, since 2024, of Russia.",
    ),
    country(
        "south-korea", "South Korea", "KOR", 732, 1948, None,
        "The Republic of Korea, allied with the United States since the Mutual Defense Treaty "
        "of 1953; it did not sign the armistice.",
    ),
    country(
        "japan", "Japan", "JPN", 740, None, None,
        "Allied with the United States by the security treaty of 1951, replaced in 1960; it "
        "was the rear base of the UN forces in Korea.",
    ),
    country(
        "pakistan", "Pakistan", "PAK", 770, 1947, None,
        "A member of both SEATO and the Baghdad Pact; it left SEATO in 1973 and CENTO in "
        "1979.",
    ),
    country(
        "thailand", "Thailand", "THA", 800, None, None,
        "Sent troops to Korea and hosted the headquarters of SEATO in Bangkok.",
    ),
    country(
        "philippines", "Philippines", "PHL", 840, 1946, None,
        "Sent an expeditionary force to Korea and was a founding member of SEATO, whose "
        "treaty was signed in Manila.",
    ),
    country(
        "australia", "Australia", "AUS", 900, 1901, None,
        "Fought in Korea from the first weeks of the war and is bound to the United States "
        "by the ANZUS treaty.",
    ),
    country(
        "new-zealand", "New Zealand", "NZL", 920, None, None,
        "Sent an artillery regiment and frigates to Korea; a party to ANZUS, whose US "
        "obligations towards it were suspended in 1986.",
    ),
]  # fmt: skip
