"""Words the synthetic content is written with: real places, forces and instruments of
modern military history, so generated pages and search results read like the real thing."""

PLACES = (
    "Panmunjom", "Kaesong", "the Imjin River", "Inchon", "Pusan", "the Yalu", "Wonsan",
    "Chorwon", "the 38th parallel", "Hungnam", "Pork Chop Hill", "the Punchbowl",
    "Compiègne", "Versailles", "Brest-Litovsk", "Mudros", "Villa Giusti", "Salonika",
    "Gallipoli", "Verdun", "the Somme", "Trieste", "Danzig", "Memel", "Fiume",
    "Berlin", "Potsdam", "Yalta", "Reims", "Lüneburg Heath", "Tobruk", "El Alamein",
    "Stalingrad", "Okinawa", "Tokyo Bay", "Manila", "Saigon", "Hanoi", "Dien Bien Phu",
    "Geneva", "the Demilitarized Zone", "Hue", "Khe Sanh", "Phnom Penh", "Vientiane",
    "Suez", "the Sinai", "the Golan Heights", "Rhodes", "Kilometre 101", "Camp David",
    "Nicosia", "the Green Line", "Kashmir", "Tashkent", "Simla", "Karachi", "Aden",
    "Dhofar", "Beirut", "Taif", "Oslo", "Dayton", "Sarajevo", "Rambouillet",
    "Kumanovo", "Minsk", "Tbilisi", "Grozny", "Nagorno-Karabakh", "Baghdad", "Kuwait",
    "Safwan", "Kabul", "Doha", "Asmara", "Algiers", "Lomé", "Arusha", "Lusaka",
    "Luanda", "Windhoek", "Mogadishu", "Khartoum", "Naivasha", "Port Arthur", "Mukden",
    "Portsmouth", "Shimonoseki", "Tsingtao", "Nanking", "Chongqing", "Formosa",
    "the Quemoy Strait", "Manchuria", "Vladivostok", "Ussuri", "Port Said", "Ismailia",
)  # fmt: skip

ACTORS = (
    "the United Nations Command", "the Korean People's Army", "the Chinese People's Volunteers",
    "the Military Armistice Commission", "the Neutral Nations Supervisory Commission",
    "the Neutral Nations Repatriation Commission", "NATO planners", "Warsaw Pact staff",
    "the Arab League", "SEATO ministers", "the CENTO council", "the ANZUS partners",
    "the Entente", "the Central Powers", "the Allied Control Council", "the Red Army",
    "the Eighth Army", "the Royal Navy", "the French Expeditionary Corps", "the Viet Minh",
    "UNEF observers", "UNTSO observers", "UNFICYP patrols", "the Security Council",
    "the General Assembly", "American negotiators", "Soviet diplomats", "British envoys",
    "the Swiss delegation", "the Swedish delegation", "the Polish delegation",
    "the Czechoslovak delegation", "the Indian custodian force", "the Joint Commission",
    "local commanders", "the truce delegations", "the boundary commission",
    "the liaison officers", "military historians", "the war cabinet", "the general staff",
)  # fmt: skip

VERBS = (
    "negotiated", "signed", "violated", "monitored", "reinforced", "surveyed", "demarcated",
    "disputed", "ratified", "inspected", "redrew", "abandoned", "secured", "contested",
    "recorded", "debated", "mapped", "patrolled", "withdrew from", "reopened", "proposed",
    "rejected", "amended", "published", "investigated", "guaranteed", "suspended",
)  # fmt: skip

OBJECTS = (
    "the demarcation line", "the demilitarized zone", "the ceasefire terms",
    "the prisoner exchange", "the buffer zone", "the mutual defence treaty",
    "the truce talks", "the armistice agreement", "the withdrawal timetable",
    "the exchange of sick and wounded prisoners", "the joint security area",
    "the neutral zone", "the supply corridor", "the observation posts", "the air corridor",
    "the naval blockade", "the disengagement agreement", "the peace conference",
    "the repatriation question", "the minefields", "the northern limit line",
    "the customs union", "the military protocol", "the verification regime",
    "the border incidents", "the hotline", "the status of forces agreement",
    "the non-aggression pact", "the security guarantee", "the treaty of friendship",
)  # fmt: skip

