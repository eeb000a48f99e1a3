"""The people named on the demo articles. They are personas, not real historians: a deployment
replaces them with its own staff. Their biographies say so, so no reader mistakes the demo's
byline for a real scholar's, and the review they stand for is described honestly: the demo
articles were drafted with an AI model and checked by an AI model, claim by claim, against the
stored texts of the primary sources and reference works each footnote cites (see each
article's corrections log)."""

PEOPLE = [
    {
        "slug": "hana-seo",
        "name": "Hana Seo",
        "role_title": "Demo author: Korean peninsula",
        "affiliation": "Armistice demo content",
        "bio": (
            "A fictional author persona for the demo articles on Korea. The articles under this "
            "name were drafted with an AI model from an editor's outline; a real deployment "
            "names its own writers here."
        ),
    },
    {
        "slug": "tom-ashworth",
        "name": "Tom Ashworth",
        "role_title": "Demo author: Cold War alliances",
        "affiliation": "Armistice demo content",
        "bio": (
            "A fictional author persona for the demo articles on alliances and security "
            "assurances, drafted with an AI model from an editor's outline; a real deployment "
            "names its own writers here."
        ),
    },
    {
        "slug": "ingrid-vale",
        "name": "Ingrid Vale",
        "role_title": "Demo reviewer",
        "affiliation": "Armistice demo content",
        "bio": (
            "A fictional reviewer persona. The reviews credited to this name were made by an "
            "AI model, not by a historian: it compared every date, member list and quotation in "
            "the demo articles with the stored texts of the treaties and reference works their "
            "footnotes cite, removed or reworded what it could not confirm, and recorded each "
            "error found in the article's corrections log. A real deployment has its own "
            "editors check the articles before relying on them."
        ),
    },
]
