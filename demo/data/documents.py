"""Primary documents of the demo content: four treaty texts, each transcribed from a named
edition. Only passages checked word for word against that edition (and, where one was to hand,
a second independent copy) are given; every page says which passages those are and where the
whole text can be read. Treaty texts are official documents and are not protected by copyright.

Transcriptions live in ``documents/<slug>.md``."""

ACCESSED = "2026-11-25"
TREATY_RIGHTS = (
    "The text of an international agreement is an official document and is not protected by "
    "copyright; this transcription may be reused freely. Cite the edition named above."
)

SOURCES = [
    {
        "slug": "state-176518-us-rok-treaty-text",
        "title": "Multilateral affairs: Korea (telegram 176518 giving the text of the US–ROK "
        "Mutual Defense Treaty of 1953)",
        "author": "",
        "publisher": "U.S. Department of State",
        "url": "https://search.wikileaks.org/plusd/cables/1976STATE176518.html",
        "published_on": "1976-07-16",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "nato-first-five-years-annex-a",
        "title": "North Atlantic Treaty, Washington D.C., 4th April, 1949 (Annex A to "
        "NATO: The First Five Years, 1949–1954)",
        "author": "Lord Ismay",
        "publisher": "North Atlantic Treaty Organization",
        "url": "https://www.nato.int/archives/1st5years/annexes/a.htm",
        "published_on": None,
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "guardian-terms-of-north-atlantic-pact-1949",
        "title": "Attack on one, attack on all: terms of North Atlantic Pact",
        "author": "",
        "publisher": "The Guardian (Manchester Guardian)",
        "url": "https://www.theguardian.com/century/1940-1949/Story/0,,105119,00.html",
        "published_on": "1949-03-19",
        "accessed_on": ACCESSED,
        "kind": "news",
    },
]