QUALIFIERS = (
    "after months of stalemate", "under heavy pressure", "against the advice of the generals",
    "with little publicity", "in a single afternoon", "within a few weeks",
    "despite repeated incidents", "over the objections of the allies", "at great cost",
    "in secret", "for the first time", "once again", "in the final weeks of the war",
    "before the rainy season", "during the winter offensive", "amid rising tension",
)  # fmt: skip

ASPECTS = (
    "Negotiations", "Logistics", "Prisoners of war", "Ceasefire lines", "Diplomacy",
    "Intelligence", "Command structure", "Civilian life", "Casualties", "Reconstruction",
    "Propaganda", "Verification", "Mapping", "Naval operations", "Air power",
    "Border incidents", "Refugees", "Legacy", "Memory and commemoration", "Sources",
    "Public opinion", "Economic consequences", "Domestic politics", "Guarantees",
    "Peacekeeping", "Disarmament", "Alliances", "Treaty terms", "Aftermath", "Background",
)  # fmt: skip

TOPICS = (
    "Armistices", "Ceasefires", "Demilitarized zones", "Peace treaties", "Military alliances",
    "Korean War", "First World War", "Second World War", "Cold War", "Decolonisation",
    "Arab–Israeli conflicts", "Indochina wars", "Peacekeeping", "Arms control",
    "Balkan wars", "Wars in Africa", "South Asia", "Naval history", "Air power", "Diplomacy",
)  # fmt: skip

TAG_WORDS = (
    "truce", "prisoners", "buffer zone", "demarcation", "negotiation", "verification",
    "neutral nations", "guarantee", "occupation", "partition", "withdrawal", "blockade",
    "mediation", "observers", "reparations", "annexation", "disarmament", "minefield",
    "hotline", "summit", "refugees", "frontier", "ratification", "sanctions", "airlift",
)  # fmt: skip

TITLE_FORMS = (
    "The armistice of {place}, {year}", "Ceasefire at {place}, {year}",
    "How {place} became a front line", "The road to {place}", "{aspect} at {place}",
    "Talks at {place} in {year}", "The {year} crisis at {place}", "Holding the line at {place}",
    "{aspect} after {place}", "What happened at {place} in {year}",
)  # fmt: skip

EVENT_FORMS = (
    "Ceasefire signed at {place}", "Talks open at {place}", "Incident at {place}",
    "Withdrawal from {place}", "Offensive near {place}", "Treaty signed at {place}",
    "Observers arrive at {place}", "Blockade of {place}", "Prisoner exchange at {place}",
    "Border clash at {place}", "Conference at {place}", "Line redrawn at {place}",
)  # fmt: skip

ALLIANCE_ADJECTIVES = (
    "Northern", "Southern", "Eastern", "Western", "Atlantic", "Pacific", "Baltic",
    "Mediterranean", "Central", "Balkan", "Caspian", "Andean", "Sahel", "Gulf", "Nordic",
    "Danubian", "Adriatic", "Himalayan", "Caribbean", "Arctic",
)  # fmt: skip

ALLIANCE_NOUNS = (
    "Treaty Organization", "Defence Pact", "Security Council", "Mutual Assistance Treaty",
    "Entente", "Concord", "League", "Accord", "Defence Community", "Partnership",
)  # fmt: skip

NAME_SYLLABLES = (
    "ar", "bel", "cor", "dan", "el", "fen", "gor", "hal", "is", "jor", "kar", "lin", "mor",
    "nor", "os", "pel", "quar", "ros", "sal", "tor", "ul", "val", "wes", "yr", "zan",
)  # fmt: skip

COUNTRY_FORMS = ("{name}", "Republic of {name}", "Kingdom of {name}", "{name} Federation")

AUTHORS = (
    "Min-jun Park", "Eleanor Hughes", "Rahul Mehta", "Sofia Esposito", "Tomasz Nowak",
    "Aiko Tanaka", "Jean Dupont", "Grace Okafor", "Lars Andersson", "Amira Haddad",
    "Daniel Cohen", "Mei Lin", "Olga Ivanova", "Carlos Ruiz", "Hannah Schmidt",
)  # fmt: skip

PUBLISHERS = (
    "Cambridge University Press", "Oxford University Press", "Naval Institute Press",
    "Yale University Press", "Routledge", "Center of Military History", "Foreign Relations "
    "of the United States", "Imperial War Museum", "The Times", "The New York Times",
)  # fmt: skip
