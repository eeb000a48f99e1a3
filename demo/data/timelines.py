"""The two curated demo timelines; their events are slugs from ``events.py``, in reading order."""

TIMELINES = [
    {
        "slug": "korean-war-1950-1953",
        "title": "The Korean War, 1950–1953",
        "introduction": (
            "The Korean War began with a North Korean invasion on 25 June 1950 and stopped with an "
            "armistice on 27 July 1953, without a peace treaty. This timeline follows it from the "
            "division of the peninsula in 1945, through the UN Security Council's response, the "
            "swings of the front and two years of truce talks, to the prisoner exchanges and the "
            "alliance treaty that followed the ceasefire.\n\n"
            "Dates known only to the month are shown as such."
        ),
        "events": [
            "korea-divided-at-38th-parallel",
            "republic-of-korea-proclaimed",
            "dprk-proclaimed",
            "korean-war",
            "unsc-resolution-82",
            "unsc-resolution-83",
            "unsc-resolution-84",
            "incheon-landing",
            "chinese-intervention",
            "chosin-reservoir",
            "macarthur-relieved",
            "armistice-talks-begin",
            "talks-move-to-panmunjom",
            "operation-little-switch",
            "rhee-releases-prisoners",
            "korean-armistice-signed",
            "operation-big-switch",
            "us-rok-treaty-signed",
        ],
    },
    {
        "slug": "inter-korean-relations-since-1953",
        "title": "Inter-Korean relations since 1953",
        "introduction": (
            "Since the armistice the two Koreas have lived side by side without a peace treaty. "
            "Their relations have swung between attacks and summits, and between alliances with "
            "outside powers and attempts to deal with each other directly. This timeline picks "
            "out the turning points, from the failed Geneva conference of 1954 to North Korea's "
            "treaty with Russia in 2024."
        ),
        "events": [
            "geneva-conference-korea",
            "soviet-dprk-treaty-signed",
            "sino-dprk-treaty-signed",
            "blue-house-raid",
            "uss-pueblo-seized",
            "axe-murder-incident",
            "combined-forces-command-established",
            "rangoon-bombing",
            "korean-air-858-bombing",
            "koreas-join-united-nations",
            "north-korean-famine",
            "agreed-framework",
            "soviet-dprk-treaty-lapses",
            "inter-korean-summit-2000",
            "first-north-korean-nuclear-test",
            "cheonan-sinking",
            "yeonpyeong-shelling",
            "panmunjom-summit-2018",
            "singapore-summit-2018",
            "comprehensive-military-agreement-2018",
            "kaesong-liaison-office-destroyed",
            "russia-dprk-treaty-signed",
        ],
    },
]