DOCUMENTS = [
    {
        "slug": "korean-armistice-agreement-1953",
        "title": "Agreement Concerning a Military Armistice in Korea",
        "kind": "treaty",
        "date": "1953-07-27",
        "date_precision": "day",
        "place": "Panmunjom, Korea",
        "creator": "Commander-in-Chief, United Nations Command; Supreme Commander of the Korean "
        "People's Army; Commander of the Chinese People's Volunteers",
        "summary": "The military armistice that stopped the fighting of the Korean War and "
        "created the Military Demarcation Line and the Demilitarized Zone. Signed by military "
        "commanders, it is not a peace treaty.",
        "repository": "U.S. National Archives and Records Administration",
        "identifier": "Milestone Documents: Armistice Agreement for the Restoration of the "
        "South Korean State",
        "repository_url": "https://www.archives.gov/milestone-documents/armistice-agreement-"
        "for-restoration-of-south-korean-state",
        "original_language": "English, Korean and Chinese (all three texts equally authentic)",
        "edition": "English text of the agreement, as transcribed in the full copy titled "
        "“Korean Armistice Agreement” (29 pages) and on the DMZ information site tourdmz.com "
        "(“Armistice Agreement (July 27, 1953)”), checked against each other",
        "edition_url": "https://peacemaker.un.org/koreadprk-militaryarmistice53",
        "text_note": "Given here: the title, the preamble and Article I, paragraphs 1–3 — the "
        "passages we could check word for word in two independent copies of the English text. "
        "Where one copy has an obvious typing error (“on the on hand”, “Demliltarized”) the "
        "other copy's reading is followed. The rest of the agreement (Article I, paragraphs "
        "4–11, and Articles II–V, with the annex on the Neutral Nations Repatriation "
        "Commission) is not transcribed here; read it in full at UN Peacemaker (linked above).",
        "body_file": "korean-armistice-agreement-1953.md",
        "rights": TREATY_RIGHTS,
    },
    {
        "slug": "us-rok-mutual-defense-treaty-1953",
        "title": "Mutual Defense Treaty between the United States and the Republic of Korea",
        "kind": "treaty",
        "date": "1953-10-01",
        "date_precision": "day",
        "place": "Washington, D.C.",
        "creator": "United States of America; Republic of Korea",
        "summary": "The alliance treaty that South Korea's President Syngman Rhee obtained for "
        "accepting the armistice: the two states consult when either is threatened and act "
        "to meet an armed attack on either in the Pacific area.",
        "repository": "",
        "identifier": "",
        "repository_url": "",
        "original_language": "English and Korean",
        "edition": "Text transmitted by the Department of State to all diplomatic posts in "
        "telegram 176518 of 16 July 1976, checked against the Avalon Project transcription "
        "(Lillian Goldman Law Library, Yale Law School)",
        "edition_url": "https://avalon.law.yale.edu/20th_century/kor001.asp",
        "text_note": "Given here: the preamble, Article I and the first sentence of Article II, "
        "each checked word for word in two copies. Articles III–VI — the defence clause "
        "(Article III), the stationing of American forces (Article IV), ratification "
        "(Article V) and duration (Article VI) — are not transcribed here; read them in the "
        "Avalon Project's text (linked above).",
        "body_file": "us-rok-mutual-defense-treaty-1953.md",
        "rights": "A treaty of the United States: its text is a work of the United States "
        "government and in the public domain. " + TREATY_RIGHTS,
    },
    {
        "slug": "sino-north-korean-treaty-1961",
        "title": "Treaty of Friendship, Co-operation and Mutual Assistance Between the People's "
        "Republic of China and the Democratic People's Republic of Korea",
        "kind": "treaty",
        "date": "1961-07-11",
        "date_precision": "day",
        "place": "Beijing",
        "creator": "People's Republic of China; Democratic People's Republic of Korea",
        "summary": "China's only alliance treaty, signed by Zhou Enlai and Kim Il-sung: each "
        "party promises the other military and other assistance if it is attacked.",
        "repository": "",
        "identifier": "",
        "repository_url": "",
        "original_language": "Chinese and Korean",
        "edition": "English translation published in Peking Review, vol. 4, no. 28 "
        "(14 July 1961), p. 5, as transcribed by the Marxists Internet Archive",
        "edition_url": "https://marxists.org/subject/china/peking-review/1961/PR1961-28a.htm",
        "text_note": "Given here: the preamble, the plenipotentiaries, Article I and the first "
        "sentence of Article II of the official English translation, checked against two "
        "copies of the Peking Review text. The duplicated “the” before “following” is in the "
        "transcription we followed. The rest of Article II (the promise of immediate military "
        "and other assistance) and Articles III–VII are not transcribed here; Article VII keeps "
        "the treaty in force until the parties agree to amend or end it. Read them in the "
        "Peking Review text (linked above).",
        "body_file": "sino-north-korean-treaty-1961.md",
        "rights": TREATY_RIGHTS,
    },
    {
        "slug": "north-atlantic-treaty-1949",
        "title": "The North Atlantic Treaty",
        "kind": "treaty",
        "date": "1949-04-04",
        "date_precision": "day",
        "place": "Washington, D.C.",
        "creator": "Belgium; Canada; Denmark; France; Iceland; Italy; Luxembourg; Netherlands; "
        "Norway; Portugal; United Kingdom; United States",
        "summary": "The founding treaty of NATO: the twelve parties agree that an armed attack "
        "on one or more of them in Europe or North America is an attack on them all "
        "(Article 5).",
        "repository": "Government of the United States of America (depositary)",
        "identifier": "",
        "repository_url": "",
        "original_language": "English and French (both texts equally authentic)",
        "edition": "“North Atlantic Treaty, Washington D.C., 4th April, 1949”, Annex A to "
        "Lord Ismay, NATO: The First Five Years, 1949–1954 (NATO, 1954), in NATO's online "
        "archive",
        "edition_url": "https://www.nato.int/archives/1st5years/annexes/a.htm",
        "text_note": "Given here: the preamble and Articles 1–6, checked against NATO's text "
        "and, for Articles 5 and 6, against the terms as published in The Guardian on "
        "19 March 1949. Article 6 is given as signed in 1949; the protocol on the accession of "
        "Greece and Turkey rewrote it in 1951. Articles 7–14 (the Charter and the Security "
        "Council, other commitments, the Council, accession, ratification, review, withdrawal "
        "and deposit) are not transcribed here; read them in NATO's text (linked above).",
        "body_file": "north-atlantic-treaty-1949.md",
        "rights": TREATY_RIGHTS,
    },
]
