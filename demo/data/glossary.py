"""The demo glossary: the terms readers meet in the articles, each with a one-sentence
definition (shown where an article first uses the term), a short explanation whose footnote
cites its evidence, and related terms. Written in the editors' own words; quotations are
marked and taken from the documents they cite."""

ACCESSED = "2026-11-25"

SOURCES = [
    {
        "slug": "un-charter",
        "title": "Charter of the United Nations",
        "author": "",
        "publisher": "United Nations",
        "url": "https://www.un.org/en/about-us/un-charter/full-text",
        "published_on": "1945-06-26",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
    {
        "slug": "vclt-1969",
        "title": "Vienna Convention on the Law of Treaties (Vienna, 23 May 1969)",
        "author": "",
        "publisher": "United Nations Treaty Series, vol. 1155, p. 331",
        "url": "https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf",
        "published_on": "1969-05-23",
        "accessed_on": ACCESSED,
        "kind": "primary",
    },
]


def term(slug, name, definition, explanation, *, forms="", related=()):
    return {
        "slug": slug,
        "term": name,
        "short_definition": definition,
        "body": explanation,
        "also_matches": forms,
        "related": list(related),
    }


ARMISTICE = "[[document:korean-armistice-agreement-1953]]"
NATO_TREATY = "[[document:north-atlantic-treaty-1949]]"

TERMS = [
    term(
        "armistice",
        "Armistice",
        "An agreement between the commanders of warring forces to stop fighting; it does not "
        "by itself end the war or settle the dispute behind it.",
        "The Korean agreement of 1953 is the best-known armistice still in force. Its preamble "
        "calls its terms purely military and aims at a complete cessation of hostilities "
        "“until a final peaceful settlement is achieved”.[^1] No such settlement has "
        "followed, which is why the two Koreas are often described as still at war.\n\n"
        f"[^1]: {ARMISTICE}, Preamble.",
        forms="armistices",
        related=["ceasefire", "peace-treaty", "military-armistice-commission"],
    ),
    term(
        "ceasefire",
        "Ceasefire",
        "A halt to the fighting agreed by both sides, often temporary or local; it may lead "
        "to an armistice.",
        "The two words are often used as if they meant the same. A ceasefire stops the "
        "shooting; an armistice such as the Korean one also fixes lines, zones and "
        "commissions to keep it stopped, beginning with a demarcation line from which both "
        "sides withdraw.[^1]\n\n"
        f"[^1]: {ARMISTICE}, Article I, paragraph 1.",
        forms="cease-fire, ceasefires",
        related=["armistice", "military-demarcation-line"],
    ),
    term(
        "peace-treaty",
        "Peace treaty",
        "A treaty between states that formally ends a war and settles the questions it "
        "raised, such as borders, prisoners and reparations.",
        "No peace treaty has ended the Korean War. The political conference that was to "
        "settle the Korean question met at Geneva in 1954 and broke up without agreement, "
        "leaving the military armistice in place.[^1]\n\n"
        "[^1]: [[source:stueck-korean-war-international-history]], on the Geneva conference "
        "of 1954.",
        forms="peace treaties",
        related=["armistice"],
    ),
    term(
        "military-demarcation-line",
        "Military Demarcation Line",
        "The line fixed by the Korean armistice of 1953 along the front as it stood when the "
        "fighting stopped; each side withdrew two kilometres from it.",
        "The armistice fixed the line and drew it on a map attached to the agreement; both "
        "armies pulled back two kilometres from it to form the Demilitarized Zone.[^1] The "
        "line crosses the 38th parallel, running south of it in the west and north of it in "
        "the east. It is a military line, not an agreed international border.\n\n"
        f"[^1]: {ARMISTICE}, Article I, paragraphs 1–2.",
        forms="MDL, demarcation line",
        related=["demilitarized-zone", "armistice", "joint-security-area"],
    ),
    term(
        "demilitarized-zone",
        "Demilitarized Zone",
        "In Korea, the buffer zone about four kilometres wide, two on each side of the "
        "Military Demarcation Line, from which the armistice withdrew both armies.",
        "The armistice set up the zone “as a buffer zone to prevent the occurrence of "
        "incidents which might lead to a resumption of hostilities”, with a northern and a "
        "southern boundary drawn on its map.[^1] Despite the name, both edges of the zone are "
        "among the most heavily fortified lines in the world.\n\n"
        f"[^1]: {ARMISTICE}, Article I, paragraphs 1 and 3.",
        forms="DMZ, demilitarised zone",
        related=["military-demarcation-line", "joint-security-area"],
    ),
    term(
        "joint-security-area",
        "Joint Security Area",
        "The small compound at Panmunjom, astride the Military Demarcation Line, where the "
        "two sides of the Korean armistice meet.",
        "The Military Armistice Commission met here, in buildings placed across the line. "
        "After North Korean soldiers killed two American officers in the area in August 1976, "
        "the line was marked inside it and each side's guards were kept to their own half.[^1]"
        "\n\n[^1]: [[source:oberdorfer-carlin-two-koreas]], on the incident of 18 August 1976.",
        forms="JSA",
        related=["military-armistice-commission", "demilitarized-zone"],
    ),
    term(
        "military-armistice-commission",
        "Military Armistice Commission",
        "The body of senior officers from both sides set up by the Korean armistice to "
        "supervise it and to settle violations by negotiation.",
        "The commission met at Panmunjom for four decades. North Korea withdrew its "
        "representatives in 1994 and China recalled its delegation the same year, so the "
        "commission no longer meets in its original form; the UN Command keeps contact with "
        "the Korean People's Army through other channels.[^1]\n\n"
        "[^1]: [[source:unc-official-website]].",
        forms="MAC",
        related=["armistice", "united-nations-command", "nnsc"],
    ),
    term(
        "nnsc",
        "Neutral Nations Supervisory Commission",
        "Four neutral states, two named by each side, set up by the Korean armistice to "
        "inspect and report on how it was kept.",
        "The UN Command named Sweden and Switzerland; the Korean People's Army and the "
        "Chinese People's Volunteers named Poland and Czechoslovakia. After Czechoslovakia "
        "split and Poland's delegation was forced out in the 1990s, only the Swiss and "
        "Swedish delegations remained at Panmunjom.[^1]\n\n"
        "[^1]: [[source:unc-official-website]].",
        forms="NNSC",
        related=["nnrc", "military-armistice-commission"],
    ),
    term(
        "nnrc",
        "Neutral Nations Repatriation Commission",
        "The five-nation commission, chaired by India, that in 1953–1954 held the prisoners "
        "of war who refused to go home and heard each side try to persuade them.",
        "Its members were Sweden, Switzerland, Poland, Czechoslovakia and India, whose troops "
        "guarded the prisoners. Those who still refused repatriation when the commission's "
        "work ended in January 1954 were released as civilians.[^1]\n\n"
        "[^1]: [[source:hermes-truce-tent-and-fighting-front]], on the prisoners who refused "
        "repatriation.",
        forms="NNRC",
        related=["nnsc", "non-forcible-repatriation"],
    ),
    term(
        "non-forcible-repatriation",
        "Non-forcible repatriation",
        "The principle that no prisoner of war should be sent home against their will, on "
        "which the UN Command insisted in the Korean armistice talks.",
        "Tens of thousands of North Korean and Chinese prisoners held by the UN Command did "
        "not want to return. The dispute stalled the talks from October 1952 until the spring "
        "of 1953, when the sides agreed to hand such prisoners to a neutral commission.[^1]\n\n"
        "[^1]: [[source:stueck-korean-war-international-history]], on the prisoner-of-war "
        "question.",
        forms="voluntary repatriation",
        related=["nnrc", "armistice"],
    ),
    term(
        "united-nations-command",
        "United Nations Command",
        "The multinational command under the United States set up after UN Security Council "
        "Resolution 84 of 7 July 1950; it signed the Korean armistice and still oversees it.",
        "Resolution 84 recommended that members sending forces to help South Korea place them "
        "under a unified command led by the United States, which would name its commander, "
        "and allowed the command to use the UN flag.[^1] It is not a UN peacekeeping force, "
        "and the UN Secretary-General does not direct it.\n\n"
        "[^1]: [[source:unsc-resolution-84]].",
        forms="UN Command, UNC",
        related=["military-armistice-commission", "operational-control"],
    ),
    term(
        "collective-defence",
        "Collective defence",
        "A promise among allies to treat an armed attack on one of them as an attack on all, "
        "and to help the one attacked.",
        "The classic wording is Article 5 of the North Atlantic Treaty: an armed attack "
        "against one or more of the parties “shall be considered an attack against them "
        "all”, and each will help with “such action as it deems necessary, including the use "
        "of armed force”.[^1] Each ally decides what help to give.\n\n"
        f"[^1]: {NATO_TREATY}, Article 5.",
        forms="collective defense",
        related=["article-5", "collective-security", "self-defence", "security-guarantee"],
    ),
    term(
        "collective-security",
        "Collective security",
        "A system in which all members of an organisation promise to act together against "
        "any member that breaks the peace.",
        "Collective defence faces outward, against an attack on the allies; collective "
        "security faces inward, against an aggressor among the members themselves. The "
        "United Nations Charter gives the Security Council the power to decide such "
        "measures.[^1]\n\n"
        "[^1]: [[source:un-charter]], Chapter VII (Articles 39–51).",
        related=["collective-defence", "self-defence"],
    ),
    term(
        "security-assurance",
        "Security assurance",
        "A political promise about a state's security, such as respecting its borders or "
        "raising an attack on it at the Security Council, that stops short of a promise to "
        "defend it.",
        "The Budapest Memorandum of 1994 is the standard example: the United States, the "
        "United Kingdom and Russia reaffirmed their respect for Ukraine's independence and "
        "borders and undertook to seek Security Council action if nuclear weapons were used "
        "against it, but promised no military help.[^1]\n\n"
        "[^1]: [[source:unts-budapest-memorandum-ukraine]], paragraphs 1–4.",
        forms="security assurances, assurances, assurance",
        related=["assurance-and-guarantee", "security-guarantee"],
    ),
    term(
        "security-guarantee",
        "Security guarantee",
        "A binding commitment by one state to come to another's defence if it is attacked.",
        "A guarantee obliges the guarantor to act, as the North Atlantic Treaty's allies "
        "undertake to assist one another against armed attack.[^1] Many promises that are "
        "loosely called guarantees are in fact assurances.\n\n"
        f"[^1]: {NATO_TREATY}, Article 5.",
        forms="security guarantees, guarantees, guarantee",
        related=["assurance-and-guarantee", "security-assurance", "collective-defence"],
    ),
    term(
        "assurance-and-guarantee",
        "Assurance and guarantee",
        "Two kinds of promise about a state's security: an assurance restates obligations "
        "and promises diplomacy; a guarantee commits the guarantor to defend.",
        "The difference was the heart of the argument over Ukraine. The English text of the "
        "Budapest Memorandum speaks of “security assurances”, and its one promise of action "
        "is to seek a decision of the Security Council, where Russia holds a veto.[^1] "
        "Compare the defence clause of the North Atlantic Treaty.\n\n"
        "[^1]: [[source:unts-budapest-memorandum-ukraine]], title and paragraph 4.",
        related=["security-assurance", "security-guarantee"],
    ),
    term(
        "mutual-defence-treaty",
        "Mutual defence treaty",
        "A treaty in which two or more states promise to help each other if either is attacked.",
        "American treaties of the 1950s, such as those with South Korea and with the "
        "Philippines, promise that each party will “act to meet the common danger in "
        "accordance with its constitutional processes”, leaving each government to decide "
        "how.[^1]\n\n"
        "[^1]: [[source:avalon-us-rok-mutual-defense-treaty]], Article III.",
        forms="mutual defence treaties, mutual defense treaty",
        related=["alliance", "collective-defence"],
    ),
    term(
        "alliance",
        "Alliance",
        "A formal agreement between states to cooperate on their security, usually by "
        "promising help against attack.",
        "Political scientists sort alliances by what the members promise: defence, "
        "neutrality, non-aggression or consultation. Many treaties combine several of these "
        "promises.[^1]\n\n"
        "[^1]: [[source:gibler-international-military-alliances]], introduction.",
        forms="alliances",
        related=["mutual-defence-treaty", "non-aggression-pact", "consultation-clause"],
    ),
    term(
        "non-aggression-pact",
        "Non-aggression pact",
        "A treaty in which states promise not to attack each other, without promising to "
        "help each other.",
        "A non-aggression pact is the weakest of the alliance types: it removes a threat "
        "without adding a protector.[^1]\n\n"
        "[^1]: [[source:gibler-international-military-alliances]], introduction.",
        forms="non-aggression pacts",
        related=["alliance"],
    ),
    term(
        "consultation-clause",
        "Consultation clause",
        "A treaty promise to consult together when a party feels its security is "
        "threatened, without a promise of military help.",
        "Article 4 of the North Atlantic Treaty is one: the parties consult whenever any of "
        "them thinks the territorial integrity, political independence or security of any of "
        "them is threatened.[^1]\n\n"
        f"[^1]: {NATO_TREATY}, Article 4.",
        forms="consultation clauses",
        related=["alliance", "article-5"],
    ),
    term(
        "article-5",
        "Article 5",
        "The collective defence clause of the North Atlantic Treaty: an armed attack on one "
        "or more members in Europe or North America is an attack on them all.",
        "NATO invoked Article 5 for the first and only time on 12 September 2001, the day "
        "after the attacks on New York and Washington.[^1]\n\n"
        "[^1]: [[source:nato-collective-defence-article-5]].",
        related=["collective-defence", "consultation-clause", "self-defence"],
    ),
    term(
        "self-defence",
        "Self-defence",
        "The right of a state, recognised by Article 51 of the UN Charter, to defend itself, "
        "alone or with others, if an armed attack occurs, until the Security Council acts.",
        "Article 51 calls it “the inherent right of individual or collective "
        "self-defence”; measures taken under it must be reported to the Security Council at "
        "once.[^1] Defence treaties such as the North Atlantic Treaty rest on it.\n\n"
        "[^1]: [[source:un-charter]], Article 51.",
        forms="self-defense, Article 51",
        related=["collective-defence", "article-5"],
    ),
    term(
        "ratification",
        "Ratification",
        "The act by which a state confirms, after signing a treaty, that it consents to be "
        "bound by it.",
        "Signing a treaty usually only expresses a state's intention; ratification, often "
        "after a vote in parliament, makes the commitment, and the treaty says how "
        "instruments of ratification are exchanged or deposited.[^1]\n\n"
        "[^1]: [[source:vclt-1969]], Articles 2(1)(b) and 14.",
        forms="ratified, ratifications",
        related=["entry-into-force", "signatory", "accession"],
    ),
    term(
        "entry-into-force",
        "Entry into force",
        "The moment a treaty starts to bind its parties, fixed by its own terms: often the "
        "exchange or deposit of the last ratification.",
        "A treaty enters into force in the manner and on the date it provides for, or as "
        "the negotiating states agree.[^1] That is why a treaty's signature and entry into "
        "force are often months apart: the US–ROK treaty was signed in October 1953 and came "
        "into force in November 1954.\n\n"
        "[^1]: [[source:vclt-1969]], Article 24.",
        forms="entered into force, came into force",
        related=["ratification", "denunciation"],
    ),
    term(
        "accession",
        "Accession",
        "The way a state becomes party to a treaty it did not sign, usually by depositing an "
        "instrument of accession.",
        "Later members of NATO, for example, acceded to the North Atlantic Treaty rather than "
        "signing it with the founders.[^1]\n\n"
        "[^1]: [[source:vclt-1969]], Articles 2(1)(b) and 15.",
        forms="acceded",
        related=["ratification", "signatory"],
    ),
    term(
        "denunciation",
        "Denunciation",
        "Notice by a party that it is withdrawing from a treaty, given as the treaty itself "
        "provides.",
        "Many alliance treaties let a party leave a year after giving notice. A state can "
        "withdraw from a treaty under its own provisions or with the consent of all the "
        "other parties.[^1]\n\n"
        "[^1]: [[source:vclt-1969]], Articles 54 and 56.",
        forms="withdrawal",
        related=["entry-into-force"],
    ),
    term(
        "signatory",
        "Signatory",
        "A state, or for an armistice a commander, that has signed an agreement.",
        "The Korean armistice was signed by the commanders of the UN Command, the Korean "
        "People's Army and the Chinese People's Volunteers, not by governments; South Korea "
        "did not sign it.[^1]\n\n"
        f"[^1]: {ARMISTICE}, Preamble.",
        forms="signatories",
        related=["ratification", "accession"],
    ),
    term(
        "northern-tier",
        "Northern tier",
        "The states along the Soviet Union's southern flank, Turkey, Iran and Pakistan, "
        "that American planners of the 1950s saw as the Middle East's first line of "
        "defence.",
        "The idea, associated with Secretary of State John Foster Dulles, led to the Baghdad "
        "Pact of 1955 and its successor, CENTO.[^1]\n\n"
        "[^1]: [[source:history-state-gov-cento]].",
        related=["alliance"],
    ),
    term(
        "operational-control",
        "Operational control",
        "The authority to direct forces in military operations; in South Korea it passed "
        "from the UN Command to the Combined Forces Command in 1978.",
        "South Korea placed its forces under the UN Command in July 1950. The ROK–US "
        "Combined Forces Command took over their operational control in 1978, and Seoul "
        "recovered peacetime control of its own forces on 1 December 1994; wartime control "
        "is still to be transferred.[^1]\n\n"
        "[^1]: [[source:usfk-official-website]].",
        forms="OPCON",
        related=["united-nations-command"],
    ),
]
